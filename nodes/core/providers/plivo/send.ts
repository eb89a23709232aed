import {
	asRecord,
	asText,
	basicAuthHeader,
	configText,
	httpFailure,
	joinUrl,
	jsonGet,
	jsonPost,
	kindFromErrorText,
	missingIdFailure,
	msisdnDigits,
	parseResponseBody,
	requireConfig,
	resolveBaseUrl,
	senderWithoutPlus,
	sendSuccess,
	withHeaders,
} from '../common';
import type { HttpRequestSpec, ProviderConfig, SendInput, SendResult, SmsProvider } from '../types';

export const DEFAULT_BASE_URL = 'https://api.plivo.com';

/**
 * Plivo Messaging API, send side.
 *
 * Credential keys read: `authId` (required; URL path and Basic-auth user), `authToken` (required; Basic-auth
 * password), `powerpackUuid` (optional; sent as `powerpack_uuid` when no `from` is given, also
 * `input.extra.powerpackUuid`), `baseUrl` (default `https://api.plivo.com`).
 *
 * Request: `POST /v1/Account/{auth_id}/Message/`, JSON `src`, `dst` (digits only; Plivo reads `<` in `dst`
 * as a bulk separator, so everything but digits is removed), `text`, `type: "sms"`, `url` + `method: "POST"`
 * when a status callback is given. Success is 202 `{api_id, message, message_uuid: [..]}`; errors are
 * `{api_id, error: "..."}` with free text, classified by wording.
 *
 * Idempotency: Plivo has no idempotency key or client reference on this endpoint; `reference` is not
 * sent. Unicode: detected by Plivo; no flag is sent.
 */
export const send = {
	id: 'plivo',
	name: 'Plivo',
	defaultBaseUrl: DEFAULT_BASE_URL,

	buildSendRequest(input: SendInput, config: ProviderConfig): HttpRequestSpec {
		const authId = requireConfig(config, 'authId', 'Plivo');
		const body: Record<string, unknown> = {};
		const powerpack = asText(input.extra?.powerpackUuid) ?? configText(config, 'powerpackUuid');
		if (input.from) body.src = senderWithoutPlus(input.from);
		else if (powerpack) body.powerpack_uuid = powerpack;
		body.dst = msisdnDigits(input.to);
		body.text = input.text;
		body.type = 'sms';
		if (input.statusCallbackUrl) {
			body.url = input.statusCallbackUrl;
			body.method = 'POST';
		}
		return jsonPost(
			joinUrl(
				resolveBaseUrl(config, DEFAULT_BASE_URL),
				`/v1/Account/${encodeURIComponent(authId)}/Message/`,
			),
			body,
		);
	},

	applyAuth(request: HttpRequestSpec, config: ProviderConfig): HttpRequestSpec {
		return withHeaders(request, {
			Authorization: basicAuthHeader(
				requireConfig(config, 'authId', 'Plivo'),
				requireConfig(config, 'authToken', 'Plivo'),
			),
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
			const ids = rec?.message_uuid;
			const id = Array.isArray(ids) ? asText(ids[0]) : asText(ids);
			if (!id) return missingIdFailure('plivo', httpStatus, parsed);
			return sendSuccess('plivo', id, parsed, { status: 'queued' });
		}
		const errorField = rec?.error;
		const message =
			asText(errorField) ??
			asText(asRecord(errorField)?.message) ??
			asText(rec?.message) ??
			(typeof parsed === 'string' && parsed ? parsed.slice(0, 500) : `HTTP ${httpStatus}`);
		const code = asText(asRecord(errorField)?.code) ?? String(httpStatus);
		const textKind = kindFromErrorText(message);
		const kind = httpStatus === 401 || httpStatus === 403 ? 'auth' : textKind;
		return httpFailure('plivo', httpStatus, { code, message, raw: parsed, kind, headers });
	},

	buildTestRequest(config: ProviderConfig): HttpRequestSpec {
		const authId = requireConfig(config, 'authId', 'Plivo');
		return jsonGet(
			joinUrl(
				resolveBaseUrl(config, DEFAULT_BASE_URL),
				`/v1/Account/${encodeURIComponent(authId)}/`,
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
