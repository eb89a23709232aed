import {
	asRecord,
	asText,
	configText,
	encodeForm,
	httpFailure,
	joinUrl,
	msisdnDigits,
	parseResponseBody,
	resolveBaseUrl,
	sendFailure,
	sendSuccess,
	type SendFailureKind,
} from '../common';
import type { HttpRequestSpec, ProviderConfig, SendInput, SendResult, SmsProvider } from '../types';
import { signAcs3 } from './sign';

const DEFAULT_BASE_URL = 'https://dysmsapi.aliyuncs.com';
export const ALIYUN_API_VERSION = '2017-05-25';

/** Alibaba Cloud SMS `Code` → failure kind (and whether an immediate retry can help). */
export const ALIYUN_KINDS: Readonly<
	Record<string, { kind: SendFailureKind; retryable?: boolean }>
> = {
	'isv.BUSINESS_LIMIT_CONTROL': { kind: 'rate_limited', retryable: false }, // per-number frequency limit
	'isv.DAY_LIMIT_CONTROL': { kind: 'rate_limited', retryable: false },
	'isv.MOBILE_NUMBER_ILLEGAL': { kind: 'invalid_number' },
	'isv.MOBILE_COUNT_OVER_LIMIT': { kind: 'invalid_request' },
	'isv.AMOUNT_NOT_ENOUGH': { kind: 'insufficient_funds' },
	'isv.OUT_OF_SERVICE': { kind: 'insufficient_funds' }, // account in arrears
	'isv.SMS_TEMPLATE_ILLEGAL': { kind: 'invalid_request' },
	'isv.SMS_SIGNATURE_ILLEGAL': { kind: 'invalid_request' },
	'isv.SMS_SIGN_ILLEGAL': { kind: 'invalid_request' },
	'isv.TEMPLATE_MISSING_PARAMETERS': { kind: 'invalid_request' },
	'isv.TEMPLATE_PARAMS_ILLEGAL': { kind: 'invalid_request' },
	'isv.INVALID_JSON_PARAM': { kind: 'invalid_request' },
	'isv.INVALID_PARAMETERS': { kind: 'invalid_request' },
	'isv.PARAM_LENGTH_LIMIT': { kind: 'invalid_request' },
	'isv.PARAM_NOT_SUPPORT_URL': { kind: 'invalid_request' },
	'isv.BLACK_KEY_CONTROL_LIMIT': { kind: 'invalid_request' },
	'isv.DENY_IP_RANGE': { kind: 'auth' },
	'isv.ACCOUNT_NOT_EXISTS': { kind: 'auth' },
	'isv.ACCOUNT_ABNORMAL': { kind: 'auth' },
	'isv.SMS_CONTENT_ILLEGAL': { kind: 'invalid_request' },
	'isv.EXTEND_CODE_ERROR': { kind: 'invalid_request' },
	'isp.RAM_PERMISSION_DENY': { kind: 'auth' },
	'isp.SYSTEM_ERROR': { kind: 'server_error' },
	'isp.OUT_OF_SERVICE': { kind: 'server_error' },
	'Throttling.User': { kind: 'rate_limited' },
	'Throttling.Api': { kind: 'rate_limited' },
	'InvalidAccessKeyId.NotFound': { kind: 'auth' },
	'InvalidAccessKeyId.Inactive': { kind: 'auth' },
	SignatureDoesNotMatch: { kind: 'auth' },
	IncompleteSignature: { kind: 'auth' },
	'SignatureNonce.Used': { kind: 'auth' },
	InvalidTimeStamp: { kind: 'auth' },
	'InvalidTimeStamp.Expired': { kind: 'auth' },
	Forbidden: { kind: 'auth' },
	'Forbidden.RAM': { kind: 'auth' },
};

/** The kind of an Alibaba Cloud `Code` (exact entry, then `isv.*` / `isp.*` families). */
export function aliyunKind(code: string): { kind: SendFailureKind; retryable?: boolean } {
	if (Object.prototype.hasOwnProperty.call(ALIYUN_KINDS, code)) return ALIYUN_KINDS[code];
	if (code.startsWith('Throttling')) return { kind: 'rate_limited' };
	if (code.startsWith('isp.')) return { kind: 'server_error' };
	if (code.startsWith('isv.')) return { kind: 'invalid_request' };
	return { kind: 'unknown' };
}

