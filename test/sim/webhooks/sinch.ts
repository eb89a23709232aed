import { createHmac, randomUUID } from 'crypto';
import { basicAuthHeader, type SimWebhookRequest } from './types';

export interface SinchAuth {
	basic?: { username: string; password: string };
	/** HMAC signing (enabled by Sinch on request): secret for `x-sinch-webhook-signature`. */
	hmacSecret?: string;
	nowMs?: number;
}

/** `x-sinch-webhook-signature` = base64 HMAC-SHA256 of `${body}.${nonce}.${timestamp}`. */
export function signSinch(
	secret: string,
	body: string,
	nonce: string,
	timestampSec: number,
): Record<string, string> {
	return {
		'x-sinch-webhook-signature': createHmac('sha256', secret)
			.update(`${body}.${nonce}.${timestampSec}`, 'utf8')
			.digest('base64'),
		'x-sinch-webhook-signature-nonce': nonce,
		'x-sinch-webhook-signature-timestamp': String(timestampSec),
		'x-sinch-webhook-signature-algorithm': 'HmacSHA256',
	};
}

function post(url: string, payload: unknown, auth: SinchAuth = {}): SimWebhookRequest {
	const body = JSON.stringify(payload);
	let headers: Record<string, string> = { 'Content-Type': 'application/json' };
	if (auth.basic) headers.Authorization = basicAuthHeader(auth.basic.username, auth.basic.password);
	if (auth.hmacSecret) {
		const ts = Math.floor((auth.nowMs ?? Date.now()) / 1000);
		headers = { ...headers, ...signSinch(auth.hmacSecret, body, randomUUID(), ts) };
	}
	return { method: 'POST', url, headers, body };
}

/** An MO text (`type: "mo_text"`, numbers without `+`). */
export function sinchInbound(
	url: string,
	msg: { from: string; to: string; body: string; id?: string; receivedAt?: string },
	auth?: SinchAuth,
): SimWebhookRequest {
	return post(
		url,
		{
			type: 'mo_text',
			id: msg.id ?? '01FC66621XXXXX119Z8PMV1QPQ',
			from: msg.from,
			to: msg.to,
			body: msg.body,
			operator_id: '35000',
			sent_at: msg.receivedAt ?? '2024-05-01T10:00:00.000Z',
			received_at: msg.receivedAt ?? '2024-05-01T10:00:00.000Z',
		},
		auth,
	);
}

/** A per-recipient delivery report (`recipient_delivery_report_sms`). */
export function sinchRecipientReport(
	url: string,
	report: { batchId: string; recipient: string; status: string; code: number; at?: string },
	auth?: SinchAuth,
): SimWebhookRequest {
	return post(
		url,
		{
			type: 'recipient_delivery_report_sms',
			batch_id: report.batchId,
			recipient: report.recipient,
			code: report.code,
			status: report.status,
			at: report.at ?? '2024-05-01T10:00:05.000Z',
			operator_status_at: report.at ?? '2024-05-01T10:00:04.000Z',
			client_reference: 'survey-42',
		},
		auth,
	);
}

/** A full batch delivery report (`delivery_report_sms`, recipients listed). */
export function sinchBatchReport(
	url: string,
	report: {
		batchId: string;
		statuses: Array<{ code: number; status: string; recipients: string[] }>;
	},
	auth?: SinchAuth,
): SimWebhookRequest {
	return post(
		url,
		{
			type: 'delivery_report_sms',
			batch_id: report.batchId,
			total_message_count: report.statuses.reduce((n, s) => n + s.recipients.length, 0),
			statuses: report.statuses.map((s) => ({ ...s, count: s.recipients.length })),
			client_reference: 'survey-42',
		},
		auth,
	);
}
