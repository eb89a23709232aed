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
	guardVerify,
	hmacDigest,
	isRecord,
	makeEvent,
	mapDeliveryStatus,
	nowMs,
	parseWebhookJson,
	plusE164,
	receivedAtOf,
	safeEqual,
	asText,
	toleranceSeconds,
	verifyUnsigned,
	headerValue,
	withinTolerance,
	type WebhookParseOptions,
} from '../common';

/** Sinch delivery report `status` → normalized delivery status. */
export const SINCH_STATUS_MAP: Readonly<Record<string, DeliveryStatus>> = {
	queued: 'queued',
	dispatched: 'sent',
	delivered: 'delivered',
	failed: 'failed',
	rejected: 'failed',
	aborted: 'failed',
	cancelled: 'failed',
	deleted: 'failed',
	expired: 'undelivered',
};

const OK_STATUSES = new Set(['queued', 'dispatched', 'delivered']);

function codeOf(code: unknown, status: string | undefined): string | undefined {
	const text = asText(code);
	if (text === undefined || OK_STATUSES.has((status ?? '').toLowerCase())) return undefined;
	return text;
}

/**
 * Parse a Sinch SMS callback (JSON, discriminated by `type`): `mo_text`/`mo_media`/`mo_binary` → `reply`
 * (`id`, `from`, `to`, `body`, `received_at`); `recipient_delivery_report_sms|mms` → one `status`
 * (`batch_id`, `recipient`, `status`, `code`, `at`); `delivery_report_sms|mms` → one `status` per recipient
 * listed in `statuses[]` (or one per status group when recipients are not listed).
 */
function parseWebhook(request: InboundRequest, options?: WebhookParseOptions): NormalizedEvent[] {
	const body = assertWebhookBody(request);
	const json = parseWebhookJson(body, 'Sinch');
	if (!isRecord(json) || typeof json.type !== 'string')
		throw new WebhookError('Not a Sinch SMS callback: type is missing', 400);
	const now = options?.now;
	const type = json.type;
	if (type === 'mo_text' || type === 'mo_media' || type === 'mo_binary') {
		const from = plusE164(json.from);
		const id = asText(json.id);
		if (from === '' || !id) throw new WebhookError('Sinch inbound message without from/id', 400);
		let text = '';
		if (type === 'mo_text') text = asText(json.body) ?? '';
		else if (type === 'mo_media' && isRecord(json.body)) text = asText(json.body.message) ?? '';
		return [
			makeEvent({
				provider: 'sinch',
				event: 'reply',
				from,
				to: plusE164(json.to),
				text,
				messageId: id,
				receivedAt: receivedAtOf(now, json.received_at, json.sent_at),
				raw: json,
			}),
		];
	}
	const batchId = asText(json.batch_id);
	if (type === 'recipient_delivery_report_sms' || type === 'recipient_delivery_report_mms') {
		if (!batchId) throw new WebhookError('Sinch delivery report without batch_id', 400);
		const status = asText(json.status);
		return [
			makeEvent({
				provider: 'sinch',
				event: 'status',
				from: '',
				to: plusE164(json.recipient),
				text: '',
				messageId: batchId,
				receivedAt: receivedAtOf(now, json.at, json.operator_status_at),
				status: mapDeliveryStatus(SINCH_STATUS_MAP, status),
				errorCode: codeOf(json.code, status),
				raw: json,
			}),
		];
	}
	if (type === 'delivery_report_sms' || type === 'delivery_report_mms') {
		if (!batchId || !Array.isArray(json.statuses))
			throw new WebhookError('Sinch batch delivery report without batch_id/statuses', 400);
		const at = receivedAtOf(now);
		const events: NormalizedEvent[] = [];
		for (const entry of json.statuses.slice(0, 1000)) {
			if (!isRecord(entry)) continue;
			const status = asText(entry.status);
			const recipients =
				Array.isArray(entry.recipients) && entry.recipients.length ? entry.recipients : [''];
			for (const r of recipients.slice(0, 1000)) {
				events.push(
					makeEvent({
						provider: 'sinch',
						event: 'status',
						from: '',
						to: plusE164(r),
						text: '',
						messageId: batchId,
						receivedAt: at,
						status: mapDeliveryStatus(SINCH_STATUS_MAP, status),
						errorCode: codeOf(entry.code, status),
						raw: json,
					}),
				);
			}
		}
		return events;
	}
	throw new WebhookError(`Unsupported Sinch callback type "${type.slice(0, 64)}"`, 400);
}

/** Sinch SMS callback HMAC (enabled by Sinch on request): base64 HMAC-SHA256 of `body.nonce.timestamp`. */
function verifyHmac(
	request: InboundRequest,
	secret: string,
	options?: VerifyOptions,
): VerifyResult {
	if (typeof secret !== 'string' || secret === '') return { ok: false, reason: 'missing_secret' };
	const signature = headerValue(request.headers, 'x-sinch-webhook-signature');
	const nonce = headerValue(request.headers, 'x-sinch-webhook-signature-nonce');
	const timestamp = headerValue(request.headers, 'x-sinch-webhook-signature-timestamp');
	if (!signature || nonce === undefined || timestamp === undefined)
		return { ok: false, reason: 'missing_signature' };
	const algorithm = (
		headerValue(request.headers, 'x-sinch-webhook-signature-algorithm') ?? 'HmacSHA256'
	).toLowerCase();
	if (algorithm !== 'hmacsha256') return { ok: false, reason: 'malformed' };
	const body = assertWebhookBody(request);
	const expected = hmacDigest('sha256', secret, `${body}.${nonce}.${timestamp}`, 'base64');
	if (!safeEqual(expected, signature.trim())) return { ok: false, reason: 'bad_signature' };
	const fresh = withinTolerance(timestamp, nowMs(options), toleranceSeconds(options));
	if (fresh === undefined) return { ok: false, reason: 'malformed' };
	return fresh ? { ok: true } : { ok: false, reason: 'expired' };
}

/**
 * Sinch SMS callbacks are unsigned by default (Sinch offers Basic auth, OAuth 2.0 or mTLS on the callback
 * URL). Checks: Basic auth (`options.username`/`password`), URL token (`options.token`), and — when the
 * request carries `x-sinch-webhook-signature` or `options.mode = 'hmac'` — the HMAC signature with `secret`
 * (`x-sinch-webhook-signature-nonce`, `-timestamp` within tolerance). With nothing configured, `secret` is the URL token.
 */
function verifyWebhook(
	request: InboundRequest,
	secret: string,
	options?: VerifyOptions,
): VerifyResult {
	return guardVerify(() => {
		const signed = headerValue(request.headers, 'x-sinch-webhook-signature') !== undefined;
		const mode = options?.mode?.toLowerCase();
		const useHmac =
			mode === 'hmac' || (!mode && signed && typeof secret === 'string' && secret !== '');
		return verifyUnsigned(
			request,
			useHmac ? '' : secret,
			options,
			useHmac ? () => verifyHmac(request, secret, options) : undefined,
		);
	});
}

function webhookResponse(): WebhookResponse {
	return { status: 200, headers: { 'Content-Type': 'application/json' }, body: '{"ok":true}' };
}

/** Sinch webhook side: parse, verify, answer. */
export const webhook = {
	signsWebhooks: false,
	parseWebhook,
	verifyWebhook,
	webhookResponse,
} satisfies Pick<
	SmsProvider,
	'signsWebhooks' | 'parseWebhook' | 'verifyWebhook' | 'webhookResponse'
>;