function rpcRequest(
	config: ProviderConfig,
	action: string,
	params: Record<string, string>,
): HttpRequestSpec {
	return {
		method: 'POST',
		url: `${joinUrl(resolveBaseUrl(config, DEFAULT_BASE_URL), '')}/`,
		headers: {
			Accept: 'application/json',
			'Content-Type': 'application/x-www-form-urlencoded',
			'x-acs-action': action,
			'x-acs-version': ALIYUN_API_VERSION,
		},
		bodyType: 'raw',
		body: encodeForm(params),
	};
}

/**
 * Alibaba Cloud SMS (Dysmsapi 2017-05-25), send side.
 *
 * Credential keys read: `accessKeyId`, `accessKeySecret` (V3 signature ACS3-HMAC-SHA256), `signName` (the
 * approved 签名), `baseUrl` (default `https://dysmsapi.aliyuncs.com`).
 *
 * Request: `SendSms` as an RPC call, `POST /` with `x-acs-action: SendSms`, `x-acs-version: 2017-05-25` and the
 * parameters as a form body: `PhoneNumbers` (digits with country code), `SignName`, `TemplateCode`,
 * `TemplateParam` (a JSON object string), `OutId` (our reference). Only approved templates are sent: without
 * template mode the request is refused before sending. Success: `Code: "OK"` → `BizId`. Every other `Code` is
 * an error (HTTP 200 for business errors, 4xx for signature errors) — see `ALIYUN_KINDS`.
 *
 * Idempotency: Alibaba documents that SendSms is not idempotent: a timed-out send is not retried blindly.
 */
export const send = {
	id: 'aliyun',
	name: 'Alibaba Cloud SMS',
	defaultBaseUrl: DEFAULT_BASE_URL,

	buildSendRequest(input: SendInput, config: ProviderConfig): HttpRequestSpec {
		if (!input.template || input.template.id.trim() === '')
			throw new Error(
				'Alibaba Cloud SMS sends approved templates only: set Message to "Template" with the Template Code',
			);
		const signName =
			(input.extra?.signName as string | undefined) ?? configText(config, 'signName');
		if (!signName)
			throw new Error("Alibaba Cloud SMS: the credential's Sign Name (签名) is required");
		const params: Record<string, string> = {
			PhoneNumbers: msisdnDigits(input.to),
			SignName: signName,
			TemplateCode: input.template.id.trim(),
		};
		if (input.template.params.length > 0) {
			const obj: Record<string, string> = {};
			for (const p of input.template.params) obj[p.name] = p.value;
			params.TemplateParam = JSON.stringify(obj);
		}
		if (input.reference) params.OutId = input.reference.slice(0, 255);
		return rpcRequest(config, 'SendSms', params);
	},

	applyAuth(request: HttpRequestSpec, config: ProviderConfig): HttpRequestSpec {
		return signAcs3(request, config);
	},

	parseSendResponse(
		httpStatus: number,
		body: unknown,
		headers?: Record<string, string | string[] | undefined>,
	): SendResult {
		const parsed = parseResponseBody(body);
		const rec = asRecord(parsed);
		const code = asText(rec?.Code) ?? String(httpStatus);
		const message = asText(rec?.Message) ?? `HTTP ${httpStatus}`;
		if (httpStatus >= 200 && httpStatus < 300 && code === 'OK') {
			const bizId = asText(rec?.BizId);
			if (bizId) return sendSuccess('aliyun', bizId, parsed, { status: 'queued' });
		}
		const { kind, retryable } = aliyunKind(code);
		if (httpStatus >= 200 && httpStatus < 300) {
			return sendFailure('aliyun', { kind, code, message, raw: parsed, httpStatus, retryable });
		}
		return httpFailure('aliyun', httpStatus, { code, message, raw: parsed, kind, headers });
	},

	/** `QuerySmsSignList` (read-only): checks the AccessKey and the signature. */
	buildTestRequest(config: ProviderConfig): HttpRequestSpec {
		return rpcRequest(config, 'QuerySmsSignList', { PageIndex: '1', PageSize: '1' });
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
