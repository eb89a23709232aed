/** Row reading (kind, score, opt-out flag, group value) and the per-sample accumulator. */
import type { AspectAcc } from './aspects';

// Row event codes.
export const EV_SENT = 0;
export const EV_DELIVERED = 1;
export const EV_FAILED = 2;
export const EV_OPTOUT = 3;
export const EV_REPLY = 4;
export const EV_IGNORED = -1;

const KIND_CODES = new Map<string, number>([
	['sent', EV_SENT],
	['queued', EV_SENT],
	['pending', EV_SENT],
	['accepted', EV_SENT],
	['submitted', EV_SENT],
	['survey', EV_SENT],
	['delivered', EV_DELIVERED],
	['failed', EV_FAILED],
	['undelivered', EV_FAILED],
	['rejected', EV_FAILED],
	['expired', EV_FAILED],
	['error', EV_FAILED],
	['reply', EV_REPLY],
	['response', EV_REPLY],
	['answer', EV_REPLY],
	['optout', EV_OPTOUT],
	['opt-out', EV_OPTOUT],
	['opt_out', EV_OPTOUT],
	['stop', EV_OPTOUT],
	['unsubscribe', EV_OPTOUT],
	['unsubscribed', EV_OPTOUT],
]);

export function kindCode(value: unknown): number {
	if (value === undefined || value === null) return EV_REPLY;
	if (typeof value !== 'string') return EV_IGNORED;
	const s = value.length > 32 ? '' : value.trim().toLowerCase();
	if (s === '') return value.length > 32 ? EV_IGNORED : EV_REPLY;
	return KIND_CODES.get(s) ?? EV_IGNORED;
}

const INT_STRING = /^[+-]?\d{1,9}(?:\.0{0,9})?$/;

/**
 * Histogram index of a score, or -1. Accepts integers and integer strings (`"4"`, `" 4 "`, `"4.0"`) inside the
 * scale; everything else (decimals like 4.5, booleans, `null`, text) is invalid.
 */
export function scoreIndex(value: unknown, min: number, max: number): number {
	let n: number;
	if (typeof value === 'number') n = value;
	else if (typeof value === 'string') {
		const s = value.length > 24 ? '' : value.trim();
		if (!INT_STRING.test(s)) return -1;
		n = Number(s);
	} else return -1;
	if (!Number.isInteger(n) || n < min || n > max) return -1;
	return n - min;
}

export function isOptOutFlag(value: unknown): boolean {
	return (
		value === true ||
		(typeof value === 'string' && value.length <= 8 && value.trim().toLowerCase() === 'true')
	);
}

/**
 * Normalised group value of a field value, exactly as `aggregateResponses` keys its groups: strings trimmed
 * (empty → `null`), finite numbers / booleans / bigints stringified, valid `Date`s as ISO strings, anything
 * else `null`. Lets adapters map input rows to the groups of a result.
 */
export function groupValue(value: unknown): string | null {
	if (typeof value === 'string') {
		const s = value.length > 500 ? value.slice(0, 500).trim() : value.trim();
		return s === '' ? null : s;
	}
	if (typeof value === 'number') return Number.isFinite(value) ? String(value) : null;
	if (typeof value === 'boolean' || typeof value === 'bigint') return String(value);
	if (value instanceof Date) {
		const t = value.getTime();
		return Number.isFinite(t) ? new Date(t).toISOString() : null;
	}
	return null;
}

/** Mutable accumulator of one sample. */
export class Acc {
	readonly hist: Float64Array;
	/** Aspects of the sample's comments (created on the first comment when aspects are on). */
	aspects: AspectAcc | null = null;
	invalid = 0;
	untimed = 0;
	sent = 0;
	delivered = 0;
	failed = 0;
	optOuts = 0;

	constructor(size: number) {
		this.hist = new Float64Array(size);
	}

	add(event: number, index: number): void {
		switch (event) {
			case EV_REPLY:
				if (index >= 0) this.hist[index]++;
				else this.invalid++;
				break;
			case EV_SENT:
				this.sent++;
				break;
			case EV_DELIVERED:
				this.delivered++;
				break;
			case EV_FAILED:
				this.failed++;
				break;
			default:
				this.optOuts++;
		}
	}
}
