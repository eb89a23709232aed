// Welch t-test numbers in this file were cross-checked with
// scipy.stats.ttest_ind(period, baseline, equal_var=False, alternative='less').
import { aggregateResponses } from '../../../../nodes/core/aggregate';

const WEEK_STARTS = ['2026-03-02', '2026-03-09', '2026-03-16', '2026-03-23', '2026-03-30']; // W10 … W14 (Mondays)

function block(
	operator: string,
	week: number,
	scores: [number, number][],
): Record<string, unknown>[] {
	const rows: Record<string, unknown>[] = [];
	for (const [score, times] of scores) {
		for (let i = 0; i < times; i++)
			rows.push({ operator, score, timestamp: `${WEEK_STARTS[week]}T10:00:00Z` });
	}
	return rows;
}

function build(): Record<string, unknown>[] {
	const rows: Record<string, unknown>[] = [];
	for (let w = 0; w < 4; w++) {
		rows.push(
			...block('A', w, [
				[5, 20],
				[4, 20],
			]),
		);
		rows.push(
			...block('B', w, [
				[5, 3],
				[4, 2],
			]),
		);
		rows.push(
			...block('C', w, [
				[5, 500],
				[4, 500],
			]),
		);
		rows.push(
			...block('E', w, [
				[1, 8],
				[2, 8],
				[3, 8],
				[4, 8],
				[5, 8],
			]),
		);
	}
	rows.push(
		...block('A', 4, [
			[3, 20],
			[2, 20],
		]),
	); // clear drop, enough data
	rows.push(
		...block('B', 4, [
			[2, 3],
			[1, 2],
		]),
	); // clear drop, tiny sample
	rows.push(
		...block('C', 4, [
			[5, 450],
			[4, 550],
		]),
	); // significant but tiny drop (0.05 < 0.4)
	rows.push(
		...block('E', 4, [
			[1, 8],
			[2, 8],
			[3, 6],
			[4, 4],
			[5, 4],
		]),
	); // 0.4 drop, not significant
	return rows;
}

