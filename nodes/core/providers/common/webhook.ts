import { asText, headerValue, isRecord } from './json';
import { WebhookError } from '../types';
import type { InboundRequest } from '../types';

/** Largest webhook body read (1 MiB). Larger bodies are refused with `WebhookError(…, 413)`. */
export const MAX_WEBHOOK_BODY = 1024 * 1024;

/** Multi-valued parameters (form fields or query parameters) in arrival order per key. */
export type WebhookParams = Record<string, string[]>;

function addParam(target: WebhookParams, key: string, value: string): void {
	if (Object.prototype.hasOwnProperty.call(target, key)) target[key].push(value);
	else target[key] = [value];
}

/** Parse an `application/x-www-form-urlencoded` string (also a query string) into multi-valued params. */
export function parseWebhookForm(text: string): WebhookParams {
	const out: WebhookParams = Object.create(null) as WebhookParams;
	if (typeof text !== 'string' || text === '') return out;
	const source = text.startsWith('?') ? text.slice(1) : text;
	for (const [key, value] of new URLSearchParams(source)) addParam(out, key, value);
	return out;
}

/** Query parameters of a URL (multi-valued). Never throws; an unparsable URL gives `{}`. */
export function webhookQuery(url: string): WebhookParams {
	if (typeof url !== 'string') return Object.create(null) as WebhookParams;
	const q = url.indexOf('?');
	if (q < 0) return Object.create(null) as WebhookParams;
	const hash = url.indexOf('#', q);
	return parseWebhookForm(url.slice(q + 1, hash < 0 ? undefined : hash));
}

/** First value of every key. */
export function firstParamValues(params: WebhookParams): Record<string, string> {
	const out: Record<string, string> = {};
	for (const key of Object.keys(params)) out[key] = params[key][0] ?? '';
	return out;
}

/** Throws `WebhookError` when the body is not a string or is over {@link MAX_WEBHOOK_BODY}. */
export function assertWebhookBody(request: InboundRequest): string {
	if (!request || typeof request !== 'object')
		throw new WebhookError('Webhook request is missing', 400);
	const body = request.body;
	if (body === undefined || body === null) return '';
	if (typeof body !== 'string')
		throw new WebhookError('Webhook body must be the raw text of the request', 400);
	if (body.length > MAX_WEBHOOK_BODY) throw new WebhookError('Webhook body is too large', 413);
	return body;
}

/** Parse JSON text, turning any syntax error into `WebhookError(…, 400)`. */
export function parseWebhookJson(text: string, provider: string): unknown {
	let parsed: unknown;
	let ok = true;
	try {
		parsed = JSON.parse(text) as unknown;
	} catch {
		ok = false;
	}
	if (!ok) throw new WebhookError(`${provider} webhook body is not valid JSON`, 400);
	return parsed;
}

/** Whether the request carries JSON (by content type, or a body that starts like a JSON object or array). */
export function looksLikeJson(request: InboundRequest, body: string): boolean {
	const type = (headerValue(request.headers, 'content-type') ?? '').toLowerCase();
	if (type.includes('json')) return true;
	const start = body.trimStart().charAt(0);
	return start === '{' || start === '[';
}

/** JSON object → multi-valued params (scalars only; nested values are skipped). */
export function jsonToParams(value: Record<string, unknown>): WebhookParams {
	const out: WebhookParams = Object.create(null) as WebhookParams;
	for (const key of Object.keys(value)) {
		const v = value[key];
		const text = asText(v);
		if (text !== undefined) out[key] = [text];
		else if (Array.isArray(v)) {
			const items = v.map(asText).filter((x): x is string => x !== undefined);
			if (items.length) out[key] = items;
		}
	}
	return out;
}

/**
 * The flat parameters of a webhook sent as query string (GET), form (POST) or flat JSON object (POST):
 * GET and empty bodies read the URL's query; JSON bodies must be objects; other bodies are form-encoded.
 * Throws `WebhookError` for invalid JSON or a JSON value that is not an object.
 */
export function requestParams(
	request: InboundRequest,
	provider: string,
): { params: WebhookParams; json?: Record<string, unknown>; source: 'query' | 'form' | 'json' } {
	const body = assertWebhookBody(request);
	const method = typeof request.method === 'string' ? request.method.toUpperCase() : 'POST';
	if (method === 'GET' || body.trim() === '') {
		return {
			params: webhookQuery(typeof request.url === 'string' ? request.url : ''),
			source: 'query',
		};
	}
	if (looksLikeJson(request, body)) {
		const parsed = parseWebhookJson(body, provider);
		if (!isRecord(parsed))
			throw new WebhookError(`${provider} webhook JSON must be an object`, 400);
		return { params: jsonToParams(parsed), json: parsed, source: 'json' };
	}
	return { params: parseWebhookForm(body), source: 'form' };
}

/** First non-empty value among `keys`. */
export function pick(params: WebhookParams, ...keys: string[]): string | undefined {
	for (const key of keys) {
		const values = Object.prototype.hasOwnProperty.call(params, key) ? params[key] : undefined;
		if (values && values.length && values[0] !== '') return values[0];
	}
	return undefined;
}

/** Whether `key` is present (even with an empty value). */
export function hasParam(params: WebhookParams, key: string): boolean {
	return Object.prototype.hasOwnProperty.call(params, key);
}

/** Positive integer from text, else `undefined`. */
export function positiveInt(value: unknown): number | undefined {
	const text = asText(value);
	if (text === undefined || !/^\d{1,9}$/.test(text.trim())) return undefined;
	const n = Number(text.trim());
	return n > 0 ? n : undefined;
}

/**
 * Phone number in E.164 with `+`: digit-only values of 6–15 digits get a `+`; `00`-prefixed international
 * numbers are rewritten to `+`; anything else (alphanumeric sender ids, short codes, `whatsapp:+…`) is kept.
 */
export function plusE164(value: unknown): string {
	const text = (asText(value) ?? '').trim();
	if (/^\+\d{6,15}$/.test(text)) return text;
	if (/^00\d{6,15}$/.test(text)) return `+${text.slice(2)}`;
	if (/^\d{6,15}$/.test(text)) return `+${text}`;
	return text;
}
