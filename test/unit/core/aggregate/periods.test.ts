import { aggregateResponses } from '../../../../nodes/core/aggregate';
import type { AggregateOptions } from '../../../../nodes/core/aggregate';

function periodKeys(
	timestamps: unknown[],
	options: Partial<AggregateOptions>,
): Record<string, number> {
	const r = aggregateResponses(
		timestamps.map((timestamp) => ({ score: 5, timestamp })),
		{ min: 1, max: 5, themes: false, ...options },
	);
	const out: Record<string, number> = {};
	for (const p of r.periods) out[p.key] = p.count;
	return out;
}

describe('ISO weeks', () => {
	it('start on Monday and are labelled YYYY-Www with start and end dates', () => {
		const r = aggregateResponses(
			[
				{ score: 4, timestamp: '2026-02-09T00:00:00Z' }, // Monday
				{ score: 4, timestamp: '2026-02-15T23:59:59Z' }, // Sunday
				{ score: 2, timestamp: '2026-02-16T00:00:00Z' }, // next Monday
			],
			{ min: 1, max: 5, period: 'week' },
		);
		expect(r.periods.map((p) => [p.key, p.start, p.end, p.count])).toEqual([
			['2026-W07', '2026-02-09', '2026-02-15', 2],
			['2026-W08', '2026-02-16', '2026-02-22', 1],
		]);
	});
	it('belong to the ISO week-numbering year at year boundaries', () => {
		expect(
			periodKeys(
				[
					'2024-12-30T12:00:00Z',
					'2026-01-01T12:00:00Z',
					'2027-01-01T12:00:00Z',
					'2027-01-04T12:00:00Z',
				],
				{
					period: 'week',
				},
			),
		).toEqual({ '2025-W01': 1, '2026-W01': 1, '2026-W53': 1, '2027-W01': 1 });
	});
	it('put Sunday 23:30 in Asia/Tashkent in the Sunday week, but Monday 01:30 Tashkent in the next week', () => {
		// 2026-02-15T23:30+05:00 = 18:30Z, Sunday in both zones.
		expect(
			periodKeys(['2026-02-15T23:30:00+05:00'], { period: 'week', timeZone: 'Asia/Tashkent' }),
		).toEqual({
			'2026-W07': 1,
		});
		expect(periodKeys(['2026-02-15T23:30:00+05:00'], { period: 'week' })).toEqual({
			'2026-W07': 1,
		});
		// 2026-02-15T20:30Z: Sunday 20:30 UTC, but Monday 01:30 in Tashkent.
		expect(
			periodKeys(['2026-02-15T20:30:00Z'], { period: 'week', timeZone: 'Asia/Tashkent' }),
		).toEqual({
			'2026-W08': 1,
		});
		expect(periodKeys(['2026-02-15T20:30:00Z'], { period: 'week', timeZone: 'UTC' })).toEqual({
			'2026-W07': 1,
		});
	});
});

describe('days on DST changes', () => {
	it('handle the 23-hour day of Europe/Berlin on 2026-03-29', () => {
		// CET (+1) until 2026-03-29T01:00Z, then CEST (+2): the local day runs 03-28T23:00Z … 03-29T22:00Z.
		expect(
			periodKeys(
				[
					'2026-03-28T22:59:59Z', // 03-28 23:59:59 CET
					'2026-03-28T23:00:00Z', // 03-29 00:00 CET
					'2026-03-29T00:59:00Z', // 01:59 CET
					'2026-03-29T01:00:00Z', // 03:00 CEST
					'2026-03-29T21:59:00Z', // 23:59 CEST
					'2026-03-29T22:00:00Z', // 03-30 00:00 CEST
				],
				{ period: 'day', timeZone: 'Europe/Berlin' },
			),
		).toEqual({ '2026-03-28': 1, '2026-03-29': 4, '2026-03-30': 1 });
	});
	it('handle the 25-hour day of America/New_York on 2026-11-01', () => {
		// EDT (−4) until 2026-11-01T06:00Z, then EST (−5): the local day runs 11-01T04:00Z … 11-02T05:00Z.
		expect(
			periodKeys(
				[
					'2026-11-01T03:59:00Z', // 10-31 23:59 EDT
					'2026-11-01T04:00:00Z', // 11-01 00:00 EDT
					'2026-11-01T05:30:00Z', // 01:30 EDT (first time)
					'2026-11-01T06:30:00Z', // 01:30 EST (second time)
					'2026-11-02T04:59:00Z', // 11-01 23:59 EST
					'2026-11-02T05:00:00Z', // 11-02 00:00 EST
				],
				{ period: 'day', timeZone: 'America/New_York' },
			),
		).toEqual({ '2026-10-31': 1, '2026-11-01': 4, '2026-11-02': 1 });
	});
	it('keeps the late Sunday hour of the fall-back day in the Sunday week', () => {
		// 2026-11-02T04:30Z is Monday in UTC but Sunday 23:30 EST in New York.
		expect(
			periodKeys([Date.parse('2026-11-02T04:30:00Z')], {
				period: 'week',
				timeZone: 'America/New_York',
			}),
		).toEqual({
			'2026-W44': 1,
		});
		expect(periodKeys([Date.parse('2026-11-02T04:30:00Z')], { period: 'week' })).toEqual({
			'2026-W45': 1,
		});
	});
});

