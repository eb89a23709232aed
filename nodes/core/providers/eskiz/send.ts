import {
	asRecord,
	asText,
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
	sendSuccess,
	withHeaders,
} from '../common';
import type { HttpRequestSpec, ProviderConfig, SendInput, SendResult, SmsProvider } from '../types';

const DEFAULT_BASE_URL = 'https://notify.eskiz.uz';

/** Eskiz's default test sender (the platform's own short number for accounts without their own name). */
export const ESKIZ_DEFAULT_FROM = '4546';

/** The login request (n8n's credential pre-authentication sends it once and keeps the token). */
export function eskizLoginRequest(config: ProviderConfig): HttpRequestSpec {
	return jsonPost(joinUrl(resolveBaseUrl(config, DEFAULT_BASE_URL), '/api/auth/login'), {
		email: requireConfig(config, 'email', 'Eskiz'),
		password: requireConfig(config, 'password', 'Eskiz'),
	});
}

/** The bearer token of a login answer (`{"message":"token_generated","data":{"token":"…"}}`), else undefined. */
export function eskizTokenOf(body: unknown): string | undefined {
	const rec = asRecord(parseResponseBody(body));
	const data = asRecord(rec?.data);
	const token = asText(data?.token) ?? asText(rec?.token);
	return token && token.trim() !== '' ? token.trim() : undefined;
}

/**
 * Eskiz (Uzbekistan) SMS API, send side.
 *
 * Credential keys read: `email`, `password` (login), `token` (the bearer token the login returned; n8n's
 * credential pre-authentication fills it and logs in again once when a request is answered 401), `from`
 * (sender; `input.from` wins; default 4546), `baseUrl` (default `https://notify.eskiz.uz`).
 *
 * Request: `POST /api/message/sms/send`, JSON `mobile_phone` (digits), `message`, `from`, `callback_url`
 * (= `statusCallbackUrl`). Success → `id` (also `status: "waiting"`). Errors are JSON
 * `{"message":"…","status":"error"}`; 401 is an expired or invalid token. Eskiz sends only texts that match a
 * template approved in its cabinet: use template mode with the approved text.
 *
 * Idempotency: none documented (no client reference is sent), so a re-send after a timeout can duplicate.
 * Replies: Eskiz documents no inbound SMS — replies must come through another channel.
 */
export const send = {
	id: 'eskiz',
	name: 'Eskiz',
	defaultBaseUrl: DEFAULT_BASE_URL,

	buildSendRequest(input: SendInput, config: ProviderConfig): HttpRequestSpec {
		const body: Record<string, unknown> = {
			mobile_phone: msisdnDigits(input.to),
			message: input.text,
			from: (input.from ?? '').trim() || configText(config, 'from') || ESKIZ_DEFAULT_FROM,
		};
		if (input.statusCallbackUrl) body.callback_url = input.statusCallbackUrl;
		return jsonPost(
			joinUrl(resolveBaseUrl(config, DEFAULT_BASE_URL), '/api/message/sms/send'),
			body,
		);
	},

	applyAuth(request: HttpRequestSpec, config: ProviderConfig): HttpRequestSpec {
		return withHeaders(request, {
			Authorization: `Bearer ${requireConfig(config, 'token', 'Eskiz')}`,
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
			if (!id) return missingIdFailure('eskiz', httpStatus, parsed);
			return sendSuccess('eskiz', id, parsed, { status: 'queued' });
		}
		const message =
			asText(rec?.message) ??
			(typeof parsed === 'string' && parsed ? parsed.slice(0, 500) : `HTTP ${httpStatus}`);
		const code = asText(rec?.status) ?? String(httpStatus);
		const kind =
			httpStatus === 401
				? 'auth'
				: (kindFromErrorText(message) ??
					(/mablag|средств|balance/i.test(message) ? 'insufficient_funds' : undefined));
		return httpFailure('eskiz', httpStatus, { code, message, raw: parsed, kind, headers });
	},

	/** `GET /api/auth/user`: the account behind the token. */
	buildTestRequest(config: ProviderConfig): HttpRequestSpec {
		return jsonGet(joinUrl(resolveBaseUrl(config, DEFAULT_BASE_URL), '/api/auth/user'));
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
