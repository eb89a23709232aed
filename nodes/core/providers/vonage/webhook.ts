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
	hashDigest,
	hmacDigest,
	isRecord,
	makeEvent,
	mapDeliveryStatus,
	nowMs,
	numericClaim,
	pick,
	plusE164,
	positiveInt,
	receivedAtOf,
	requestParams,
	safeEqual,
	asText,
	sha256Hex,
	toleranceSeconds,
	verifyHmacJwt,
	headerValue,
	withinTolerance,
	type WebhookDigest,
	type WebhookParams,
	type WebhookParseOptions,
} from '../common';

/** Vonage SMS API delivery receipt `status` and Messages API `status` → normalized delivery status. */
export const VONAGE_STATUS_MAP: Readonly<Record<string, DeliveryStatus>> = {
	// SMS API delivery receipts
	accepted: 'sent',
	buffered: 'sent',
	delivered: 'delivered',
	expired: 'undelivered',
	failed: 'failed',
	rejected: 'failed',
	// Messages API status webhooks
	submitted: 'sent',
	undeliverable: 'undelivered',
	read: 'delivered',
};

function parseMessagesApi(
	json: Record<string, unknown>,
	now: number | undefined,
): NormalizedEvent[] {
	const id = asText(json.message_uuid) ?? '';
	const from = plusE164(json.from);
	const to = plusE164(json.to);
	const sms = isRecord(json.sms) ? json.sms : {};
	const statusText = asText(json.status);
	if (statusText !== undefined) {
		const error = isRecord(json.error) ? json.error : {};
		return [
			makeEvent({
				provider: 'vonage',
				event: 'status',
				from,
				to,
				text: '',
				messageId: id,
				receivedAt: receivedAtOf(now, json.timestamp),
				status: mapDeliveryStatus(VONAGE_STATUS_MAP, statusText),
				errorCode: asText(error.title) ?? asText(error.type),
				segments: positiveInt(sms.count_total),
				raw: json,
			}),
		];
	}
	if (from === '') throw new WebhookError('Not a Vonage inbound message: from is missing', 400);
	return [
		makeEvent({
			provider: 'vonage',
			event: 'reply',
			from,
			to,
			text: asText(json.text) ?? '',
			messageId: id,
			receivedAt: receivedAtOf(now, json.timestamp),
			segments: positiveInt(sms.num_messages),
			raw: json,
		}),
	];
}

/**
 * Parse a Vonage webhook. SMS API (GET query, POST form or JSON): inbound messages (`msisdn`, `to`, `text`,
 * `messageId`, `message-timestamp`, `concat*` → `part`) and delivery receipts (`status`, `err-code`,
 * `message-timestamp`; for receipts `to` is the sender and `msisdn` the recipient). Messages API (JSON with
 * `message_uuid`): inbound (`from`, `to`, `text`, `timestamp`) and status (`status`, `error.title`).
 */
function parseWebhook(request: InboundRequest, options?: WebhookParseOptions): NormalizedEvent[] {
	const { params, json } = requestParams(request, 'Vonage');
	if (json && typeof json.message_uuid === 'string') return parseMessagesApi(json, options?.now);
	const raw = json ?? firstParamValues(params);
	const messageId = pick(params, 'messageId', 'message-id');
	const msisdn = pick(params, 'msisdn');
	if (!messageId || !msisdn) {
		throw new WebhookError('Not a Vonage SMS webhook: msisdn/messageId is missing', 400);
	}
	const timestamp = receivedAtOf(
		options?.now,
		pick(params, 'message-timestamp'),
		pick(params, 'timestamp'),
	);
	const statusText = pick(params, 'status');
	if (statusText !== undefined) {
		const err = pick(params, 'err-code');
		return [
			makeEvent({
				provider: 'vonage',
				event: 'status',
				from: plusE164(pick(params, 'to') ?? ''),
				to: plusE164(msisdn),
				text: '',
				messageId,
				receivedAt: timestamp,
				status: mapDeliveryStatus(VONAGE_STATUS_MAP, statusText),
				errorCode: err !== undefined && err !== '0' ? err : undefined,
				raw,
			}),
		];
	}
	let part: NormalizedEvent['part'];
	if (pick(params, 'concat') === 'true') {
		const reference = pick(params, 'concat-ref');
		const index = positiveInt(pick(params, 'concat-part'));
		const total = positiveInt(pick(params, 'concat-total'));
		if (reference && index && total && index <= total) part = { reference, index, total };
	}
	return [
		makeEvent({
			provider: 'vonage',
			event: 'reply',
			from: plusE164(msisdn),
			to: plusE164(pick(params, 'to') ?? ''),
			text: pick(params, 'text') ?? '',
			messageId,
			receivedAt: timestamp,
			part,
			raw,
		}),
	];
}

const SMS_MODES: Record<string, WebhookDigest | 'md5hash'> = {
	md5hash: 'md5hash',
	md5: 'md5',
	sha1: 'sha1',
	sha256: 'sha256',
	sha512: 'sha512',
};

