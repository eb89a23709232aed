// Expected values below were worked out by hand (counts, sums, medians, shares) and the intervals
// cross-checked independently (Student t quantiles, Wilson formula) — see the comments per case.
import { aggregateResponses, defaultScoreThresholds } from '../../../../nodes/core/aggregate';

describe('aggregateResponses metrics on a 1–5 scale', () => {
	// Valid: 5,5,4,3,2,1,5,4,"3" -> sorted 1,2,3,3,4,4,5,5,5 (n = 9, sum 32, Σx² = 130).
	// Invalid: null, 6 (out of range), "x", 4.5 (not an integer), 0 (out of range), missing score.
	const rows = [
		{ score: 5 },
		{ score: 5 },
		{ score: 4 },
		{ score: 3 },
		{ score: 2 },
		{ score: 1 },
		{ score: 5 },
		{ score: 4 },
		{ score: ' 3 ' },
		{ score: null },
		{ score: 6 },
		{ score: 'x' },
		{ score: 4.5 },
		{ score: 0 },
		{ comment: 'only a comment' },
	];
	const { overall } = aggregateResponses(rows, { min: 1, max: 5, themes: false });

	it('counts rated and invalid rows', () => {
		expect(overall.count).toBe(9);
		expect(overall.invalid).toBe(6);
		expect(overall.responses).toBe(15);
		expect(overall.sum).toBe(32);
	});
	it('computes mean, median, distribution and spread', () => {
		expect(overall.mean).toBe(3.56); // 32 / 9 = 3.5556
		expect(overall.median).toBe(4); // 5th of 9
		expect(overall.distribution).toEqual({ '1': 1, '2': 1, '3': 2, '4': 2, '5': 3 });
		// SS = 130 − 32²/9 = 16.2222; var = 16.2222 / 8 = 2.0278; sd = 1.4240
		expect(overall.stdDev).toBe(1.42);
		// t(0.975, 8) = 2.306004; half = 2.306004 · 1.4240 / 3 = 1.0946 -> [2.4610, 4.6501]
		expect(overall.meanCi).toEqual({ low: 2.46, high: 4.65, level: 0.95, method: 't' });
	});
	it('splits sentiment 4–5 / 3 / 1–2 and reports CSAT with a Wilson interval', () => {
		expect([overall.positive, overall.neutral, overall.negative]).toEqual([5, 2, 2]);
		expect(overall.positivePct).toBe(55.6); // 5/9
		expect(overall.neutralPct).toBe(22.2);
		expect(overall.negativePct).toBe(22.2);
		expect(overall.csat).toBe(55.6);
		// Wilson 95 %, p = 5/9, n = 9: [0.26665, 0.81122]
		expect(overall.csatCi).toEqual({ low: 26.7, high: 81.1, level: 0.95, method: 'wilson' });
		expect(overall.nps).toBeNull();
		expect(overall.ces).toBeNull();
		expect(overall.smallSample).toBe(true);
	});
	it('flags small samples against minSample', () => {
		expect(aggregateResponses(rows, { min: 1, max: 5, minSample: 9 }).overall.smallSample).toBe(
			false,
		);
		expect(aggregateResponses(rows, { min: 1, max: 5, minSample: 10 }).overall.smallSample).toBe(
			true,
		);
	});
	it('applies custom thresholds', () => {
		const r = aggregateResponses(rows, {
			min: 1,
			max: 5,
			thresholds: { positiveMin: 5, negativeMax: 3 },
		});
		expect([r.overall.positive, r.overall.neutral, r.overall.negative]).toEqual([3, 2, 4]);
		expect(r.overall.csat).toBe(33.3);
		expect(r.thresholds).toEqual({ positiveMin: 5, negativeMax: 3 });
	});
	it('accepts integer strings like "4.0" but not decimals or booleans', () => {
		const r = aggregateResponses(
			[{ score: '4.0' }, { score: '+5' }, { score: '4.5' }, { score: true }, { score: '' }],
			{
				min: 1,
				max: 5,
			},
		);
		expect(r.overall.count).toBe(2);
		expect(r.overall.invalid).toBe(3);
		expect(r.overall.distribution).toEqual({ '1': 0, '2': 0, '3': 0, '4': 1, '5': 1 });
	});
});

describe('aggregateResponses metrics on a 0–10 (NPS) scale', () => {
	// 10,9,9,8,7,6,5,0,10,10: promoters 5, passives 2, detractors 3; sum 74; Σx² = 636.
	const scores = [10, 9, 9, 8, 7, 6, 5, 0, 10, 10];
	const { overall } = aggregateResponses(
		scores.map((score) => ({ score })),
		{ min: 0, max: 10 },
	);
	it('computes NPS = %promoters − %detractors', () => {
		expect(overall.nps).toBe(20); // 50 % − 30 %
		expect([overall.positivePct, overall.neutralPct, overall.negativePct]).toEqual([50, 20, 30]);
		expect(overall.csat).toBe(50);
	});
	it('computes mean, median, distribution, sd and intervals', () => {
		expect(overall.count).toBe(10);
		expect(overall.mean).toBe(7.4);
		expect(overall.median).toBe(8.5); // (8 + 9) / 2
		expect(overall.distribution).toEqual({
			'0': 1,
			'1': 0,
			'2': 0,
			'3': 0,
			'4': 0,
			'5': 1,
			'6': 1,
			'7': 1,
			'8': 1,
			'9': 2,
			'10': 3,
		});
		// SS = 636 − 547.6 = 88.4; var = 9.8222; sd = 3.1340
		expect(overall.stdDev).toBe(3.13);
		// t(0.975, 9) = 2.262157 -> 7.4 ± 2.2419
		expect(overall.meanCi).toMatchObject({ low: 5.16, high: 9.64 });
		// Wilson, 5 of 10: [0.23659, 0.76341]
		expect(overall.csatCi).toMatchObject({ low: 23.7, high: 76.3 });
		expect(overall.ces).toBeNull();
	});
	it('defaults thresholds to 9–10 / 7–8 / 0–6', () => {
		expect(defaultScoreThresholds(0, 10)).toEqual({ positiveMin: 9, negativeMax: 6 });
	});
});

