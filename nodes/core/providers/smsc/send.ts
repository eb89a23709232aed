import {
	asRecord,
	asText,
	configText,
	httpFailure,
	joinUrl,
	jsonGet,
	missingIdFailure,
	msisdnDigits,
	parseResponseBody,
	resolveBaseUrl,
	sendFailure,
	sendSuccess,
	type SendFailureKind,
} from '../common';
import type { HttpRequestSpec, ProviderConfig, SendInput, SendResult, SmsProvider } from '../types';

const DEFAULT_BASE_URL = 'https://smsc.ru';

/** SMSC.ru `error_code` of `send.php` (fmt=3) → failure kind, as SMSC's HTTP API documents them. */
export const SMSC_KINDS: Readonly<Record<string, SendFailureKind>> = {
	'1': 'invalid_request', // parameter error
	'2': 'auth', // wrong login or password / API key
	'3': 'insufficient_funds', // not enough money
	'4': 'auth', // IP blocked after too many errors
	'5': 'invalid_request', // wrong date format
	'6': 'invalid_request', // message forbidden (text or sender name)
	'7': 'invalid_number', // wrong phone format
	'8': 'invalid_number', // message cannot be delivered to this number
	'9': 'rate_limited', // too many identical requests / concurrent sends
};

/** The credential's login fields for SMSC: `apikey` when set, else `login` + `psw`. */
export function smscAuthFields(config: ProviderConfig): Record<string, string> {
	const apiKey = configText(config, 'apiKey');
	if (apiKey !== '') return { apikey: apiKey };
	const login = configText(config, 'login');
	const password = configText(config, 'password');
	if (login === '' || password === '')
		throw new Error('SMSC.ru: the credential needs an API key, or a login and a password');
	return { login, psw: password };
}

/**
 * SMSC.ru HTTP API, send side.
 *
 * Credential keys read: `login` + `password` or `apiKey`, `sender` (sender name; `input.from` wins),
 * `baseUrl` (default `https://smsc.ru`).
 *
 * Request: `POST /sys/send.php`, form `phones` (digits), `mes`, `sender`, `charset=utf-8`, `fmt=3` (JSON
 * answers), `cost=3` (the answer carries cost and balance), and `id` (our reference, when it is at most 40
 * characters of letters, digits, `_`, `-`) — the login fields are added by `applyAuth`. Success →
 * `{"id":…,"cnt":N}`; errors are HTTP 200 `{"error":"…","error_code":N}` (see `SMSC_KINDS`).
 *
 * Idempotency: none (a repeated `id` is not rejected, as far as SMSC documents). Delivery reports and inbound
 * SMS on a rented number are pushed to the handler URL set in SMSC's cabinet ("Настройки").
 */
export const send = {
	id: 'smsc',
	name: 'SMSC.ru',
	defaultBaseUrl: DEFAULT_BASE_URL,

	buildSendRequest(input: SendInput, config: ProviderConfig): HttpRequestSpec {
		const body: Record<string, string> = {
			phones: msisdnDigits(input.to),
			mes: input.text,
			charset: 'utf-8',
			fmt: '3',
			cost: '3',
		};
		const sender = (input.from ?? '').trim() || configText(config, 'sender');
		if (sender) body.sender = sender;
		const ref = (input.reference ?? '').trim();
		if (ref && ref.length <= 40 && /^[\w-]+$/.test(ref)) body.id = ref;
		return {
			method: 'POST',
			url: joinUrl(resolveBaseUrl(config, DEFAULT_BASE_URL), '/sys/send.php'),
			headers: {
				Accept: 'application/json',
				'Content-Type': 'application/x-www-form-urlencoded',
			},
			bodyType: 'form',
			body,
		};
	},

	/** Adds `login`/`psw` (or `apikey`) to the form body (GET: to the query). */
	applyAuth(request: HttpRequestSpec, config: ProviderConfig): HttpRequestSpec {
		const auth = smscAuthFields(config);
		if (request.method === 'GET' || request.bodyType === 'none')
			return { ...request, qs: { ...(request.qs ?? {}), ...auth } };
		return { ...request, body: { ...((request.body as Record<string, unknown>) ?? {}), ...auth } };
	},

	parseSendResponse(
		httpStatus: number,
		body: unknown,
		headers?: Record<string, string | string[] | undefined>,
	): SendResult {
		const parsed = parseResponseBody(body);
		const rec = asRecord(parsed);
		if (httpStatus < 200 || httpStatus >= 300) {
			return httpFailure('smsc', httpStatus, {
				code: String(httpStatus),
				message: typeof parsed === 'string' && parsed ? parsed.slice(0, 500) : `HTTP ${httpStatus}`,
				raw: parsed,
				headers,
			});
		}
		const errorCode = asText(rec?.error_code);
		if (errorCode !== undefined || rec?.error !== undefined) {
			const code = errorCode ?? 'error';
			return sendFailure('smsc', {
				kind: SMSC_KINDS[code] ?? 'unknown',
				code,
				message: asText(rec?.error) ?? 'SMSC.ru error',
				raw: parsed,
				httpStatus,
			});
		}
		const id = asText(rec?.id);
		if (!id) return missingIdFailure('smsc', httpStatus, parsed);
		const cnt = Number(rec?.cnt);
		return sendSuccess('smsc', id, parsed, {
			status: 'queued',
			segments: Number.isFinite(cnt) ? cnt : undefined,
		});
	},

	/** `GET /sys/balance.php?fmt=3` → `{"balance":"…"}`. */
	buildTestRequest(config: ProviderConfig): HttpRequestSpec {
		return jsonGet(joinUrl(resolveBaseUrl(config, DEFAULT_BASE_URL), '/sys/balance.php'), {
			fmt: '3',
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
