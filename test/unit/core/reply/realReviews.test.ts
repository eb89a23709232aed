// The two parser checks on real customer reviews (../shared/real-reviews/README.md): (a) false ratings on plain
// comments, (b) a real rating put before or after a real comment. The data is read at run time and never copied
// into the project; without ../shared the test says so and passes.
import * as fs from 'node:fs';
import * as path from 'node:path';
import { parseReply } from '../../../../nodes/core/reply';

interface Review {
	rating: number;
	text: string;
	ab?: boolean;
	label?: { rating: boolean; r: number | null; ok?: (number | null)[] };
}

const DIR = path.resolve(__dirname, '../../../../../shared/real-reviews');
const present = fs.existsSync(path.join(DIR, 'ru.jsonl'));
const LANGS = ['ru', 'zh', 'en'];
const norm = (s: string): string => s.normalize('NFC').replace(/^[\s\p{P}]+|[\s\p{P}]+$/gu, '');
type Form = (r: number, t: string) => string;
const FORMS: Form[] = [
	(r, t) => `${r}. ${t}`,
	(r, t) => `${r} ${t}`,
	(r, t) => `${t} ${r}`,
	(r, t) => `${t}\n${r}`,
	(r, t) => `${r}, ${t}`,
];
const ZH_FORMS: Form[] = [(r, t) => `${r}分，${t}`, (r, t) => `${t} 给${r}分`];

function read(lang: string): Review[] {
	return fs
		.readFileSync(path.join(DIR, `${lang}.jsonl`), 'utf8')
		.split('\n')
		.filter(Boolean)
		.map((l) => JSON.parse(l) as Review)
		.filter((r) => r.ab === true);
}

(present ? describe : describe.skip)('real reviews (../shared/real-reviews)', () => {
	let n = 0;
	let scoreOk = 0;
	let cn = 0;
	let commentOk = 0;

	it.each(LANGS)('(a) %s: false ratings on plain comments ≤ 0.3%%', (lang) => {
		const rows = read(lang);
		const falses = rows.filter((r) => {
			const o = parseReply(r.text, { min: 1, max: 5 });
			if (!o.valid) return false;
			return !(r.label && (o.score === r.label.r || (r.label.ok ?? []).includes(o.score)));
		});
		console.log(
			`real reviews (a) ${lang}: ${falses.length}/${rows.length} false ratings (${((100 * falses.length) / rows.length).toFixed(2)}%)` +
				falses.map((r) => `\n  ${r.text.slice(0, 100)}`).join(''),
		);
		expect(falses.length / rows.length).toBeLessThanOrEqual(0.003);
	});

	it.each(LANGS)('(b) %s: rating + comment forms', (lang) => {
		const rows = read(lang).filter((r) => !(r.label?.rating && r.label.r !== r.rating));
		const misses: string[] = [];
		for (const build of lang === 'zh' ? [...FORMS, ...ZH_FORMS] : FORMS) {
			for (const r of rows) {
				const reply = build(r.rating, r.text);
				const o = parseReply(reply, { min: 1, max: 5 });
				const good = o.score === r.rating && o.valid && !o.optOut;
				n++;
				if (good) scoreOk++;
				else if (misses.length < 5) misses.push(`${o.reason}: ${reply.slice(0, 80)}`);
				if (r.label?.rating) continue;
				cn++;
				if (good && norm(o.comment) === norm(r.text)) commentOk++;
			}
		}
		console.log(`real reviews (b) ${lang}: misses\n  ${misses.join('\n  ') || '(none)'}`);
	});

	it('(b) over all forms and languages: score ≥ 99.5%, comment ≥ 99%', () => {
		console.log(
			`real reviews (b): score ${((100 * scoreOk) / n).toFixed(2)}% of ${n}, comment ${((100 * commentOk) / cn).toFixed(2)}% of ${cn}`,
		);
		expect(n).toBeGreaterThan(0);
		expect(scoreOk / n).toBeGreaterThanOrEqual(0.995);
		expect(commentOk / cn).toBeGreaterThanOrEqual(0.99);
	});
});

if (!present) {
	it('real reviews', () => {
		console.log('skipped: ../shared not present');
	});
}