describe('months', () => {
	it('switch at local midnight in Asia/Shanghai', () => {
		const r = aggregateResponses(
			[
				{ score: 5, timestamp: '2026-01-31T15:59:59Z' }, // 23:59:59 CST, January
				{ score: 1, timestamp: '2026-01-31T16:00:00Z' }, // 00:00 CST, February
				{ score: 3, timestamp: new Date('2026-02-28T15:59:00Z') }, // 23:59 CST, February
				{ score: 3, timestamp: '2026-02-28T16:00:00.000Z' }, // March
			],
			{ min: 1, max: 5, period: 'month', timeZone: 'Asia/Shanghai' },
		);
		expect(r.periods.map((p) => [p.key, p.start, p.end, p.count, p.mean])).toEqual([
			['2026-01', '2026-01-01', '2026-01-31', 1, 5],
			['2026-02', '2026-02-01', '2026-02-28', 2, 2],
			['2026-03', '2026-03-01', '2026-03-31', 1, 3],
		]);
	});
});

describe('timestamp formats', () => {
	it('reads epoch ms, epoch seconds, Date, offsets and naive local ISO strings', () => {
		expect(
			periodKeys(
				[
					Date.UTC(2026, 4, 10, 12), // ms
					Date.UTC(2026, 4, 10, 12) / 1000, // seconds
					new Date(Date.UTC(2026, 4, 10, 12)),
					'2026-05-10T23:30:00-02:00', // = 05-11T01:30Z -> 05-11 06:30 in Tashkent
					'2026-05-10 23:30', // naive: local date as written
					'2026-05-10',
					'Sun, 10 May 2026 12:00:00 GMT',
				],
				{ period: 'day', timeZone: 'Asia/Tashkent' },
			),
		).toEqual({ '2026-05-10': 6, '2026-05-11': 1 });
	});
	it('counts rows without a usable timestamp as untimed but keeps them in the overall metrics', () => {
		const r = aggregateResponses(
			[
				{ score: 5, timestamp: '2026-05-10T10:00:00Z', op: 'A' },
				{ score: 4, timestamp: 'yesterday', op: 'A' },
				{ score: 3, timestamp: '2026-02-30', op: 'A' },
				{ score: 2, timestamp: Number.NaN, op: 'B' },
				{ score: 1, timestamp: new Date('nope'), op: 'B' },
				{ score: 1, op: 'B' },
				{ score: 5, timestamp: { when: 'now' }, op: 'B' },
				{ score: 5, timestamp: 'Sun, 10 May 2026 12:00:00', op: 'B' }, // no zone: refused
			],
			{ min: 1, max: 5, period: 'day', groupBy: ['op'] },
		);
		expect(r.overall.count).toBe(8);
		expect(r.overall.untimed).toBe(7);
		expect(r.periods.map((p) => [p.key, p.count])).toEqual([['2026-05-10', 1]]);
		expect(r.groups.map((g) => [g.label, g.count, g.untimed])).toEqual([
			['A', 3, 2],
			['B', 5, 5],
		]);
	});
	it('does not count untimed rows without a period', () => {
		expect(
			aggregateResponses([{ score: 3, timestamp: 'bad' }], { min: 1, max: 5 }).overall.untimed,
		).toBe(0);
	});
});
