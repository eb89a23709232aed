import { createHash } from 'crypto';
import {
	asRecord,
	asText,
	basicAuthHeader,
	configText,
	httpFailure,
	joinUrl,
	jsonPost,
	msisdnDigits,
	parseResponseBody,
	requireConfig,
	resolveBaseUrl,
	sendSuccess,
	withHeaders,
	type SendFailureKind,
} from '../common';
import type { HttpRequestSpec, ProviderConfig, SendInput, SendResult, SmsProvider } from '../types';

const DEFAULT_BASE_URL = 'https://send.smsxabar.uz';

/**
 * Play Mobile broker-api `error-code` → failure kind (codes as Play Mobile's broker-api documentation lists
 * them: 1xx request, 2xx recipient/message id, 3xx scheduling, 4xx originator/content).
 */
export const PLAYMOBILE_KINDS: Readonly<Record<string, SendFailureKind>> = {
	'100': 'server_error', // internal server error
	'101': 'invalid_request', // syntax error
	'102': 'auth', // client account locked
	'103': 'invalid_request', // no channel configured for sending
	'104': 'invalid_request', // invalid priority
	'105': 'invalid_request', // too many message ids
	'202': 'invalid_number', // recipient address empty
	'204': 'invalid_request', // e-mail address empty
	'205': 'invalid_request', // message id empty
	'206': 'invalid_request', // invalid variables
	'301': 'invalid_request', // invalid localtime
	'302': 'invalid_request', // invalid start-datetime
	'303': 'invalid_request', // invalid end-datetime
	'304': 'invalid_request', // invalid allowed-starttime
	'305': 'invalid_request', // invalid allowed-endtime
	'306': 'invalid_request', // invalid send-evenly
	'401': 'invalid_request', // originator empty
	'402': 'invalid_request', // application empty
	'403': 'invalid_request', // ttl empty
	'404': 'invalid_request', // content empty
	'405': 'invalid_request', // content format error
	'406': 'invalid_request', // invalid content
	'407': 'invalid_request', // invalid ttl
	'408': 'invalid_request', // attached files too large
	'410': 'invalid_request', // invalid retry-attempts
	'411': 'invalid_request', // invalid retry-timeout
};

/** Our message id for a send: the survey reference when it fits, else a stable digest of recipient and text. */
export function playmobileMessageId(input: SendInput): string {
	const ref = (input.reference ?? '').trim();
	if (ref !== '' && ref.length <= 40 && /^[\w.:-]+$/.test(ref)) return ref;
	const digest = createHash('sha256')
		.update(`${input.to}\n${ref}\n${input.text}`, 'utf8')
		.digest('hex');
	return `csi${digest.slice(0, 29)}`;
}

/**
 * Play Mobile (Uzbekistan) broker API, send side.
 *
 * Credential keys read: `username`, `password` (Basic auth), `originator` (sender: short number such as 3700
 * or an approved alpha name; `input.from` wins), `baseUrl` (default `https://send.smsxabar.uz`).
 *
 * Request: `POST /broker-api/send`, JSON
 * `{"messages":[{"recipient":"998…","message-id":"…","sms":{"originator":"…","content":{"text":"…"}}}]}`.
 * Success is HTTP 200 with a plain-text body and no id: the `message-id` we send is the message id
 * (`messageIdOf`). Errors: HTTP 400 `{"error-code":N,"error-description":"…"}` (see `PLAYMOBILE_KINDS`);
 * HTTP 401 for wrong Basic auth.
 *
 * Idempotency: Play Mobile's documentation does not say whether a repeated `message-id` is rejected, so a
 * re-send after a timeout may duplicate. Unicode: the platform chooses the encoding; no flag is sent.
 */
export const send = {
	id: 'playmobile',
	name: 'Play Mobile',
	defaultBaseUrl: DEFAULT_BASE_URL,

	buildSendRequest(input: SendInput, config: ProviderConfig): HttpRequestSpec {
		const originator = (input.from ?? '').trim() || configText(config, 'originator');
		if (originator === '')
			throw new Error(
				'Play Mobile: the sender is required (set "From" or the credential\'s Originator, e.g. 3700)',
			);
		const recipient = msisdnDigits(input.to);
		return jsonPost(joinUrl(resolveBaseUrl(config, DEFAULT_BASE_URL), '/broker-api/send'), {
			messages: [
				{
					recipient,
					'message-id': playmobileMessageId(input),
					sms: { originator, content: { text: input.text } },
				},
			],
		});
	},

	applyAuth(request: HttpRequestSpec, config: ProviderConfig): HttpRequestSpec {
		return withHeaders(request, {
			Authorization: basicAuthHeader(
				requireConfig(config, 'username', 'Play Mobile'),
				requireConfig(config, 'password', 'Play Mobile'),
			),
		});
	},

	/** The `message-id` of the (first) message in a send request: Play Mobile's success answer has no id. */
	messageIdOf(request: HttpRequestSpec): string | undefined {
		const body = asRecord(request.body);
		const first = Array.isArray(body?.messages) ? asRecord(body.messages[0]) : undefined;
		return asText(first?.['message-id']);
	},

	parseSendResponse(
		httpStatus: number,
		body: unknown,
		headers?: Record<string, string | string[] | undefined>,
	): SendResult {
		const parsed = parseResponseBody(body);
		if (httpStatus >= 200 && httpStatus < 300) {
			// The id is ours (`message-id`); the caller fills it from the request (`messageIdOf`).
			return sendSuccess('playmobile', '', parsed, { status: 'queued' });
		}
		const rec = asRecord(parsed);
		const bodyCode = asText(rec?.['error-code']);
		const code = bodyCode ?? String(httpStatus);
		const message =
			asText(rec?.['error-description']) ??
			(typeof parsed === 'string' && parsed ? parsed.slice(0, 500) : `HTTP ${httpStatus}`);
		// Only a body `error-code` is looked up: HTTP 401 (Basic auth) is not broker-api code 401 (originator).
		const kind = bodyCode !== undefined ? PLAYMOBILE_KINDS[bodyCode] : undefined;
		return httpFailure('playmobile', httpStatus, { code, message, raw: parsed, kind, headers });
	},

	/**
	 * Play Mobile has no documented balance or account endpoint: the Test posts an empty batch, which checks
	 * the Basic auth (401 when wrong) without sending anything.
	 */
	buildTestRequest(config: ProviderConfig): HttpRequestSpec {
		return jsonPost(joinUrl(resolveBaseUrl(config, DEFAULT_BASE_URL), '/broker-api/send'), {
			messages: [],
		});
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
> & { messageIdOf(request: HttpRequestSpec): string | undefined };
