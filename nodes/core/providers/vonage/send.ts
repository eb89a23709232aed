import {
	asRecord,
	asText,
	httpFailure,
	joinUrl,
	jsonGet,
	missingIdFailure,
	msisdnDigits,
	parseResponseBody,
	requireConfig,
	resolveBaseUrl,
	senderWithoutPlus,
	sendFailure,
	sendSuccess,
	type SendFailureKind,
} from '../common';
import type { HttpRequestSpec, ProviderConfig, SendInput, SendResult, SmsProvider } from '../types';

export const DEFAULT_BASE_URL = 'https://rest.nexmo.com';

/** Vonage SMS API per-message `status` values → failure kind (from Vonage's SMS API error table). */
const VONAGE_STATUS: Readonly<Record<string, { kind: SendFailureKind; text: string }>> = {
	'1': { kind: 'rate_limited', text: 'Throttled' },
	'2': { kind: 'invalid_request', text: 'Missing Parameters' },
	'3': { kind: 'invalid_request', text: 'Invalid Parameters' },
	'4': { kind: 'auth', text: 'Invalid Credentials' },
	'5': { kind: 'server_error', text: 'Internal Error' },
	'6': { kind: 'invalid_number', text: 'Invalid Message' },
	'7': { kind: 'opted_out', text: 'Number Barred' },
	'8': { kind: 'auth', text: 'Partner Account Barred' },
	'9': { kind: 'insufficient_funds', text: 'Partner Quota Violation' },
	'10': { kind: 'rate_limited', text: 'Too Many Existing Binds' },
	'11': { kind: 'invalid_request', text: 'Account Not Enabled For HTTP' },
	'12': { kind: 'invalid_request', text: 'Message Too Long' },
	'14': { kind: 'auth', text: 'Invalid Signature' },
	'15': { kind: 'invalid_request', text: 'Invalid Sender Address' },
	'22': { kind: 'invalid_request', text: 'Invalid Network Code' },
	'23': { kind: 'invalid_request', text: 'Invalid Callback Url' },
	'29': { kind: 'invalid_request', text: 'Non-Whitelisted Destination' },
	'32': { kind: 'auth', text: 'Signature And API Secret Disallowed' },
	'33': { kind: 'invalid_number', text: 'Number De-activated' },
};

/** Vonage's `client-ref` limit. */
const CLIENT_REF_MAX = 100;

/**
 * Vonage (Nexmo) SMS API, send side.
 *
 * Credential keys read: `apiKey`, `apiSecret` (both required; sent as `api_key` / `api_secret` form fields,
 * or query parameters for the Test request), `baseUrl` (default `https://rest.nexmo.com`).
 *
 * Request: `POST /sms/json`, form-encoded `from` (a `+` before an all-digit sender is dropped), `to`
 * (digits only, no `+`), `text`, `type=unicode` when `input.unicode` (else Vonage's default `text` and
 * non-GSM characters would be lost), `client-ref` (= `reference`, at most 100 characters), `callback`
 * (= `statusCallbackUrl`). The answer is HTTP 200 even for rejected messages: each entry of
 * `messages[]` carries `status` ("0" = accepted) and, when non-zero, `error-text`. Status 1 (throttled)
 * and 5 (internal error) are retryable.
 *
 * Idempotency: none. `client-ref` is echoed in delivery receipts for correlation but Vonage does not
 * deduplicate on it, so a retried send after a timeout can produce a duplicate.
 */
export const send = {
	id: 'vonage',
	name: 'Vonage',
	defaultBaseUrl: DEFAULT_BASE_URL,

	buildSendRequest(input: SendInput, config: ProviderConfig): HttpRequestSpec {
		const body: Record<string, string> = {
			from: senderWithoutPlus(input.from ?? ''),
			to: msisdnDigits(input.to),
			text: input.text,
		};
		if (input.unicode) body.type = 'unicode';
		if (input.reference) body['client-ref'] = input.reference.slice(0, CLIENT_REF_MAX);
		if (input.statusCallbackUrl) body.callback = input.statusCallbackUrl;
		return {
			method: 'POST',
			url: joinUrl(resolveBaseUrl(config, DEFAULT_BASE_URL), '/sms/json'),
			headers: { Accept: 'application/json', 'Content-Type': 'application/x-www-form-urlencoded' },
			bodyType: 'form',
			body,
		};
	},

	applyAuth(request: HttpRequestSpec, config: ProviderConfig): HttpRequestSpec {
		const creds = {
			api_key: requireConfig(config, 'apiKey', 'Vonage'),
			api_secret: requireConfig(config, 'apiSecret', 'Vonage'),
		};
		if (request.bodyType === 'form' || request.bodyType === 'json') {
			const body = typeof request.body === 'object' && request.body !== null ? request.body : {};
			return { ...request, body: { ...creds, ...body } };
		}
		return { ...request, qs: { ...(request.qs ?? {}), ...creds } };
	},

	parseSendResponse(
		httpStatus: number,
		body: unknown,
		headers?: Record<string, string | string[] | undefined>,
	): SendResult {
		const parsed = parseResponseBody(body);
		const rec = asRecord(parsed);
		if (httpStatus < 200 || httpStatus >= 300) {
			const code = asText(rec?.status) ?? asText(rec?.type) ?? String(httpStatus);
			const message =
				asText(rec?.['error-text']) ??
				asText(rec?.title) ??
				asText(rec?.detail) ??
				(typeof parsed === 'string' && parsed ? parsed.slice(0, 500) : `HTTP ${httpStatus}`);
			return httpFailure('vonage', httpStatus, { code, message, raw: parsed, headers });
		}
		const messages = Array.isArray(rec?.messages) ? (rec.messages as unknown[]) : [];
		if (messages.length === 0) return missingIdFailure('vonage', httpStatus, parsed);
		for (const m of messages) {
			const mr = asRecord(m);
			const status = asText(mr?.status) ?? '';
			if (status === '0') continue;
			const known = VONAGE_STATUS[status];
			const kind: SendFailureKind = known?.kind ?? 'unknown';
			return sendFailure('vonage', {
				kind,
				code: status || 'unknown',
				message: asText(mr?.['error-text']) ?? known?.text ?? 'Unknown error',
				raw: parsed,
				httpStatus,
			});
		}
		const first = asRecord(messages[0]);
		const id = asText(first?.['message-id']);
		if (!id) return missingIdFailure('vonage', httpStatus, parsed);
		const count = Number(asText(rec?.['message-count']) ?? messages.length);
		return sendSuccess('vonage', id, parsed, {
			status: 'queued',
			segments: Number.isFinite(count) ? count : messages.length,
		});
	},

	buildTestRequest(config: ProviderConfig): HttpRequestSpec {
		return jsonGet(joinUrl(resolveBaseUrl(config, DEFAULT_BASE_URL), '/account/get-balance'));
	},
} satisfies Pick<
	SmsProvider,
	| 'id'
	| 'name'
	| 'defaultBaseUrl'
	| 'buildSendRequest'
	| 'applyAuth'
	| 'parseSendResponse'
	| 'buildTestRequest'
>;
