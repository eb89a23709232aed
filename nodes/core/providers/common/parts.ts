import type { NormalizedEvent } from '../types';

/** Upper bound on parts per concatenated message (GSM concatenation allows 255). */
const MAX_PARTS = 255;

/**
 * Join the parts of concatenated inbound messages that arrived separately (Vonage `concat-*`, generic part
 * paths) into one reply event each. Parts belong together when they share provider, sender, recipient and
 * `part.reference`; a set is joined only when every index 1..total is present (duplicates are ignored),
 * in index order. The joined event takes the first part's id and timestamp, `segments = total`, no `part`,
 * and `raw` = the parts' raw payloads in order; it takes the place of the set's first part in the output.
 * Incomplete sets and all other events are returned unchanged, in their order.
 *
 * Limitation: this only sees the events it is given. The trigger node passes the events of one request, so
 * parts the provider delivers in separate requests (Vonage sends one request per part) stay separate parts
 * unless the workflow collects them (e.g. by `part.reference`) and calls `joinParts` on the collection.
 */
export function joinParts(events: readonly NormalizedEvent[]): NormalizedEvent[] {
	if (!Array.isArray(events)) return [];
	const groups = new Map<string, NormalizedEvent[]>();
	const keyOf = (e: NormalizedEvent): string | undefined => {
		const p = e.part;
		if (e.event !== 'reply' || !p || typeof p.reference !== 'string') return undefined;
		if (
			!Number.isInteger(p.total) ||
			!Number.isInteger(p.index) ||
			p.total < 1 ||
			p.total > MAX_PARTS
		)
			return undefined;
		if (p.index < 1 || p.index > p.total) return undefined;
		return JSON.stringify([e.provider, e.from, e.to, p.reference, p.total]);
	};
	for (const e of events) {
		const key = keyOf(e);
		if (key === undefined) continue;
		const list = groups.get(key);
		if (list) list.push(e);
		else groups.set(key, [e]);
	}
	const joined = new Map<string, NormalizedEvent>();
	for (const [key, list] of groups) {
		const total = list[0].part?.total ?? 0;
		const byIndex = new Map<number, NormalizedEvent>();
		for (const e of list) if (e.part && !byIndex.has(e.part.index)) byIndex.set(e.part.index, e);
		if (byIndex.size !== total) continue;
		const ordered: NormalizedEvent[] = [];
		for (let i = 1; i <= total; i++) {
			const e = byIndex.get(i);
			if (e) ordered.push(e);
		}
		const first = ordered[0];
		const out: NormalizedEvent = {
			provider: first.provider,
			event: 'reply',
			from: first.from,
			to: first.to,
			text: ordered.map((e) => e.text).join(''),
			messageId: first.messageId,
			receivedAt: first.receivedAt,
			segments: total,
			raw: ordered.map((e) => e.raw),
		};
		joined.set(key, out);
	}
	const result: NormalizedEvent[] = [];
	const emitted = new Set<string>();
	for (const e of events) {
		const key = keyOf(e);
		const merged = key === undefined ? undefined : joined.get(key);
		if (!merged || key === undefined) {
			result.push(e);
			continue;
		}
		if (!emitted.has(key)) {
			emitted.add(key);
			result.push(merged);
		}
	}
	return result;
}
