// What CSI Reply Trigger does with one inbound HTTP request, without n8n: verify → parse → join parts →
// drop duplicates → answer. Pure apart from the `recent` map it is given for duplicate detection.
import {
	getProvider,
	joinParts,
	MAX_WEBHOOK_BODY,
	WebhookError,
	type InboundRequest,
	type NormalizedEvent,
	type ProviderId,
	type VerifyOptions,
	type WebhookParseSettings,
	type WebhookResponse,
} from '../core/providers';

/** Which events start the workflow. */
export type EventFilter = 'both' | 'replies' | 'status';

export interface InboundSettings {
	provider: ProviderId;
	/** Check the provider's signature / Basic auth / token. */
	verify: boolean;
	/** The secret the provider's check needs (auth token, signature secret, public key, HMAC key…). */
	secret: string;
	verifyOptions: VerifyOptions;
	events: EventFilter;
	/** Twilio / Plivo: text answered as an SMS to every reply (TwiML / Plivo XML). */
	autoReply?: string;
	/** Join concatenated parts that arrive in the same request. */
	joinParts: boolean;
	/** The provider's parse options from the node's parameters (`webhookParseOptions`: generic field paths). */
	parseOptions?: WebhookParseSettings;
	/** Drop events seen within this many seconds (0 = off); needs `recent`. */
	dedupeSeconds?: number;
	/** Keys of recently seen events → ms they were seen (mutated; bounded to `dedupeMax`). */
	recent?: Record<string, number>;
	/** Most keys kept in `recent` (default 1000). */
	dedupeMax?: number;
	/** Clock in ms (default Date.now()). */
	now?: number;
}

export type InboundOutcome =
	| { kind: 'rejected'; reason: string; response: WebhookResponse }
	| { kind: 'malformed'; message: string; response: WebhookResponse }
	| {
			kind: 'accepted';
			/** Events that start the workflow (after joining, duplicate and event-type filtering). */
			events: NormalizedEvent[];
			/** How many events were dropped as duplicates. */
			duplicates: number;
			/** Keys this request added to `recent` (to forget them again when the request fails). */
			recorded: string[];
			/** Keys of the events dropped as duplicates. */
			dropped: string[];
			response: WebhookResponse;
	  };

/** Verification failures answered with 401 (no or unusable credentials); every other failure gets 403. */
const UNAUTHENTICATED = new Set(['missing_signature', 'missing_secret', 'unauthorized']);

function jsonResponse(status: number, body: Record<string, unknown>): WebhookResponse {
	return {
		status,
		headers: { 'Content-Type': 'application/json; charset=utf-8' },
		body: JSON.stringify(body),
	};
}

/** Key identifying one delivery of an event: the same message id with a new status is a new event. */
export function eventKey(e: NormalizedEvent): string | undefined {
	if (!e.messageId) return undefined;
	const part = e.part ? `${e.part.reference}:${e.part.index}` : '';
	return [e.provider, e.event, e.messageId, e.to, e.status ?? '', part].join('|');
}

/**
 * Remove events whose key was seen less than `windowSeconds` ago and remember the others in `recent`.
 * Old keys are pruned; at most `max` keys are kept (oldest dropped first).
 */
export function dropDuplicates(
	events: NormalizedEvent[],
	recent: Record<string, number>,
	now: number,
	windowSeconds: number,
	max = 1000,
): { kept: NormalizedEvent[]; duplicates: number; recorded: string[]; dropped: string[] } {
	const windowMs = windowSeconds * 1000;
	for (const key of Object.keys(recent)) {
		const at = recent[key];
		if (typeof at !== 'number' || now - at >= windowMs || at > now + windowMs) delete recent[key];
	}
	const kept: NormalizedEvent[] = [];
	const recorded: string[] = [];
	const dropped: string[] = [];
	let duplicates = 0;
	for (const e of events) {
		const key = eventKey(e);
		if (key !== undefined && Object.prototype.hasOwnProperty.call(recent, key)) {
			duplicates++;
			dropped.push(key);
			continue;
		}
		if (key !== undefined) {
			recent[key] = now;
			recorded.push(key);
		}
		kept.push(e);
	}
	const keys = Object.keys(recent);
	if (keys.length > max) {
		keys.sort((a, b) => recent[a] - recent[b]);
		for (const key of keys.slice(0, keys.length - max)) delete recent[key];
	}
	return { kept, duplicates, recorded, dropped };
}

/** Decide what to do with one inbound request. Never throws. */
export function handleInbound(request: InboundRequest, settings: InboundSettings): InboundOutcome {
	const provider = getProvider(settings.provider);
	// Before verification: a signature check of an oversized body would only fail as "malformed".
	if (typeof request.body === 'string' && request.body.length > MAX_WEBHOOK_BODY) {
		const message = `Webhook body is too large (over ${MAX_WEBHOOK_BODY} bytes)`;
		return {
			kind: 'malformed',
			message,
			response: jsonResponse(413, { error: 'Payload Too Large', message }),
		};
	}
	if (settings.verify) {
		let verdict: { ok: boolean; reason?: string };
		try {
			verdict = provider.verifyWebhook(request, settings.secret, settings.verifyOptions);
		} catch {
			verdict = { ok: false, reason: 'verification_error' };
		}
		if (!verdict.ok) {
			const reason = verdict.reason ?? 'bad_signature';
			const unauthenticated = UNAUTHENTICATED.has(reason);
			return {
				kind: 'rejected',
				reason,
				response: jsonResponse(unauthenticated ? 401 : 403, {
					error: unauthenticated ? 'Unauthorized' : 'Forbidden',
					reason,
				}),
			};
		}
	}

	let parsed: NormalizedEvent[];
	try {
		parsed = provider.parseWebhook(request, {
			...(settings.parseOptions ?? {}),
			now: settings.now,
		});
	} catch (error) {
		const status = error instanceof WebhookError ? error.status : 400;
		const message = error instanceof Error ? error.message : 'Webhook body could not be read';
		return {
			kind: 'malformed',
			message,
			response: jsonResponse(status, { error: 'Bad Request', message }),
		};
	}

	let events = settings.joinParts ? joinParts(parsed) : parsed;
	let duplicates = 0;
	let recorded: string[] = [];
	let dropped: string[] = [];
	if (settings.recent && typeof settings.dedupeSeconds === 'number' && settings.dedupeSeconds > 0) {
		const result = dropDuplicates(
			events,
			settings.recent,
			settings.now ?? Date.now(),
			settings.dedupeSeconds,
			settings.dedupeMax,
		);
		events = result.kept;
		duplicates = result.duplicates;
		recorded = result.recorded;
		dropped = result.dropped;
	}
	const response = provider.webhookResponse(events, { autoReply: settings.autoReply });
	const wanted =
		settings.events === 'replies'
			? events.filter((e) => e.event === 'reply')
			: settings.events === 'status'
				? events.filter((e) => e.event === 'status')
				: events;
	return { kind: 'accepted', events: wanted, duplicates, recorded, dropped, response };
}

/**
 * The URL the provider signed: the public URL override when set (the request's query string is appended
 * when the override has none), else n8n's own webhook URL plus the request's query string.
 */
export function signedUrl(webhookUrl: string, originalUrl: string, publicUrl?: string): string {
	const q = typeof originalUrl === 'string' ? originalUrl.indexOf('?') : -1;
	const query = q >= 0 ? originalUrl.slice(q) : '';
	const base =
		typeof publicUrl === 'string' && publicUrl.trim() !== '' ? publicUrl.trim() : webhookUrl;
	return base.includes('?') ? base : base + query;
}
