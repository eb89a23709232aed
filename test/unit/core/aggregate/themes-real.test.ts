/**
 * Test (c) of ../shared/real-reviews: themes of 2,000 real reviews per language (score = stars). Prints the
 * top-10 negative and positive themes and asserts the mechanical parts: no one-character fragments, no
 * numbers, no greetings/boilerplate, no brand inflections (the brand's stem is common to both sides).
 */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { aggregateResponses } from '../../../../nodes/core/aggregate';
import { stemRu } from '../../../../nodes/core/languages/ru/stem';

const DIR = join(__dirname, '../../../../../shared/real-reviews');
const present = existsSync(join(DIR, 'ru.jsonl'));
if (!present) console.log('skipped: ../shared not present');
const maybe = present ? describe : describe.skip;

const GREETINGS = /^(?:добрый|здравствуйте|привет|являюсь|hello|hi|dear|您好|你好)/u;

maybe('themes on real reviews (test c)', () => {
	for (const lang of ['ru', 'zh', 'en']) {
		it(lang, () => {
			const rows = readFileSync(join(DIR, `${lang}.jsonl`), 'utf8')
				.split('\n')
				.filter((l) => l.trim() !== '')
				.map((l) => JSON.parse(l) as { rating: number; text: string })
				.map((r) => ({ score: r.rating, comment: r.text }));
			const t = aggregateResponses(rows, { min: 1, max: 5 }).themes!;
			const l = t.languages.find((x) => x.language === lang)!;
			for (const side of ['negative', 'positive'] as const) {
				const top = l[side].themes.slice(0, 10);
				console.log(`${lang} ${side}: ${top.map((x) => `${x.term} (${x.count})`).join(', ')}`);
				expect(top).toHaveLength(10);
				for (const x of top) {
					expect([...x.term].length).toBeGreaterThan(1);
					expect(x.term).not.toMatch(/\p{N}/u);
					expect(x.term).not.toMatch(GREETINGS);
					if (lang === 'ru') expect(x.term.split(' ').map(stemRu)).not.toContain('сбербанк');
					if (lang === 'zh') expect(x.term).not.toMatch(/京东|海尔/u);
					expect(x.examples.length).toBeGreaterThan(0);
				}
			}
		});
	}
});
