// Alibaba Cloud OpenAPI signature V3 (ACS3-HMAC-SHA256), pure. Written from Alibaba Cloud's "V3 request body &
// signature" documentation and checked against the test vectors of Alibaba's own `@alicloud/openapi-util`
// (`getAuthorization should ok`, see test/unit/core/providers/aliyun.sign.test.ts).
import { createHmac, randomBytes } from 'crypto';
import type { HttpRequestSpec, ProviderConfig } from '../types';
import { requireConfig, sha256Hex } from '../common';

export const ACS3_ALGORITHM = 'ACS3-HMAC-SHA256';

/** What the canonical request is made of. */
export interface Acs3Parts {
	method: string;
	/** Canonical URI: the URL path (`/` for RPC-style APIs such as SendSms). */
	path: string;
	query?: Record<string, string | undefined>;
	/** Every header of the request; those signed are `host`, `content-type` and `x-acs-*`. */
	headers: Record<string, string>;
	/** Hex SHA-256 of the body (the value of `x-acs-content-sha256`). */
	payloadHash: string;
}

/** RFC 3986 percent-encoding as Alibaba's SDK does it (`!'()*` encoded too). */
export function acsEncode(value: string): string {
	return encodeURIComponent(value).replace(
		/[!'()*]/g,
		(c) => `%${c.charCodeAt(0).toString(16).toUpperCase()}`,
	);
}

/** The canonical request and the signed header list. */
export function acs3CanonicalRequest(parts: Acs3Parts): {
	canonical: string;
	signedHeaders: string;
} {
	const query = parts.query ?? {};
	const canonicalQuery = Object.keys(query)
		.sort()
		.map((k) => {
			const v = query[k];
			return `${acsEncode(k)}=${v === undefined ? '' : acsEncode(v)}`;
		})
		.join('&');
	const grouped = new Map<string, string[]>();
	for (const [name, value] of Object.entries(parts.headers)) {
		const key = name.toLowerCase();
		if (!(key.startsWith('x-acs-') || key === 'host' || key === 'content-type')) continue;
		const list = grouped.get(key) ?? [];
		list.push(String(value ?? '').trim());
		grouped.set(key, list);
	}
	const names = [...grouped.keys()].sort();
	const canonicalHeaders = names
		.map((n) => `${n}:${(grouped.get(n) ?? []).sort().join(',')}\n`)
		.join('');
	const signedHeaders = names.join(';');
	const canonical = [
		parts.method,
		parts.path,
		canonicalQuery,
		canonicalHeaders,
		signedHeaders,
		parts.payloadHash,
	].join('\n');
	return { canonical, signedHeaders };
}

/** `ACS3-HMAC-SHA256 Credential=…,SignedHeaders=…,Signature=…`. */
export function acs3Authorization(
	parts: Acs3Parts,
	accessKeyId: string,
	accessKeySecret: string,
): string {
	const { canonical, signedHeaders } = acs3CanonicalRequest(parts);
	const stringToSign = `${ACS3_ALGORITHM}\n${sha256Hex(canonical)}`;
	const signature = createHmac('sha256', accessKeySecret)
		.update(stringToSign, 'utf8')
		.digest('hex');
	return `${ACS3_ALGORITHM} Credential=${accessKeyId},SignedHeaders=${signedHeaders},Signature=${signature}`;
}

/** `2023-10-26T10:22:32Z` (UTC, no milliseconds) as `x-acs-date` wants it. */
export function acsDate(ms: number): string {
	return new Date(ms).toISOString().replace(/\.\d{3}Z$/, 'Z');
}

function bodyText(request: HttpRequestSpec): string {
	if (request.body === undefined) return '';
	if (typeof request.body === 'string') return request.body;
	throw new Error(
		'Alibaba Cloud signing needs the exact body text: build the request with a string body',
	);
}

/**
 * Sign a request for Alibaba Cloud (V3): adds `host`, `x-acs-date`, `x-acs-signature-nonce`,
 * `x-acs-content-sha256` and `Authorization`. Credential keys read: `accessKeyId`, `accessKeySecret`;
 * `config.now` (ms) and `config.nonce` pin the time and nonce (tests), else the clock and 16 random bytes.
 * `x-acs-action` / `x-acs-version` must already be on the request.
 */
export function signAcs3(request: HttpRequestSpec, config: ProviderConfig): HttpRequestSpec {
	const accessKeyId = requireConfig(config, 'accessKeyId', 'Alibaba Cloud');
	const accessKeySecret = requireConfig(config, 'accessKeySecret', 'Alibaba Cloud');
	const now =
		typeof config.now === 'number' && Number.isFinite(config.now) ? config.now : Date.now();
	const nonce =
		typeof config.nonce === 'string' && config.nonce !== ''
			? config.nonce
			: randomBytes(16).toString('hex');
	const url = new URL(request.url);
	const body = bodyText(request);
	const headers: Record<string, string> = {};
	for (const [k, v] of Object.entries(request.headers)) {
		if (k.toLowerCase() !== 'authorization') headers[k] = v;
	}
	headers.host = url.host;
	headers['x-acs-date'] = acsDate(now);
	headers['x-acs-signature-nonce'] = nonce;
	headers['x-acs-content-sha256'] = sha256Hex(body);
	const query: Record<string, string> = { ...(request.qs ?? {}) };
	for (const [k, v] of url.searchParams) query[k] = v;
	headers.Authorization = acs3Authorization(
		{
			method: request.method,
			path: url.pathname || '/',
			query,
			headers,
			payloadHash: headers['x-acs-content-sha256'],
		},
		accessKeyId,
		accessKeySecret,
	);
	return { ...request, headers };
}
