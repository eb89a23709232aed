import {
	asRecord,
	asText,
	basicAuthHeader,
	configText,
	firstText,
	httpFailure,
	kindFromErrorText,
	msisdnDigits,
	parseResponseBody,
	readJsonPath,
	requireConfig,
	sendFailure,
	sendSuccess,
	withHeaders,
	type SendFailureKind,
} from '../common';
import type { HttpRequestSpec, ProviderConfig, SendInput, SendResult, SmsProvider } from '../types';

type Method = HttpRequestSpec['method'];
const METHODS: readonly Method[] = ['GET', 'POST', 'PUT', 'PATCH', 'DELETE'];

/** Where error codes / messages are looked for when `errorCodePath` / `errorMessagePath` are not set. */
const DEFAULT_ERROR_CODE_PATHS = [
	'code',
	'error_code',
	'errorCode',
	'error-code',
	'error.code',
	'errors[0].code',
	'Code',
	'status_code',
	'Response.Error.Code',
	'error',
];
const DEFAULT_ERROR_MESSAGE_PATHS = [
	'message',
	'error_message',
	'errorMessage',
	'error-description',
	'error_description',
	'error.message',
	'errors[0].message',
	'errors[0].description',
	'errors[0].detail',
	'description',
	'detail',
	'Message',
	'Response.Error.Message',
	'error',
	'text',
];

/** Values a placeholder can take, from the send input. */
function placeholderValues(input: SendInput): Record<string, string> {
	const values: Record<string, string> = {
		to: input.to ?? '',
		toDigits: msisdnDigits(input.to ?? ''),
		from: input.from ?? '',
		fromDigits:
			input.from && /^\+?[\d\s-]+$/.test(input.from)
				? msisdnDigits(input.from)
				: (input.from ?? ''),
		text: input.text ?? '',
		reference: input.reference ?? '',
		statusCallbackUrl: input.statusCallbackUrl ?? '',
		unicode: input.unicode ? 'true' : 'false',
	};
	for (const [k, v] of Object.entries(input.extra ?? {})) {
		if (v !== undefined) values[`extra.${k}`] = String(v);
	}
	return values;
}

const PLACEHOLDER = /\{\{\s*([A-Za-z][\w.-]{0,80})\s*\}\}/g;

/** Replace `{{name}}` placeholders; unknown names are left as they are. */
function fill(
	template: string,
	values: Record<string, string>,
	escape: (v: string) => string,
): string {
	return template.replace(PLACEHOLDER, (whole, name: string) =>
		Object.prototype.hasOwnProperty.call(values, name) ? escape(values[name]) : whole,
	);
}

/** JSON string-content escaping (the placeholder sits inside quotes in the template). */
function jsonEscape(v: string): string {
	return JSON.stringify(v).slice(1, -1);
}

/** JSON.parse without throwing. */
function parseJson(text: string): { ok: true; value: unknown } | { ok: false; error: string } {
	try {
		return { ok: true, value: JSON.parse(text) as unknown };
	} catch (e) {
		return { ok: false, error: e instanceof Error ? e.message : String(e) };
	}
}

/** `headers` config: an object, a JSON object text, or `Name: value` lines. */
export function parseHeaderConfig(raw: unknown): Record<string, string> {
	const out: Record<string, string> = {};
	const rec = asRecord(raw);
	if (rec) {
		for (const [k, v] of Object.entries(rec))
			if (asText(v) !== undefined) out[k] = asText(v) as string;
		return out;
	}
	if (typeof raw !== 'string' || raw.trim() === '') return out;
	const t = raw.trim();
	if (t.startsWith('{')) {
		const parsed = parseJson(t);
		if (!parsed.ok) throw new Error('Generic SMS: "headers" is not valid JSON');
		return parseHeaderConfig(asRecord(parsed.value) ?? {});
	}
	for (const line of t.split(/\r?\n/)) {
		const idx = line.indexOf(':');
		if (idx <= 0) continue;
		const name = line.slice(0, idx).trim();
		if (name) out[name] = line.slice(idx + 1).trim();
	}
	return out;
}

function hasHeader(headers: Record<string, string>, name: string): boolean {
	return Object.keys(headers).some((k) => k.toLowerCase() === name.toLowerCase());
}

function methodOf(value: string, fallback: Method): Method {
	const m = value.toUpperCase() as Method;
	return METHODS.includes(m) ? m : fallback;
}

/** A form template: a JSON object of templates, or `a={{to}}&b={{text}}` / one `key=value` per line. */
function buildFormBody(template: string, values: Record<string, string>): Record<string, string> {
	const t = template.trim();
	const body: Record<string, string> = {};
	if (t.startsWith('{')) {
		const parsed = parseJson(t);
		if (!parsed.ok) throw new Error('Generic SMS: the form body template is not valid JSON');
		for (const [k, v] of Object.entries(asRecord(parsed.value) ?? {}))
			body[k] = fill(asText(v) ?? '', values, (x) => x);
		return body;
	}
	for (const pair of t.split(/&|\r?\n/)) {
		if (pair.trim() === '') continue;
		const idx = pair.indexOf('=');
		const key = (idx < 0 ? pair : pair.slice(0, idx)).trim();
		if (!key) continue;
		body[key] = fill(idx < 0 ? '' : pair.slice(idx + 1).trim(), values, (x) => x);
	}
	return body;
}

