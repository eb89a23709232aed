import fc from 'fast-check';
import { detectCommentLanguage } from '../../../../nodes/core/aggregate';

describe('detectCommentLanguage', () => {
	it('never throws and gives a language code for any text', () => {
		fc.assert(
			fc.property(
				fc.oneof(
					fc.string(),
					fc.string({ unit: 'binary', maxLength: 300 }),
					fc.string({ unit: 'grapheme', maxLength: 100 }),
				),
				(s) => {
					expect(detectCommentLanguage(s)).toMatch(/^[a-z]{2,3}$/);
				},
			),
			{ numRuns: 400 },
		);
	});

	it('the same text gives the same answer whatever was detected before it', () => {
		const texts = ['Очень долго ждал', 'Çok iyi, teşekkürler', 'very good service', '送货太慢了'];
		const alone = texts.map((t) => detectCommentLanguage(t));
		fc.assert(
			fc.property(fc.array(fc.nat({ max: texts.length - 1 }), { maxLength: 12 }), (order) => {
				for (const i of order) expect(detectCommentLanguage(texts[i])).toBe(alone[i]);
			}),
		);
	});

	it('is linear on 10 KB of junk (doubling the input at most ~3× the time)', () => {
		let seed = 7;
		let random = '';
		for (let i = 0; i < 10240; i++) {
			seed = (seed * 1103515245 + 12345) & 0x7fffffff;
			random += String.fromCharCode(seed % 0xffff);
		}
		const junk = [
			random,
			'\uD800'.repeat(10000),
			"a'".repeat(5000),
			'не '.repeat(3400),
			'𠀀a'.repeat(3400),
			'the and или '.repeat(900),
		];
		// Best of several runs: the machine is shared, a single run measures the neighbours.
		// half and full interleaved, best of 9: both sizes see the same neighbours on a shared machine
		const once = (s: string): number => {
			const t0 = process.hrtime.bigint();
			detectCommentLanguage(s);
			return Number(process.hrtime.bigint() - t0) / 1e6;
		};
		for (const j of junk) {
			const short = j.slice(0, j.length / 2);
			let half = Infinity;
			let full = Infinity;
			for (let k = 0; k < 9; k++) {
				half = Math.min(half, once(short));
				full = Math.min(full, once(j));
			}
			expect(full).toBeLessThan(half * 3.5 + 2);
		}
	});
});
