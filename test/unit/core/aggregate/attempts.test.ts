import { responseRateByAttempt } from '../../../../nodes/core/aggregate';

describe('response rate per attempt', () => {
	it('counts surveys reaching each attempt and the answers at it (hand-checked)', () => {
		const rows = [
			{ attempt: 1, status: 'answered', score: 5 },
			{ attempt: 1, status: 'answered', score: 2 },
			{ attempt: 1, status: 'expired', score: null },
			{ attempt: 2, status: 'answered', score: 4 },
			{ attempt: 2, status: 'pending', score: null },
			{ attempt: 2, status: 'opted_out', score: null },
			{ attempt: null, status: 'answered', score: 3 }, // written before reminders: attempt 1
		];
		expect(responseRateByAttempt(rows)).toEqual([
			{ attempt: 1, surveys: 7, answered: 3, rate: 42.9, cumulativeRate: 42.9 },
			{ attempt: 2, surveys: 3, answered: 1, rate: 33.3, cumulativeRate: 57.1 },
		]);
	});
	it('is null without the field, so existing summaries do not change', () => {
		expect(responseRateByAttempt([{ score: 5 }, { score: 4 }])).toBeNull();
		expect(responseRateByAttempt([])).toBeNull();
	});
	it('skips junk and caps attempts', () => {
		const r = responseRateByAttempt(
			[null, 'x', { attempt: 'abc' }, { attempt: 99, status: 'answered' }],
			{ maxAttempt: 3 },
		);
		expect(r?.map((x) => [x.attempt, x.surveys, x.answered])).toEqual([
			[1, 1, 0],
			[2, 1, 0],
			[3, 1, 1],
		]);
	});
});
