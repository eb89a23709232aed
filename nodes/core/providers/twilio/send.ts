import {
	asRecord,
	asText,
	basicAuthHeader,
	configText,
	httpFailure,
	joinUrl,
	jsonGet,
	mapInitialStatus,
	missingIdFailure,
	parseResponseBody,
	requireConfig,
	resolveBaseUrl,
	sendSuccess,
	type SendFailureKind,
	withHeaders,
} from '../common';
import type { HttpRequestSpec, ProviderConfig, SendInput, SendResult, SmsProvider } from '../types';

export const DEFAULT_BASE_URL = 'https://api.twilio.com';

/** Twilio error codes → failure kind (Messages create). Unlisted 4xx codes fall back to the HTTP status. */
const TWILIO_KINDS: Readonly<Record<string, SendFailureKind>> = {
	'21610': 'opted_out', // Attempt to send to unsubscribed recipient (replied STOP)
	'21211': 'invalid_number', // Invalid 'To' Phone Number
	'21614': 'invalid_number', // 'To' number is not a valid mobile number
	'21217': 'invalid_number', // Phone number does not appear to be valid
	'21401': 'invalid_number', // Invalid Phone Number
	'21421': 'invalid_number', // PhoneNumber is invalid
	'21612': 'invalid_number', // The 'To' phone number is not currently reachable via SMS
	'21408': 'invalid_request', // Permission to send an SMS has not been enabled for the region
	'20003': 'auth', // Authenticate
	'20005': 'insufficient_funds', // Account not active (usually out of funds)
	'10001': 'insufficient_funds', // Account is not active
	'20429': 'rate_limited', // Too Many Requests
};

/**
 * Twilio Programmable Messaging, send side.
 *
 * Credential (ProviderConfig) keys read:
 * - `accountSid` (required, `AC…`): goes into the URL path.
 * - `authToken`: Basic auth password with `accountSid` as user; or
 * - `apiKeySid` (`SK…`) + `apiKeySecret`: an API key used for Basic auth instead (the URL keeps `accountSid`).
 * - `messagingServiceSid` (optional, `MG…`): sent as `MessagingServiceSid` (also `input.extra.messagingServiceSid`).
 * - `baseUrl` (default `https://api.twilio.com`).
 *
 * Request: `POST /2010-04-01/Accounts/{AccountSid}/Messages.json`, form-encoded `To`, `From` and/or
 * `MessagingServiceSid`, `Body`, `StatusCallback`. Success (201) → `sid` (`SM…`), `status`, `num_segments`.
 * Errors are JSON `{code, message, more_info, status}`.
 *
 * Idempotency: Twilio's Messages API has no idempotency key (`I-Twilio-Idempotency-Token` is a header
 * Twilio puts on the webhooks it sends, not one it accepts), so `reference` is not sent and a retried send
 * after a timeout can produce a duplicate. Unicode: Twilio picks GSM-7/UCS-2 itself; no flag is sent.
 */
export const send = {
	id: 'twilio',
	name: 'Twilio',
	defaultBaseUrl: DEFAULT_BASE_URL,

	buildSendRequest(input: SendInput, config: ProviderConfig): HttpRequestSpec {
		const accountSid = requireConfig(config, 'accountSid', 'Twilio');
		const base = resolveBaseUrl(config, DEFAULT_BASE_URL);
		const serviceSid =
			asText(input.extra?.messagingServiceSid) ?? configText(config, 'messagingServiceSid');
		const body: Record<string, string> = { To: input.to };
		if (input.from) body.From = input.from;
		if (serviceSid) body.MessagingServiceSid = serviceSid;
		body.Body = input.text;
		if (input.statusCallbackUrl) body.StatusCallback = input.statusCallbackUrl;
		return {
			method: 'POST',
			url: joinUrl(base, `/2010-04-01/Accounts/${encodeURIComponent(accountSid)}/Messages.json`),
			headers: { Accept: 'application/json', 'Content-Type': 'application/x-www-form-urlencoded' },
			bodyType: 'form',
			body,
		};
	},

	applyAuth(request: HttpRequestSpec, config: ProviderConfig): HttpRequestSpec {
		const keySid = configText(config, 'apiKeySid');
		const keySecret = configText(config, 'apiKeySecret');
		const header =
			keySid && keySecret
				? basicAuthHeader(keySid, keySecret)
				: basicAuthHeader(
						requireConfig(config, 'accountSid', 'Twilio'),
						requireConfig(config, 'authToken', 'Twilio'),
					);
		return withHeaders(request, { Authorization: header });
	},

	parseSendResponse(
		httpStatus: number,
		body: unknown,
		headers?: Record<string, string | string[] | undefined>,
	): SendResult {
		const parsed = parseResponseBody(body);
		const rec = asRecord(parsed);
		if (httpStatus >= 200 && httpStatus < 300) {
			const sid = asText(rec?.sid);
			if (!sid) return missingIdFailure('twilio', httpStatus, parsed);
			const segments = Number(asText(rec?.num_segments));
			return sendSuccess('twilio', sid, parsed, {
				status: mapInitialStatus(rec?.status),
				segments: Number.isFinite(segments) ? segments : undefined,
			});
		}
		const code = asText(rec?.code) ?? String(httpStatus);
		const message =
			asText(rec?.message) ??
			(typeof parsed === 'string' && parsed ? parsed.slice(0, 500) : `HTTP ${httpStatus}`);
		return httpFailure('twilio', httpStatus, {
			code,
			message,
			raw: parsed,
			kind: TWILIO_KINDS[code],
			headers,
		});
	},

	buildTestRequest(config: ProviderConfig): HttpRequestSpec {
		const accountSid = requireConfig(config, 'accountSid', 'Twilio');
		return jsonGet(
			joinUrl(
				resolveBaseUrl(config, DEFAULT_BASE_URL),
				`/2010-04-01/Accounts/${encodeURIComponent(accountSid)}.json`,
			),
		);
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
