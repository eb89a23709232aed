// URL, header, form and Basic-auth helpers shared by the provider modules. Pure; no I/O.

import type { HttpRequestSpec, ProviderConfig } from '../types';
import { headerValue } from './json';

/** Join a base URL and a path with exactly one slash between them. */
export function joinUrl(base: string, path: string): string {
	const b = base.replace(/\/+$/, '');
	if (!path) return b;
	return `${b}/${path.replace(/^\/+/, '')}`;
}

/**
 * The Base URL to use: `config.baseUrl` when set (a bare host such as `xxxx.api.infobip.com` gets
 * `https://`), else the provider's default. Trailing slashes are removed.
 */
export function resolveBaseUrl(config: ProviderConfig, defaultBaseUrl: string): string {
	const raw = typeof config.baseUrl === 'string' ? config.baseUrl.trim() : '';
	const url =
		raw === '' ? defaultBaseUrl : /^[a-z][a-z0-9+.-]*:\/\//i.test(raw) ? raw : `https://${raw}`;
	return url.replace(/\/+$/, '');
}

/** A config value as a trimmed string ('' when absent or not a string/number). */
export function configText(config: ProviderConfig, key: string): string {
	const v = config[key];
	if (typeof v === 'string') return v.trim();
	if (typeof v === 'number' && Number.isFinite(v)) return String(v);
	return '';
}

/** A required config value; throws a clear configuration error naming the provider and key. */
export function requireConfig(config: ProviderConfig, key: string, provider: string): string {
	const v = configText(config, key);
	if (v === '') throw new Error(`${provider}: the credential field "${key}" is required`);
	return v;
}

/**
 * Seconds to wait from a `Retry-After` header: either delta-seconds or an HTTP date. A date is measured
 * against the response's own `Date` header when present (deterministic), else against `now`
 * (default `Date.now()`). Returns undefined when absent or unreadable; never negative.
 */
export function parseRetryAfter(
	headers: Record<string, string | string[] | undefined> | undefined,
	now?: number,
): number | undefined {
	const raw = headerValue(headers, 'retry-after');
	if (raw === undefined) return undefined;
	const v = raw.trim().slice(0, 100);
	if (/^\d+(\.\d+)?$/.test(v)) return Math.ceil(Number(v));
	const at = Date.parse(v);
	if (!Number.isFinite(at)) return undefined;
	const dateHeader = headerValue(headers, 'date');
	const ref =
		dateHeader !== undefined && Number.isFinite(Date.parse(dateHeader))
			? Date.parse(dateHeader)
			: (now ?? Date.now());
	return Math.max(0, Math.ceil((at - ref) / 1000));
}

/** Percent-encode for `application/x-www-form-urlencoded` (spaces as `+`, `+` as `%2B`). */
export function formEscape(value: string): string {
	return encodeURIComponent(value)
		.replace(/[!'()*]/g, (c) => `%${c.charCodeAt(0).toString(16).toUpperCase()}`)
		.replace(/%20/g, '+');
}

/** Encode a flat map as an `application/x-www-form-urlencoded` body (undefined values are skipped). */
export function encodeForm(body: Record<string, unknown>): string {
	const parts: string[] = [];
	for (const [k, v] of Object.entries(body)) {
		if (v === undefined || v === null) continue;
		parts.push(`${formEscape(k)}=${formEscape(String(v))}`);
	}
	return parts.join('&');
}

const B64 = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/';

/** UTF-8 bytes of a string (lone surrogates become U+FFFD). */
export function utf8Bytes(text: string): number[] {
	const out: number[] = [];
	for (const ch of text) {
		let cp = ch.codePointAt(0) ?? 0xfffd;
		if (cp >= 0xd800 && cp <= 0xdfff) cp = 0xfffd;
		if (cp < 0x80) out.push(cp);
		else if (cp < 0x800) out.push(0xc0 | (cp >> 6), 0x80 | (cp & 63));
		else if (cp < 0x10000) out.push(0xe0 | (cp >> 12), 0x80 | ((cp >> 6) & 63), 0x80 | (cp & 63));
		else
			out.push(
				0xf0 | (cp >> 18),
				0x80 | ((cp >> 12) & 63),
				0x80 | ((cp >> 6) & 63),
				0x80 | (cp & 63),
			);
	}
	return out;
}

/** Standard base64 of the UTF-8 encoding of `text`. */
export function base64Utf8(text: string): string {
	const bytes = utf8Bytes(text);
	let out = '';
	for (let i = 0; i < bytes.length; i += 3) {
		const a = bytes[i];
		const b = i + 1 < bytes.length ? bytes[i + 1] : 0;
		const c = i + 2 < bytes.length ? bytes[i + 2] : 0;
		const n = (a << 16) | (b << 8) | c;
		out += B64[(n >> 18) & 63] + B64[(n >> 12) & 63];
		out += i + 1 < bytes.length ? B64[(n >> 6) & 63] : '=';
		out += i + 2 < bytes.length ? B64[n & 63] : '=';
	}
	return out;
}

/** `Basic <base64(user:password)>` header value. */
export function basicAuthHeader(user: string, password: string): string {
	return `Basic ${base64Utf8(`${user}:${password}`)}`;
}

/** A JSON `POST` request (JSON `Accept` and `Content-Type`), the shape most providers' send APIs take. */
export function jsonPost(url: string, body: Record<string, unknown>): HttpRequestSpec {
	return {
		method: 'POST',
		url,
		headers: { Accept: 'application/json', 'Content-Type': 'application/json' },
		bodyType: 'json',
		body,
	};
}

/** A GET that asks for JSON and sends no body (the providers' credential tests), with an optional query. */
export function jsonGet(url: string, qs?: Record<string, string>): HttpRequestSpec {
	const request: HttpRequestSpec = {
		method: 'GET',
		url,
		headers: { Accept: 'application/json' },
		bodyType: 'none',
	};
	if (qs !== undefined) request.qs = qs;
	return request;
}

/** A copy of `request` with extra headers (does not mutate the input). */
export function withHeaders(
	request: HttpRequestSpec,
	headers: Record<string, string>,
): HttpRequestSpec {
	return { ...request, headers: { ...request.headers, ...headers } };
}

/** Digits of a phone number without `+`, spaces or punctuation (`+998 90 123-45-67` → `998901234567`). */
export function msisdnDigits(phone: string): string {
	return String(phone ?? '').replace(/\D+/g, '');
}

/** A sender for APIs that want numbers without `+`: `+4478…` → `4478…`; alphanumeric ids unchanged. */
export function senderWithoutPlus(from: string): string {
	const f = String(from ?? '').trim();
	return /^\+\d+$/.test(f) ? f.slice(1) : f;
}
