import type { InboundRequest, NormalizedEvent, SmsProvider, WebhookResponse } from '../types';
import { WebhookError } from '../types';
import { chinaTime } from '../cn-shared';
import {
	assertWebhookBody,
	isRecord,
	makeEvent,
	parseWebhookJson,
	receivedAtOf,
	asText,
	type WebhookParseOptions,
	verifyUnsignedWebhook,
} from '../common';

const MAX_ITEMS = 1000;

function e164(nationcode: unknown, mobile: unknown): string {
	const m = (asText(mobile) ?? '').replace(/\D+/g, '');
	const cc = (asText(nationcode) ?? '').replace(/\D+/g, '');
	if (m === '') return '';
	return `+${cc}${m}`;
}

function statusEvent(item: Record<string, unknown>, i: number, now?: number): NormalizedEvent {
	const sid = asText(item.sid);
	const report = asText(item.report_status);
	if (!sid || !report)
		throw new WebhookError(
			`Tencent status callback item ${i}: sid and report_status are required`,
			400,
		);
	const ok = report.toUpperCase() === 'SUCCESS';
	return makeEvent({
		provider: 'tencent',
		event: 'status',
		from: '',
		to: e164(item.nationcode, item.mobile),
		text: '',
		messageId: sid,
		receivedAt: chinaTime(now, item.user_receive_time),
		status: ok ? 'delivered' : 'undelivered',
		errorCode: ok ? undefined : asText(item.errmsg),
		raw: item,
	});
}

/**
 * Parse a Tencent Cloud SMS callback: the status callback is a JSON array of `{user_receive_time, nationcode,
 * mobile, report_status (SUCCESS|FAIL), errmsg, description, sid}` → `status` per item (message id = `sid` =
 * the SerialNo SendSms returned); the reply callback is one JSON object `{extend, mobile, nationcode, sign,
 * text, time}` → `reply` (`time` is Unix seconds; the callback carries no message id, so it is built from
 * number and time).
 */
function parseWebhook(request: InboundRequest, options?: WebhookParseOptions): NormalizedEvent[] {
	const body = assertWebhookBody(request);
	const json = parseWebhookJson(body, 'Tencent Cloud');
	const now = options?.now;
	if (Array.isArray(json)) {
		if (json.length === 0) throw new WebhookError('Tencent status callback is an empty array', 400);
		if (json.length > MAX_ITEMS) throw new WebhookError('Tencent callback has too many items', 413);
		return json.map((item, i) => {
			if (!isRecord(item))
				throw new WebhookError(`Tencent callback item ${i} is not an object`, 400);
			return statusEvent(item, i, now);
		});
	}
	if (!isRecord(json))
		throw new WebhookError('Tencent callback must be a JSON object or array', 400);
	if (json.report_status !== undefined) return [statusEvent(json, 0, now)];
	const from = e164(json.nationcode, json.mobile);
	if (from === '' || typeof json.text !== 'string')
		throw new WebhookError(
			'Not a Tencent reply callback: mobile, nationcode and text are required',
			400,
		);
	const time = asText(json.time) ?? '';
	return [
		makeEvent({
			provider: 'tencent',
			event: 'reply',
			from,
			to: asText(json.extend) ?? '',
			text: json.text,
			messageId: `${from}-${time}`,
			receivedAt: receivedAtOf(now, time),
			raw: json,
		}),
	];
}

/** Tencent's callbacks are not signed: protect the URL with a secret token (or Basic auth). */
const verifyWebhook = verifyUnsignedWebhook;

/** The answer Tencent's callback documentation requires. */
function webhookResponse(): WebhookResponse {
	return {
		status: 200,
		headers: { 'Content-Type': 'application/json' },
		body: '{"result":0,"errmsg":"OK"}',
	};
}

export const webhook = {
	signsWebhooks: false,
	parseWebhook,
	verifyWebhook,
	webhookResponse,
} satisfies Pick<
	SmsProvider,
	'signsWebhooks' | 'parseWebhook' | 'verifyWebhook' | 'webhookResponse'
>;
