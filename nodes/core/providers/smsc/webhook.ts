import type {
	DeliveryStatus,
	InboundRequest,
	NormalizedEvent,
	SmsProvider,
	WebhookResponse,
} from '../types';
import { WebhookError } from '../types';
import {
	hasParam,
	makeEvent,
	pick,
	plusE164,
	receivedAtOf,
	requestParams,
	type WebhookParseOptions,
	verifyUnsignedWebhook,
} from '../common';

/** SMSC.ru numeric message status → normalized status. */
export const SMSC_STATUS_MAP: Readonly<Record<string, DeliveryStatus>> = {
	'-1': 'queued', // waiting to be sent
	'0': 'sent', // passed to the operator
	'1': 'delivered',
	'2': 'delivered', // read
	'3': 'undelivered', // expired
	'4': 'delivered', // link clicked
	'20': 'undelivered', // cannot be delivered
	'22': 'failed', // wrong number
	'23': 'failed', // forbidden
	'24': 'failed', // not enough money
	'25': 'undelivered', // number unavailable
};

/** SMSC dates: Unix seconds, or `dd.mm.yyyy hh:mm:ss` in Moscow time (UTC+03:00). */
function smscTime(value: string | undefined): string | undefined {
	const text = (value ?? '').trim();
	const m = /^(\d{2})\.(\d{2})\.(\d{4}) (\d{2}):(\d{2})(?::(\d{2}))?$/.exec(text);
	if (m) return `${m[3]}-${m[2]}-${m[1]}T${m[4]}:${m[5]}:${m[6] ?? '00'}+03:00`;
	return text === '' ? undefined : text;
}

/**
 * Parse what SMSC.ru posts to the handler URL of the cabinet: an inbound SMS on a rented number (`phone`,
 * `mes`, `to`, `id`, `sent`/`time`) → `reply`; a delivery status (`id`, `phone`, `status` number, `err`,
 * `time`) → `status`. Form-encoded, JSON or query string. Anything else → 400.
 */
function parseWebhook(request: InboundRequest, options?: WebhookParseOptions): NormalizedEvent[] {
	const { params, json } = requestParams(request, 'SMSC.ru');
	const phone = pick(params, 'phone');
	if (!phone) throw new WebhookError('Not an SMSC.ru callback: phone is missing', 400);
	const raw = json ?? params;
	if (hasParam(params, 'mes') && !hasParam(params, 'status')) {
		return [
			makeEvent({
				provider: 'smsc',
				event: 'reply',
				from: plusE164(phone),
				to: plusE164(pick(params, 'to') ?? ''),
				text: pick(params, 'mes') ?? '',
				messageId: pick(params, 'id', 'sms_id') ?? `${phone}-${pick(params, 'sent', 'time') ?? ''}`,
				receivedAt: receivedAtOf(options?.now, smscTime(pick(params, 'sent', 'time'))),
				raw,
			}),
		];
	}
	const id = pick(params, 'id');
	const status = pick(params, 'status');
	if (!id || status === undefined)
		throw new WebhookError('Not an SMSC.ru callback: expected mes (inbound) or id + status', 400);
	const mapped = Object.prototype.hasOwnProperty.call(SMSC_STATUS_MAP, status.trim())
		? SMSC_STATUS_MAP[status.trim()]
		: undefined;
	const err = pick(params, 'err');
	return [
		makeEvent({
			provider: 'smsc',
			event: 'status',
			from: '',
			to: plusE164(phone),
			text: '',
			messageId: id,
			receivedAt: receivedAtOf(options?.now, smscTime(pick(params, 'time', 'ts', 'last_date'))),
			status: mapped,
			errorCode: err && err !== '0' ? err : undefined,
			raw,
		}),
	];
}

/** Verified with a secret URL token (or Basic auth): the checksum field SMSC can add is not checked. */
const verifyWebhook = verifyUnsignedWebhook;

/** SMSC expects HTTP 200; the body is not read. */
function webhookResponse(): WebhookResponse {
	return { status: 200, headers: { 'Content-Type': 'text/plain; charset=utf-8' }, body: 'OK' };
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
