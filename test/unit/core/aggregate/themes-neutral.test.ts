/**
 * Theme-neutral word classes (narration verbs, discourse words, document register, units of time/place,
 * negated auxiliaries): they never make a theme alone, nor a phrase of only such words and negations, while
 * the evaluative words beside them still do.
 */
import { aggregateResponses } from '../../../../nodes/core/aggregate';
import { neutralStemsOf } from '../../../../nodes/core/aggregate/stopwords';
import { stemEn } from '../../../../nodes/core/languages/en/stem';
import { stemRu } from '../../../../nodes/core/languages/ru/stem';

type Row = { score: number; comment: string };

function terms(rows: Row[], lang: string, side: 'negative' | 'positive'): string[] {
	const t = aggregateResponses(rows, {
		min: 1,
		max: 5,
		themes: { top: 50, language: lang },
	}).themes!;
	const l = t.languages.find((x) => x.language === lang)!;
	return l[side].themes.map((x) => x.term);
}

/** `n` comments from templates, each with a distinct filler so no two are equal. */
function rows(score: number, n: number, templates: string[]): Row[] {
	const fillers = ['утром', 'вечером', 'днем', 'ночью', 'снова', 'опять', 'вчера', 'сегодня'];
	return Array.from({ length: n }, (_, i) => ({
		score,
		comment: `${templates[i % templates.length]} ${fillers[i % fillers.length]}`,
	}));
}

describe('theme-neutral words (ru)', () => {
	const data = [
		...rows(1, 30, [
			'Позвонила в банк, заблокировали карту.',
			'Столкнулась с тем что заблокировали карту.',
			'Написала заявление, деньги списали.',
			'Обратилась в отделение, деньги списали, ждала две недели.',
		]),
		...rows(5, 30, [
			'Вежливые сотрудники, проблем не сталкивался.',
			'Быстро и вежливые операторы.',
			'В частности удобное приложение.',
		]),
	];

	it('keeps the complaint and praise words', () => {
		expect(terms(data, 'ru', 'negative').join(' ')).toMatch(/заблокировали/u);
		expect(terms(data, 'ru', 'negative').join(' ')).toMatch(/списали/u);
		expect(terms(data, 'ru', 'positive').join(' ')).toMatch(/вежливые/u);
	});

	it('drops narration verbs, bare document nouns, units and discourse words', () => {
		const neg = terms(data, 'ru', 'negative');
		const pos = terms(data, 'ru', 'positive');
		for (const w of ['позвонила', 'столкнулась', 'обратилась', 'написала', 'заявление', 'недели'])
			expect(neg).not.toContain(w);
		expect(pos).not.toContain('частности');
	});

	it('drops a phrase of only negation and neutral words ("не сталкивался")', () => {
		expect(terms(data, 'ru', 'positive')).not.toContain('не сталкивался');
		expect(terms(data, 'ru', 'positive').join(' ')).not.toMatch(/сталкивался/u);
	});

	it('matches by stem, so unlisted inflections are neutral too', () => {
		const ru = neutralStemsOf('ru');
		for (const w of ['заявлении', 'позвонишь', 'позвонит', 'неделями', 'заявлению'])
			expect(ru.has(stemRu(w))).toBe(true);
		for (const w of ['заблокировали', 'вежливый', 'грубо', 'долго'])
			expect(ru.has(stemRu(w))).toBe(false);
	});

	it('has no list for languages without one', () => {
		expect(neutralStemsOf('xx').size).toBe(0);
	});
});

describe('theme-neutral words (en)', () => {
	const fillers = ['today', 'yesterday', 'again', 'tonight', 'twice', 'lately'];
	const make = (score: number, n: number, templates: string[]): Row[] =>
		Array.from({ length: n }, (_, i) => ({
			score,
			comment: `${templates[i % templates.length]} ${fillers[i % fillers.length]}`,
		}));
	const data = [
		...make(1, 30, [
			'The order reached half an hour late, food was stale.',
			"I haven't got a refund, staff rude.",
			'Reached below expectations, stale bread.',
		]),
		...make(5, 30, ['Courteous staff, lovely.', 'Courteous and quick service.']),
	];

	it('keeps evaluative words and drops narration, position words and negated auxiliaries', () => {
		const neg = terms(data, 'en', 'negative');
		expect(neg.join(' ')).toMatch(/stale/u);
		for (const w of ['reached', 'half', 'below', "haven't"]) expect(neg).not.toContain(w);
		expect(terms(data, 'en', 'positive').join(' ')).toMatch(/courteous/u);
		expect(neutralStemsOf('en').has(stemEn('reaching'))).toBe(true);
	});
});

describe('negated phrases', () => {
	const fillers = ['today', 'yesterday', 'again', 'tonight', 'twice', 'lately'];
	const make = (score: number, n: number, templates: string[]): Row[] =>
		Array.from({ length: n }, (_, i) => ({
			score,
			comment: `${templates[i % templates.length]} ${fillers[i % fillers.length]}`,
		}));
	const data = [
		...make(1, 40, [
			'Not worth it, stale bread.',
			'Did not refund, rude staff.',
			'Not worth the money, rude waiter.',
			'Refund... stale rolls.',
		]),
		...make(5, 40, ['Courteous staff, lovely.', 'Courteous and quick service.']),
	];

	it('shows a word negated in a good share of its comments with its negation, the negation in several themes', () => {
		const neg = terms(data, 'en', 'negative');
		expect(neg).toContain('not worth');
		expect(neg).toContain('not refund');
		expect(neg).not.toContain('refund');
	});

	it('has Chinese narration verbs as neutral words', () => {
		expect(neutralStemsOf('zh').has('打电话')).toBe(true);
		expect(neutralStemsOf('zh').has('退货')).toBe(false);
	});
});
