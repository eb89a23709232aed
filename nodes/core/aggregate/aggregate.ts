/**
 * `aggregateResponses`: CSAT / NPS / CES metrics, rates, groups, periods with trend and anomaly flags, and
 * comment themes, in ONE pass over the rows with integer histograms per sample.
 */
import { roundOrNull, roundTo, tCritical95, welchLess, wilson95 } from './stats';
import { ThemeCollector } from './themes';
import { describePeriod, isValidTimeZone, localDayOf, periodStart, ZoneCalendar } from './time';
import type {
	AggregateAnomaly,
	AggregateGroupResult,
	AggregateMetrics,
	AggregateOptions,
	AggregatePeriod,
	AggregatePeriodResult,
	AggregateResult,
} from './types';

/** Default `minSample`: the usual rule of thumb for a stable mean / normal approximation. */
export const AGGREGATE_DEFAULT_MIN_SAMPLE = 30;
/** Largest supported `max − min` (a 0–100 scale is the widest). */
export const AGGREGATE_MAX_SCALE_SPAN = 100;
/** Label of a missing group value in `label`. */
export const AGGREGATE_NO_GROUP_LABEL = '(none)';

/**
 * Default sentiment thresholds of a scale (`score >= positiveMin` positive, `score <= negativeMax` negative,
 * neutral in between):
 * - 0–10 and 1–10 (NPS convention): 9–10 positive, 7–8 neutral, ≤ 6 negative;
 * - any other scale: `positiveMin = min + ceil(0.75 · span)`, `negativeMax = min + floor(0.4 · span)`, which
 *   gives 4–5 / 3 / 1–2 on 1–5, 6–7 / 4–5 / 1–3 on 1–7, 3 / 2 / 1 on 1–3, 4–5 / 3 / 0–2 on 0–5.
 */
export function defaultScoreThresholds(min: number, max: number): { positiveMin: number; negativeMax: number } {
	if ((min === 0 || min === 1) && max === 10) return { positiveMin: 9, negativeMax: 6 };
	const span = max - min;
	const positiveMin = min + Math.ceil(0.75 * span);
	let negativeMax = min + Math.floor(0.4 * span);
	if (negativeMax >= positiveMin) negativeMax = positiveMin - 1;
	return { positiveMin, negativeMax };
}

function describe(value: unknown): string {
	if (value === undefined) return 'undefined';
	if (typeof value === 'number' || typeof value === 'boolean') return String(value);
	if (typeof value === 'string') return JSON.stringify(value.length > 60 ? `${value.slice(0, 60)}…` : value);
	if (value === null) return 'null';
	return Array.isArray(value) ? 'an array' : `a ${typeof value}`;
}

function optionError(name: string, expected: string, got: unknown): Error {
	return new Error(`aggregateResponses: invalid option "${name}": expected ${expected}, got ${describe(got)}`);
}

function isPlainObject(v: unknown): v is Record<string, unknown> {
	return typeof v === 'object' && v !== null && !Array.isArray(v);
}

function fieldOption(options: AggregateOptions, name: keyof AggregateOptions, fallback: string): string {
	const v = options[name];
	if (v === undefined) return fallback;
	if (typeof v !== 'string' || v === '') throw optionError(name, 'a non-empty field name', v);
	return v;
}

function intOption(value: unknown, name: string, lo: number, hi: number, fallback: number): number {
	if (value === undefined) return fallback;
	if (typeof value !== 'number' || !Number.isInteger(value) || value < lo || value > hi)
		throw optionError(name, `an integer from ${lo} to ${hi}`, value);
	return value;
}

interface Settings {
	min: number;
	max: number;
	size: number;
	positiveMin: number;
	negativeMax: number;
	groupBy: string[];
	period: AggregatePeriod | null;
	timeZone: string;
	scoreField: string;
	commentField: string;
	timestampField: string;
	kindField: string;
	optOutField: string;
	minSample: number;
	themes: { top: number; language: string; minPhraseCount: number; maxComments: number } | null;
	anomaly: { alpha: number; minDrop: number; minSample: number; lookback: number } | null;
}