/** Paths from a config field: one path, or several separated by commas / newlines (first found wins). */
function pathList(config: ProviderConfig, key: string): string[] {
	return configText(config, key)
		.split(/[,\n]/)
		.map((s) => s.trim())
		.filter((s) => s !== '');
}

/** `scheme://host[:port]` of a URL, or the URL itself when it has no recognisable origin. */
function originOf(url: string): string {
	const m = /^([a-z][a-z0-9+.-]*:\/\/[^/?#]+)/i.exec(url.trim());
	return m ? m[1] : url.trim();
}

function authTypeOf(config: ProviderConfig): 'none' | 'basic' | 'header' | 'bearer' {
	const t = configText(config, 'authType').toLowerCase();
	if (t === 'none' || t === 'basic' || t === 'header' || t === 'bearer') return t;
	if (configText(config, 'token')) return 'bearer';
	if (configText(config, 'username')) return 'basic';
	if (configText(config, 'authHeaderName')) return 'header';
	return 'none';
}

function isTruthy(v: unknown): boolean {
	if (v === undefined || v === null || v === false || v === 0 || v === '') return false;
	if (
		typeof v === 'string' &&
		['false', '0', 'no', 'error', 'failed'].includes(v.trim().toLowerCase())
	)
		return false;
	return true;
}

/**
 * A configurable HTTP SMS API (any gateway with a JSON or form endpoint: Play Mobile / Eskiz / SMS.ru
 * style, Aliyun- or Tencent-Cloud-shaped JSON behind a signing proxy, in-house gateways).
 *
 * Credential / config keys read:
 * - `url` (required): send endpoint; `{{placeholders}}` in it are URL-encoded.
 * - `method` (default `POST`), `bodyType` (`json` default, or `form`).
 * - `headers`: JSON object (or object) or `Name: value` lines.
 * - `bodyTemplate`: for `json`, JSON text whose string values may contain `{{to}}`, `{{toDigits}}` (no `+`),
 *   `{{from}}`, `{{fromDigits}}`, `{{text}}`, `{{reference}}`, `{{statusCallbackUrl}}`, `{{unicode}}`
 *   (`true`/`false`), `{{extra.NAME}}`; values are JSON-escaped, so put the placeholder inside quotes.
 *   For `form`: a JSON object of templates or `key={{to}}&key2={{text}}` (values are sent raw and encoded
 *   by the form encoder). Without a template: `{"to","from","text","reference","statusCallbackUrl"}`.
 * - Auth: `authType` `none` | `basic` (`username`, `password`) | `header` (`authHeaderName`,
 *   `authHeaderSecret`) | `bearer` (`token`); inferred from the filled fields when unset.
 * - Response: `messageIdPath` (dot/bracket JSON path, e.g. `data.messages[0].id`); `successPath` +
 *   `successValue` (alternatives separated by `|`, compared case-insensitively; without `successValue` the
 *   value must be truthy) for APIs that answer HTTP 200 to failures; `errorCodePath` / `errorMessagePath`
 *   (comma-separated candidates). Without `successPath`, any 2xx is success.
 * - Test: `testUrl` (+ `testMethod`, default GET); else GET of the send URL's origin.
 *
 * Success without an id (no `messageIdPath`) has `messageId: ''` — the caller should then use its
 * `reference`. When `messageIdPath` is set but missing in a 2xx answer, the send is a failure
 * (`missing_message_id`), because such APIs usually answer 200 to errors.
 * Idempotency: whatever the target API does with `{{reference}}` (e.g. Play Mobile's client `message-id`).
 */
export const send = {
	id: 'generic',
	name: 'Generic HTTP SMS API',
	defaultBaseUrl: '',

	buildSendRequest(input: SendInput, config: ProviderConfig): HttpRequestSpec {
		const values = placeholderValues(input);
		const url = fill(requireConfig(config, 'url', 'Generic SMS'), values, encodeURIComponent);
		const method = methodOf(configText(config, 'method'), 'POST');
		const headers = parseHeaderConfig(config.headers);
		if (!hasHeader(headers, 'Accept')) headers.Accept = 'application/json';
		if (method === 'GET' || method === 'DELETE') {
			return { method, url, headers, bodyType: 'none' };
		}
		const bodyType = configText(config, 'bodyType').toLowerCase() === 'form' ? 'form' : 'json';
		const template = typeof config.bodyTemplate === 'string' ? config.bodyTemplate : '';
		if (bodyType === 'form') {
			if (!hasHeader(headers, 'Content-Type'))
				headers['Content-Type'] = 'application/x-www-form-urlencoded';
			const body =
				template.trim() === ''
					? Object.fromEntries(
							Object.entries({
								to: values.to,
								from: values.from,
								text: values.text,
								reference: values.reference,
								statusCallbackUrl: values.statusCallbackUrl,
							}).filter(([, v]) => v !== ''),
						)
					: buildFormBody(template, values);
			return { method, url, headers, bodyType: 'form', body };
		}
		if (!hasHeader(headers, 'Content-Type')) headers['Content-Type'] = 'application/json';
		let body: Record<string, unknown>;
		if (template.trim() === '') {
			body = {
				to: input.to,
				from: input.from,
				text: input.text,
				reference: input.reference,
				statusCallbackUrl: input.statusCallbackUrl,
			};
			for (const k of Object.keys(body)) if (body[k] === undefined) delete body[k];
		} else {
			const parsed = parseJson(fill(template, values, jsonEscape));
			if (!parsed.ok)
				throw new Error(`Generic SMS: the body template is not valid JSON (${parsed.error})`);
			const rec = asRecord(parsed.value);
			if (!rec) throw new Error('Generic SMS: the body template must be a JSON object');
			body = rec;
		}
		return { method, url, headers, bodyType: 'json', body };
	},

	applyAuth(request: HttpRequestSpec, config: ProviderConfig): HttpRequestSpec {
		switch (authTypeOf(config)) {
			case 'basic':
				return withHeaders(request, {
					Authorization: basicAuthHeader(
						configText(config, 'username'),
						typeof config.password === 'string' ? config.password : '',
					),
				});
			case 'bearer':
				return withHeaders(request, {
					Authorization: `Bearer ${requireConfig(config, 'token', 'Generic SMS')}`,
				});
			case 'header': {
				const name = requireConfig(config, 'authHeaderName', 'Generic SMS');
				return withHeaders(request, {
					[name]: typeof config.authHeaderSecret === 'string' ? config.authHeaderSecret : '',
				});
			}
			default:
				return request;
		}
	},

	parseSendResponse(
		httpStatus: number,
		body: unknown,
		headers?: Record<string, string | string[] | undefined>,
		config: ProviderConfig = {},
	): SendResult {
		const parsed = parseResponseBody(body);
		const codePaths = pathList(config, 'errorCodePath');
		const messagePaths = pathList(config, 'errorMessagePath');
		const errorCode = () =>
			firstText(parsed, codePaths.length ? codePaths : DEFAULT_ERROR_CODE_PATHS);
		const errorMessage = () =>
			firstText(parsed, messagePaths.length ? messagePaths : DEFAULT_ERROR_MESSAGE_PATHS) ??
			(typeof parsed === 'string' && parsed.trim() ? parsed.trim().slice(0, 500) : undefined);

		if (httpStatus < 200 || httpStatus >= 300) {
			const code = errorCode() ?? String(httpStatus);
			const message = errorMessage() ?? `HTTP ${httpStatus}`;
			const kind: SendFailureKind | undefined =
				httpStatus === 401 || httpStatus === 403 ? 'auth' : kindFromErrorText(`${message} ${code}`);
			return httpFailure('generic', httpStatus, { code, message, raw: parsed, kind, headers });
		}

		const successPath = configText(config, 'successPath');
		if (successPath) {
			const value = readJsonPath(parsed, successPath);
			const expected = configText(config, 'successValue');
			const ok = expected
				? expected
						.split('|')
						.some((e) => e.trim().toLowerCase() === (asText(value) ?? '').trim().toLowerCase())
				: isTruthy(value);
			if (!ok) {
				const code = errorCode() ?? asText(value) ?? 'unsuccessful';
				const message = errorMessage() ?? `"${successPath}" is ${JSON.stringify(value ?? null)}`;
				const kind = kindFromErrorText(`${message} ${code}`) ?? 'invalid_request';
				return sendFailure('generic', { kind, code, message, raw: parsed, httpStatus });
			}
		}

		const idPath = configText(config, 'messageIdPath');
		if (!idPath) return sendSuccess('generic', '', parsed, { status: 'queued' });
		const id = asText(readJsonPath(parsed, idPath));
		if (id === undefined || id === '') {
			return sendFailure('generic', {
				kind: 'unknown',
				code: 'missing_message_id',
				message: errorMessage() ?? `No message id at "${idPath}" in the response`,
				raw: parsed,
				httpStatus,
				retryable: false,
			});
		}
		return sendSuccess('generic', id, parsed, { status: 'queued' });
	},

	buildTestRequest(config: ProviderConfig): HttpRequestSpec {
		const testUrl = configText(config, 'testUrl');
		const headers = parseHeaderConfig(config.headers);
		for (const k of Object.keys(headers)) if (k.toLowerCase() === 'content-type') delete headers[k];
		if (!hasHeader(headers, 'Accept')) headers.Accept = 'application/json';
		const url =
			testUrl || originOf(requireConfig(config, 'url', 'Generic SMS').replace(PLACEHOLDER, ''));
		return {
			method: methodOf(configText(config, 'testMethod'), 'GET'),
			url,
			headers,
			bodyType: 'none',
		};
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