describe('groups, trend and anomaly', () => {
	const r = aggregateResponses(build(), {
		min: 1,
		max: 5,
		groupBy: ['operator'],
		period: 'week',
		themes: false,
	});
	const byLabel = new Map(r.groups.map((g) => [g.label, g]));

	it('lists groups in key order with their periods', () => {
		expect(r.groups.map((g) => g.key)).toEqual([
			{ operator: 'A' },
			{ operator: 'B' },
			{ operator: 'C' },
			{ operator: 'E' },
		]);
		expect(byLabel.get('A')?.periods.map((p) => p.key)).toEqual([
			'2026-W10',
			'2026-W11',
			'2026-W12',
			'2026-W13',
			'2026-W14',
		]);
	});

	it('computes the trend against the previous period', () => {
		const a = byLabel.get('A')!;
		expect(a.periods[0].trend).toBeNull();
		expect(a.periods[1].trend).toEqual({ previous: '2026-W10', meanDelta: 0, csatDelta: 0 });
		expect(a.periods[4].trend).toEqual({ previous: '2026-W13', meanDelta: -2, csatDelta: -100 });
	});

	it('flags a clear drop with enough data and shows the numbers', () => {
		const anomaly = byLabel.get('A')!.periods[4].anomaly!;
		expect(anomaly).toMatchObject({
			flagged: true,
			test: 'welch-t',
			baselinePeriods: ['2026-W10', '2026-W11', '2026-W12', '2026-W13'],
			baselineCount: 160,
			baselineMean: 4.5,
			drop: 2,
			t: -22.385, // scipy: -22.38506
			df: 59.6, // scipy: 59.599
			alpha: 0.05,
			minDrop: 0.4, // 10 % of the 1–5 span
			minSample: 30,
		});
		expect(anomaly.p).toBeLessThan(1e-20); // scipy: 5.3e-31
		expect(anomaly.reason).toContain('flagged');
		expect(anomaly.reason).toContain('drop 2 ≥ 0.4');
	});

	it('does not flag small samples', () => {
		const anomaly = byLabel.get('B')!.periods[4].anomaly!;
		expect(byLabel.get('B')!.periods[4].trend?.meanDelta).toBe(-3); // 4.6 -> 1.6
		expect(anomaly.flagged).toBe(false);
		expect(anomaly.t).toBeNull();
		expect(anomaly.p).toBeNull();
		expect(anomaly.reason).toBe(
			'Sample too small: period n = 5, baseline n = 20; both need at least 30.',
		);
	});

	it('does not flag a significant but immaterial drop', () => {
		const anomaly = byLabel.get('C')!.periods[4].anomaly!;
		expect(anomaly.flagged).toBe(false);
		expect(anomaly.drop).toBe(0.05);
		expect(anomaly.t).toBeCloseTo(-2.8386, 3); // scipy: -2.83860
		expect(anomaly.df).toBe(1542.2); // scipy: 1542.245
		expect(anomaly.p).toBeCloseTo(0.0022953, 6); // scipy: 0.00229525
	});

	it('does not flag a material but insignificant drop', () => {
		const anomaly = byLabel.get('E')!.periods[4].anomaly!;
		expect(anomaly.flagged).toBe(false);
		expect(anomaly.drop).toBe(0.4); // 3.0 -> 2.6
		expect(anomaly.t).toBeCloseTo(-1.4507, 3); // scipy: -1.450696
		expect(anomaly.df).toBe(41.3); // scipy: 41.342
		expect(anomaly.p).toBe(0.07721); // scipy: 0.0772051, 4 significant digits
		expect(anomaly.reason).toContain('drop 0.4 ≥ 0.4, p = 0.0772 ≥ 0.05');
	});

	it('explains the first period', () => {
		expect(byLabel.get('A')!.periods[0].anomaly?.reason).toBe(
			'No previous period to compare with.',
		);
	});

	it('honours lookback and can be switched off', () => {
		const rows = build();
		const one = aggregateResponses(rows, {
			min: 1,
			max: 5,
			groupBy: ['operator'],
			period: 'week',
			anomaly: { lookback: 1 },
		});
		const a = one.groups.find((g) => g.label === 'A')!.periods[4].anomaly!;
		expect(a.baselinePeriods).toEqual(['2026-W13']);
		expect(a.baselineCount).toBe(40);
		expect(a.flagged).toBe(true);
		const off = aggregateResponses(rows, { min: 1, max: 5, period: 'week', anomaly: false });
		expect(off.periods.every((p) => p.anomaly === null)).toBe(true);
	});

	it('builds overall periods from all groups', () => {
		expect(r.periods.map((p) => p.count)).toEqual([1085, 1085, 1085, 1085, 1075]);
		expect(r.periods[0].count).toBe(r.groups.reduce((s, g) => s + g.periods[0].count, 0));
	});
});

describe('groups on several fields', () => {
	const r = aggregateResponses(
		[
			{ operator: 'A', region: 'North', score: 5 },
			{ operator: 'A', region: 'North', score: 3 },
			{ operator: 'A', score: 4 },
			{ operator: 'B', region: 'South', score: 1 },
			{ operator: ' B ', region: 'South', score: 2 },
			{ operator: 7, region: 'South', score: 5 },
			{ region: 'North', score: 4 },
			{ operator: { x: 1 }, region: '', score: 3 },
		],
		{ min: 1, max: 5, groupBy: ['operator', 'region'] },
	);
	it('forms combined keys, with null for missing/empty/non-primitive values', () => {
		expect(r.groups.map((g) => [g.key, g.label, g.count, g.mean])).toEqual([
			[{ operator: '7', region: 'South' }, '7 / South', 1, 5],
			[{ operator: 'A', region: 'North' }, 'A / North', 2, 4],
			[{ operator: 'A', region: null }, 'A / (none)', 1, 4],
			[{ operator: 'B', region: 'South' }, 'B / South', 2, 1.5],
			[{ operator: null, region: 'North' }, '(none) / North', 1, 4],
			[{ operator: null, region: null }, '(none) / (none)', 1, 3],
		]);
		expect(r.groups.reduce((s, g) => s + g.count, 0)).toBe(r.overall.count);
		expect(r.groups[0].periods).toEqual([]);
	});
	it('keeps a field named __proto__ as a plain key', () => {
		const p = aggregateResponses([{ score: 3 }], { min: 1, max: 5, groupBy: ['__proto__'] });
		expect(Object.keys(p.groups[0].key)).toEqual(['__proto__']);
		expect(Object.getPrototypeOf(p.groups[0].key)).toBe(Object.prototype);
	});
});
