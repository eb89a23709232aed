import type {
	DeliveryStatus,
	InboundRequest,
	NormalizedEvent,
	SmsProvider,
	WebhookResponse,
} from '../types';
import { WebhookError } from '../types';
import {
	assertWebhookBody,
	isRecord,
	makeEvent,
	mapDeliveryStatus,
	parseWebhookJson,
	plusE164,
	positiveInt,
	receivedAtOf,
	asText,
	type WebhookParseOptions,
	verifyUnsignedWebhook,
} from '../common';

/** Infobip status `groupName` → normalized delivery status. */
export const INFOBIP_STATUS_MAP: Readonly<Record<string, DeliveryStatus>> = {
	pending: 'queued',
	accepted: 'queued',
	delivered: 'delivered',
	undeliverable: 'undelivered',
	expired: 'undelivered',
	rejected: 'failed',
};

/** At most this many `results[]` entries are read from one request. */
const MAX_RESULTS = 1000;

function statusOf(result: Record<string, unknown>): DeliveryStatus | undefined {
	const status = isRecord(result.status) ? result.status : {};
	const name = asText(status.name);
	// DELIVERED_TO_OPERATOR is in the DELIVERED group but is not yet a handset delivery.
	if (name && name.toUpperCase() === 'DELIVERED_TO_OPERATOR') return 'sent';
	return mapDeliveryStatus(INFOBIP_STATUS_MAP, asText(status.groupName));
}

function errorCodeOf(result: Record<string, unknown>): string | undefined {
	const error = isRecord(result.error) ? result.error : undefined;
	if (!error) return undefined;
	const id = asText(error.id);
	if (id === undefined || id === '0') return undefined;
	return id;
}

/**
 * Parse an Infobip SMS webhook (JSON `{ results: [...] }`), one event per result. Inbound messages
 * (`messageId`, `from`, `to`, `text`, `cleanText` — used when a `keyword` was stripped — `receivedAt`,
 * `smsCount`) → `reply`; delivery reports (`messageId`, `to`, `status.groupName`, `error.id`, `doneAt`,
 * `sentAt`, `smsCount`) → `status`.
 */
function parseWebhook(request: InboundRequest, options?: WebhookParseOptions): NormalizedEvent[] {
	const body = assertWebhookBody(request);
	const json = parseWebhookJson(body, 'Infobip');
	if (!isRecord(json) || !Array.isArray(json.results)) {
		throw new WebhookError('Not an Infobip SMS webhook: results[] is missing', 400);
	}
	const events: NormalizedEvent[] = [];
	for (const result of json.results.slice(0, MAX_RESULTS)) {
		if (!isRecord(result)) throw new WebhookError('Infobip results[] entry is not an object', 400);
		const messageId = asText(result.messageId);
		if (!messageId) throw new WebhookError('Infobip result without messageId', 400);
		const segments = positiveInt(result.smsCount);
		if (isRecord(result.status) || (result.text === undefined && result.cleanText === undefined)) {
			events.push(
				makeEvent({
					provider: 'infobip',
					event: 'status',
					from: plusE164(result.from ?? result.sender ?? ''),
					to: plusE164(result.to ?? ''),
					text: '',
					messageId,
					receivedAt: receivedAtOf(options?.now, result.doneAt, result.sentAt),
					status: statusOf(result),
					errorCode: errorCodeOf(result),
					segments,
					raw: result,
				}),
			);
			continue;
		}
		const from = plusE164(result.from ?? result.sender ?? '');
		if (from === '') throw new WebhookError('Infobip inbound message without from', 400);
		const keyword = asText(result.keyword) ?? '';
		const clean = asText(result.cleanText);
		const text =
			keyword !== '' && clean !== undefined ? clean : (asText(result.text) ?? clean ?? '');
		events.push(
			makeEvent({
				provider: 'infobip',
				event: 'reply',
				from,
				to: plusE164(result.to ?? ''),
				text,
				messageId,
				receivedAt: receivedAtOf(options?.now, result.receivedAt),
				segments,
				raw: result,
			}),
		);
	}
	return events;
}

/**
 * Infobip does not sign SMS webhooks: verify with Basic auth (`options.username`/`password`, set on the
 * webhook in Infobip) and/or a secret URL token (`options.token`, or `secret` when nothing else is set).
 */
const verifyWebhook = verifyUnsignedWebhook;

function webhookResponse(): WebhookResponse {
	return { status: 200, headers: { 'Content-Type': 'application/json' }, body: '{"ok":true}' };
}

/** Infobip webhook side: parse, verify, answer. */
export const webhook = {
	signsWebhooks: false,
	parseWebhook,
	verifyWebhook,
	webhookResponse,
} satisfies Pick<
	SmsProvider,
	'signsWebhooks' | 'parseWebhook' | 'verifyWebhook' | 'webhookResponse'
>;
