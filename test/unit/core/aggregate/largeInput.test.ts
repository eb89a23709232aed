import { aggregateResponses } from '../../../../nodes/core/aggregate';

describe('large input', () => {
	it('aggregates 250,000 rows by operator and ISO week in Asia/Tashkent, every row accounted for', () => {
		const operators = ['Beeline', 'Ucell', 'Mobiuz', 'Uzmobile', 'Humans'];
		const start = Date.UTC(2026, 0, 1);
		const rows = new Array<Record<string, unknown>>(250_000);
		for (let i = 0; i < rows.length; i++) {
			const ts = start + ((i * 7919) % 365) * 86_400_000 + ((i * 104729) % 86_400_000);
			rows[i] = {
				operator: operators[i % 5],
				score: ((i % 7) % 5) + 1,
				timestamp: i % 2 === 0 ? ts : new Date(ts).toISOString(),
				comment: i % 100 === 0 ? 'долго ждал ответа' : undefined,
			};
		}
		const r = aggregateResponses(rows, {
			min: 1,
			max: 5,
			groupBy: ['operator'],
			period: 'week',
			timeZone: 'Asia/Tashkent',
		});
		expect(r.overall.count).toBe(250_000);
		expect(r.groups).toHaveLength(5);
		expect(r.periods.length).toBeGreaterThanOrEqual(52);
		expect(r.groups.reduce((s, g) => s + g.periods.reduce((a, p) => a + p.count, 0), 0)).toBe(
			250_000,
		);
		// Speed is measured by `npm run bench`, not here.
	});
});
