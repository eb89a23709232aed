import type { DeliveryStatus, NormalizedEvent, WebhookParseSettings } from '../types';

/** Options every `parseWebhook` accepts as an optional second argument (`now`: the clock in ms). */
export type WebhookParseOptions = WebhookParseSettings;

/** Look a provider status up (case-insensitive) in a mapping table; unknown → `undefined`. */
export function mapDeliveryStatus(
	table: Readonly<Record<string, DeliveryStatus>>,
	value: string | undefined,
): DeliveryStatus | undefined {
	if (typeof value !== 'string') return undefined;
	const key = value.trim().toLowerCase();
	return Object.prototype.hasOwnProperty.call(table, key) ? table[key] : undefined;
}

/** Build a normalized event, leaving optional fields out when they have no value. */
export function makeEvent(fields: NormalizedEvent): NormalizedEvent {
	const e: NormalizedEvent = {
		provider: fields.provider,
		event: fields.event,
		from: fields.from,
		to: fields.to,
		text: fields.text,
		messageId: fields.messageId,
		receivedAt: fields.receivedAt,
		raw: fields.raw,
	};
	if (fields.status !== undefined) e.status = fields.status;
	if (fields.errorCode !== undefined && fields.errorCode !== '') e.errorCode = fields.errorCode;
	if (fields.segments !== undefined) e.segments = fields.segments;
	if (fields.part !== undefined) e.part = fields.part;
	return e;
}

/** Escape text for XML element content and attribute values; drops characters XML 1.0 cannot carry. */
export function escapeXml(text: string): string {
	return String(text)
		.replace(/[^\t\n\r\u0020-\uD7FF\uE000-\uFFFD\u{10000}-\u{10FFFF}]/gu, '')
		.replace(/&/g, '&amp;')
		.replace(/</g, '&lt;')
		.replace(/>/g, '&gt;')
		.replace(/"/g, '&quot;')
		.replace(/'/g, '&apos;');
}
