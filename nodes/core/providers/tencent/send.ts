import {
	asRecord,
	asText,
	configText,
	httpFailure,
	joinUrl,
	parseResponseBody,
	requireConfig,
	resolveBaseUrl,
	sendFailure,
	sendSuccess,
	type SendFailureKind,
} from '../common';
import type { HttpRequestSpec, ProviderConfig, SendInput, SendResult, SmsProvider } from '../types';
import { signTc3 } from './sign';

const DEFAULT_BASE_URL = 'https://sms.tencentcloudapi.com';
export const TENCENT_API_VERSION = '2021-01-11';

/** Tencent Cloud SMS error `Code` → failure kind (per-number `SendStatusSet[].Code` and `Response.Error.Code`). */
export const TENCENT_KINDS: Readonly<
	Record<string, { kind: SendFailureKind; retryable?: boolean }>
> = {
	'FailedOperation.PhoneNumberInBlacklist': { kind: 'opted_out' },
	'FailedOperation.InsufficientBalanceInSmsPackage': { kind: 'insufficient_funds' },
	'FailedOperation.TemplateIncorrectOrUnapproved': { kind: 'invalid_request' },
	'FailedOperation.SignatureIncorrectOrUnapproved': { kind: 'invalid_request' },
	'FailedOperation.ContainSensitiveWord': { kind: 'invalid_request' },
	'FailedOperation.MarketingSendTimeConstraint': { kind: 'invalid_request' },
	'InvalidParameterValue.IncorrectPhoneNumber': { kind: 'invalid_number' },
	'InvalidParameterValue.TemplateParameterFormatError': { kind: 'invalid_request' },
	'InvalidParameterValue.TemplateParameterLengthLimit': { kind: 'invalid_request' },
	'InvalidParameterValue.ProhibitedUseUrlInTemplateParameter': { kind: 'invalid_request' },
	'InvalidParameterValue.SdkAppIdNotExist': { kind: 'invalid_request' },
	'LimitExceeded.PhoneNumberDailyLimit': { kind: 'rate_limited', retryable: false },
	'LimitExceeded.PhoneNumberOneHourLimit': { kind: 'rate_limited', retryable: false },
	'LimitExceeded.PhoneNumberThirtySecondLimit': { kind: 'rate_limited', retryable: false },
	'LimitExceeded.PhoneNumberSameContentDailyLimit': { kind: 'rate_limited', retryable: false },
	'LimitExceeded.DeliveryFrequencyLimit': { kind: 'rate_limited', retryable: false },
	'LimitExceeded.AppDailyLimit': { kind: 'rate_limited', retryable: false },
	RequestLimitExceeded: { kind: 'rate_limited' },
	'UnauthorizedOperation.SmsSdkAppIdVerifyFail': { kind: 'auth' },
	'UnsupportedOperation.UnsupportedRegion': { kind: 'invalid_number' },
};

/** The kind of a Tencent Cloud error code (exact entry, then its family). */
export function tencentKind(code: string): { kind: SendFailureKind; retryable?: boolean } {
	if (Object.prototype.hasOwnProperty.call(TENCENT_KINDS, code)) return TENCENT_KINDS[code];
	if (code.startsWith('AuthFailure') || code.startsWith('UnauthorizedOperation'))
		return { kind: 'auth' };
	if (code.startsWith('InternalError')) return { kind: 'server_error' };
	if (code.startsWith('LimitExceeded')) return { kind: 'rate_limited', retryable: false };
	if (code.startsWith('InvalidParameter') || code.startsWith('MissingParameter'))
		return { kind: 'invalid_request' };
	if (code.startsWith('FailedOperation')) return { kind: 'invalid_request' };
	return { kind: 'unknown' };
}

function apiRequest(
	config: ProviderConfig,
	action: string,
	payload: Record<string, unknown>,
): HttpRequestSpec {
	const headers: Record<string, string> = {
		Accept: 'application/json',
		'Content-Type': 'application/json; charset=utf-8',
		'X-TC-Action': action,
		'X-TC-Version': TENCENT_API_VERSION,
	};
	const region = configText(config, 'region') || 'ap-guangzhou';
	headers['X-TC-Region'] = region;
	return {
		method: 'POST',
		url: `${joinUrl(resolveBaseUrl(config, DEFAULT_BASE_URL), '')}/`,
		headers,
		bodyType: 'raw',
		body: JSON.stringify(payload),
	};
}

