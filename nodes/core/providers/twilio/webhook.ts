import type {
	DeliveryStatus,
	InboundRequest,
	NormalizedEvent,
	SmsProvider,
	VerifyResult,
	WebhookResponse,
} from '../types';
import { WebhookError } from '../types';
import {
	assertWebhookBody,
	escapeXml,
	firstParamValues,
	guardVerify,
	hasParam,
	hmacDigest,
	makeEvent,
	mapDeliveryStatus,
	parseWebhookForm,
	pick,
	plusE164,
	positiveInt,
	receivedAtOf,
	requestParams,
	safeEqual,
	sha256Hex,
	headerValue,
	webhookQuery,
	type WebhookParams,
	type WebhookParseOptions,
} from '../common';

/** Twilio message statuses (`MessageStatus` / `SmsStatus`) → normalized delivery status. */
export const TWILIO_STATUS_MAP: Readonly<Record<string, DeliveryStatus>> = {
	accepted: 'queued',
	scheduled: 'queued',
	queued: 'queued',
	sending: 'queued',
	sent: 'sent',
	partially_delivered: 'sent',
	delivered: 'delivered',
	read: 'delivered',
	undelivered: 'undelivered',
	failed: 'failed',
	canceled: 'failed',
};

/**
 * Parse a Twilio Messaging webhook (form POST, GET query, or JSON): an incoming message (`From`, `To`, `Body`,
 * `MessageSid`/`SmsMessageSid`/`SmsSid`, `NumSegments`) → `reply`; a status callback (`MessageStatus` or
 * `SmsStatus`, `ErrorCode`) → `status`. Twilio sends no timestamp, so `receivedAt` is the time of parsing.
 */
function parseWebhook(request: InboundRequest, options?: WebhookParseOptions): NormalizedEvent[] {
	const { params } = requestParams(request, 'Twilio');
	const raw = firstParamValues(params);
	const messageId = pick(params, 'MessageSid', 'SmsMessageSid', 'SmsSid');
	const statusText = pick(params, 'MessageStatus', 'SmsStatus');
	const inboundStatus = statusText === 'received' || statusText === 'receiving';
	const segments = positiveInt(pick(params, 'NumSegments'));
	const receivedAt = receivedAtOf(options?.now);
	if (!messageId)
		throw new WebhookError('Not a Twilio messaging webhook: MessageSid is missing', 400);
	if (
		statusText &&
		!inboundStatus &&
		(hasParam(params, 'MessageStatus') || !hasParam(params, 'Body'))
	) {
		return [
			makeEvent({
				provider: 'twilio',
				event: 'status',
				from: plusE164(pick(params, 'From') ?? ''),
				to: plusE164(pick(params, 'To') ?? ''),
				text: '',
				messageId,
				receivedAt,
				status: mapDeliveryStatus(TWILIO_STATUS_MAP, statusText),
				errorCode: pick(params, 'ErrorCode'),
				segments,
				raw,
			}),
		];
	}
	const from = pick(params, 'From');
	if (!from || !hasParam(params, 'Body')) {
		throw new WebhookError(
			'Not a Twilio messaging webhook: From/Body or MessageStatus is missing',
			400,
		);
	}
	return [
		makeEvent({
			provider: 'twilio',
			event: 'reply',
			from: plusE164(from),
			to: plusE164(pick(params, 'To') ?? ''),
			text: params.Body[0] ?? '',
			messageId,
			receivedAt,
			segments,
			raw,
		}),
	];
}

/** Twilio's data string: URL followed by every POST parameter sorted by name, name+value, values sorted. */
function signedData(url: string, params: WebhookParams): string {
	let data = url;
	for (const key of Object.keys(params).sort()) {
		for (const value of Array.from(new Set(params[key])).sort()) data += key + value;
	}
	return data;
}

