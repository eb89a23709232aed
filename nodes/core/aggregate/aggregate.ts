/**
 * `aggregateResponses`: CSAT / NPS / CES metrics, rates, groups, periods with trend and anomaly flags,
 * comment themes and aspects, in ONE pass over the rows with integer histograms per sample.
 */
import {
	Acc,
	EV_IGNORED,
	EV_OPTOUT,
	EV_REPLY,
	groupValue,
	isOptOutFlag,
	kindCode,
	scoreIndex,
} from './accumulate';
import { anomalyOf } from './anomaly';
import { AspectAcc, RowAspectReader } from './aspects';
import { metricsOf, rawStats } from './metrics';
import { AGGREGATE_NO_GROUP_LABEL, optionError, readSettings, type Settings } from './options';
import { roundTo } from './stats';
import { ThemeCollector } from './themes';
import { describePeriod, localDayOf, periodStart, ZoneCalendar } from './time';
import type {
	AggregateGroupResult,
	AggregateOptions,
	AggregatePeriodResult,
	AggregateResult,
} from './types';

export {
	AGGREGATE_DEFAULT_MIN_SAMPLE,
	AGGREGATE_MAX_SCALE_SPAN,
	AGGREGATE_NO_GROUP_LABEL,
	defaultScoreThresholds,
} from './options';
export { groupValue } from './accumulate';

function periodResults(map: Map<number, Acc>, s: Settings): AggregatePeriodResult[] {
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
				meanDelta:
					raw.mean !== null && prev.mean !== null ? roundTo(raw.mean - prev.mean, 2) : null,
				csatDelta:
					raw.csat !== null && prev.csat !== null ? roundTo(raw.csat - prev.csat, 1) : null,
			};
		}
		return {
			key: described[i].key,
			start: described[i].start,
			end: described[i].end,
			...metricsOf(acc, s, raw, i > 0 ? { key: keys[i - 1], acc: accs[i - 1] } : null),
			trend,
			anomaly: s.anomaly === null ? null : anomalyOf(i, keys, raws, s.anomaly),
		};
	});
}

/** Aspect trend of overall and group metrics: their last period against the period before. */
function lastTwo(
	map: Map<number, Acc>,
	s: Settings,
): { key: string; acc: Acc; current: Acc } | null {
	if (s.period === null || s.aspects === null || map.size < 2) return null;
	const starts = [...map.keys()].sort((x, y) => x - y);
	const prev = map.get(starts[starts.length - 2]) as Acc;
	const current = map.get(starts[starts.length - 1]) as Acc;
	return { key: describePeriod(starts[starts.length - 2], s.period).key, acc: prev, current };
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
 * Rolls the aspects counted in the finest samples (a group's period, else a period, a group or the whole) up into
 * the wider ones: group periods into their group and their overall period, periods or groups into the whole.
 */
function rollUpAspects(
	overall: Acc,
	periods: Map<number, Acc>,
	groups: Map<string, GroupAcc>,
): void {
	const into = (to: Acc, from: Acc): void => {
		if (from.aspects === null) return;
		(to.aspects ??= new AspectAcc()).merge(from.aspects);
	};
	for (const g of groups.values()) {
		for (const [start, gp] of g.periods) {
			into(g.acc, gp);
			const p = periods.get(start);
			if (p !== undefined) into(p, gp);
		}
		into(overall, g.acc);
	}
	if (groups.size === 0) for (const p of periods.values()) into(overall, p);
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
export function aggregateResponses(
	rows: readonly unknown[],
	options: AggregateOptions,
): AggregateResult {
	const s = readSettings(options);
	if (!Array.isArray(rows)) throw optionError('rows', 'an array of row objects', rows);
	const calendar = s.period === null ? null : new ZoneCalendar(s.timeZone);
	const themes = s.themes === null ? null : new ThemeCollector(s.themes);
	const aspectReader = s.aspects === null ? null : new RowAspectReader(s.aspects);
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
		let given: unknown;
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
					if (themes !== null || s.aspects !== null) {
						const c = rec[s.commentField];
						if (typeof c === 'string' && c !== '') comment = c;
					}
					if (s.aspects !== null) given = rec[s.aspects.field];
				}
			}
			if (calendar !== null) day = localDayOf(rec[s.timestampField], calendar);
			if (grouped) {
				values = single
					? [groupValue(rec[s.groupBy[0]])]
					: s.groupBy.map((f) => groupValue(rec[f]));
			}
		} catch {
			ignored++;
			continue;
		}

		overall.add(event, index);
		const found =
			aspectReader !== null && event === EV_REPLY ? aspectReader.read(given, comment) : null;
		const score = index >= 0 ? s.min + index : null;
		/** The finest sample the row counts in (its aspects are counted there and rolled up after the pass). */
		let leaf = overall;
		let group: GroupAcc | undefined;
		if (values !== null) {
			const key = single ? (values[0] ?? '') : JSON.stringify(values);
			group = groups.get(key);
			if (group === undefined) {
				group = { values, acc: new Acc(s.size), periods: new Map() };
				groups.set(key, group);
			}
			group.acc.add(event, index);
			leaf = group.acc;
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
				leaf = p;
				if (group !== undefined) {
					let gp = group.periods.get(start);
					if (gp === undefined) {
						gp = new Acc(s.size);
						group.periods.set(start, gp);
					}
					gp.add(event, index);
					leaf = gp;
				}
			}
		}
		if (found !== null) {
			if (leaf.aspects === null) leaf.aspects = new AspectAcc();
			leaf.aspects.add(found, score);
		}
		if (comment !== null && themes !== null && index >= 0) {
			const v = s.min + index;
			if (v >= s.positiveMin) themes.add(comment, 'positive');
			else if (v <= s.negativeMax) themes.add(comment, 'negative');
		}
	}

	if (aspectReader !== null) rollUpAspects(overall, overallPeriods, groups);

	const groupList = [...groups.values()].sort((a, b) => compareKeys(a.values, b.values));
	const groupResults: AggregateGroupResult[] = groupList.map((g) => {
		const key: Record<string, string | null> = {};
		s.groupBy.forEach((field, i) => {
			// defineProperty: a field named "__proto__" stays a plain own property.
			Object.defineProperty(key, field, {
				value: g.values[i],
				enumerable: true,
				writable: true,
				configurable: true,
			});
		});
		return {
			key,
			label: g.values.map((v) => v ?? AGGREGATE_NO_GROUP_LABEL).join(' / '),
			...metricsOf(g.acc, s, rawStats(g.acc, s), lastTwo(g.periods, s)),
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
		overall: metricsOf(overall, s, rawStats(overall, s), lastTwo(overallPeriods, s)),
		groups: groupResults,
		periods: periodResults(overallPeriods, s),
		themes: themes === null ? null : themes.result(),
	};
}
