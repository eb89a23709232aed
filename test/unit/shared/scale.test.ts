import { resolveScale } from '../../../nodes/shared/scale';
import { splitList } from '../../../nodes/shared/languages';

describe('resolveScale', () => {
	test.each([
		['1-5', { min: 1, max: 5 }],
		['0-10', { min: 0, max: 10 }],
		['1-10', { min: 1, max: 10 }],
		['1-7', { min: 1, max: 7 }],
	])('preset %s', (preset, expected) => {
		expect(resolveScale(preset, undefined, undefined)).toEqual(expected);
	});

	test('custom range', () => {
		expect(resolveScale('custom', 0, 3)).toEqual({ min: 0, max: 3 });
	});

	test('errors name the field and what was expected', () => {
		expect(resolveScale('2-9', 1, 5)).toMatch(
			/Scale "2-9" is not supported: expected one of 1-5, 0-10, 1-10, 1-7/,
		);
		expect(resolveScale('custom', 5, 5)).toBe(
			'Custom scale: Lowest Score (5) must be less than Highest Score (5)',
		);
		expect(resolveScale('custom', 1.5, 5)).toMatch(/whole numbers: got Lowest Score 1.5/);
		expect(resolveScale('custom', 0, 1000)).toMatch(/at most 101 points/);
	});
});

describe('splitList', () => {
	test('splits on commas, semicolons, newlines and CJK commas', () => {
		expect(splitList(' STOP, СТОП;退订\nTD，BAJA、SAIR ,, ')).toEqual([
			'STOP',
			'СТОП',
			'退订',
			'TD',
			'BAJA',
			'SAIR',
		]);
		expect(splitList(undefined)).toEqual([]);
		expect(splitList(['a ', ' b'])).toEqual(['a', 'b']);
	});
});