/**
 * Tencent Cloud SMS (API 2021-01-11), send side.
 *
 * Credential keys read: `secretId`, `secretKey` (TC3-HMAC-SHA256), `smsSdkAppId`, `signName` (the approved
 * 签名), `region` (default `ap-guangzhou`), `baseUrl` (default `https://sms.tencentcloudapi.com`).
 *
 * Request: `SendSms`, JSON `PhoneNumberSet` (`+E.164`), `SmsSdkAppId`, `SignName`, `TemplateId`,
 * `TemplateParamSet` (the parameter values in template order), `SessionContext` (our reference; Tencent
 * returns it in the answer). Only approved templates are sent. Success: `Response.SendStatusSet[0].Code` is
 * `Ok` → `SerialNo`; a per-number `Code` other than `Ok`, or `Response.Error` (request errors), is a failure.
 *
 * Idempotency: none documented; a timed-out send is not retried blindly.
 */
export const send = {
	id: 'tencent',
	name: 'Tencent Cloud SMS',
	defaultBaseUrl: DEFAULT_BASE_URL,

	buildSendRequest(input: SendInput, config: ProviderConfig): HttpRequestSpec {
		if (!input.template || input.template.id.trim() === '')
			throw new Error(
				'Tencent Cloud SMS sends approved templates only: set Message to "Template" with the Template ID',
			);
		const signName =
			(input.extra?.signName as string | undefined) ?? configText(config, 'signName');
		const payload: Record<string, unknown> = {
			PhoneNumberSet: [input.to],
			SmsSdkAppId: requireConfig(config, 'smsSdkAppId', 'Tencent Cloud SMS'),
			TemplateId: input.template.id.trim(),
			TemplateParamSet: input.template.params.map((p) => p.value),
		};
		// SignName is required for mainland numbers and optional for international ones.
		if (signName) payload.SignName = signName;
		if (input.reference) payload.SessionContext = input.reference.slice(0, 512);
		return apiRequest(config, 'SendSms', payload);
	},

	applyAuth(request: HttpRequestSpec, config: ProviderConfig): HttpRequestSpec {
		return signTc3(request, config);
	},

	parseSendResponse(
		httpStatus: number,
		body: unknown,
		headers?: Record<string, string | string[] | undefined>,
	): SendResult {
		const parsed = parseResponseBody(body);
		const response = asRecord(asRecord(parsed)?.Response);
		const error = asRecord(response?.Error);
		if (httpStatus < 200 || httpStatus >= 300 || error) {
			const code = asText(error?.Code) ?? String(httpStatus);
			const message = asText(error?.Message) ?? `HTTP ${httpStatus}`;
			const { kind, retryable } = tencentKind(code);
			if (httpStatus >= 200 && httpStatus < 300)
				return sendFailure('tencent', { kind, code, message, raw: parsed, httpStatus, retryable });
			return httpFailure('tencent', httpStatus, { code, message, raw: parsed, kind, headers });
		}
		const first = Array.isArray(response?.SendStatusSet)
			? asRecord(response.SendStatusSet[0])
			: undefined;
		const code = asText(first?.Code) ?? 'missing_status';
		if (code.toLowerCase() !== 'ok') {
			const { kind, retryable } = tencentKind(code);
			return sendFailure('tencent', {
				kind,
				code,
				message: asText(first?.Message) ?? 'Tencent Cloud SMS did not accept the number',
				raw: parsed,
				httpStatus,
				retryable: retryable ?? (kind === 'unknown' ? false : undefined),
			});
		}
		const serial = asText(first?.SerialNo);
		if (!serial)
			return sendFailure('tencent', {
				kind: 'unknown',
				code: 'missing_message_id',
				message: 'The provider answered with success but without a message id',
				raw: parsed,
				httpStatus,
				retryable: false,
			});
		const fee = Number(first?.Fee);
		return sendSuccess('tencent', serial, parsed, {
			status: 'queued',
			segments: Number.isFinite(fee) ? fee : undefined,
		});
	},

	/** `DescribePhoneNumberInfo` (read-only): checks the SecretId/SecretKey and the signature. */
	buildTestRequest(config: ProviderConfig): HttpRequestSpec {
		return apiRequest(config, 'DescribePhoneNumberInfo', { PhoneNumberSet: ['+8613711112222'] });
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
