import {
	asRecord,
	asText,
	httpFailure,
	joinUrl,
	jsonGet,
	jsonPost,
	mapInitialStatus,
	missingIdFailure,
	msisdnDigits,
	parseResponseBody,
	requireConfig,
	resolveBaseUrl,
	senderWithoutPlus,
	sendSuccess,
	type SendFailureKind,
	withHeaders,
} from '../common';
import type { HttpRequestSpec, ProviderConfig, SendInput, SendResult, SmsProvider } from '../types';

export const DEFAULT_BASE_URL = 'https://rest.messagebird.com';

/** MessageBird REST error codes → failure kind. */
function messagebirdKind(code: string, parameter: string | undefined): SendFailureKind | undefined {
	switch (code) {
		case '2':
			return 'auth'; // Request not allowed (incorrect access_key)
		case '25':
			return 'insufficient_funds'; // Not enough balance
		case '9': // Missing params
		case '10': // Invalid params
			return parameter === 'recipients' || parameter === 'recipient'
				? 'invalid_number'
				: 'invalid_request';
		case '20': // Not found
		case '21': // Bad request
		case '98': // API not found
			return 'invalid_request';
		case '99':
			return 'server_error'; // Internal error
		default:
			return undefined;
	}
}

/**
 * MessageBird (Bird) SMS REST API, send side.
 *
 * Credential keys read: `apiKey` (required; `Authorization: AccessKey <apiKey>`), `baseUrl`
 * (default `https://rest.messagebird.com`).
 *
 * Request: `POST /messages`, JSON `originator` (a `+` before an all-digit sender is dropped), `recipients`
 * (`[msisdn]`, digits only), `body`, `datacoding` (`unicode` when `input.unicode` is true, `plain` when it is
 * false, `auto` when unknown), `reference` and `reportUrl` (MessageBird only posts a per-message status
 * report when `reference` is set). Success (201) → `id`, `recipients.items[0].status`. Errors are
 * `{errors: [{code, description, parameter}]}` (2 auth, 9 missing/invalid recipients, 25 not enough balance…).
 *
 * Idempotency: `reference` is a client reference echoed in status reports (correlation only); MessageBird
 * does not deduplicate on it, so a retried send after a timeout can duplicate.
 */
export const send = {
	id: 'messagebird',
	name: 'MessageBird',
	defaultBaseUrl: DEFAULT_BASE_URL,

	buildSendRequest(input: SendInput, config: ProviderConfig): HttpRequestSpec {
		const body: Record<string, unknown> = {
			originator: senderWithoutPlus(input.from ?? ''),
			recipients: [msisdnDigits(input.to)],
			body: input.text,
			datacoding: input.unicode === true ? 'unicode' : input.unicode === false ? 'plain' : 'auto',
		};
		if (input.reference) body.reference = input.reference;
		if (input.statusCallbackUrl) body.reportUrl = input.statusCallbackUrl;
		return jsonPost(joinUrl(resolveBaseUrl(config, DEFAULT_BASE_URL), '/messages'), body);
	},

	applyAuth(request: HttpRequestSpec, config: ProviderConfig): HttpRequestSpec {
		return withHeaders(request, {
			Authorization: `AccessKey ${requireConfig(config, 'apiKey', 'MessageBird')}`,
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
			const id = asText(rec?.id);
			if (!id) return missingIdFailure('messagebird', httpStatus, parsed);
			const items = asRecord(rec?.recipients)?.items;
			const first = Array.isArray(items) ? asRecord(items[0]) : undefined;
			return sendSuccess('messagebird', id, parsed, {
				status: mapInitialStatus(first?.status) ?? 'queued',
			});
		}
		const first = Array.isArray(rec?.errors) ? asRecord(rec.errors[0]) : undefined;
		const code = asText(first?.code) ?? String(httpStatus);
		const parameter = asText(first?.parameter);
		const message =
			asText(first?.description) ??
			(typeof parsed === 'string' && parsed ? parsed.slice(0, 500) : `HTTP ${httpStatus}`);
		return httpFailure('messagebird', httpStatus, {
			code,
			message,
			raw: parsed,
			kind: messagebirdKind(code, parameter),
			headers,
		});
	},

	buildTestRequest(config: ProviderConfig): HttpRequestSpec {
		return jsonGet(joinUrl(resolveBaseUrl(config, DEFAULT_BASE_URL), '/balance'));
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