/** The URL as given, with / without the scheme's default port, and with `'` / `%27` (Twilio's SDK accepts each). */
function urlVariants(url: string): string[] {
	const out = new Set<string>([url]);
	let parsed: URL;
	try {
		parsed = new URL(url);
	} catch {
		return [url];
	}
	const normal = parsed.toString();
	out.add(normal);
	if (parsed.port) {
		const noPort = new URL(normal);
		noPort.port = '';
		out.add(noPort.toString());
	} else {
		const port = parsed.protocol === 'https:' ? '443' : parsed.protocol === 'http:' ? '80' : '';
		if (port) {
			const auth = parsed.username
				? `${parsed.username}${parsed.password ? `:${parsed.password}` : ''}@`
				: '';
			out.add(
				`${parsed.protocol}//${auth}${parsed.host}:${port}${parsed.pathname}${parsed.search}${parsed.hash}`,
			);
		}
	}
	// Twilio signs a `'` in the query as written, while proxies and frameworks may hand over `%27` (or the
	// reverse); twilio-node accepts both spellings.
	for (const u of Array.from(out)) {
		out.add(u.replace(/%27/gi, "'"));
		out.add(u.replace(/'/g, '%27'));
	}
	return Array.from(out);
}

/**
 * Verify `X-Twilio-Signature` (base64 HMAC-SHA1 keyed with the auth token). Form POSTs: over the full URL
 * plus the sorted POST parameters. JSON bodies: the URL carries `bodySHA256` (hex SHA-256 of the raw body)
 * and the signature covers the URL alone. GET: the URL alone. The URL is tried as given and with/without
 * the default port. Twilio signs no timestamp, so replays cannot be detected from the request alone.
 */
function verifyWebhook(request: InboundRequest, secret: string): VerifyResult {
	return guardVerify(() => {
		if (typeof secret !== 'string' || secret === '') return { ok: false, reason: 'missing_secret' };
		const signature = headerValue(request.headers, 'x-twilio-signature');
		if (!signature) return { ok: false, reason: 'missing_signature' };
		if (typeof request.url !== 'string' || request.url === '')
			return { ok: false, reason: 'malformed' };
		const body = assertWebhookBody(request);
		const query = webhookQuery(request.url);
		const bodyHash = query.bodySHA256?.[0];
		const method = typeof request.method === 'string' ? request.method.toUpperCase() : 'POST';
		const params: WebhookParams =
			bodyHash !== undefined || method === 'GET' ? {} : parseWebhookForm(body);
		let ok = false;
		for (const url of urlVariants(request.url)) {
			ok =
				safeEqual(
					hmacDigest('sha1', secret, signedData(url, params), 'base64'),
					signature.trim(),
				) || ok;
		}
		if (!ok) return { ok: false, reason: 'bad_signature' };
		if (bodyHash !== undefined && !safeEqual(sha256Hex(body), bodyHash.toLowerCase())) {
			return { ok: false, reason: 'bad_signature' };
		}
		return { ok: true };
	});
}

/**
 * TwiML answer: an empty `<Response/>`, or `<Response><Message>…</Message></Response>` with the XML-escaped
 * auto-reply when one is given and the request carried a reply.
 */
function webhookResponse(
	events: NormalizedEvent[],
	options?: { autoReply?: string },
): WebhookResponse {
	const head = '<?xml version="1.0" encoding="UTF-8"?>';
	const reply = options?.autoReply;
	const hasReply = Array.isArray(events) && events.some((e) => e && e.event === 'reply');
	const body =
		typeof reply === 'string' && reply !== '' && hasReply
			? `${head}<Response><Message>${escapeXml(reply)}</Message></Response>`
			: `${head}<Response/>`;
	return { status: 200, headers: { 'Content-Type': 'text/xml' }, body };
}

/** Twilio webhook side: parse, verify, answer. */
export const webhook = {
	signsWebhooks: true,
	parseWebhook,
	verifyWebhook,
	webhookResponse,
} satisfies Pick<
	SmsProvider,
	'signsWebhooks' | 'parseWebhook' | 'verifyWebhook' | 'webhookResponse'
>;
