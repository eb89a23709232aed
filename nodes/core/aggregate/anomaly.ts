/** Anomaly flag of a period: one-sided Welch t-test of its mean against the pooled previous periods. */
import type { RawStats } from './metrics';
import type { Settings } from './options';
import { roundOrNull, roundTo, welchLess } from './stats';
import type { AggregateAnomaly } from './types';

export function significant(value: number, digits: number): number {
	return value === 0 ? 0 : Number(value.toPrecision(digits));
}

export function anomalyOf(
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
	const stat =
		w.t === null
			? 'both variances 0'
			: `Welch t = ${roundTo(w.t, 2)}, df = ${roundTo(w.df ?? 0, 1)}`;
	const means = `Mean ${roundTo(cur.mean, 2)} vs ${roundTo(baselineMean, 2)} over ${index - from} previous period(s)`;
	const pText = `p = ${significant(w.p, 3)} ${significantDrop ? '<' : '≥'} ${a.alpha}`;
	const dropText = `drop ${roundTo(drop, 2)} ${materialDrop ? '≥' : '<'} ${a.minDrop}`;
	base.reason = `${means}: ${dropText}, ${pText} (${stat}) — ${base.flagged ? 'flagged' : 'not flagged'}.`;
	return base;
}
