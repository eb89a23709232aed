import {
	asRecord,
	asText,
	configText,
	httpFailure,
	joinUrl,
	jsonGet,
	jsonPost,
	kindFromErrorText,
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

export const DEFAULT_BASE_URL = 'https://api.telnyx.com';

/** Telnyx error codes → failure kind. */
const TELNYX_KINDS: Readonly<Record<string, SendFailureKind>> = {
	'40300': 'opted_out', // Blocked due to STOP message
	'40310': 'invalid_number', // Invalid 'to' address
	'40001': 'invalid_number', // Not routable (landline / non-routable)
	'40012': 'invalid_number', // Invalid destination number
	'10002': 'invalid_number', // Invalid phone number
	'10016': 'invalid_number', // Phone number must be in +E.164 format
	'10009': 'auth', // Authentication failed
	'10010': 'auth', // Authorization failed
	'10011': 'rate_limited', // Too many requests
	'10007': 'server_error', // Unexpected error
};

/**
 * Telnyx Messaging API v2, send side.
 *
 * Credential keys read: `apiKey` (required; `Authorization: Bearer <apiKey>`), `messagingProfileId`
 * (optional; sent as `messaging_profile_id`, also `input.extra.messagingProfileId` — with it `from` may be
 * omitted to use the profile's number pool), `baseUrl` (default `https://api.telnyx.com`).
 *
 * Request: `POST /v2/messages`, JSON `from`, `to` (+E.164), `text`, `messaging_profile_id`, `webhook_url`
 * (= `statusCallbackUrl`). Success → `data.id`, `data.to[0].status`, `data.parts`. Errors are
 * `{errors: [{code, title, detail}]}`; e.g. 40300 (recipient replied STOP) → `opted_out`, 40310 → invalid number.
 *
 * Idempotency: the send endpoint has no idempotency key or client reference, so `reference` is not sent and a
 * retried send after a timeout can duplicate. Unicode: Telnyx encodes automatically; no flag is sent.
 */
export const send = {
	id: 'telnyx',
	name: 'Telnyx',
	defaultBaseUrl: DEFAULT_BASE_URL,

	buildSendRequest(input: SendInput, config: ProviderConfig): HttpRequestSpec {
		const profile =
			asText(input.extra?.messagingProfileId) ?? configText(config, 'messagingProfileId');
		const body: Record<string, unknown> = {};
		if (input.from) body.from = input.from;
		body.to = input.to;
		body.text = input.text;
		if (profile) body.messaging_profile_id = profile;
		if (input.statusCallbackUrl) body.webhook_url = input.statusCallbackUrl;
		return jsonPost(joinUrl(resolveBaseUrl(config, DEFAULT_BASE_URL), '/v2/messages'), body);
	},

	applyAuth(request: HttpRequestSpec, config: ProviderConfig): HttpRequestSpec {
		return withHeaders(request, {
			Authorization: `Bearer ${requireConfig(config, 'apiKey', 'Telnyx')}`,
		});
	},

	parseSendResponse(
		httpStatus: number,
		body: unknown,
		headers?: Record<string, string | string[] | undefined>,
	): SendResult {
		const parsed = parseResponseBody(body);
		const rec = asRecord(parsed);
		if (httpStatus >= 200 && httpStatus < 300) {
			const data = asRecord(rec?.data);
			const id = asText(data?.id);
			if (!id) return missingIdFailure('telnyx', httpStatus, parsed);
			const to = Array.isArray(data?.to) ? asRecord(data.to[0]) : undefined;
			const parts = Number(data?.parts);
			return sendSuccess('telnyx', id, parsed, {
				status: mapInitialStatus(to?.status),
				segments: Number.isFinite(parts) ? parts : undefined,
			});
		}
		const first = Array.isArray(rec?.errors) ? asRecord(rec.errors[0]) : undefined;
		const code = asText(first?.code) ?? String(httpStatus);
		const title = asText(first?.title);
		const detail = asText(first?.detail);
		const message =
			[title, detail].filter((s) => s !== undefined && s !== '').join(': ') ||
			(typeof parsed === 'string' && parsed ? parsed.slice(0, 500) : `HTTP ${httpStatus}`);
		const kind = TELNYX_KINDS[code] ?? kindFromErrorText(message);
		return httpFailure('telnyx', httpStatus, { code, message, raw: parsed, kind, headers });
	},

	buildTestRequest(config: ProviderConfig): HttpRequestSpec {
		return jsonGet(joinUrl(resolveBaseUrl(config, DEFAULT_BASE_URL), '/v2/balance'));
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