/** Vonage's signed string: `&key=value` for every parameter but `sig`, sorted, with `&` and `=` in values → `_`. */
function signedString(params: WebhookParams): string {
	let out = '';
	for (const key of Object.keys(params).sort()) {
		if (key === 'sig') continue;
		out += `&${key}=${(params[key][0] ?? '').replace(/[&=]/g, '_')}`;
	}
	return out;
}

function smsSignature(mode: WebhookDigest | 'md5hash', data: string, secret: string): string {
	return mode === 'md5hash'
		? hashDigest('md5', data + secret, 'hex')
		: hmacDigest(mode, secret, data, 'hex');
}

function verifySmsApi(
	request: InboundRequest,
	secret: string,
	options?: VerifyOptions,
): VerifyResult {
	let params: WebhookParams;
	try {
		params = requestParams(request, 'Vonage').params;
	} catch {
		return { ok: false, reason: 'malformed' };
	}
	const sig = pick(params, 'sig');
	if (!sig) return { ok: false, reason: 'missing_signature' };
	const data = signedString(params);
	const given = sig.trim().toLowerCase();
	let modes: Array<WebhookDigest | 'md5hash'>;
	if (options?.mode) {
		const m = SMS_MODES[options.mode.toLowerCase()];
		if (!m) return { ok: false, reason: 'malformed' };
		modes = [m];
	} else {
		// Detect the dashboard's signature method from the digest length (md5 = 32 hex, sha1 = 40, …).
		const byLength: Record<number, Array<WebhookDigest | 'md5hash'>> = {
			32: ['md5hash', 'md5'],
			40: ['sha1'],
			64: ['sha256'],
			128: ['sha512'],
		};
		modes = byLength[given.length] ?? ['md5hash'];
	}
	let ok = false;
	for (const mode of modes)
		ok = safeEqual(smsSignature(mode, data, secret).toLowerCase(), given) || ok;
	if (!ok) return { ok: false, reason: 'bad_signature' };
	const timestamp = pick(params, 'timestamp');
	if (!timestamp) return { ok: false, reason: 'malformed' };
	const fresh = withinTolerance(timestamp, nowMs(options), toleranceSeconds(options));
	if (fresh === undefined) return { ok: false, reason: 'malformed' };
	return fresh ? { ok: true } : { ok: false, reason: 'expired' };
}

function verifyJwt(request: InboundRequest, secret: string, options?: VerifyOptions): VerifyResult {
	const auth = headerValue(request.headers, 'authorization');
	const m = auth ? /^\s*bearer\s+(\S+)\s*$/i.exec(auth) : null;
	if (!m) return { ok: false, reason: 'missing_signature' };
	const check = verifyHmacJwt(m[1], secret, ['HS256']);
	if (!check.ok) return { ok: false, reason: check.reason };
	const claims = check.claims;
	const body = assertWebhookBody(request);
	const payloadHash = claims.payload_hash;
	if (typeof payloadHash === 'string') {
		if (!safeEqual(payloadHash.toLowerCase(), sha256Hex(body)))
			return { ok: false, reason: 'bad_signature' };
	} else if (body !== '') {
		return { ok: false, reason: 'bad_signature' };
	}
	const now = nowMs(options);
	const tolerance = toleranceSeconds(options);
	const iat = numericClaim(claims, 'iat');
	if (iat === undefined) return { ok: false, reason: 'malformed' };
	if (!withinTolerance(iat, now, tolerance)) return { ok: false, reason: 'expired' };
	const exp = numericClaim(claims, 'exp');
	if (exp !== undefined && now / 1000 > exp + tolerance) return { ok: false, reason: 'expired' };
	return { ok: true };
}

/**
 * Verify a Vonage webhook with the account's signature secret. SMS API signed webhooks: the `sig` parameter
 * over the sorted parameters (`md5hash` = MD5 of the string + secret; `md5`/`sha1`/`sha256`/`sha512` = HMAC
 * keyed with the secret; hex, any case) and `timestamp` within tolerance. Messages API: `Authorization:
 * Bearer <JWT>` (HS256) with `payload_hash` = SHA-256 of the raw body and `iat` within tolerance.
 * `options.mode`: `jwt`, or an SMS method name; default detects (`Bearer` header → JWT, else `sig` with the
 * method guessed from the digest length).
 */
function verifyWebhook(
	request: InboundRequest,
	secret: string,
	options?: VerifyOptions,
): VerifyResult {
	return guardVerify(() => {
		if (typeof secret !== 'string' || secret === '') return { ok: false, reason: 'missing_secret' };
		const mode = options?.mode?.toLowerCase();
		const bearer = /^\s*bearer\s/i.test(headerValue(request.headers, 'authorization') ?? '');
		if (mode === 'jwt' || (!mode && bearer)) return verifyJwt(request, secret, options);
		return verifySmsApi(request, secret, options);
	});
}

/** Vonage only needs a 2xx; it gets `204 No Content`. */
function webhookResponse(): WebhookResponse {
	return { status: 204, headers: {}, body: '' };
}

/** Vonage webhook side: parse, verify, answer. */
export const webhook = {
	signsWebhooks: true,
	parseWebhook,
	verifyWebhook,
	webhookResponse,
} satisfies Pick<
	SmsProvider,
	'signsWebhooks' | 'parseWebhook' | 'verifyWebhook' | 'webhookResponse'
>;
