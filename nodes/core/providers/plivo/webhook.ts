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
	escapeXml,
	firstParamValues,
	guardVerify,
	hmacDigest,
	isRecord,
	looksLikeJson,
	makeEvent,
	mapDeliveryStatus,
	parseWebhookForm,
	pick,
	plusE164,
	positiveInt,
	receivedAtOf,
	requestParams,
	safeEqual,
	asText,
	headerValue,
	webhookQuery,
	type WebhookParams,
	type WebhookParseOptions,
} from '../common';

/** Plivo message `Status` → normalized delivery status. */
export const PLIVO_STATUS_MAP: Readonly<Record<string, DeliveryStatus>> = {
	queued: 'queued',
	sent: 'sent',
	delivered: 'delivered',
	read: 'delivered',
	undelivered: 'undelivered',
	failed: 'failed',
	rejected: 'failed',
};

/**
 * Parse a Plivo message webhook (form POST or GET query): incoming message (`From`, `To`, `Text`/`Body`,
 * `MessageUUID`, `Units`; Plivo joins long messages itself) → `reply`; status callback (`Status`,
 * `MessageUUID`, `ErrorCode`, `Units`, `*Time` fields in UTC) → `status`.
 */
function parseWebhook(request: InboundRequest, options?: WebhookParseOptions): NormalizedEvent[] {
	const { params, json } = requestParams(request, 'Plivo');
	const raw = json ?? firstParamValues(params);
	const messageId = pick(params, 'MessageUUID');
	if (!messageId)
		throw new WebhookError('Not a Plivo message webhook: MessageUUID is missing', 400);
	const segments = positiveInt(pick(params, 'Units'));
	const statusText = pick(params, 'Status');
	if (statusText !== undefined) {
		return [
			makeEvent({
				provider: 'plivo',
				event: 'status',
				from: plusE164(pick(params, 'From') ?? ''),
				to: plusE164(pick(params, 'To') ?? ''),
				text: '',
				messageId,
				receivedAt: receivedAtOf(
					options?.now,
					pick(params, 'DeliveryReportTime'),
					pick(params, 'SentTime'),
					pick(params, 'QueuedTime'),
					pick(params, 'MessageTime'),
				),
				status: mapDeliveryStatus(PLIVO_STATUS_MAP, statusText),
				errorCode: pick(params, 'ErrorCode'),
				segments,
				raw,
			}),
		];
	}
	const from = pick(params, 'From');
	if (!from) throw new WebhookError('Not a Plivo message webhook: From is missing', 400);
	return [
		makeEvent({
			provider: 'plivo',
			event: 'reply',
			from: plusE164(from),
			to: plusE164(pick(params, 'To') ?? ''),
			text: pick(params, 'Text', 'Body') ?? '',
			messageId,
			receivedAt: receivedAtOf(options?.now, pick(params, 'MessageTime')),
			segments,
			raw,
		}),
	];
}

/**
 * The URL as the provider called it, without query and fragment. Plivo signs the URL as written: a URL without
 * a path is signed without a `/` (`https://answer.url12345`, Plivo's SDK vectors), so the text is cut rather
 * than parsed and re-serialised (which would add the `/`).
 */
