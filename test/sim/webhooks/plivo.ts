import { createHmac, randomBytes } from 'crypto';
import { formEncode, type SimWebhookRequest } from './types';

function sortedPairs(pairs: Array<[string, string]>): Array<[string, string]> {
	return [...pairs].sort((a, b) =>
		a[0] === b[0] ? (a[1] < b[1] ? -1 : a[1] > b[1] ? 1 : 0) : a[0] < b[0] ? -1 : 1,
	);
}

/**
 * Plivo V3 signature: base = scheme://host/path; the URL's query parameters sorted (`k=v` joined by `&`)
 * follow a `?`; for a POST with parameters, `.` (only when there was a query) and the sorted POST parameters
 * as `kv` concatenated; then `.` + nonce. HMAC-SHA256 with the auth token, base64.
 */
export function plivoV3Signature(
	authToken: string,
	method: 'GET' | 'POST',
	url: string,
	postParams: Array<[string, string]>,
	nonce: string,
): string {
	const u = new URL(url);
	const base = `${u.protocol}//${u.host}${u.pathname}`;
	const queryPairs: Array<[string, string]> = [];
	for (const [k, v] of u.searchParams) queryPairs.push([k, v]);
	const query = sortedPairs(queryPairs)
		.map(([k, v]) => `${k}=${v}`)
		.join('&');
	let signed: string;
	if (method === 'POST' && postParams.length > 0) {
		signed = `${base}?${query}${query ? '.' : ''}${sortedPairs(postParams)
			.map(([k, v]) => k + v)
			.join('')}`;
	} else {
		signed = query ? `${base}?${query}` : base;
	}
	return createHmac('sha256', authToken).update(`${signed}.${nonce}`, 'utf8').digest('base64');
}

/** Plivo V2 signature: HMAC-SHA256(URL without query + nonce), base64. */
export function plivoV2Signature(authToken: string, url: string, nonce: string): string {
	const u = new URL(url);
	return createHmac('sha256', authToken)
		.update(`${u.protocol}//${u.host}${u.pathname}${nonce}`, 'utf8')
		.digest('base64');
}

/** V3 headers for a raw form body. */
export function signPlivoForm(
	authToken: string,
	url: string,
	rawBody: string,
	nonce = '12345678901234567890',
): Record<string, string> {
	const pairs: Array<[string, string]> = [];
	for (const [k, v] of new URLSearchParams(rawBody)) pairs.push([k, v]);
	return {
		'X-Plivo-Signature-V3': plivoV3Signature(
			authToken,
			rawBody ? 'POST' : 'GET',
			url,
			pairs,
			nonce,
		),
		'X-Plivo-Signature-V3-Nonce': nonce,
	};
}

function plivoPost(
	url: string,
	authToken: string,
	params: Array<[string, string]>,
	version: 'v2' | 'v3',
): SimWebhookRequest {
	const nonce = randomBytes(10).toString('hex');
	const headers: Record<string, string> = {
		'Content-Type': 'application/x-www-form-urlencoded',
		'User-Agent': 'PlivoHTTP',
	};
	if (version === 'v3') {
		headers['X-Plivo-Signature-V3'] = plivoV3Signature(authToken, 'POST', url, params, nonce);
		headers['X-Plivo-Signature-V3-Nonce'] = nonce;
	} else {
		headers['X-Plivo-Signature-V2'] = plivoV2Signature(authToken, url, nonce);
		headers['X-Plivo-Signature-V2-Nonce'] = nonce;
	}
	return { method: 'POST', url, headers, body: formEncode(params) };
}

export interface PlivoInboundInput {
	url: string;
	authToken: string;
	from: string;
	to: string;
	text: string;
	messageUuid?: string;
	units?: number;
	version?: 'v2' | 'v3';
}

/** An incoming SMS posted to the application's message_url (numbers without `+`). */
export function plivoInbound(input: PlivoInboundInput): SimWebhookRequest {
	return plivoPost(
		input.url,
		input.authToken,
		[
			['From', input.from],
			['To', input.to],
			['Type', 'sms'],
			['Text', input.text],
			['MessageUUID', input.messageUuid ?? '5b40ec5a-2f7b-11e9-9d0b-0242ac110003'],
			['Units', String(input.units ?? 1)],
			['TotalRate', '0.00000'],
			['TotalAmount', '0.00000'],
			['MessageIntent', ''],
			['PowerpackUUID', ''],
		],
		input.version ?? 'v3',
	);
}

export interface PlivoStatusInput {
	url: string;
	authToken: string;
	from: string;
	to: string;
	messageUuid: string;
	status: string;
	errorCode?: string;
	version?: 'v2' | 'v3';
}

/** A message status callback. */
export function plivoStatus(input: PlivoStatusInput): SimWebhookRequest {
	return plivoPost(
		input.url,
		input.authToken,
		[
			['MessageUUID', input.messageUuid],
			['To', input.to],
			['From', input.from],
			['Type', 'sms'],
			['Status', input.status],
			['Units', '1'],
			['TotalRate', '0.00350'],
			['TotalAmount', '0.00350'],
			['MCC', '310'],
			['MNC', '260'],
			['ErrorCode', input.errorCode ?? ''],
			['ParentMessageUUID', input.messageUuid],
			['PartInfo', ''],
			['Sequence', '2'],
			['MessageTime', '2024-05-01 10:00:00.123456'],
			['QueuedTime', '2024-05-01 10:00:00.234567'],
			['SentTime', '2024-05-01 10:00:01.345678'],
			['DeliveryReportTime', '2024-05-01 10:00:05.456789'],
		],
		input.version ?? 'v3',
	);
}
