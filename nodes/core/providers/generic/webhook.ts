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
	firstParamValues,
	guardVerify,
	hmacDigest,
	isRecord,
	makeEvent,
	mapDeliveryStatus,
	positiveInt,
	plusE164,
	receivedAtOf,
	requestParams,
	safeEqualBytes,
	asText,
	verifyUnsigned,
	headerValue,
	type WebhookParseOptions,
} from '../common';

/** Common delivery status words → normalized delivery status (the generic provider's default table). */
export const GENERIC_STATUS_MAP: Readonly<Record<string, DeliveryStatus>> = {
	queued: 'queued',
	accepted: 'queued',
	pending: 'queued',
	scheduled: 'queued',
	enroute: 'queued',
	sending: 'queued',
	buffered: 'queued',
	sent: 'sent',
	submitted: 'sent',
	dispatched: 'sent',
	delivered: 'delivered',
	delivrd: 'delivered',
	read: 'delivered',
	undelivered: 'undelivered',
	undeliv: 'undelivered',
	undeliverable: 'undelivered',
	expired: 'undelivered',
	failed: 'failed',
	rejected: 'failed',
	rejectd: 'failed',
	error: 'failed',
	canceled: 'failed',
	cancelled: 'failed',
};

/**
 * Field paths for the generic provider (dot paths into the JSON body, `a.b.0.c` or `a.b[0].c`; for form or
 * query webhooks the parameter name). Unset paths try common names (`from`/`From`/`msisdn`/`originator`…).
 */
export interface GenericWebhookOptions extends WebhookParseOptions {
	/** Path of an array of messages; each item is one event and the other paths are relative to it. */
	itemsPath?: string;
	fromPath?: string;
	toPath?: string;
	textPath?: string;
	idPath?: string;
	timestampPath?: string;
	statusPath?: string;
	errorCodePath?: string;
	segmentsPath?: string;
	/** Path whose value tells the event kind; values in `replyEventValues` mean `reply`, others `status`. */
	eventPath?: string;
	/** Default: `reply`, `inbound`, `incoming`, `mo`, `received`, `message.received`, `mo_text`, `sms.received`. */
	replyEventValues?: string[];
	/** Extra status words → delivery status (case-insensitive), on top of {@link GENERIC_STATUS_MAP}. */
	statusMap?: Record<string, DeliveryStatus>;
	/** Concatenated parts: reference / index (1-based) / total paths. */
	partRefPath?: string;
	partIndexPath?: string;
	partTotalPath?: string;
}

const DEFAULT_PATHS = {
	from: ['from', 'From', 'msisdn', 'originator', 'sender', 'source', 'phone'],
	to: ['to', 'To', 'recipient', 'destination', 'receiver'],
	text: ['text', 'Text', 'body', 'Body', 'message', 'content'],
	id: ['id', 'messageId', 'message_id', 'MessageSid', 'MessageUUID', 'uuid', 'sid'],
	timestamp: ['timestamp', 'receivedAt', 'received_at', 'date', 'createdAt', 'created_at'],
	status: ['status', 'Status', 'MessageStatus', 'state'],
	errorCode: ['errorCode', 'error_code', 'ErrorCode', 'err-code'],
	segments: ['segments', 'parts', 'smsCount', 'NumSegments'],
};

const DEFAULT_REPLY_VALUES = [
	'reply',
	'inbound',
	'incoming',
	'mo',
	'received',
	'message.received',
	'mo_text',
	'sms.received',
];

const MAX_ITEMS = 1000;

const VALID_STATUSES = new Set<unknown>(['queued', 'sent', 'delivered', 'failed', 'undelivered']);

/** Value at a dot path (`a.b.0.c`, `a.b[0].c`); an exact key match wins over path splitting. */
export function valueAtPath(root: unknown, path: string): unknown {
	if (typeof path !== 'string' || path === '' || path.length > 256) return undefined;
	if (isRecord(root) && Object.prototype.hasOwnProperty.call(root, path)) return root[path];
	const segments = path
		.replace(/\[(\d{1,6})\]/g, '.$1')
		.split('.')
		.filter((s) => s !== '');
	let current: unknown = root;
	for (const segment of segments.slice(0, 32)) {
		if (Array.isArray(current) && /^\d+$/.test(segment)) current = current[Number(segment)];
		else if (isRecord(current) && Object.prototype.hasOwnProperty.call(current, segment))
			current = current[segment];
		else return undefined;
	}
	return current;
}

function textAt(root: unknown, path: string | undefined, defaults: string[]): string | undefined {
	const paths = typeof path === 'string' && path !== '' ? [path] : defaults;
	for (const p of paths) {
		const v = asText(valueAtPath(root, p));
		if (v !== undefined && v !== '') return v;
	}
	return undefined;
}

