// Tencent Cloud API signature v3 (TC3-HMAC-SHA256), pure. Written from Tencent Cloud's "Signature v3"
// documentation and the signing code of Tencent's official Node.js SDK (`src/common/sign.ts`: signed headers
// `content-type;host`); checked against the documentation's worked example (timestamp 1551113065, signature
// 72e494ea…) that SDK test suites use (test/unit/core/providers/tencent.sign.test.ts).
import { createHmac } from 'crypto';
import type { HttpRequestSpec, ProviderConfig } from '../types';
import { requireConfig, sha256Hex } from '../common';

export const TC3_ALGORITHM = 'TC3-HMAC-SHA256';

export interface Tc3Parts {
	secretId: string;
	secretKey: string;
	/** Service name, the first label of the endpoint (`sms`, `cvm`). */
	service: string;
	/** Host as sent in the `Host` header. */
	host: string;
	/** Unix seconds (`X-TC-Timestamp`). */
	timestamp: number;
	/** The exact request body. */
	payload: string;
	contentType: string;
	method?: string;
	path?: string;
	query?: string;
}

function hmac(key: string | Buffer, data: string): Buffer {
	return createHmac('sha256', key).update(data, 'utf8').digest();
}

/** The UTC date (`YYYY-MM-DD`) of a Unix timestamp, as the credential scope uses it. */
export function tc3Date(timestamp: number): string {
	return new Date(timestamp * 1000).toISOString().slice(0, 10);
}

/** The canonical request, the string to sign and the `Authorization` value. */
export function tc3Sign(parts: Tc3Parts): {
	canonical: string;
	stringToSign: string;
	authorization: string;
} {
	const method = parts.method ?? 'POST';
	const canonical = [
		method,
		parts.path ?? '/',
		parts.query ?? '',
		`content-type:${parts.contentType}\nhost:${parts.host}\n`,
		'content-type;host',
		sha256Hex(parts.payload),
	].join('\n');
	const date = tc3Date(parts.timestamp);
	const scope = `${date}/${parts.service}/tc3_request`;
	const stringToSign = `${TC3_ALGORITHM}\n${parts.timestamp}\n${scope}\n${sha256Hex(canonical)}`;
	const kDate = hmac(`TC3${parts.secretKey}`, date);
	const kSigning = hmac(hmac(kDate, parts.service), 'tc3_request');
	const signature = createHmac('sha256', kSigning).update(stringToSign, 'utf8').digest('hex');
	return {
		canonical,
		stringToSign,
		authorization: `${TC3_ALGORITHM} Credential=${parts.secretId}/${scope}, SignedHeaders=content-type;host, Signature=${signature}`,
	};
}

function headerOf(headers: Record<string, string>, name: string): string | undefined {
	const want = name.toLowerCase();
	for (const [k, v] of Object.entries(headers)) if (k.toLowerCase() === want) return v;
	return undefined;
}

/**
 * Sign a request for Tencent Cloud: adds `X-TC-Timestamp` and `Authorization`. Credential keys read:
 * `secretId`, `secretKey`; `config.now` (ms) pins the time (tests), else the clock. The body must be the exact
 * JSON text (bodyType `raw`), and `Content-Type`, `X-TC-Action`, `X-TC-Version` already set.
 */
export function signTc3(request: HttpRequestSpec, config: ProviderConfig): HttpRequestSpec {
	const secretId = requireConfig(config, 'secretId', 'Tencent Cloud');
	const secretKey = requireConfig(config, 'secretKey', 'Tencent Cloud');
	const nowMs =
		typeof config.now === 'number' && Number.isFinite(config.now) ? config.now : Date.now();
	const timestamp = Math.floor(nowMs / 1000);
	if (request.body !== undefined && typeof request.body !== 'string') {
		throw new Error(
			'Tencent Cloud signing needs the exact body text: build the request with a string body',
		);
	}
	const url = new URL(request.url);
	const contentType =
		headerOf(request.headers, 'content-type') ?? 'application/json; charset=utf-8';
	const { authorization } = tc3Sign({
		secretId,
		secretKey,
		service: url.hostname.split('.')[0] === 'sms' ? 'sms' : String(config.service ?? 'sms'),
		host: url.host,
		timestamp,
		payload: request.body ?? '',
		contentType,
		method: request.method,
		path: url.pathname || '/',
		query: url.search.replace(/^\?/, ''),
	});
	const headers: Record<string, string> = {};
	for (const [k, v] of Object.entries(request.headers)) {
		if (k.toLowerCase() !== 'authorization' && k.toLowerCase() !== 'x-tc-timestamp') headers[k] = v;
	}
	headers['X-TC-Timestamp'] = String(timestamp);
	headers.Authorization = authorization;
	return { ...request, headers };
}
