import { analyzeComment, ASPECT_IDS } from '../../../../nodes/core/analysis';
import { ASPECT_CASES } from './aspect-cases';

function labels(text: string, language?: string): string {
	const found = analyzeComment(text, language === undefined ? {} : { language }).aspects.map(
		(a) => `${a.aspect}${a.polarity === 'pos' ? '+' : '-'}`,
	);
	return [...new Set(found)].sort().join(' ');
}

describe('analyzeComment: hand-written comments per language', () => {
	for (const [language, cases] of Object.entries(ASPECT_CASES)) {
		it.each(cases)(`${language}: %s`, (text, expected) => {
			expect(labels(text, language)).toBe(expected.split(' ').filter(Boolean).sort().join(' '));
		});
	}
});

describe('analyzeComment: result shape', () => {
	it('gives evidence with offsets into the text, in text order, and detects the language', () => {
		const text = 'Оператор вежливый, но долго ждал на линии';
		const r = analyzeComment(text);
		expect(r.language).toBe('ru');
		expect(r.aspects.map((a) => a.aspect)).toEqual(['staff_attitude', 'wait_time']);
		for (const a of r.aspects) expect(text.slice(a.start, a.end)).toBe(a.evidence);
		expect(r.aspects[0].evidence).toBe('вежливый');
	});
	it('uses only the built-in taxonomy ids', () => {
		const ids = new Set<string>(ASPECT_IDS);
		for (const cases of Object.values(ASPECT_CASES)) {
			for (const [text] of cases) {
				for (const a of analyzeComment(text).aspects) expect(ids.has(a.aspect)).toBe(true);
			}
		}
	});
	it('gives several mentions of one aspect in different clauses', () => {
		const r = analyzeComment('Ждал долго. Потом снова долго ждал.', { language: 'ru' });
		expect(r.aspects.filter((a) => a.aspect === 'wait_time')).toHaveLength(2);
	});
	it('reads a praise word in quotes as irony', () => {
		expect(labels('«Грамотный» сотрудник всё перепутал', 'ru')).toBe('competence-');
	});
	it('adds custom aspects with keywords per language, polarity from the clause', () => {
		const custom = [
			{
				name: 'parking',
				keywords: { ru: ['парковк*'], en: ['parking'] },
				negative: ['негде припарковаться'],
			},
		];
		const ru = analyzeComment('Парковка ужасная, но кассир вежливый', {
			language: 'ru',
			customAspects: custom,
		});
		expect(ru.aspects.map((a) => `${a.aspect}${a.polarity}`)).toEqual([
			'parkingneg',
			'staff_attitudepos',
		]);
		expect(
			analyzeComment('Great parking', { language: 'en', customAspects: custom }).aspects[0],
		).toMatchObject({ aspect: 'parking', polarity: 'pos' });
		expect(
			analyzeComment('Негде припарковаться', { language: 'ru', customAspects: custom }).aspects[0],
		).toMatchObject({ aspect: 'parking', polarity: 'neg' });
	});
	it('returns no aspects for non-text and unknown languages', () => {
		expect(analyzeComment(undefined)).toEqual({ language: 'und', aspects: [] });
		expect(analyzeComment(42 as unknown as string, { language: 'ru' }).aspects).toEqual([]);
		expect(analyzeComment('ok', { language: 'xx' }).aspects).toEqual([]);
	});
});
