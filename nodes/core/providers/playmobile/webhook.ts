import type { InboundRequest, NormalizedEvent, SmsProvider, WebhookResponse } from '../types';
import { WebhookError } from '../types';
import {
	assertWebhookBody,
	makeEvent,
	plusE164,
	receivedAtOf,
	type WebhookParseOptions,
	verifyUnsignedWebhook,
} from '../common';
import { readSmsRequest, type XmlMessage } from './xml';

/** Options of Play Mobile's parser. */
export interface PlaymobileParseOptions extends WebhookParseOptions {
	/**
	 * Keyword of a shared short number (e.g. `CSI`): a reply starting with it (any case, followed by a space,
	 * `:` or `-`) has it removed, so `CSI 5` reads as `5`.
	 */
	keyword?: string;
}

/** Uzbekistan has had no daylight saving time since 1992: Tashkent local time is UTC+05:00 all year. */
const TASHKENT_OFFSET = '+05:00';

/** `2016-11-22 15:10:32` in Tashkent time → ISO UTC (`2016-11-22T10:10:32.000Z`); undefined when unreadable. */
export function tashkentToIso(value: string | undefined): string | undefined {
	const text = (value ?? '').trim();
	const m = /^(\d{4}-\d{2}-\d{2})[ T](\d{2}:\d{2}(?::\d{2})?)$/.exec(text);
	if (!m) return undefined;
	const ms = Date.parse(`${m[1]}T${m[2].length === 5 ? `${m[2]}:00` : m[2]}${TASHKENT_OFFSET}`);
	return Number.isFinite(ms) ? new Date(ms).toISOString() : undefined;
}

/** Remove a shared-short-number keyword prefix (case-insensitive) from a reply. */
export function stripKeyword(text: string, keyword: string | undefined): string {
	const k = (keyword ?? '').trim();
	if (k === '') return text;
	const t = text.trimStart();
	if (t.length < k.length || t.slice(0, k.length).toLowerCase() !== k.toLowerCase()) return text;
	const rest = t.slice(k.length);
	if (rest === '') return '';
	if (!/^[\s:.,-]/.test(rest)) return text;
	return rest.replace(/^[\s:.,-]+/, '');
}

/** The messages, or why the body is not an `<sms-request>`. */
function readOrReason(body: string): XmlMessage[] | string {
	try {
		return readSmsRequest(body);
	} catch (error) {
		return (error as Error).message;
	}
}

/**
 * Parse Play Mobile's inbound push: XML
 * `<sms-request version="1.0"><message id="…" msisdn="998…" submit-date="YYYY-MM-DD HH:MM:SS"><content
 * type="text/plain">…</content></message>…</sms-request>`, one `reply` per `<message>`. `submit-date` is
 * Tashkent local time. The document does not name the short number the reply was sent to: `to` is empty.
 * Anything else (JSON, junk, unterminated XML, a message without id or msisdn) → `WebhookError` 400.
 */
function parseWebhook(
	request: InboundRequest,
	options?: PlaymobileParseOptions,
): NormalizedEvent[] {
	const body = assertWebhookBody(request);
	const messages = readOrReason(body);
	if (typeof messages === 'string')
		throw new WebhookError(`Not a Play Mobile <sms-request>: ${messages}`, 400);
	if (messages.length === 0)
		throw new WebhookError('Play Mobile <sms-request> without <message>', 400);
	return messages.map((m, index) => {
		const id = (m.attributes.id ?? '').trim();
		const msisdn = (m.attributes.msisdn ?? '').trim();
		if (id === '' || msisdn === '')
			throw new WebhookError(`Play Mobile <message> #${index + 1} has no id or msisdn`, 400);
		return makeEvent({
			provider: 'playmobile',
			event: 'reply',
			from: plusE164(msisdn),
			to: '',
			text: stripKeyword(m.content, options?.keyword),
			messageId: id,
			receivedAt: tashkentToIso(m.attributes['submit-date']) ?? receivedAtOf(options?.now),
			raw: { id, msisdn, 'submit-date': m.attributes['submit-date'], content: m.content },
		});
	});
}

/**
 * Play Mobile does not sign its push: protect the URL with a secret token (last path segment or `?token=`)
 * and/or Basic auth (`options.username` / `password`).
 */
const verifyWebhook = verifyUnsignedWebhook;

/** Play Mobile's documentation does not define the answer; HTTP 200 with a short text body is sent. */
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
