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
	parseResponseBody,
	requireConfig,
	sendSuccess,
	type SendFailureKind,
	withHeaders,
} from '../common';
import type { HttpRequestSpec, ProviderConfig, SendInput, SendResult, SmsProvider } from '../types';

export const DEFAULT_BASE_URL = 'https://us.sms.api.sinch.com';

/** Regions with their own SMS REST host. */
export const SINCH_REGIONS = ['us', 'eu', 'au', 'br', 'ca'] as const;

/** Base URL: `config.baseUrl` when set, else `https://{region}.sms.api.sinch.com` (region default `us`). */
function sinchBaseUrl(config: ProviderConfig): string {
	const explicit = configText(config, 'baseUrl');
	if (explicit)
		return (/^[a-z][a-z0-9+.-]*:\/\//i.test(explicit) ? explicit : `https://${explicit}`).replace(
			/\/+$/,
			'',
		);
	const region = configText(config, 'region').toLowerCase();
	const r = (SINCH_REGIONS as readonly string[]).includes(region) ? region : 'us';
	return `https://${r}.sms.api.sinch.com`;
}

/** Sinch `code` values → failure kind. */
function sinchKind(code: string, text: string): SendFailureKind | undefined {
	if (code === 'illegal_number_type') return 'invalid_number';
	if (code === 'blocked_account' || code === 'unauthorized' || code === 'forbidden') return 'auth';
	if (code.includes('credit') || code.includes('money') || code.includes('balance'))
		return 'insufficient_funds';
	if (code.startsWith('syntax_')) {
		const byText = kindFromErrorText(text);
		return byText === 'invalid_number' ? 'invalid_number' : 'invalid_request';
	}
	return kindFromErrorText(text);
}

/**
 * Sinch SMS REST API (XMS), send side.
 *
 * Credential keys read: `servicePlanId` (required; URL path), `apiToken` (required;
 * `Authorization: Bearer <apiToken>`), `region` (`us` | `eu` | `au` | `br` | `ca`, default `us` →
 * `https://{region}.sms.api.sinch.com`), `baseUrl` (optional override).
 *
 * Request: `POST /xms/v1/{service_plan_id}/batches`, JSON `from`, `to: [E.164]`, `body`,
 * `delivery_report: "per_recipient"` + `callback_url` when a status callback is given (override with
 * `input.extra.deliveryReport`), `client_reference` (= `reference`). Success (201) → `id` (the batch id).
 * Errors (400/403) are `{code, text}`, e.g. `syntax_invalid_parameter_format`.
 *
 * Idempotency: `client_reference` is echoed in delivery reports (correlation only); Sinch does not
 * deduplicate on it. Unicode: Sinch detects the encoding; no flag is sent.
 */
export const send = {
	id: 'sinch',
	name: 'Sinch',
	defaultBaseUrl: DEFAULT_BASE_URL,

	buildSendRequest(input: SendInput, config: ProviderConfig): HttpRequestSpec {
		const plan = requireConfig(config, 'servicePlanId', 'Sinch');
		const body: Record<string, unknown> = {};
		if (input.from) body.from = input.from;
		body.to = [input.to];
		body.body = input.text;
		const report = asText(input.extra?.deliveryReport);
		if (input.statusCallbackUrl) {
			body.delivery_report = report ?? 'per_recipient';
			body.callback_url = input.statusCallbackUrl;
		} else if (report) body.delivery_report = report;
		if (input.reference) body.client_reference = input.reference;
		return jsonPost(
			joinUrl(sinchBaseUrl(config), `/xms/v1/${encodeURIComponent(plan)}/batches`),
			body,
		);
	},

	applyAuth(request: HttpRequestSpec, config: ProviderConfig): HttpRequestSpec {
		return withHeaders(request, {
			Authorization: `Bearer ${requireConfig(config, 'apiToken', 'Sinch')}`,
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
			if (!id) return missingIdFailure('sinch', httpStatus, parsed);
			return sendSuccess('sinch', id, parsed, {
				status: rec?.canceled === true ? 'failed' : 'queued',
			});
		}
		const code = asText(rec?.code) ?? String(httpStatus);
		const message =
			asText(rec?.text) ??
			(typeof parsed === 'string' && parsed ? parsed.slice(0, 500) : `HTTP ${httpStatus}`);
		return httpFailure('sinch', httpStatus, {
			code,
			message,
			raw: parsed,
			kind: sinchKind(code, message),
			headers,
		});
	},

	buildTestRequest(config: ProviderConfig): HttpRequestSpec {
		const plan = requireConfig(config, 'servicePlanId', 'Sinch');
		return jsonGet(joinUrl(sinchBaseUrl(config), `/xms/v1/${encodeURIComponent(plan)}/batches`), {
			page_size: '1',
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
>;