function readSettings(options: AggregateOptions): Settings {
	if (!isPlainObject(options)) throw optionError('options', 'an object with at least min and max', options);
	const { min, max } = options;
	if (typeof min !== 'number' || !Number.isInteger(min)) throw optionError('min', 'an integer', min);
	if (typeof max !== 'number' || !Number.isInteger(max)) throw optionError('max', 'an integer', max);
	if (max <= min) throw optionError('max', `an integer greater than min (${min})`, max);
	if (max - min > AGGREGATE_MAX_SCALE_SPAN) throw optionError('max', `at most min + ${AGGREGATE_MAX_SCALE_SPAN}`, max);

	const defaults = defaultScoreThresholds(min, max);
	let positiveMin = defaults.positiveMin;
	let negativeMax = defaults.negativeMax;
	if (options.thresholds !== undefined) {
		if (!isPlainObject(options.thresholds)) throw optionError('thresholds', 'an object', options.thresholds);
		const t = options.thresholds;
		if (t.positiveMin !== undefined) {
			if (typeof t.positiveMin !== 'number' || !Number.isFinite(t.positiveMin) || t.positiveMin < min || t.positiveMin > max)
				throw optionError('thresholds.positiveMin', `a number from ${min} to ${max}`, t.positiveMin);
			positiveMin = t.positiveMin;
		}
		if (t.negativeMax !== undefined) {
			if (typeof t.negativeMax !== 'number' || !Number.isFinite(t.negativeMax) || t.negativeMax < min || t.negativeMax > max)
				throw optionError('thresholds.negativeMax', `a number from ${min} to ${max}`, t.negativeMax);
			negativeMax = t.negativeMax;
		}
		if (negativeMax >= positiveMin)
			throw optionError('thresholds', `negativeMax below positiveMin (positiveMin is ${positiveMin})`, negativeMax);
	}

	let groupBy: string[] = [];
	if (options.groupBy !== undefined) {
		if (!Array.isArray(options.groupBy) || options.groupBy.some((f) => typeof f !== 'string' || f === ''))
			throw optionError('groupBy', 'an array of non-empty field names', options.groupBy);
		groupBy = options.groupBy.slice();
	}

	let period: AggregatePeriod | null = null;
	if (options.period !== undefined && options.period !== null) {
		if (options.period !== 'day' && options.period !== 'week' && options.period !== 'month')
			throw optionError('period', '"day", "week" or "month"', options.period);
		period = options.period;
	}

	let timeZone = 'UTC';
	if (options.timeZone !== undefined) {
		if (typeof options.timeZone !== 'string' || options.timeZone === '' || !isValidTimeZone(options.timeZone))
			throw optionError('timeZone', 'an IANA time zone such as "Europe/Berlin" or "Asia/Tashkent"', options.timeZone);
		timeZone = options.timeZone;
	}

	const minSample = intOption(options.minSample, 'minSample', 0, 1e9, AGGREGATE_DEFAULT_MIN_SAMPLE);

	let themes: Settings['themes'] = null;
	if (options.themes === undefined || options.themes === true) {
		themes = { top: 10, language: 'auto', minPhraseCount: 2, maxComments: 200_000 };
	} else if (isPlainObject(options.themes)) {
		const t = options.themes;
		let language = 'auto';
		if (t.language !== undefined) {
			if (typeof t.language !== 'string' || !/^(?:auto|[A-Za-z]{2,3}(?:-[A-Za-z0-9]{1,8}){0,3})$/.test(t.language))
				throw optionError('themes.language', '"auto" or a language code such as "ru" or "zh"', t.language);
			language = t.language === 'auto' ? 'auto' : t.language.toLowerCase().split('-')[0];
		}
		themes = {
			top: intOption(t.top, 'themes.top', 1, 1000, 10),
			language,
			minPhraseCount: intOption(t.minPhraseCount, 'themes.minPhraseCount', 1, 1e9, 2),
			maxComments: intOption(t.maxComments, 'themes.maxComments', 0, 1e9, 200_000),
		};
	} else if (options.themes !== false) {
		throw optionError('themes', 'true, false or an object', options.themes);
	}

	let anomaly: Settings['anomaly'] = null;
	if (period !== null && options.anomaly !== false) {
		const a = options.anomaly === undefined || options.anomaly === true ? {} : options.anomaly;
		if (!isPlainObject(a)) throw optionError('anomaly', 'true, false or an object', options.anomaly);
		let alpha = 0.05;
		if (a.alpha !== undefined) {
			if (typeof a.alpha !== 'number' || !(a.alpha > 0 && a.alpha < 1))
				throw optionError('anomaly.alpha', 'a number between 0 and 1', a.alpha);
			alpha = a.alpha;
		}
		let minDrop = roundTo(0.1 * (max - min), 4);
		if (a.minDrop !== undefined) {
			if (typeof a.minDrop !== 'number' || !Number.isFinite(a.minDrop) || a.minDrop < 0)
				throw optionError('anomaly.minDrop', 'a number ≥ 0 (score units)', a.minDrop);
			minDrop = a.minDrop;
		}
		anomaly = {
			alpha,
			minDrop,
			minSample: intOption(a.minSample, 'anomaly.minSample', 2, 1e9, Math.max(2, minSample)),
			lookback: intOption(a.lookback, 'anomaly.lookback', 1, 1000, 8),
		};
	} else if (options.anomaly !== undefined && typeof options.anomaly !== 'boolean' && !isPlainObject(options.anomaly)) {
		throw optionError('anomaly', 'true, false or an object', options.anomaly);
	}

	return {
		min,
		max,
		size: max - min + 1,
		positiveMin,
		negativeMax,
		groupBy,
		period,
		timeZone,
		scoreField: fieldOption(options, 'scoreField', 'score'),
		commentField: fieldOption(options, 'commentField', 'comment'),
		timestampField: fieldOption(options, 'timestampField', 'timestamp'),
		kindField:
			options.kindField !== undefined
				? fieldOption(options, 'kindField', 'kind')
				: fieldOption(options, 'statusField', 'kind'),
		optOutField: fieldOption(options, 'optOutField', 'optOut'),
		minSample,
		themes,
		anomaly,
	};
}

