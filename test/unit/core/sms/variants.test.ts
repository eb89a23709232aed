import { createHash } from 'crypto';
import { chooseVariant, generateSurveyId, surveyId } from '../../../../nodes/core/sms';

describe('chooseVariant', () => {
	it('is deterministic per key and salt', () => {
		const variants = ['A', 'B', 'C'];
		for (let i = 0; i < 50; i++) {
			const key = `+99890123${String(i).padStart(4, '0')}`;
			expect(chooseVariant(key, variants, 'spring')).toEqual(
				chooseVariant(key, [...variants], 'spring'),
			);
		}
	});

	it('maps SHA-256(salt NUL key) to the cumulative weights (independent recomputation)', () => {
		for (const key of ['+79123456789', '+8613800138000', 'customer-17', '']) {
			const digest = createHash('sha256').update(`campaign-1\u0000${key}`).digest();
			const u = digest.readUIntBE(0, 6) / 2 ** 48;
			const expected = u < 0.2 ? 0 : u < 0.5 ? 1 : 2;
			const r = chooseVariant(
				key,
				[
					{ name: 'x', weight: 2 },
					{ name: 'y', weight: 3 },
					{ name: 'z', weight: 5 },
				],
				'campaign-1',
			);
			expect(r.index).toBe(expected);
			expect(r.name).toBe(['x', 'y', 'z'][expected]);
		}
	});

	it('is stable across runs and machines (pinned values)', () => {
		// Pinned so a change of the hashing scheme (which would reshuffle running experiments) is noticed.
		const picks = ['a', 'b', 'c', 'd', 'e', 'f', 'g', 'h']
			.map((k) => chooseVariant(k, ['A', 'B'], 's').name)
			.join('');
		expect(picks).toBe('AABABBBA');
		expect(surveyId('campaign-7', '+998901234567')).toBe('QQxUl5dNY_T0fDThFSUAyg');
	});

	it('splits 10,000 keys roughly uniformly and by weight', () => {
		const counts = [0, 0, 0, 0];
		for (let i = 0; i < 10_000; i++)
			counts[chooseVariant(`key-${i}`, ['A', 'B', 'C', 'D'], 'exp').index]++;
		for (const c of counts) expect(Math.abs(c - 2500)).toBeLessThan(200); // within 2 % of 10,000

		const weighted = [0, 0];
		for (let i = 0; i < 10_000; i++) {
			weighted[chooseVariant(`+7900${i}`, [{ name: 'big', weight: 3 }, { name: 'small' }]).index]++;
		}
		expect(Math.abs(weighted[0] - 7500)).toBeLessThan(250);
	});

	it('different salts give independent assignments', () => {
		let same = 0;
		for (let i = 0; i < 2000; i++) {
			if (
				chooseVariant(`k${i}`, ['A', 'B'], 'one').index ===
				chooseVariant(`k${i}`, ['A', 'B'], 'two').index
			)
				same++;
		}
		expect(same).toBeGreaterThan(900);
		expect(same).toBeLessThan(1100);
	});

	it('skips zero-weight variants and rejects an empty list', () => {
		for (let i = 0; i < 200; i++) {
			expect(
				chooseVariant(`k${i}`, [
					{ name: 'off', weight: 0 },
					{ name: 'on' },
					{ name: 'neg', weight: -1 },
				]).name,
			).toBe('on');
		}
		expect(() => chooseVariant('k', [])).toThrow(RangeError);
		expect(() => chooseVariant('k', [{ name: 'a', weight: 0 }])).toThrow(/positive weight/);
	});
});

describe('surveyId / generateSurveyId', () => {
	it('is deterministic, URL-safe and 22 characters', () => {
		const id = surveyId('campaign-7', '+998901234567');
		expect(id).toMatch(/^[A-Za-z0-9_-]{22}$/);
		expect(surveyId('campaign-7', '+998901234567')).toBe(id);
		expect(surveyId('campaign-7', '+998901234568')).not.toBe(id);
		expect(surveyId('ab', 'c')).not.toBe(surveyId('a', 'bc'));
		expect(surveyId(1, null)).toBe(surveyId('1', undefined));
	});

	it('equals the base64url of the first 16 bytes of SHA-256 over length-prefixed parts', () => {
		const expected = createHash('sha256')
			.update('1:x\u00002:yz\u0000')
			.digest()
			.subarray(0, 16)
			.toString('base64url');
		expect(surveyId('x', 'yz')).toBe(expected);
	});

	it('random ids are unique; seeded ids are reproducible', () => {
		const ids = new Set(Array.from({ length: 1000 }, () => generateSurveyId()));
		expect(ids.size).toBe(1000);
		for (const id of ids) expect(id).toMatch(/^[A-Za-z0-9_-]{22}$/);
		expect(generateSurveyId('order-1')).toBe(generateSurveyId('order-1'));
		expect(generateSurveyId('order-1')).toBe(surveyId('order-1'));
	});
});
