/** Metrics of one sample from its histogram: mean, median, CSAT/NPS/CES, intervals, rates. */
import type { Acc } from './accumulate';
import { aspectReport } from './aspects';
import type { Settings } from './options';
import { roundOrNull, roundTo, tCritical95, wilson95 } from './stats';
import type { AggregateMetrics } from './types';

/** Raw (unrounded) figures kept for trends and tests. */
export interface RawStats {
	n: number;
	sum: number;
	sumSq: number;
	mean: number | null;
	variance: number | null;
	csat: number | null;
}

export function rawStats(acc: Acc, s: Settings): RawStats {
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

export function pct(part: number, whole: number): number | null {
	return whole > 0 ? roundTo((part / whole) * 100, 1) : null;
}

export function metricsOf(
	acc: Acc,
	s: Settings,
	raw: RawStats,
	previous: { key: string; acc: Acc; current?: Acc } | null = null,
): AggregateMetrics {
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
		csatCi = {
			low: roundTo(w.low * 100, 1),
			high: roundTo(w.high * 100, 1),
			level: 0.95,
			method: 'wilson',
		};
	}
	const isNps = s.min === 0 && s.max === 10;
	const isCes = s.min === 1 && s.max === 7;
	const responses = n + acc.invalid;
	const aspects =
		s.aspects === null
			? {}
			: {
					aspects: aspectReport(
						acc.aspects,
						previous === null
							? null
							: {
									key: previous.key,
									acc: previous.acc.aspects,
									...(previous.current === undefined ? {} : { current: previous.current.aspects }),
								},
					),
				};
	return {
		...aspects,
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
