import { generateKeyPairSync, randomUUID, sign, type KeyObject } from 'crypto';
import type { SimWebhookRequest } from './types';

/** A fresh Ed25519 key pair; `publicKeyBase64` is the raw 32-byte key in base64, as the Telnyx portal shows it. */
export function telnyxKeyPair(): { privateKey: KeyObject; publicKeyBase64: string } {
	const { privateKey, publicKey } = generateKeyPairSync('ed25519');
	const der = publicKey.export({ format: 'der', type: 'spki' });
	return { privateKey, publicKeyBase64: der.subarray(der.length - 32).toString('base64') };
}

/** Telnyx headers: Ed25519 signature of `${timestamp}|${body}`. */
export function signTelnyx(
	privateKey: KeyObject,
	body: string,
	timestampSec: number,
): Record<string, string> {
	const signature = sign(null, Buffer.from(`${timestampSec}|${body}`, 'utf8'), privateKey).toString(
		'base64',
	);
	return { 'telnyx-signature-ed25519': signature, 'telnyx-timestamp': String(timestampSec) };
}

function post(
	url: string,
	privateKey: KeyObject,
	payload: unknown,
	nowMs: number,
): SimWebhookRequest {
	const body = JSON.stringify(payload);
	return {
		method: 'POST',
		url,
		headers: {
			'Content-Type': 'application/json',
			...signTelnyx(privateKey, body, Math.floor(nowMs / 1000)),
		},
		body,
	};
}

export interface TelnyxInboundInput {
	url: string;
	privateKey: KeyObject;
	from: string;
	to: string;
	text: string;
	id?: string;
	nowMs?: number;
}

/** `message.received` for an inbound SMS. */
export function telnyxInbound(input: TelnyxInboundInput): SimWebhookRequest {
	const now = input.nowMs ?? Date.now();
	const at = new Date(now).toISOString();
	return post(
		input.url,
		input.privateKey,
		{
			data: {
				event_type: 'message.received',
				id: randomUUID(),
				occurred_at: at,
				payload: {
					cc: [],
					completed_at: null,
					cost: null,
					direction: 'inbound',
					encoding: 'GSM-7',
					errors: [],
					from: { carrier: 'T-MOBILE USA, INC.', line_type: 'Wireless', phone_number: input.from },
					id: input.id ?? randomUUID(),
					media: [],
					messaging_profile_id: '4000eba1-a0c0-4563-9925-b25e842a7cb6',
					parts: 1,
					received_at: at,
					record_type: 'message',
					sent_at: null,
					tags: [],
					text: input.text,
					to: [
						{
							carrier: 'TELNYX LLC',
							line_type: 'VoIP',
							phone_number: input.to,
							status: 'webhook_delivered',
						},
					],
					type: 'SMS',
					valid_until: null,
					webhook_failover_url: null,
					webhook_url: input.url,
				},
				record_type: 'event',
			},
			meta: { attempt: 1, delivered_to: input.url },
		},
		now,
	);
}

export interface TelnyxStatusInput {
	url: string;
	privateKey: KeyObject;
	id: string;
	from: string;
	to: string;
	status: string;
	eventType?: 'message.sent' | 'message.finalized';
	errors?: Array<{ code: string; title: string; detail?: string }>;
	nowMs?: number;
}

/** `message.sent` / `message.finalized` for an outbound SMS. */
export function telnyxStatus(input: TelnyxStatusInput): SimWebhookRequest {
	const now = input.nowMs ?? Date.now();
	const at = new Date(now).toISOString();
	return post(
		input.url,
		input.privateKey,
		{
			data: {
				event_type: input.eventType ?? 'message.finalized',
				id: randomUUID(),
				occurred_at: at,
				payload: {
					completed_at: at,
					direction: 'outbound',
					encoding: 'GSM-7',
					errors: input.errors ?? [],
					from: { carrier: 'TELNYX LLC', line_type: 'VoIP', phone_number: input.from },
					id: input.id,
					parts: 1,
					record_type: 'message',
					sent_at: at,
					text: 'How satisfied were you? Reply 1-5',
					to: [
						{
							carrier: 'T-MOBILE USA, INC.',
							line_type: 'Wireless',
							phone_number: input.to,
							status: input.status,
						},
					],
					type: 'SMS',
				},
				record_type: 'event',
			},
			meta: { attempt: 1, delivered_to: input.url },
		},
		now,
	);
}
