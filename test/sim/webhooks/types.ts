import { createHmac } from 'crypto';

// A webhook request exactly as a provider sends it: what e2e tests POST into the n8n trigger and what unit
// tests hand to `parseWebhook` / `verifyWebhook`. The signing code in this folder is written from the
// providers' documented algorithms and does not use the product's verification code.
export interface SimWebhookRequest {
	method: 'GET' | 'POST';
	/** Full public URL the provider calls (with query string). */
	url: string;
	headers: Record<string, string>;
	/** Raw body ('' for GET). */
	body: string;
}

/** `application/x-www-form-urlencoded` encoding of ordered pairs (space as `+`, like the providers send). */
export function formEncode(params: Record<string, string> | Array<[string, string]>): string {
	const pairs = Array.isArray(params) ? params : Object.entries(params);
	return pairs
		.map(([k, v]) => `${encodeURIComponent(k)}=${encodeURIComponent(v).replace(/%20/g, '+')}`)
		.join('&');
}

/** Append query parameters to a URL. */
export function withQuery(url: string, params: Record<string, string>): string {
	const q = formEncode(params);
	if (!q) return url;
	return url + (url.includes('?') ? '&' : '?') + q;
}

/** `Authorization: Basic …` value. */
export function basicAuthHeader(username: string, password: string): string {
	return `Basic ${Buffer.from(`${username}:${password}`, 'utf8').toString('base64')}`;
}

/** Compact JWT signed with HMAC-SHA256/384/512 (header `{alg, typ: 'JWT'}`). */
export function signHmacJwt(
	claims: Record<string, unknown>,
	secret: string,
	alg: 'HS256' | 'HS384' | 'HS512' = 'HS256',
): string {
	const enc = (v: unknown) => Buffer.from(JSON.stringify(v), 'utf8').toString('base64url');
	const head = enc({ alg, typ: 'JWT' });
	const body = enc(claims);
	const digest = { HS256: 'sha256', HS384: 'sha384', HS512: 'sha512' }[alg];
	const sig = createHmac(digest, secret).update(`${head}.${body}`).digest('base64url');
	return `${head}.${body}.${sig}`;
}
