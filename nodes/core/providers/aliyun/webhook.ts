import type { InboundRequest, NormalizedEvent, SmsProvider, WebhookResponse } from '../types';
import { WebhookError } from '../types';
import { chinaE164, chinaTime } from '../cn-shared';
import {
	assertWebhookBody,
	isRecord,
	makeEvent,
	parseWebhookJson,
	positiveInt,
	asText,
	type WebhookParseOptions,
	verifyUnsignedWebhook,
} from '../common';

const MAX_ITEMS = 1000;

function one(item: Record<string, unknown>, index: number, now?: number): NormalizedEvent {
	const phone = chinaE164(item.phone_number);
	if (phone === '')
		throw new WebhookError(`Alibaba Cloud push item ${index}: phone_number is missing`, 400);
	if (typeof item.content === 'string' || item.sequence_id !== undefined) {
		// SmsUp: a reply.
		const id = asText(item.sequence_id);
		if (!id)
			throw new WebhookError(`Alibaba Cloud SmsUp item ${index}: sequence_id is missing`, 400);
		return makeEvent({
			provider: 'aliyun',
			event: 'reply',
			from: phone,
			to: asText(item.dest_code) ?? '',
			text: asText(item.content) ?? '',
			messageId: id,
			receivedAt: chinaTime(now, item.send_time),
			raw: item,
		});
	}
	// SmsReport: a delivery report.
	const bizId = asText(item.biz_id);
	if (!bizId || item.success === undefined)
		throw new WebhookError(
			`Alibaba Cloud push item ${index}: neither SmsUp (content, sequence_id) nor SmsReport (biz_id, success)`,
			400,
		);
	const ok = item.success === true || item.success === 'true';
	const errCode = asText(item.err_code);
	return makeEvent({
		provider: 'aliyun',
		event: 'status',
		from: '',
		to: phone,
		text: '',
		messageId: bizId,
		receivedAt: chinaTime(now, item.report_time ?? item.send_time),
		status: ok ? 'delivered' : 'undelivered',
		errorCode: ok ? undefined : errCode,
		segments: positiveInt(item.sms_size),
		raw: item,
	});
}

/**
 * Parse Alibaba Cloud's HTTP batch push: a JSON array of SmsUp items (`phone_number`, `content`,
 * `send_time`, `dest_code`, `sequence_id`, optionally `sign_name`) → `reply`, or SmsReport items
 * (`phone_number`, `send_time`, `report_time`, `success`, `err_code`, `err_msg`, `sms_size`, `biz_id`,
 * `out_id`) → `status` (message id = `biz_id`, the id SendSms returned). One event per item.
 */
function parseWebhook(request: InboundRequest, options?: WebhookParseOptions): NormalizedEvent[] {
	const body = assertWebhookBody(request);
	const json = parseWebhookJson(body, 'Alibaba Cloud');
	const list = Array.isArray(json) ? json : isRecord(json) ? [json] : undefined;
	if (!list || list.length === 0)
		throw new WebhookError('Alibaba Cloud push must be a non-empty JSON array', 400);
	if (list.length > MAX_ITEMS) throw new WebhookError('Alibaba Cloud push has too many items', 413);
	return list.map((item, i) => {
		if (!isRecord(item))
			throw new WebhookError(`Alibaba Cloud push item ${i} is not an object`, 400);
		return one(item, i, options?.now);
	});
}

/** The HTTP push is not signed: protect the URL with a secret token (or Basic auth). */
const verifyWebhook = verifyUnsignedWebhook;

/** Alibaba Cloud's required answer (its push retries otherwise). */
function webhookResponse(): WebhookResponse {
	return {
		status: 200,
		headers: { 'Content-Type': 'application/json; charset=utf-8' },
		body: '{"code":0,"msg":"接收成功"}',
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