describe('aggregateResponses metrics on a 1–10 scale', () => {
	// 1,6,7,8,9,10,10: n 7, sum 51; positive 9,10,10; neutral 7,8; negative 1,6.
	const { overall } = aggregateResponses(
		[1, 6, 7, 8, 9, 10, 10].map((score) => ({ score: String(score) })),
		{ min: 1, max: 10 },
	);
	it('uses 9–10 / 7–8 / 1–6 and no NPS', () => {
		expect(defaultScoreThresholds(1, 10)).toEqual({ positiveMin: 9, negativeMax: 6 });
		expect([overall.positive, overall.neutral, overall.negative]).toEqual([3, 2, 2]);
		expect([overall.positivePct, overall.neutralPct, overall.negativePct]).toEqual([
			42.9, 28.6, 28.6,
		]);
		expect(overall.nps).toBeNull();
	});
	it('computes mean, median, sd and intervals (mean interval clipped to the scale)', () => {
		expect(overall.mean).toBe(7.29); // 51 / 7 = 7.2857
		expect(overall.median).toBe(8);
		expect(overall.stdDev).toBe(3.15); // 3.1472
		// t(0.975, 6) = 2.446912 -> [4.3751, 10.1964] -> high clipped to 10
		expect(overall.meanCi).toMatchObject({ low: 4.38, high: 10 });
		// Wilson, 3 of 7: [0.15822, 0.74954]
		expect(overall.csatCi).toMatchObject({ low: 15.8, high: 75 });
	});
});

describe('aggregateResponses metrics on a 1–7 (CES) scale', () => {
	// 7,6,5,4,3,2,1,7: n 8, sum 35; positive 7,6,7; neutral 5,4; negative 3,2,1.
	const { overall } = aggregateResponses(
		[7, 6, 5, 4, 3, 2, 1, 7].map((score) => ({ score })),
		{ min: 1, max: 7 },
	);
	it('uses 6–7 / 4–5 / 1–3 and reports CES as the mean', () => {
		expect(defaultScoreThresholds(1, 7)).toEqual({ positiveMin: 6, negativeMax: 3 });
		expect([overall.positivePct, overall.neutralPct, overall.negativePct]).toEqual([
			37.5, 25, 37.5,
		]);
		expect(overall.mean).toBe(4.38); // 4.375 rounds half up
		expect(overall.ces).toBe(4.38);
		expect(overall.median).toBe(4.5);
		expect(overall.stdDev).toBe(2.26); // 2.2638
		// t(0.975, 7) = 2.364624 -> [2.4824, 6.2676]
		expect(overall.meanCi).toMatchObject({ low: 2.48, high: 6.27 });
		// Wilson, 3 of 8: [0.13684, 0.69426]
		expect(overall.csatCi).toMatchObject({ low: 13.7, high: 69.4 });
		expect(overall.nps).toBeNull();
	});
});

describe('edge cases of the metrics', () => {
	it('returns nulls, never NaN, for an empty sample', () => {
		const { overall } = aggregateResponses([], { min: 1, max: 5 });
		expect(overall).toMatchObject({
			count: 0,
			mean: null,
			median: null,
			stdDev: null,
			meanCi: null,
			csat: null,
			csatCi: null,
			positivePct: null,
			responseRate: null,
		});
		expect(JSON.stringify(overall)).not.toMatch(/NaN|Infinity/);
	});
	it('has no interval of the mean for a single response but a Wilson interval', () => {
		const { overall } = aggregateResponses([{ score: 5 }], { min: 1, max: 5 });
		expect(overall.mean).toBe(5);
		expect(overall.stdDev).toBeNull();
		expect(overall.meanCi).toBeNull();
		expect(overall.csatCi).toMatchObject({ low: 20.7, high: 100 }); // Wilson 1/1: [0.20654, 1]
	});
	it('derives thresholds for other scales', () => {
		expect(defaultScoreThresholds(1, 5)).toEqual({ positiveMin: 4, negativeMax: 2 });
		expect(defaultScoreThresholds(1, 3)).toEqual({ positiveMin: 3, negativeMax: 1 });
		expect(defaultScoreThresholds(0, 5)).toEqual({ positiveMin: 4, negativeMax: 2 });
		expect(defaultScoreThresholds(0, 1)).toEqual({ positiveMin: 1, negativeMax: 0 });
	});
	it('reads custom score and comment fields', () => {
		const r = aggregateResponses([{ rating: 2, text: 'slow' }, { rating: 4 }], {
			min: 1,
			max: 5,
			scoreField: 'rating',
			commentField: 'text',
		});
		expect(r.overall.count).toBe(2);
		expect(r.overall.mean).toBe(3);
		expect(r.themes?.languages[0]?.negative.words.map((w) => w.term)).toEqual(['slow']);
	});
});
