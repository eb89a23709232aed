import fc from 'fast-check';
import { analyzeComment, ASPECT_LANGUAGES } from '../../../../nodes/core/analysis';
import { stemRu } from '../../../../nodes/core/languages/ru/stem';

const languages = fc.constantFrom(undefined, 'auto', ...ASPECT_LANGUAGES);

describe('analyzeComment properties', () => {
	it('never throws, and every mention points into the text', () => {
		fc.assert(
			fc.property(
				fc.oneof(fc.string(), fc.string({ unit: 'grapheme' }), fc.string({ unit: 'binary' })),
				languages,
				(text, language) => {
					const r = analyzeComment(text, { language });
					for (const a of r.aspects) {
						expect(a.start).toBeGreaterThanOrEqual(0);
						expect(a.end).toBeLessThanOrEqual(text.length);
						expect(text.slice(a.start, a.end)).toBe(a.evidence);
						expect(['pos', 'neg']).toContain(a.polarity);
					}
				},
			),
			{ numRuns: 400 },
		);
	});
	it('is linear on 10 KB of junk (doubling the input at most ~3× the time)', () => {
		const junk = [
			'не '.repeat(3400),
			'долго ждал но '.repeat(800),
			'4-4-4-'.repeat(1700),
			'\uD800'.repeat(10000),
			'很好不错但是'.repeat(1700),
			'not not rude '.repeat(800),
			'ждал ~ '.repeat(1400),
			'хорошо персонал '.repeat(700),
		];
		// Best of several runs, half and full interleaved: the machine is shared, a single run measures the
		// neighbours, and interleaving gives both sizes the same neighbours.
		const once = (s: string, language: string): number => {
			const t0 = process.hrtime.bigint();
			analyzeComment(s, { language });
			return Number(process.hrtime.bigint() - t0) / 1e6;
		};
		for (const j of junk) {
			for (const language of ['ru', 'zh', 'en']) {
				const short = j.slice(0, j.length / 2);
				let half = Infinity;
				let full = Infinity;
				for (let k = 0; k < 9; k++) {
					half = Math.min(half, once(short, language));
					full = Math.min(full, once(j, language));
				}
				expect(full).toBeLessThan(half * 3.5 + 2);
			}
		}
	});
});

describe('Russian stemmer', () => {
	it('merges inflections of one word (Snowball results)', () => {
		const cases: [string, string][] = [
			['сбербанка', 'сбербанк'],
			['сбербанке', 'сбербанк'],
			['сбербанком', 'сбербанк'],
			['заблокировали', 'заблокирова'],
			['очередях', 'очеред'],
			['вежливая', 'вежлив'],
			['вежливость', 'вежлив'],
			['банкоматы', 'банкомат'],
			['приложения', 'приложен'],
			['красивейший', 'красив'],
		];
		for (const [w, s] of cases) expect(stemRu(w)).toBe(s);
	});
	it('never throws and never grows a word', () => {
		fc.assert(
			fc.property(fc.string(), (w) => {
				expect(stemRu(w.toLowerCase()).length).toBeLessThanOrEqual(w.toLowerCase().length);
			}),
		);
	});
});
