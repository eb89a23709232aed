import {
	incompleteBeta,
	normalCdf,
	roundTo,
	studentTCdf,
	tCritical95,
	welchLess,
	wilson95,
} from '../../../../nodes/core/aggregate/stats';

describe('stats helpers', () => {
	it('rounds half away from zero without binary noise', () => {
		expect(roundTo(1.005, 2)).toBe(1.01);
		expect(roundTo(4.375, 2)).toBe(4.38);
		expect(roundTo(-2.25, 1)).toBe(-2.3);
		expect(Object.is(roundTo(-0.00001, 2), 0)).toBe(true);
	});
	it('matches published Student t 0.975 quantiles', () => {
		const table: [number, number][] = [
			[1, 12.706205],
			[2, 4.302653],
			[4, 2.776445],
			[9, 2.262157],
			[29, 2.04523],
			[100, 1.983972],
			[1000, 1.962339],
		];
		for (const [df, q] of table) expect(tCritical95(df)).toBeCloseTo(q, 5);
	});
	it('computes the t CDF', () => {
		expect(studentTCdf(-2, 5)).toBeCloseTo(0.0509697, 6);
		expect(studentTCdf(-1.5, 12.7)).toBeCloseTo(0.0790293, 6);
		expect(studentTCdf(1, 3)).toBeCloseTo(0.8044989, 6);
		expect(studentTCdf(0, 7)).toBeCloseTo(0.5, 12);
		expect(normalCdf(-1.959963984540054)).toBeCloseTo(0.025, 6);
		expect(incompleteBeta(0.5, 2, 2)).toBeCloseTo(0.5, 12);
	});
	it('computes the Wilson interval', () => {
		const w = wilson95(5, 9);
		expect(w.low).toBeCloseTo(0.2666513, 6);
		expect(w.high).toBeCloseTo(0.8112215, 6);
		expect(wilson95(0, 10).low).toBe(0);
	});
	it('runs a one-sided Welch t-test', () => {
		// scipy.stats.ttest_ind(a, b, equal_var=False, alternative="less") with
		// a = [2,3,3,4], b = [4,5,5,4,5]: t = -3.36067, df = 5.05724, p = 0.0098730
		const a = [2, 3, 3, 4];
		const b = [4, 5, 5, 4, 5];
		const mean = (x: number[]): number => x.reduce((s, v) => s + v, 0) / x.length;
		const variance = (x: number[]): number =>
			x.reduce((s, v) => s + (v - mean(x)) ** 2, 0) / (x.length - 1);
		const w = welchLess(mean(a), variance(a), a.length, mean(b), variance(b), b.length);
		expect(w.t).toBeCloseTo(-3.36067, 4);
		expect(w.df).toBeCloseTo(5.05724, 4);
		expect(w.p).toBeCloseTo(0.009873, 5);
		expect(welchLess(3, 0, 5, 4, 0, 5)).toEqual({ t: null, df: null, p: 0 });
	});
});
