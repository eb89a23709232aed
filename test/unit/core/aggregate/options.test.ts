import { aggregateResponses } from '../../../../nodes/core/aggregate';
import type { AggregateOptions } from '../../../../nodes/core/aggregate';

function run(options: unknown): () => unknown {
	return () => aggregateResponses([{ score: 3 }], options as AggregateOptions);
}

describe('invalid options throw a clear error naming the option', () => {
	it.each([
		[undefined, /invalid option "options": expected an object/],
		[{ min: 1 }, /invalid option "max": expected an integer, got undefined/],
		[{ min: '1', max: 5 }, /invalid option "min": expected an integer, got "1"/],
		[{ min: 5, max: 1 }, /invalid option "max": expected an integer greater than min \(5\), got 1/],
		[{ min: 3, max: 3 }, /invalid option "max"/],
		[{ min: 1.5, max: 5 }, /invalid option "min"/],
		[{ min: 0, max: 1000 }, /invalid option "max": expected at most min \+ 100/],
		[
			{ min: 1, max: 5, period: 'year' },
			/invalid option "period": expected "day", "week" or "month", got "year"/,
		],
		[
			{ min: 1, max: 5, timeZone: 'Mars/Olympus' },
			/invalid option "timeZone": expected an IANA time zone .* got "Mars\/Olympus"/,
		],
		[{ min: 1, max: 5, timeZone: '' }, /invalid option "timeZone"/],
		[
			{ min: 1, max: 5, groupBy: 'operator' },
			/invalid option "groupBy": expected an array of non-empty field names/,
		],
		[{ min: 1, max: 5, groupBy: [''] }, /invalid option "groupBy"/],
		[
			{ min: 1, max: 5, thresholds: { positiveMin: 9 } },
			/invalid option "thresholds.positiveMin": expected a number from 1 to 5, got 9/,
		],
		[
			{ min: 1, max: 5, thresholds: { positiveMin: 3, negativeMax: 3 } },
			/invalid option "thresholds": expected negativeMax below positiveMin/,
		],
		[{ min: 1, max: 5, minSample: -1 }, /invalid option "minSample": expected an integer from 0/],
		[
			{ min: 1, max: 5, scoreField: '' },
			/invalid option "scoreField": expected a non-empty field name/,
		],
		[{ min: 1, max: 5, themes: 'yes' }, /invalid option "themes"/],
		[
			{ min: 1, max: 5, themes: { top: 0 } },
			/invalid option "themes.top": expected an integer from 1 to 1000, got 0/,
		],
		[{ min: 1, max: 5, themes: { language: 'русский' } }, /invalid option "themes.language"/],
		[
			{ min: 1, max: 5, period: 'week', anomaly: { alpha: 1 } },
			/invalid option "anomaly.alpha": expected a number between 0 and 1/,
		],
		[
			{ min: 1, max: 5, period: 'week', anomaly: { minDrop: -1 } },
			/invalid option "anomaly.minDrop"/,
		],
		[
			{ min: 1, max: 5, period: 'week', anomaly: { minSample: 1 } },
			/invalid option "anomaly.minSample": expected an integer from 2/,
		],
		[
			{ min: 1, max: 5, period: 'week', anomaly: { lookback: 0 } },
			/invalid option "anomaly.lookback"/,
		],
		[{ min: 1, max: 5, anomaly: 'on' }, /invalid option "anomaly"/],
	])('%j', (options, message) => {
		expect(run(options)).toThrow(message);
	});
	it('rejects rows that are not an array', () => {
		expect(() => aggregateResponses('rows' as never, { min: 1, max: 5 })).toThrow(
			/invalid option "rows": expected an array/,
		);
	});
	it('accepts valid options and echoes the settings', () => {
		const r = aggregateResponses([], {
			min: 0,
			max: 10,
			period: 'month',
			timeZone: 'Asia/Kolkata',
			groupBy: ['a', 'b'],
		});
		expect(r).toMatchObject({
			scale: { min: 0, max: 10 },
			thresholds: { positiveMin: 9, negativeMax: 6 },
			period: 'month',
			timeZone: 'Asia/Kolkata',
			groupBy: ['a', 'b'],
			minSample: 30,
			rows: 0,
			ignored: 0,
			groups: [],
			periods: [],
		});
	});
});

describe('bad rows never throw', () => {
	it('counts rows whose getters throw as ignored without partial updates', () => {
		const hostile = {
			score: 5,
			get operator(): string {
				throw new Error('boom');
			},
		};
		const proxy = new Proxy(
			{},
			{
				get() {
					throw new Error('trap');
				},
			},
		);
		const r = aggregateResponses([hostile, proxy, { score: 4, operator: 'A' }], {
			min: 1,
			max: 5,
			groupBy: ['operator'],
		});
		expect(r.ignored).toBe(2);
		expect(r.overall.count).toBe(1);
		expect(r.groups.map((g) => g.label)).toEqual(['A']);
	});
	it('handles sparse arrays, huge strings and odd kinds', () => {
		const rows: unknown[] = new Array(3);
		rows[1] = {
			score: '9'.repeat(1000),
			comment: 'x'.repeat(100000),
			timestamp: '2'.repeat(100000),
			kind: 7,
		};
		rows.push({ score: 2, kind: 'x'.repeat(1000) }, { score: 3, timestamp: 1e20 });
		const r = aggregateResponses(rows, { min: 1, max: 5, period: 'day' });
		expect(r.ignored).toBe(4); // 2 holes, numeric kind, overlong kind
		expect(r.overall.count).toBe(1); // the last row: timestamp 1e20 ms is out of range -> untimed
		expect(r.overall.untimed).toBe(1);
		expect(r.periods).toEqual([]);
	});
});
