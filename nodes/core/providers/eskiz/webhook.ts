import type {
	DeliveryStatus,
	InboundRequest,
	NormalizedEvent,
	SmsProvider,
	WebhookResponse,
} from '../types';
import { WebhookError } from '../types';
import {
	makeEvent,
	mapDeliveryStatus,
	pick,
	plusE164,
	positiveInt,
	receivedAtOf,
	requestParams,
	type WebhookParseOptions,
	verifyUnsignedWebhook,
} from '../common';

/** Eskiz delivery-report `status` (SMPP-style words) → normalized status. */
export const ESKIZ_STATUS_MAP: Readonly<Record<string, DeliveryStatus>> = {
	waiting: 'queued',
	accepted: 'queued',
	acceptd: 'queued',
	enroute: 'sent',
	transmtd: 'sent',
	delivrd: 'delivered',
	delivered: 'delivered',
	undeliv: 'undelivered',
	undelivered: 'undelivered',
	expired: 'undelivered',
	rejectd: 'failed',
	rejected: 'failed',
	deleted: 'failed',
};

/**
 * Parse an Eskiz delivery report posted to `callback_url` (JSON, also accepted form-encoded):
 * `request_id`, `message_id`, `user_sms_id`, `country`, `phone_number`, `sms_count`, `status`
 * (`DELIVRD`, `UNDELIV`, `EXPIRED`, `REJECTD`, …), `status_date`. The message id is the `id` the send returned
 * (`request_id`; `message_id` when it is absent). `status_date` is taken as Tashkent time (UTC+05:00) when it
 * has no zone — Eskiz does not document its zone. Eskiz has no inbound SMS: anything else → 400.
 */
function parseWebhook(request: InboundRequest, options?: WebhookParseOptions): NormalizedEvent[] {
	const { params, json } = requestParams(request, 'Eskiz');
	const id = pick(params, 'request_id', 'message_id', 'id');
	const status = pick(params, 'status');
	if (!id || !status)
		throw new WebhookError(
			'Not an Eskiz delivery report: request_id/message_id and status are required (Eskiz has no inbound SMS)',
			400,
		);
	const date = pick(params, 'status_date', 'updated_at');
	const localDate =
		date && /^\d{4}-\d{2}-\d{2}[ T]\d{2}:\d{2}(:\d{2})?$/.test(date.trim())
			? `${date.trim()}+05:00`
			: date;
	const mapped = mapDeliveryStatus(ESKIZ_STATUS_MAP, status);
	return [
		makeEvent({
			provider: 'eskiz',
			event: 'status',
			from: '',
			to: plusE164(pick(params, 'phone_number') ?? ''),
			text: '',
			messageId: id,
			receivedAt: receivedAtOf(options?.now, localDate),
			status: mapped,
			errorCode: mapped === 'delivered' ? undefined : status,
			segments: positiveInt(pick(params, 'sms_count')),
			raw: json ?? params,
		}),
	];
}

/** Eskiz does not sign its callbacks: a secret URL token (or Basic auth) protects them. */
const verifyWebhook = verifyUnsignedWebhook;

function webhookResponse(): WebhookResponse {
	return { status: 200, headers: { 'Content-Type': 'application/json' }, body: '{"ok":true}' };
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
