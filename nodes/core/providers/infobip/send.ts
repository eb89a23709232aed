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
	sendFailure,
	sendSuccess,
	type SendFailureKind,
	withHeaders,
} from '../common';
import type { HttpRequestSpec, ProviderConfig, SendInput, SendResult, SmsProvider } from '../types';

export const DEFAULT_BASE_URL = 'https://api.infobip.com';

/** Infobip client message ids: at most 200 characters (longer references are not used as the id). */
const MESSAGE_ID_MAX = 200;

/** Infobip REJECTED status names → failure kind. */
function rejectedKind(name: string): SendFailureKind {
	if (name === 'REJECTED_NOT_ENOUGH_CREDITS' || name === 'REJECTED_PREPAID_PACKAGE_EXPIRED')
		return 'insufficient_funds';
	if (name === 'REJECTED_SYSTEM_ERROR') return 'server_error';
	if (name.includes('BLOCK') || name.includes('BLACKLIST')) return 'opted_out';
	if (
		name === 'MISSING_TO' ||
		name.startsWith('REJECTED_DESTINATION') ||
		name.startsWith('REJECTED_INVALID_DESTINATION') ||
		name === 'REJECTED_PREFIX_MISSING' ||
		name === 'REJECTED_NETWORK'
	)
		return 'invalid_number';
	return 'invalid_request';
}

/**
 * Infobip SMS API v3, send side.
 *
 * Credential keys read: `apiKey` (required; `Authorization: App <apiKey>`), `baseUrl` (your personal
 * `https://xxxx.api.infobip.com`; a bare host gets `https://`; default `https://api.infobip.com`),
 * `applicationId` / `entityId` (optional; `options.platform`, also `input.extra.applicationId` / `entityId`).
 *
 * Request: `POST /sms/3/messages`, JSON
 * `{messages: [{sender, destinations: [{to, messageId}], content: {text}, webhooks: {delivery: {url},
 * contentType: "application/json", callbackData}}]}` with `to` as digits (international format without
 * `+`). Success (200) → `messages[0].messageId` and `status` `{groupId, groupName, id, name, description}`;
 * a message in group REJECTED (5) is a failure with the status `name` as code (e.g.
 * `REJECTED_NOT_ENOUGH_CREDITS`). Errors are `{errorCode: "E400", description, action, violations}`
 * (older endpoints: `requestError.serviceException {messageId, text}`); both are read.
 *
 * Idempotency: `reference` becomes the client-chosen `destinations[0].messageId` (and `callbackData`).
 * Infobip rejects a second message with the same id (`REJECTED_DUPLICATE_MESSAGE_ID`), so a retried send is
 * not delivered twice — use a reference unique per message (e.g. survey id + recipient). Unicode: Infobip
 * detects the encoding; no flag is sent.
 */
export const send = {
	id: 'infobip',
	name: 'Infobip',
	defaultBaseUrl: DEFAULT_BASE_URL,

	buildSendRequest(input: SendInput, config: ProviderConfig): HttpRequestSpec {
		const destination: Record<string, unknown> = { to: msisdnDigits(input.to) };
		if (input.reference && input.reference.length <= MESSAGE_ID_MAX)
			destination.messageId = input.reference;
		const message: Record<string, unknown> = {};
		if (input.from)
			message.sender = input.from.startsWith('+') ? msisdnDigits(input.from) : input.from;
		message.destinations = [destination];
		message.content = { text: input.text };
		if (input.statusCallbackUrl || input.reference) {
			const webhooks: Record<string, unknown> = {};
			if (input.statusCallbackUrl) {
				webhooks.delivery = { url: input.statusCallbackUrl };
				webhooks.contentType = 'application/json';
			}
			if (input.reference) webhooks.callbackData = input.reference.slice(0, 4000);
			message.webhooks = webhooks;
		}
		const applicationId = asText(input.extra?.applicationId) ?? configText(config, 'applicationId');
		const entityId = asText(input.extra?.entityId) ?? configText(config, 'entityId');
		if (applicationId || entityId) {
			const platform: Record<string, string> = {};
			if (applicationId) platform.applicationId = applicationId;
			if (entityId) platform.entityId = entityId;
			message.options = { platform };
		}
		return jsonPost(joinUrl(resolveBaseUrl(config, DEFAULT_BASE_URL), '/sms/3/messages'), {
			messages: [message],
		});
	},

	applyAuth(request: HttpRequestSpec, config: ProviderConfig): HttpRequestSpec {
		return withHeaders(request, {
			Authorization: `App ${requireConfig(config, 'apiKey', 'Infobip')}`,
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
			const first = Array.isArray(rec?.messages) ? asRecord(rec.messages[0]) : undefined;
			const status = asRecord(first?.status);
			const groupName = asText(status?.groupName) ?? '';
			const groupId = asText(status?.groupId);
			if (groupName === 'REJECTED' || groupId === '5') {
				const name = asText(status?.name) ?? 'REJECTED';
				return sendFailure('infobip', {
					kind: rejectedKind(name),
					code: name,
					message: asText(status?.description) ?? name,
					raw: parsed,
					httpStatus,
				});
			}
			const id = asText(first?.messageId);
			if (!id) return missingIdFailure('infobip', httpStatus, parsed);
			const count = Number(asRecord(first?.details)?.messageCount);
			return sendSuccess('infobip', id, parsed, {
				status: groupName === 'DELIVERED' ? 'delivered' : 'queued',
				segments: Number.isFinite(count) ? count : undefined,
			});
		}
		const service = asRecord(asRecord(rec?.requestError)?.serviceException);
		const violations = Array.isArray(rec?.violations)
			? (rec.violations as unknown[])
					.map((v) => {
						const vr = asRecord(v);
						const prop = asText(vr?.property);
						const text = asText(vr?.violation);
						return text ? (prop ? `${prop}: ${text}` : text) : undefined;
					})
					.filter((s): s is string => s !== undefined)
			: [];
		const code = asText(rec?.errorCode) ?? asText(service?.messageId) ?? String(httpStatus);
		const base =
			asText(rec?.description) ??
			asText(service?.text) ??
			(typeof parsed === 'string' && parsed ? parsed.slice(0, 500) : `HTTP ${httpStatus}`);
		const message = violations.length > 0 ? `${base} (${violations.join('; ')})` : base;
		const kind: SendFailureKind | undefined =
			httpStatus === 401 || httpStatus === 403 || code === 'UNAUTHORIZED'
				? 'auth'
				: kindFromErrorText(violations.join(' '));
		return httpFailure('infobip', httpStatus, { code, message, raw: parsed, kind, headers });
	},

	buildTestRequest(config: ProviderConfig): HttpRequestSpec {
		return jsonGet(joinUrl(resolveBaseUrl(config, DEFAULT_BASE_URL), '/account/1/balance'));
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
