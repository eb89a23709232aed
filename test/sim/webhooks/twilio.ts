import { createHash, createHmac } from 'crypto';
import { formEncode, type SimWebhookRequest } from './types';

/**
 * Twilio's documented signature: take the full URL, append each POST parameter sorted by name as name+value,
 * HMAC-SHA1 with the auth token, base64.
 */
export function twilioSignature(
	authToken: string,
	url: string,
	postParams: Array<[string, string]> = [],
): string {
	const sorted = [...postParams].sort((a, b) =>
		a[0] < b[0] ? -1 : a[0] > b[0] ? 1 : a[1] < b[1] ? -1 : a[1] > b[1] ? 1 : 0,
	);
	const data = sorted.reduce((acc, [k, v]) => acc + k + v, url);
	return createHmac('sha1', authToken).update(Buffer.from(data, 'utf8')).digest('base64');
}

/** Sign a form POST (raw body already encoded) the way Twilio does. */
export function signTwilioForm(
	authToken: string,
	url: string,
	rawBody: string,
): Record<string, string> {
	const pairs: Array<[string, string]> = [];
	for (const [k, v] of new URLSearchParams(rawBody)) pairs.push([k, v]);
	return { 'X-Twilio-Signature': twilioSignature(authToken, url, pairs) };
}

function formRequest(
	url: string,
	authToken: string,
	params: Array<[string, string]>,
): SimWebhookRequest {
	const body = formEncode(params);
	return {
		method: 'POST',
		url,
		headers: {
			'Content-Type': 'application/x-www-form-urlencoded',
			'User-Agent': 'TwilioProxy/1.1',
			'X-Twilio-Signature': twilioSignature(authToken, url, params),
		},
		body,
	};
}

export interface TwilioInboundInput {
	url: string;
	authToken: string;
	from: string;
	to: string;
	body: string;
	messageSid?: string;
	accountSid?: string;
	numSegments?: number;
}

/** An incoming SMS as Twilio posts it to the number's messaging webhook. */
export function twilioInbound(input: TwilioInboundInput): SimWebhookRequest {
	const sid = input.messageSid ?? 'SM0123456789abcdef0123456789abcdef';
	const account = input.accountSid ?? 'AC0123456789abcdef0123456789abcdef';
	return formRequest(input.url, input.authToken, [
		['ToCountry', 'US'],
		['ToState', 'CA'],
		['SmsMessageSid', sid],
		['NumMedia', '0'],
		['ToCity', ''],
		['FromZip', ''],
		['SmsSid', sid],
		['FromState', ''],
		['SmsStatus', 'received'],
		['FromCity', ''],
		['Body', input.body],
		['FromCountry', ''],
		['To', input.to],
		['MessagingServiceSid', 'MG0123456789abcdef0123456789abcdef'],
		['ToZip', ''],
		['NumSegments', String(input.numSegments ?? 1)],
		['MessageSid', sid],
		['AccountSid', account],
		['From', input.from],
		['ApiVersion', '2010-04-01'],
	]);
}

export interface TwilioStatusInput {
	url: string;
	authToken: string;
	messageSid: string;
	status: string;
	from: string;
	to: string;
	errorCode?: string;
}

/** A status callback (`StatusCallback` URL of an outbound message). */
export function twilioStatus(input: TwilioStatusInput): SimWebhookRequest {
	const params: Array<[string, string]> = [
		['SmsSid', input.messageSid],
		['SmsStatus', input.status],
		['MessageStatus', input.status],
		['To', input.to],
		['MessageSid', input.messageSid],
		['AccountSid', 'AC0123456789abcdef0123456789abcdef'],
		['From', input.from],
		['ApiVersion', '2010-04-01'],
	];
	if (input.errorCode) params.push(['ErrorCode', input.errorCode]);
	return formRequest(input.url, input.authToken, params);
}

/** A JSON-bodied Twilio webhook: `bodySHA256` (hex SHA-256 of the body) is added to the URL, which alone is signed. */
export function twilioJson(url: string, authToken: string, payload: unknown): SimWebhookRequest {
	const body = JSON.stringify(payload);
	const hash = createHash('sha256').update(body, 'utf8').digest('hex');
	const signedUrl = `${url}${url.includes('?') ? '&' : '?'}bodySHA256=${hash}`;
	return {
		method: 'POST',
		url: signedUrl,
		headers: {
			'Content-Type': 'application/json',
			'X-Twilio-Signature': twilioSignature(authToken, signedUrl),
		},
		body,
	};
}
