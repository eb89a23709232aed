import { createPublicKey, verify as verifySignature, type KeyObject } from 'crypto';
import type {
	DeliveryStatus,
	InboundRequest,
	NormalizedEvent,
	SmsProvider,
	VerifyOptions,
	VerifyResult,
	WebhookResponse,
} from '../types';
import { WebhookError } from '../types';
import {
	assertWebhookBody,
	decodeBase64,
	guardVerify,
	isRecord,
	makeEvent,
	mapDeliveryStatus,
	nowMs,
	parseWebhookJson,
	plusE164,
	positiveInt,
	receivedAtOf,
	asText,
	toleranceSeconds,
	headerValue,
	withinTolerance,
	type WebhookParseOptions,
} from '../common';

/** Telnyx per-recipient message status (`payload.to[].status`) → normalized delivery status. */
export const TELNYX_STATUS_MAP: Readonly<Record<string, DeliveryStatus>> = {
	queued: 'queued',
	sending: 'queued',
	sent: 'sent',
	delivery_unconfirmed: 'sent',
	delivered: 'delivered',
	expired: 'undelivered',
	delivery_failed: 'undelivered',
	sending_failed: 'failed',
};

const STATUS_EVENTS = new Set(['message.sent', 'message.finalized', 'message.queued']);

function phoneOf(value: unknown): string {
	return isRecord(value) ? plusE164(value.phone_number) : plusE164(value);
}

/**
 * Parse a Telnyx messaging webhook (JSON `{ data: { event_type, occurred_at, payload } }`):
 * `message.received` → `reply` (`payload.id`, `from.phone_number`, `to[0].phone_number`, `text`,
 * `received_at`, `parts`); `message.sent` / `message.finalized` → one `status` per recipient
 * (`to[].status`, `errors[0].code`, `completed_at`/`sent_at`).
 */
function parseWebhook(request: InboundRequest, options?: WebhookParseOptions): NormalizedEvent[] {
	const body = assertWebhookBody(request);
	const json = parseWebhookJson(body, 'Telnyx');
	const data = isRecord(json) ? json.data : undefined;
	if (!isRecord(data) || typeof data.event_type !== 'string' || !isRecord(data.payload)) {
		throw new WebhookError('Not a Telnyx webhook: data.event_type/data.payload is missing', 400);
	}
	const payload = data.payload;
	const messageId = asText(payload.id);
	if (!messageId)
		throw new WebhookError('Not a Telnyx message webhook: payload.id is missing', 400);
	const recipients = Array.isArray(payload.to) ? payload.to : [];
	const segments = positiveInt(payload.parts);
	const now = options?.now;
	if (data.event_type === 'message.received') {
		const from = phoneOf(payload.from);
		if (from === '') throw new WebhookError('Telnyx message.received without payload.from', 400);
		return [
			makeEvent({
				provider: 'telnyx',
				event: 'reply',
				from,
				to: phoneOf(recipients[0]),
				text: asText(payload.text) ?? '',
				messageId,
				receivedAt: receivedAtOf(now, payload.received_at, data.occurred_at),
				segments,
				raw: json,
			}),
		];
	}
	if (!STATUS_EVENTS.has(data.event_type)) {
		throw new WebhookError(`Unsupported Telnyx event type "${data.event_type.slice(0, 64)}"`, 400);
	}
	const errors = Array.isArray(payload.errors) ? payload.errors : [];
	const firstError = isRecord(errors[0]) ? asText(errors[0].code) : undefined;
	const at = receivedAtOf(now, payload.completed_at, payload.sent_at, data.occurred_at);
	const list = recipients.length ? recipients : [{}];
	return list.slice(0, 1000).map((r) =>
		makeEvent({
			provider: 'telnyx',
			event: 'status',
			from: phoneOf(payload.from),
			to: phoneOf(r),
			text: '',
			messageId,
			receivedAt: at,
			status: mapDeliveryStatus(TELNYX_STATUS_MAP, isRecord(r) ? asText(r.status) : undefined),
			errorCode: firstError,
			segments,
			raw: json,
		}),
	);
}

/** DER SubjectPublicKeyInfo prefix of an Ed25519 key; the 32 raw key bytes follow it. */
const ED25519_SPKI_PREFIX = Buffer.from('302a300506032b6570032100', 'hex');

/** Telnyx public key (base64 of the raw 32 bytes as the portal shows it, or PEM) → KeyObject. */
function publicKeyOf(secret: string): KeyObject | undefined {
	if (secret.includes('BEGIN PUBLIC KEY')) return createPublicKey(secret);
	const raw = decodeBase64(secret);
	if (!raw) return undefined;
	if (raw.length === 32)
		return createPublicKey({
			key: Buffer.concat([ED25519_SPKI_PREFIX, raw]),
			format: 'der',
			type: 'spki',
		});
	if (raw.length === 44) return createPublicKey({ key: raw, format: 'der', type: 'spki' });
	return undefined;
}

/**
 * Verify a Telnyx webhook: `telnyx-signature-ed25519` is the base64 Ed25519 signature of
 * `${telnyx-timestamp}|${rawBody}`; `secret` is the account's public key (base64, from the portal).
 * The timestamp must be within tolerance (default 300 s) → else `expired`.
 */
function verifyWebhook(
	request: InboundRequest,
	secret: string,
	options?: VerifyOptions,
): VerifyResult {
	return guardVerify(() => {
		if (typeof secret !== 'string' || secret.trim() === '')
			return { ok: false, reason: 'missing_secret' };
		const signature = headerValue(request.headers, 'telnyx-signature-ed25519');
		const timestamp = headerValue(request.headers, 'telnyx-timestamp');
		if (!signature || !timestamp) return { ok: false, reason: 'missing_signature' };
		const key = publicKeyOf(secret.trim());
		if (!key || key.asymmetricKeyType !== 'ed25519') return { ok: false, reason: 'malformed' };
		const sig = decodeBase64(signature);
		if (!sig || sig.length !== 64) return { ok: false, reason: 'malformed' };
		const body = assertWebhookBody(request);
		const valid = verifySignature(
			null,
			Buffer.from(`${timestamp.trim()}|${body}`, 'utf8'),
			key,
			sig,
		);
		if (!valid) return { ok: false, reason: 'bad_signature' };
		const fresh = withinTolerance(timestamp, nowMs(options), toleranceSeconds(options));
		if (fresh === undefined) return { ok: false, reason: 'malformed' };
		return fresh ? { ok: true } : { ok: false, reason: 'expired' };
	});
}

/** Telnyx only needs a 2xx within 2 seconds. */
function webhookResponse(): WebhookResponse {
	return { status: 200, headers: { 'Content-Type': 'application/json' }, body: '{"ok":true}' };
}

/** Telnyx webhook side: parse, verify, answer. */
export const webhook = {
	signsWebhooks: true,
	parseWebhook,
	verifyWebhook,
	webhookResponse,
} satisfies Pick<
	SmsProvider,
	'signsWebhooks' | 'parseWebhook' | 'verifyWebhook' | 'webhookResponse'
>;