// Row event codes.
const EV_SENT = 0;
const EV_DELIVERED = 1;
const EV_FAILED = 2;
const EV_OPTOUT = 3;
const EV_REPLY = 4;
const EV_IGNORED = -1;

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

function kindCode(value: unknown): number {
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
function scoreIndex(value: unknown, min: number, max: number): number {
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

function isOptOutFlag(value: unknown): boolean {
	return value === true || (typeof value === 'string' && value.length <= 8 && value.trim().toLowerCase() === 'true');
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
class Acc {
	readonly hist: Float64Array;
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

/** Raw (unrounded) figures kept for trends and tests. */
interface RawStats {
	n: number;
	sum: number;
	sumSq: number;
	mean: number | null;
	variance: number | null;
	csat: number | null;
}

function rawStats(acc: Acc, s: Settings): RawStats {
	let n = 0;
	let sum = 0;
	let sumSq = 0;
	let positive = 0;
	for (let i = 0; i < s.size; i++) {
		const c = acc.hist[i];
		if (c === 0) continue;
		const v = s.min + i;
		n += c;
		sum += c * v;
		sumSq += c * v * v;
		if (v >= s.positiveMin) positive += c;
	}
	const mean = n > 0 ? sum / n : null;
	// Variance around the mean, computed from shifted sums to avoid cancellation.
	let variance: number | null = null;
	if (n > 1 && mean !== null) {
		let ss = 0;
		for (let i = 0; i < s.size; i++) {
			const c = acc.hist[i];
			if (c !== 0) ss += c * (s.min + i - mean) ** 2;
		}
		variance = ss / (n - 1);
	}
	return { n, sum, sumSq, mean, variance, csat: n > 0 ? (positive / n) * 100 : null };
}

function pct(part: number, whole: number): number | null {
	return whole > 0 ? roundTo((part / whole) * 100, 1) : null;
}

function metricsOf(acc: Acc, s: Settings, raw: RawStats): AggregateMetrics {
	const distribution: Record<string, number> = {};
	let positive = 0;
	let neutral = 0;
	let negative = 0;
	for (let i = 0; i < s.size; i++) {
		const v = s.min + i;
		const c = acc.hist[i];
		distribution[String(v)] = c;
		if (v >= s.positiveMin) positive += c;
		else if (v <= s.negativeMax) negative += c;
		else neutral += c;
	}
	const n = raw.n;
	let median: number | null = null;
	if (n > 0) {
		const lowRank = Math.floor((n + 1) / 2);
		const highRank = Math.floor(n / 2) + 1;
		let cumulative = 0;
		let low: number | null = null;
		let high: number | null = null;
		for (let i = 0; i < s.size && high === null; i++) {
			cumulative += acc.hist[i];
			if (low === null && cumulative >= lowRank) low = s.min + i;
			if (cumulative >= highRank) high = s.min + i;
		}
		median = low !== null && high !== null ? (n % 2 === 1 ? low : (low + high) / 2) : null;
	}
	const stdDev = raw.variance !== null ? Math.sqrt(raw.variance) : null;
	let meanCi: AggregateMetrics['meanCi'] = null;
	if (raw.mean !== null && stdDev !== null) {
		const half = tCritical95(n - 1) * (stdDev / Math.sqrt(n));
		meanCi = {
			low: roundTo(Math.max(s.min, raw.mean - half), 2),
			high: roundTo(Math.min(s.max, raw.mean + half), 2),
			level: 0.95,
			method: 't',
		};
	}
	let csatCi: AggregateMetrics['csatCi'] = null;
	if (n > 0) {
		const w = wilson95(positive, n);
		csatCi = { low: roundTo(w.low * 100, 1), high: roundTo(w.high * 100, 1), level: 0.95, method: 'wilson' };
	}
	const isNps = s.min === 0 && s.max === 10;
	const isCes = s.min === 1 && s.max === 7;
	const responses = n + acc.invalid;
	return {
		count: n,
		invalid: acc.invalid,
		untimed: acc.untimed,
		sum: raw.sum,
		mean: roundOrNull(raw.mean, 2),
		median: roundOrNull(median, 2),
		stdDev: roundOrNull(stdDev, 2),
		meanCi,
		distribution,
		positive,
		neutral,
		negative,
		positivePct: pct(positive, n),
		neutralPct: pct(neutral, n),
		negativePct: pct(negative, n),
		csat: pct(positive, n),
		csatCi,
		nps: isNps && n > 0 ? roundTo(((positive - negative) / n) * 100, 1) : null,
		ces: isCes ? roundOrNull(raw.mean, 2) : null,
		smallSample: n < s.minSample,
		sent: acc.sent,
		delivered: acc.delivered,
		failed: acc.failed,
		responses,
		optOuts: acc.optOuts,
		responseRate: pct(responses, acc.sent),
		deliveryRate: acc.delivered + acc.failed > 0 ? pct(acc.delivered, acc.sent) : null,
		optOutRate: pct(acc.optOuts, acc.sent),
	};
}

function significant(value: number, digits: number): number {
	return value === 0 ? 0 : Number(value.toPrecision(digits));
}

function anomalyOf(
	index: number,
	keys: string[],
	raws: RawStats[],
	a: NonNullable<Settings['anomaly']>,
): AggregateAnomaly {
	const from = Math.max(0, index - a.lookback);
	let nB = 0;
	let sumB = 0;
	let sumSqB = 0;
	for (let j = from; j < index; j++) {
		nB += raws[j].n;
		sumB += raws[j].sum;
		sumSqB += raws[j].sumSq;
	}
	const cur = raws[index];
	const baselineMean = nB > 0 ? sumB / nB : null;
	const base: AggregateAnomaly = {
		flagged: false,
		test: 'welch-t',
		baselinePeriods: keys.slice(from, index),
		baselineCount: nB,
		baselineMean: roundOrNull(baselineMean, 2),
		drop: cur.mean !== null && baselineMean !== null ? roundTo(baselineMean - cur.mean, 2) : null,
		t: null,
		df: null,
		p: null,
		alpha: a.alpha,
		minDrop: a.minDrop,
		minSample: a.minSample,
		reason: '',
	};
	if (index === 0) {
		base.reason = 'No previous period to compare with.';
		return base;
	}
	if (cur.n < a.minSample || nB < a.minSample || cur.mean === null || baselineMean === null) {
		base.reason = `Sample too small: period n = ${cur.n}, baseline n = ${nB}; both need at least ${a.minSample}.`;
		return base;
	}
	const varA = cur.variance ?? 0;
	const varB = Math.max(0, (sumSqB - (sumB * sumB) / nB) / (nB - 1));
	const w = welchLess(cur.mean, varA, cur.n, baselineMean, varB, nB);
	const drop = baselineMean - cur.mean;
	base.t = roundOrNull(w.t, 3);
	base.df = roundOrNull(w.df, 1);
	base.p = significant(w.p, 4);
	const significantDrop = w.p < a.alpha;
	const materialDrop = drop >= a.minDrop - 1e-9;
	base.flagged = significantDrop && materialDrop;
	const stat = w.t === null ? 'both variances 0' : `Welch t = ${roundTo(w.t, 2)}, df = ${roundTo(w.df ?? 0, 1)}`;
	const means = `Mean ${roundTo(cur.mean, 2)} vs ${roundTo(baselineMean, 2)} over ${index - from} previous period(s)`;
	const pText = `p = ${significant(w.p, 3)} ${significantDrop ? '<' : '≥'} ${a.alpha}`;
	const dropText = `drop ${roundTo(drop, 2)} ${materialDrop ? '≥' : '<'} ${a.minDrop}`;
	base.reason = `${means}: ${dropText}, ${pText} (${stat}) — ${base.flagged ? 'flagged' : 'not flagged'}.`;
	return base;
}

function periodResults(
	map: Map<number, Acc>,
	s: Settings,
): AggregatePeriodResult[] {
	if (s.period === null) return [];
	const period = s.period;
	const starts = [...map.keys()].sort((x, y) => x - y);
	const accs = starts.map((d) => map.get(d) as Acc);
	const raws = accs.map((acc) => rawStats(acc, s));
	const described = starts.map((d) => describePeriod(d, period));
	const keys = described.map((d) => d.key);
	return accs.map((acc, i) => {
		const raw = raws[i];
		let trend: AggregatePeriodResult['trend'] = null;
		if (i > 0) {
			const prev = raws[i - 1];
			trend = {
				previous: keys[i - 1],
				meanDelta: raw.mean !== null && prev.mean !== null ? roundTo(raw.mean - prev.mean, 2) : null,
				csatDelta: raw.csat !== null && prev.csat !== null ? roundTo(raw.csat - prev.csat, 1) : null,
			};
		}
		return {
			key: described[i].key,
			start: described[i].start,
			end: described[i].end,
			...metricsOf(acc, s, raw),
			trend,
			anomaly: s.anomaly === null ? null : anomalyOf(i, keys, raws, s.anomaly),
		};
	});
}

function compareKeys(a: (string | null)[], b: (string | null)[]): number {
	for (let i = 0; i < a.length; i++) {
		const x = a[i];
		const y = b[i];
		if (x === y) continue;
		if (x === null) return 1;
		if (y === null) return -1;
		return x < y ? -1 : 1;
	}
	return 0;
}

interface GroupAcc {
	values: (string | null)[];
	acc: Acc;
	periods: Map<number, Acc>;
}

/**
 * Aggregates survey rows into CSAT/NPS/CES metrics overall, per group, per period and per group × period,
 * plus response/delivery/opt-out rates, trends, anomaly flags and comment themes.
 *
 * **Rows.** Each row is one event, told apart by `kindField` (default `kind`):
 * - reply rows (`kind` missing, empty or `reply`): `score` (integer or integer string inside the scale) counts
 *   in `count`; anything else (missing, `null`, decimal, out of range, text) counts in `invalid`. A reply whose
 *   `optOutField` (default `optOut`) is `true` counts as an opt-out instead (neither rated nor invalid);
 * - `sent` rows: one per survey SMS sent; `delivered` / `failed` rows: one per delivery report;
 *   `optout` rows: one per opt-out. These never count as rated or invalid;
 * - rows that are not objects, have an unknown kind, or throw when read: counted in `ignored` only.
 *
 * **Rates** (percent, 1 decimal; per sample, every event in the sample its own timestamp bucket):
 * `responseRate = responses / sent`, `deliveryRate = delivered / sent` (only when some delivered/failed row
 * exists), `optOutRate = optOuts / sent`; `null` without `sent` rows. `responses` = rated + invalid replies.
 *
 * **Groups.** `groupBy` fields form one combined key; string values are trimmed, numbers/booleans stringified,
 * empty/missing/other values are `null` (label `(none)`).
 *
 * **Periods.** With `period`, timed rows are bucketed by their LOCAL date in `timeZone` (default `UTC`); rows
 * without a usable timestamp still count in overall/group metrics and in `untimed`. ISO strings without an
 * offset are read as local time of `timeZone`; numbers are epoch ms (seconds if |n| < 1e11). Weeks are ISO
 * weeks (Monday start, label `2026-W07`). Only periods with at least one row appear. Each period has `trend`
 * (delta to the previous listed period) and `anomaly`: a one-sided Welch t-test of the period's mean against
 * the pooled previous `lookback` periods of the same series; flagged when `p < alpha` AND the drop is at least
 * `minDrop`, and only when both samples have at least `anomaly.minSample` rated replies.
 *
 * **Statistics.** Mean interval: Student t, df = n − 1, 95 %, clipped to the scale; CSAT interval: Wilson, 95 %. `stdDev` is the
 * sample standard deviation. Median and distribution come from the integer histogram.
 *
 * Never throws because of row contents; throws an `Error` naming the option for invalid options.
 */
export function aggregateResponses(rows: readonly unknown[], options: AggregateOptions): AggregateResult {
	const s = readSettings(options);
	if (!Array.isArray(rows)) throw optionError('rows', 'an array of row objects', rows);
	const calendar = s.period === null ? null : new ZoneCalendar(s.timeZone);
	const themes = s.themes === null ? null : new ThemeCollector(s.themes);
	const overall = new Acc(s.size);
	const overallPeriods = new Map<number, Acc>();
	const groups = new Map<string, GroupAcc>();
	const grouped = s.groupBy.length > 0;
	const single = s.groupBy.length === 1;
	let ignored = 0;

	for (let r = 0; r < rows.length; r++) {
		const row: unknown = rows[r];
		if (typeof row !== 'object' || row === null) {
			ignored++;
			continue;
		}
		// Read everything first (getters may throw), then update: a failing row changes nothing.
		let event: number;
		let index = -1;
		let day: number | undefined;
		let values: (string | null)[] | null = null;
		let comment: string | null = null;
		try {
			const rec = row as Record<string, unknown>;
			event = kindCode(rec[s.kindField]);
			if (event === EV_IGNORED) {
				ignored++;
				continue;
			}
			if (event === EV_REPLY) {
				if (isOptOutFlag(rec[s.optOutField])) event = EV_OPTOUT;
				else {
					index = scoreIndex(rec[s.scoreField], s.min, s.max);
					if (themes !== null && index >= 0) {
						const c = rec[s.commentField];
						if (typeof c === 'string' && c !== '') comment = c;
					}
				}
			}
			if (calendar !== null) day = localDayOf(rec[s.timestampField], calendar);
			if (grouped) {
				values = single ? [groupValue(rec[s.groupBy[0]])] : s.groupBy.map((f) => groupValue(rec[f]));
			}
		} catch {
			ignored++;
			continue;
		}

		overall.add(event, index);
		let group: GroupAcc | undefined;
		if (values !== null) {
			const key = single ? (values[0] ?? '') : JSON.stringify(values);
			group = groups.get(key);
			if (group === undefined) {
				group = { values, acc: new Acc(s.size), periods: new Map() };
				groups.set(key, group);
			}
			group.acc.add(event, index);
		}
		if (s.period !== null) {
			if (day === undefined) {
				overall.untimed++;
				if (group !== undefined) group.acc.untimed++;
			} else {
				const start = periodStart(day, s.period);
				let p = overallPeriods.get(start);
				if (p === undefined) {
					p = new Acc(s.size);
					overallPeriods.set(start, p);
				}
				p.add(event, index);
				if (group !== undefined) {
					let gp = group.periods.get(start);
					if (gp === undefined) {
						gp = new Acc(s.size);
						group.periods.set(start, gp);
					}
					gp.add(event, index);
				}
			}
		}
		if (comment !== null && themes !== null) {
			const v = s.min + index;
			if (v >= s.positiveMin) themes.add(comment, 'positive');
			else if (v <= s.negativeMax) themes.add(comment, 'negative');
		}
	}

	const groupList = [...groups.values()].sort((a, b) => compareKeys(a.values, b.values));
	const groupResults: AggregateGroupResult[] = groupList.map((g) => {
		const key: Record<string, string | null> = {};
		s.groupBy.forEach((field, i) => {
			// defineProperty: a field named "__proto__" stays a plain own property.
			Object.defineProperty(key, field, { value: g.values[i], enumerable: true, writable: true, configurable: true });
		});
		return {
			key,
			label: g.values.map((v) => v ?? AGGREGATE_NO_GROUP_LABEL).join(' / '),
			...metricsOf(g.acc, s, rawStats(g.acc, s)),
			periods: periodResults(g.periods, s),
		};
	});

	return {
		scale: { min: s.min, max: s.max },
		thresholds: { positiveMin: s.positiveMin, negativeMax: s.negativeMax },
		period: s.period,
		timeZone: s.timeZone,
		groupBy: s.groupBy,
		minSample: s.minSample,
		rows: rows.length,
		ignored,
		overall: metricsOf(overall, s, rawStats(overall, s)),
		groups: groupResults,
		periods: periodResults(overallPeriods, s),
		themes: themes === null ? null : themes.result(),
	};
}
