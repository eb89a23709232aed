import { aggregateResponses } from '../../../../nodes/core/aggregate';

function repeat<T>(n: number, row: T): T[] {
	return Array.from({ length: n }, () => ({ ...row }));
}

describe('rates', () => {
	const rows: unknown[] = [
		...repeat(6, { kind: 'sent', op: 'A' }),
		...repeat(4, { kind: ' Sent ', op: 'B' }),
		...repeat(5, { kind: 'delivered', op: 'A' }),
		...repeat(3, { kind: 'DELIVERED', op: 'B' }),
		{ kind: 'failed', op: 'A' },
		{ kind: 'undelivered', op: 'B' },
		{ op: 'A', score: 5 },
		{ op: 'A', score: 4, kind: 'reply' },
		{ op: 'A', score: 2, kind: '' },
		{ op: 'A', score: 'what?' }, // invalid reply
		{ op: 'A', score: null, optOut: true, comment: 'STOP' }, // opt-out reply
		{ op: 'B', score: 3 },
		{ op: 'B', kind: 'optout' },
		{ op: 'B', kind: 'weird' }, // ignored
		null,
		5,
		'text',
	];
	const r = aggregateResponses(rows, { min: 1, max: 5, groupBy: ['op'] });

	it('counts events and computes rates overall', () => {
		expect(r.rows).toBe(31); // 20 event rows, 8 reply/kind rows, 3 non-objects
		expect(r.ignored).toBe(4);
		expect(r.overall).toMatchObject({
			sent: 10,
			delivered: 8,
			failed: 2,
			count: 4,
			invalid: 1,
			responses: 5,
			optOuts: 2,
			responseRate: 50,
			deliveryRate: 80,
			optOutRate: 20,
		});
	});
	it('computes rates per group', () => {
		expect(r.groups.map((g) => [g.label, g.responseRate, g.deliveryRate, g.optOutRate])).toEqual([
			['A', 66.7, 83.3, 16.7], // 4/6, 5/6, 1/6
			['B', 25, 75, 25], // 1/4, 3/4, 1/4
		]);
	});
	it('returns null rates without denominators', () => {
		const noSent = aggregateResponses([{ score: 4 }, { kind: 'delivered' }], { min: 1, max: 5 });
		expect([
			noSent.overall.responseRate,
			noSent.overall.deliveryRate,
			noSent.overall.optOutRate,
		]).toEqual([null, null, null]);
		const noReports = aggregateResponses([{ kind: 'sent' }, { kind: 'sent' }, { score: 4 }], {
			min: 1,
			max: 5,
		});
		expect([
			noReports.overall.responseRate,
			noReports.overall.deliveryRate,
			noReports.overall.optOutRate,
		]).toEqual([50, null, 0]);
	});
	it('reads the kind from a custom field (statusField alias)', () => {
		const s = aggregateResponses(
			[{ status: 'queued' }, { status: 'delivered' }, { status: 'response', score: 5 }],
			{ min: 1, max: 5, statusField: 'status' },
		);
		expect(s.overall).toMatchObject({
			sent: 1,
			delivered: 1,
			responses: 1,
			responseRate: 100,
			deliveryRate: 100,
		});
	});
	it('buckets events by their own timestamps', () => {
		const p = aggregateResponses(
			[
				{ kind: 'sent', timestamp: '2026-04-01T10:00:00Z' },
				{ kind: 'sent', timestamp: '2026-04-01T10:00:00Z' },
				{ score: 5, timestamp: '2026-04-01T12:00:00Z' },
				{ score: 4, timestamp: '2026-04-02T08:00:00Z' },
			],
			{ min: 1, max: 5, period: 'day' },
		);
		expect(p.periods.map((x) => [x.key, x.sent, x.responses, x.responseRate])).toEqual([
			['2026-04-01', 2, 1, 50],
			['2026-04-02', 0, 1, null],
		]);
	});
});