function baseUrl(raw: string): string {
	const end = raw.search(/[?#]/);
	return end === -1 ? raw : raw.slice(0, end);
}

/** `k=v&k=v…`, keys sorted, values of a key sorted. */
function sortedQueryString(params: WebhookParams): string {
	const out: string[] = [];
	for (const key of Object.keys(params).sort())
		for (const v of [...params[key]].sort()) out.push(`${key}=${v}`);
	return out.join('&');
}

/** `kvkv…`, keys sorted, values of a key sorted; nested JSON objects are flattened the same way. */
function sortedParamsString(params: Record<string, unknown>): string {
	let out = '';
	for (const key of Object.keys(params).sort()) {
		const value = params[key];
		if (Array.isArray(value)) {
			for (const v of value.map((x) => asText(x) ?? '').sort()) out += key + v;
		} else if (isRecord(value)) {
			out += key + sortedParamsString(value);
		} else {
			out += key + (asText(value) ?? '');
		}
	}
	return out;
}

/** The string Plivo signs with V3 (before `.` + nonce): see Plivo's SDK `construct_get_url` / `construct_post_url`. */
function v3Base(request: InboundRequest): string {
	const base = baseUrl(request.url);
	const query = sortedQueryString(webhookQuery(request.url));
	const method = typeof request.method === 'string' ? request.method.toUpperCase() : 'POST';
	const body = assertWebhookBody(request);
	let post: Record<string, unknown> = {};
	if (method !== 'GET' && body.trim() !== '') {
		if (looksLikeJson(request, body)) {
			const parsed: unknown = JSON.parse(body);
			if (isRecord(parsed)) post = parsed;
		} else {
			post = parseWebhookForm(body);
		}
	}
	if (Object.keys(post).length === 0) return query.length > 0 ? `${base}?${query}` : base;
	return `${base}?${query}${query.length > 0 ? '.' : ''}${sortedParamsString(post)}`;
}

/**
 * Verify a Plivo callback with the (sub)account auth token. V3 (default): `X-Plivo-Signature-V3` = base64
 * HMAC-SHA256 of (URL without query + `?` + sorted query + for POST `.` and the sorted `keyvalue` POST
 * parameters) + `.` + `X-Plivo-Signature-V3-Nonce`; the header may list several comma-separated signatures.
 * V2 (`options.mode = 'v2'`, or when only V2 headers are present): `X-Plivo-Signature-V2` = base64
 * HMAC-SHA256 of URL without query + `X-Plivo-Signature-V2-Nonce`. Plivo signs a nonce, not a time.
 */
function verifyWebhook(
	request: InboundRequest,
	secret: string,
	options?: VerifyOptions,
): VerifyResult {
	return guardVerify(() => {
		if (typeof secret !== 'string' || secret === '') return { ok: false, reason: 'missing_secret' };
		const mode = options?.mode?.toLowerCase();
		const v3 = headerValue(request.headers, 'x-plivo-signature-v3');
		const v2 = headerValue(request.headers, 'x-plivo-signature-v2');
		const useV2 = mode === 'v2' || (mode !== 'v3' && !v3 && !!v2);
		const signature = useV2 ? v2 : v3;
		const nonce = headerValue(
			request.headers,
			useV2 ? 'x-plivo-signature-v2-nonce' : 'x-plivo-signature-v3-nonce',
		);
		if (!signature || nonce === undefined) return { ok: false, reason: 'missing_signature' };
		if (!URL.canParse(request.url)) return { ok: false, reason: 'malformed' };
		const expected = useV2
			? hmacDigest('sha256', secret, baseUrl(request.url) + nonce, 'base64')
			: hmacDigest('sha256', secret, `${v3Base(request)}.${nonce}`, 'base64');
		let ok = false;
		for (const candidate of signature.split(',')) ok = safeEqual(expected, candidate.trim()) || ok;
		return ok ? { ok: true } : { ok: false, reason: 'bad_signature' };
	});
}

/**
 * Plivo expects XML from the message URL: an empty `<Response/>`, or a `<Message>` auto-reply from the number
 * that received the reply (`src`) to its sender (`dst`).
 */
function webhookResponse(
	events: NormalizedEvent[],
	options?: { autoReply?: string },
): WebhookResponse {
	const head = '<?xml version="1.0" encoding="utf-8"?>';
	const reply = options?.autoReply;
	const first = Array.isArray(events) ? events.find((e) => e && e.event === 'reply') : undefined;
	let body = `${head}<Response/>`;
	if (typeof reply === 'string' && reply !== '' && first) {
		const src = escapeXml(first.to.replace(/^\+/, ''));
		const dst = escapeXml(first.from.replace(/^\+/, ''));
		body = `${head}<Response><Message src="${src}" dst="${dst}" type="sms">${escapeXml(reply)}</Message></Response>`;
	}
	return { status: 200, headers: { 'Content-Type': 'application/xml' }, body };
}

/** Plivo webhook side: parse, verify, answer. */
export const webhook = {
	signsWebhooks: true,
	parseWebhook,
	verifyWebhook,
	webhookResponse,
} satisfies Pick<
	SmsProvider,
	'signsWebhooks' | 'parseWebhook' | 'verifyWebhook' | 'webhookResponse'
>;
