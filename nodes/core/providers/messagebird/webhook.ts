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
	firstParamValues,
	guardVerify,
	makeEvent,
	mapDeliveryStatus,
	nowMs,
	numericClaim,
	pick,
	plusE164,
	receivedAtOf,
	requestParams,
	safeEqual,
	sha256Hex,
	verifyHmacJwt,
	headerValue,
	type WebhookParseOptions,
} from '../common';

/** MessageBird message `status` → normalized delivery status. */
export const MESSAGEBIRD_STATUS_MAP: Readonly<Record<string, DeliveryStatus>> = {
	scheduled: 'queued',
	buffered: 'queued',
	sent: 'sent',
	delivered: 'delivered',
	expired: 'undelivered',
	delivery_failed: 'failed',
};

/**
 * Parse a MessageBird SMS webhook (GET query or POST form/JSON). Status reports (`id`, `reference`,
 * `recipient`, `status`, `statusDatetime`, `statusErrorCode`) → `status`; inbound messages (`originator`,
 * `recipient`/`receiver`/`shortcode`, `body`/`payload`/`message`, `id`/`message_id`/`mid`,
 * `createdDatetime`/`receive_datetime`) → `reply`.
 */
function parseWebhook(request: InboundRequest, options?: WebhookParseOptions): NormalizedEvent[] {
	const { params, json } = requestParams(request, 'MessageBird');
	const raw = json ?? firstParamValues(params);
	const statusText = pick(params, 'status');
	const originator = pick(params, 'originator', 'sender');
	const text = pick(params, 'body', 'payload', 'message');
	const messageId = pick(params, 'id', 'message_id', 'mid');
	if (
		statusText !== undefined &&
		(text === undefined || pick(params, 'statusDatetime') !== undefined)
	) {
		if (!messageId) throw new WebhookError('MessageBird status report without id', 400);
		return [
			makeEvent({
				provider: 'messagebird',
				event: 'status',
				from: plusE164(originator ?? ''),
				to: plusE164(pick(params, 'recipient') ?? ''),
				text: '',
				messageId,
				receivedAt: receivedAtOf(options?.now, pick(params, 'statusDatetime')),
				status: mapDeliveryStatus(MESSAGEBIRD_STATUS_MAP, statusText),
				errorCode: pick(params, 'statusErrorCode'),
				raw,
			}),
		];
	}
	if (
		!originator ||
		(text === undefined && !Object.prototype.hasOwnProperty.call(params, 'body'))
	) {
		throw new WebhookError(
			'Not a MessageBird SMS webhook: originator/body or status is missing',
			400,
		);
	}
	return [
		makeEvent({
			provider: 'messagebird',
			event: 'reply',
			from: plusE164(originator),
			to: plusE164(pick(params, 'recipient', 'receiver', 'shortcode') ?? ''),
			text: text ?? '',
			messageId: messageId ?? '',
			receivedAt: receivedAtOf(options?.now, pick(params, 'createdDatetime', 'receive_datetime')),
			raw,
		}),
	];
}

/**
 * Verify `MessageBird-Signature-JWT`: a JWT (HS256/384/512) signed with the signing key, with
 * `iss = "MessageBird"`, `nbf`/`exp` (checked with `toleranceSeconds` of clock leeway, default 5 s — the
 * token itself is short-lived), `jti`, `url_hash` = hex SHA-256 of the full URL, and `payload_hash` = hex
 * SHA-256 of the raw body (required when the body is not empty).
 */
function verifyWebhook(
	request: InboundRequest,
	secret: string,
	options?: VerifyOptions,
): VerifyResult {
	return guardVerify(() => {
		if (typeof secret !== 'string' || secret === '') return { ok: false, reason: 'missing_secret' };
		const token = headerValue(request.headers, 'messagebird-signature-jwt');
		if (!token) return { ok: false, reason: 'missing_signature' };
		const check = verifyHmacJwt(token.trim(), secret, ['HS256', 'HS384', 'HS512']);
		if (!check.ok) return { ok: false, reason: check.reason };
		const claims = check.claims;
		if (claims.iss !== 'MessageBird' || typeof claims.jti !== 'string')
			return { ok: false, reason: 'bad_signature' };
		const urlHash = claims.url_hash;
		if (typeof urlHash !== 'string' || typeof request.url !== 'string')
			return { ok: false, reason: 'bad_signature' };
		if (!safeEqual(urlHash.toLowerCase(), sha256Hex(request.url)))
			return { ok: false, reason: 'bad_signature' };
		const body = assertWebhookBody(request);
		const payloadHash = claims.payload_hash;
		if (typeof payloadHash === 'string') {
			if (!safeEqual(payloadHash.toLowerCase(), sha256Hex(body)))
				return { ok: false, reason: 'bad_signature' };
		} else if (body !== '') {
			return { ok: false, reason: 'bad_signature' };
		}
		const leeway =
			typeof options?.toleranceSeconds === 'number' && options.toleranceSeconds >= 0
				? options.toleranceSeconds
				: 5;
		const now = nowMs(options) / 1000;
		const nbf = numericClaim(claims, 'nbf');
		const exp = numericClaim(claims, 'exp');
		if (exp === undefined) return { ok: false, reason: 'malformed' };
		if (now > exp + leeway || (nbf !== undefined && now < nbf - leeway))
			return { ok: false, reason: 'expired' };
		return { ok: true };
	});
}

function webhookResponse(): WebhookResponse {
	return { status: 200, headers: { 'Content-Type': 'text/plain' }, body: 'OK' };
}

/** MessageBird webhook side: parse, verify, answer. */
export const webhook = {
	signsWebhooks: true,
	parseWebhook,
	verifyWebhook,
	webhookResponse,
} satisfies Pick<
	SmsProvider,
	'signsWebhooks' | 'parseWebhook' | 'verifyWebhook' | 'webhookResponse'
>;
