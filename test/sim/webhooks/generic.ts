import { createHmac } from 'crypto';
import { basicAuthHeader, formEncode, type SimWebhookRequest } from './types';

export interface GenericSigning {
	basic?: { username: string; password: string };
	hmac?: {
		secret: string;
		header: string;
		algorithm?: 'sha1' | 'sha256' | 'sha512';
		encoding?: 'hex' | 'base64';
		prefix?: string;
	};
}

/** A gateway's webhook: JSON (object payload) or form (flat string map), optionally Basic auth / HMAC header over the body. */
export function genericWebhook(
	url: string,
	payload: Record<string, unknown>,
	signing: GenericSigning = {},
	as: 'json' | 'form' = 'json',
): SimWebhookRequest {
	const body =
		as === 'json'
			? JSON.stringify(payload)
			: formEncode(Object.fromEntries(Object.entries(payload).map(([k, v]) => [k, String(v)])));
	const headers: Record<string, string> = {
		'Content-Type': as === 'json' ? 'application/json' : 'application/x-www-form-urlencoded',
	};
	if (signing.basic)
		headers.Authorization = basicAuthHeader(signing.basic.username, signing.basic.password);
	if (signing.hmac) {
		const h = signing.hmac;
		const digest = createHmac(h.algorithm ?? 'sha256', h.secret)
			.update(body, 'utf8')
			.digest(h.encoding ?? 'hex');
		headers[h.header] = (h.prefix ?? '') + digest;
	}
	return { method: 'POST', url, headers, body };
}
