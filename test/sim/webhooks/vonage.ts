import { createHash, createHmac, randomUUID } from 'crypto';
import { formEncode, signHmacJwt, withQuery, type SimWebhookRequest } from './types';

export type VonageSignatureMethod = 'md5hash' | 'md5' | 'sha1' | 'sha256' | 'sha512';

/**
 * Vonage SMS API signature (documented "manually generate a signature"): every parameter except `sig`,
 * sorted by name, as `&name=value` with `&` and `=` in values replaced by `_`; `md5hash` = MD5 hex of that
 * string followed by the signature secret; HMAC methods = HMAC keyed with the secret (Vonage sends upper case).
 */
export function vonageSmsSignature(
	params: Record<string, string>,
	secret: string,
	method: VonageSignatureMethod,
): string {
	const keys = Object.keys(params)
		.filter((k) => k !== 'sig')
		.sort();
	const text = keys
		.map((k) => `&${k}=${params[k].split('&').join('_').split('=').join('_')}`)
		.join('');
	if (method === 'md5hash')
		return createHash('md5')
			.update(text + secret, 'utf8')
			.digest('hex');
	return createHmac(method, secret).update(text, 'utf8').digest('hex').toUpperCase();
}

/** `YYYY-MM-DD HH:MM:SS` in UTC, Vonage's `message-timestamp` format. */
export function vonageTimestamp(ms: number): string {
	return new Date(ms).toISOString().slice(0, 19).replace('T', ' ');
}

export type VonageTransport = 'GET' | 'POST-form' | 'POST-json';

/** Add `timestamp`, `nonce` and `sig` and pack the parameters as Vonage sends them. */
export function vonageSignedRequest(
	url: string,
	params: Record<string, string>,
	secret: string,
	options: { method?: VonageSignatureMethod; transport?: VonageTransport; nowMs?: number } = {},
): SimWebhookRequest {
	const now = options.nowMs ?? Date.now();
	const signed: Record<string, string> = {
		...params,
		timestamp: String(Math.floor(now / 1000)),
		nonce: randomUUID(),
	};
	signed.sig = vonageSmsSignature(signed, secret, options.method ?? 'md5hash');
	const transport = options.transport ?? 'POST-form';
	if (transport === 'GET')
		return { method: 'GET', url: withQuery(url, signed), headers: {}, body: '' };
	if (transport === 'POST-json') {
		return {
			method: 'POST',
			url,
			headers: { 'Content-Type': 'application/json' },
			body: JSON.stringify(signed),
		};
	}
	return {
		method: 'POST',
		url,
		headers: { 'Content-Type': 'application/x-www-form-urlencoded' },
		body: formEncode(signed),
	};
}

export interface VonageInboundInput {
	url: string;
	secret: string;
	msisdn: string;
	to: string;
	text: string;
	messageId?: string;
	nowMs?: number;
	method?: VonageSignatureMethod;
	transport?: VonageTransport;
	concat?: { ref: string; total: number; part: number };
}

/** An SMS API inbound message (digits without `+`, as Vonage sends them). */
export function vonageInbound(input: VonageInboundInput): SimWebhookRequest {
	const now = input.nowMs ?? Date.now();
	const params: Record<string, string> = {
		msisdn: input.msisdn,
		to: input.to,
		messageId: input.messageId ?? '0A0000000123ABCD1',
		text: input.text,
		type: 'text',
		keyword: (input.text.split(/\s+/)[0] ?? '').toUpperCase(),
		'api-key': 'abcd1234',
		'message-timestamp': vonageTimestamp(now),
	};
	if (input.concat) {
		params.concat = 'true';
		params['concat-ref'] = input.concat.ref;
		params['concat-total'] = String(input.concat.total);
		params['concat-part'] = String(input.concat.part);
	}
	return vonageSignedRequest(input.url, params, input.secret, {
		method: input.method,
		transport: input.transport,
		nowMs: now,
	});
}

export interface VonageDlrInput {
	url: string;
	secret: string;
	/** Recipient of the outbound message. */
	msisdn: string;
	/** Sender id of the outbound message. */
	to: string;
	messageId: string;
	status: string;
	errCode?: string;
	nowMs?: number;
	method?: VonageSignatureMethod;
	transport?: VonageTransport;
}

/** An SMS API delivery receipt. */
export function vonageDlr(input: VonageDlrInput): SimWebhookRequest {
	const now = input.nowMs ?? Date.now();
	const params: Record<string, string> = {
		msisdn: input.msisdn,
		to: input.to,
		'network-code': '22801',
		messageId: input.messageId,
		price: '0.03330000',
		status: input.status,
		scts: '2001011400',
		'err-code': input.errCode ?? '0',
		'api-key': 'abcd1234',
		'message-timestamp': vonageTimestamp(now),
	};
	return vonageSignedRequest(input.url, params, input.secret, {
		method: input.method,
		transport: input.transport ?? 'POST-json',
		nowMs: now,
	});
}

/** A Messages API webhook signed with a JWT (HS256, signature secret) carrying `payload_hash`. */
export function vonageMessagesJwt(
	url: string,
	secret: string,
	payload: unknown,
	nowMs = Date.now(),
): SimWebhookRequest {
	const body = JSON.stringify(payload);
	const jwt = signHmacJwt(
		{
			iat: Math.floor(nowMs / 1000),
			jti: randomUUID(),
			iss: 'Vonage',
			payload_hash: createHash('sha256').update(body, 'utf8').digest('hex'),
			api_key: 'abcd1234',
			application_id: 'aaaaaaaa-bbbb-cccc-dddd-0123456789ab',
		},
		secret,
	);
	return {
		method: 'POST',
		url,
		headers: { 'Content-Type': 'application/json', Authorization: `Bearer ${jwt}` },
		body,
	};
}

/** Messages API inbound SMS payload. */
export function vonageMessagesInboundPayload(
	from: string,
	to: string,
	text: string,
	nowMs = Date.now(),
): Record<string, unknown> {
	return {
		channel: 'sms',
		message_uuid: 'aaaaaaaa-bbbb-cccc-dddd-0123456789ab',
		to,
		from,
		timestamp: new Date(nowMs).toISOString(),
		text,
		sms: { num_messages: '1', keyword: (text.split(/\s+/)[0] ?? '').toUpperCase() },
		usage: { price: '0.0057', currency: 'EUR' },
		message_type: 'text',
	};
}