function eventOf(
	item: unknown,
	options: GenericWebhookOptions,
	now: number | undefined,
): NormalizedEvent {
	const status = textAt(item, options.statusPath, DEFAULT_PATHS.status);
	const text = textAt(item, options.textPath, DEFAULT_PATHS.text);
	let kind: 'reply' | 'status';
	if (options.eventPath) {
		const marker = (asText(valueAtPath(item, options.eventPath)) ?? '').toLowerCase();
		const values = Array.isArray(options.replyEventValues)
			? options.replyEventValues
			: DEFAULT_REPLY_VALUES;
		const replies = values.map((v) => String(v).toLowerCase());
		kind = replies.includes(marker) ? 'reply' : 'status';
	} else {
		kind = status !== undefined && text === undefined ? 'status' : 'reply';
	}
	const from = plusE164(textAt(item, options.fromPath, DEFAULT_PATHS.from) ?? '');
	const to = plusE164(textAt(item, options.toPath, DEFAULT_PATHS.to) ?? '');
	const messageId = textAt(item, options.idPath, DEFAULT_PATHS.id) ?? '';
	const receivedAt = receivedAtOf(
		now,
		textAt(item, options.timestampPath, DEFAULT_PATHS.timestamp),
	);
	const segments = positiveInt(textAt(item, options.segmentsPath, DEFAULT_PATHS.segments));
	if (kind === 'status') {
		if (messageId === '')
			throw new WebhookError('Generic status webhook without a message id', 400);
		const table: Record<string, DeliveryStatus> = { ...GENERIC_STATUS_MAP };
		if (isRecord(options.statusMap)) {
			for (const [k, v] of Object.entries(options.statusMap))
				if (VALID_STATUSES.has(v)) table[k.toLowerCase()] = v;
		}
		return makeEvent({
			provider: 'generic',
			event: 'status',
			from,
			to,
			text: '',
			messageId,
			receivedAt,
			status: mapDeliveryStatus(table, status),
			errorCode: textAt(item, options.errorCodePath, DEFAULT_PATHS.errorCode),
			segments,
			raw: item,
		});
	}
	if (from === '') throw new WebhookError('Generic reply webhook without a sender (fromPath)', 400);
	let part: NormalizedEvent['part'];
	if (options.partRefPath && options.partIndexPath && options.partTotalPath) {
		const reference = textAt(item, options.partRefPath, []);
		const index = positiveInt(textAt(item, options.partIndexPath, []));
		const total = positiveInt(textAt(item, options.partTotalPath, []));
		if (reference && index && total && index <= total && total > 1)
			part = { reference, index, total };
	}
	return makeEvent({
		provider: 'generic',
		event: 'reply',
		from,
		to,
		text: text ?? '',
		messageId,
		receivedAt,
		segments,
		part,
		raw: item,
	});
}

/**
 * Parse a webhook of any SMS gateway with configurable field paths (`options`, see
 * {@link GenericWebhookOptions}); JSON, form or query. With `itemsPath` a batch gives one event per item.
 * A reply needs a sender, a status a message id; otherwise `WebhookError(400)`.
 */
function parseWebhook(request: InboundRequest, options?: GenericWebhookOptions): NormalizedEvent[] {
	const opts: GenericWebhookOptions = isRecord(options) ? options : {};
	const { params, json } = requestParams(request, 'Generic');
	const root: unknown = json ?? firstParamValues(params);
	if (opts.itemsPath) {
		const items = valueAtPath(root, opts.itemsPath);
		if (!Array.isArray(items))
			throw new WebhookError(`Generic webhook: ${opts.itemsPath} is not an array`, 400);
		return items.slice(0, MAX_ITEMS).map((item) => eventOf(item, opts, opts.now));
	}
	return [eventOf(root, opts, opts.now)];
}

function verifyHmacHeader(
	request: InboundRequest,
	secret: string,
	options: VerifyOptions,
): VerifyResult {
	if (typeof secret !== 'string' || secret === '') return { ok: false, reason: 'missing_secret' };
	const headerName = options.hmacHeader ?? '';
	const header = headerValue(request.headers, headerName);
	if (!header) return { ok: false, reason: 'missing_signature' };
	const algorithm = options.hmacAlgorithm ?? 'sha256';
	if (!['sha1', 'sha256', 'sha512'].includes(algorithm)) return { ok: false, reason: 'malformed' };
	// Accept `sha256=<digest>` style prefixes.
	const given = header.trim().replace(/^(sha1|sha256|sha512)=/i, '');
	const body = assertWebhookBody(request);
	const expected = Buffer.from(hmacDigest(algorithm, secret, body, 'hex'), 'hex');
	const encodings = options.hmacEncoding ? [options.hmacEncoding] : (['hex', 'base64'] as const);
	let ok = false;
	for (const enc of encodings) {
		let bytes: Buffer | undefined;
		if (enc === 'hex')
			bytes =
				/^[0-9a-fA-F]+$/.test(given) && given.length % 2 === 0
					? Buffer.from(given, 'hex')
					: undefined;
		else bytes = decodeBase64(given);
		if (bytes) ok = safeEqualBytes(bytes, expected) || ok;
	}
	return ok ? { ok: true } : { ok: false, reason: 'bad_signature' };
}

/**
 * Generic gateways: Basic auth (`options.username`/`password`), URL token (`options.token`), and/or an
 * HMAC header (`options.hmacHeader`, `hmacAlgorithm` sha1|sha256|sha512, `hmacEncoding` hex|base64) over the
 * raw body keyed with `secret`. With nothing configured, `secret` is the URL token.
 */
function verifyWebhook(
	request: InboundRequest,
	secret: string,
	options?: VerifyOptions,
): VerifyResult {
	return guardVerify(() => {
		const opts = options ?? {};
		const useHmac =
			(typeof opts.hmacHeader === 'string' && opts.hmacHeader !== '') || opts.mode === 'hmac';
		if (opts.mode === 'hmac' && !opts.hmacHeader) return { ok: false, reason: 'malformed' };
		return verifyUnsigned(
			request,
			useHmac ? '' : secret,
			opts,
			useHmac ? () => verifyHmacHeader(request, secret, opts) : undefined,
		);
	});
}

function webhookResponse(): WebhookResponse {
	return { status: 200, headers: { 'Content-Type': 'application/json' }, body: '{"ok":true}' };
}

/** Generic webhook side: parse (with field paths), verify, answer. */
export const webhook = {
	signsWebhooks: false,
	parseWebhook,
	verifyWebhook,
	webhookResponse,
} satisfies Pick<
	SmsProvider,
	'signsWebhooks' | 'parseWebhook' | 'verifyWebhook' | 'webhookResponse'
>;
