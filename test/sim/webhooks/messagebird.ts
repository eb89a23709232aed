import { createHash, randomUUID } from 'crypto';
import { formEncode, signHmacJwt, withQuery, type SimWebhookRequest } from './types';

/**
 * `MessageBird-Signature-JWT`: HS256 JWT signed with the signing key; claims `iss: "MessageBird"`, `nbf`,
 * `exp` (nbf + 60 s), `jti`, `url_hash` (hex SHA-256 of the full URL) and, for a non-empty body,
 * `payload_hash` (hex SHA-256 of the body).
 */
export function messagebirdSignatureJwt(
	signingSecret: string,
	url: string,
	body: string,
	nowMs = Date.now(),
): string {
	const nbf = Math.floor(nowMs / 1000);
	const claims: Record<string, unknown> = {
		iss: 'MessageBird',
		nbf,
		exp: nbf + 60,
		jti: randomUUID(),
		url_hash: createHash('sha256').update(url, 'utf8').digest('hex'),
	};
	if (body !== '') claims.payload_hash = createHash('sha256').update(body, 'utf8').digest('hex');
	return signHmacJwt(claims, signingSecret);
}

function request(
	url: string,
	signingSecret: string,
	params: Record<string, string>,
	transport: 'GET' | 'POST',
	nowMs: number,
): SimWebhookRequest {
	if (transport === 'GET') {
		const full = withQuery(url, params);
		return {
			method: 'GET',
			url: full,
			headers: {
				'MessageBird-Signature-JWT': messagebirdSignatureJwt(signingSecret, full, '', nowMs),
			},
			body: '',
		};
	}
	const body = formEncode(params);
	return {
		method: 'POST',
		url,
		headers: {
			'Content-Type': 'application/x-www-form-urlencoded',
			'MessageBird-Signature-JWT': messagebirdSignatureJwt(signingSecret, url, body, nowMs),
		},
		body,
	};
}

export interface MessagebirdInboundInput {
	url: string;
	signingSecret: string;
	originator: string;
	recipient: string;
	body: string;
	id?: string;
	nowMs?: number;
	transport?: 'GET' | 'POST';
}

/** An inbound SMS forwarded to a URL (numbers without `+`). */
export function messagebirdInbound(input: MessagebirdInboundInput): SimWebhookRequest {
	const now = input.nowMs ?? Date.now();
	return request(
		input.url,
		input.signingSecret,
		{
			id: input.id ?? 'e7028180453e8a69d318686b17179500',
			recipient: input.recipient,
			originator: input.originator,
			body: input.body,
			createdDatetime: new Date(now).toISOString().replace(/\.\d{3}Z$/, '+00:00'),
		},
		input.transport ?? 'GET',
		now,
	);
}

export interface MessagebirdStatusInput {
	url: string;
	signingSecret: string;
	id: string;
	recipient: string;
	status: string;
	statusErrorCode?: string;
	reference?: string;
	nowMs?: number;
	transport?: 'GET' | 'POST';
}

/** A status report for an outbound message (`reportUrl`). */
export function messagebirdStatus(input: MessagebirdStatusInput): SimWebhookRequest {
	const now = input.nowMs ?? Date.now();
	const params: Record<string, string> = {
		id: input.id,
		reference: input.reference ?? 'survey-42',
		recipient: input.recipient,
		status: input.status,
		statusReason: input.status === 'delivered' ? 'successfully delivered' : 'unknown subscriber',
		statusDatetime: new Date(now).toISOString().replace(/\.\d{3}Z$/, '+00:00'),
		datacoding: 'plain',
		mccmnc: '20408',
		ported: '0',
		price: '{"amount":0.07,"currency":"EUR"}',
	};
	if (input.statusErrorCode) params.statusErrorCode = input.statusErrorCode;
	return request(input.url, input.signingSecret, params, input.transport ?? 'GET', now);
}
