import { decideFollowUp, matchIntent } from '../../../../nodes/core/reply/followUp';

describe('matchIntent', () => {
	const intents = [
		{ name: 'confirm', keywords: ['Y', 'YES', 'ДА', '是'] },
		{ name: 'details', keywords: ['查询', 'INFO'] },
	];

	test.each([
		['Y', 'confirm'],
		[' y ', 'confirm'],
		['Yes!', 'confirm'],
		['да.', 'confirm'],
		['是', 'confirm'],
		['查询', 'details'],
		['info?', 'details'],
	])('%j → %s', (text, name) => {
		expect(matchIntent(text, intents)?.name).toBe(name);
	});

	test.each(['Yesterday was fine', '5', 'да, 5', '', '!!!', 'x'.repeat(100)])(
		'%j matches nothing',
		(text) => {
			expect(matchIntent(text, intents)).toBeUndefined();
		},
	);

	test('full-width letters fold to ASCII', () => {
		expect(matchIntent('ＹＥＳ', intents)?.name).toBe('confirm');
	});
});

describe('decideFollowUp', () => {
	test('opt-out wins over everything', () => {
		expect(
			decideFollowUp({ valid: true, optOut: true }, { intent: { name: 'x', keywords: [] } }),
		).toBe('opt_out');
	});
	test('intent before rating', () => {
		expect(
			decideFollowUp({ valid: true, optOut: false }, { intent: { name: 'x', keywords: [] } }),
		).toBe('intent');
	});
	test('valid → thank', () => {
		expect(decideFollowUp({ valid: true, optOut: false }, { attempt: 5, maxAttempts: 1 })).toBe(
			'thank',
		);
	});
	test('invalid → re-prompt until the last attempt, then give up', () => {
		expect(decideFollowUp({ valid: false, optOut: false }, { attempt: 1, maxAttempts: 2 })).toBe(
			'reprompt',
		);
		expect(decideFollowUp({ valid: false, optOut: false }, { attempt: 2, maxAttempts: 2 })).toBe(
			'give_up',
		);
		expect(decideFollowUp({ valid: false, optOut: false }, { attempt: 1, maxAttempts: 1 })).toBe(
			'give_up',
		);
		expect(decideFollowUp({ valid: false, optOut: false }, {})).toBe('reprompt');
	});
});
