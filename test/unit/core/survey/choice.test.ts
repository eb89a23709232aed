import {
	parseChoice,
	scaleLabelsFromText,
	parseRating,
	SURVEY_LANGUAGES,
	allSurveyPacks,
	reminderText,
} from '../../../../nodes/core/survey';

const options = [
	{ id: 'wait_time' },
	{ id: 'staff_attitude' },
	{ id: 'resolution' },
	{ id: 'other' },
];

describe('parseChoice', () => {
	it.each([
		['2', 'ru', 'staff_attitude', 'number'],
		['2️⃣', 'ru', 'staff_attitude', 'number'],
		['②', 'en', 'staff_attitude', 'number'],
		['２', 'zh', 'staff_attitude', 'number'],
		['#3', 'en', 'resolution', 'number'],
		['вариант 1', 'ru', 'wait_time', 'number'],
		['٢', 'ar', 'staff_attitude', 'number'],
		['второе', 'ru', 'staff_attitude', 'ordinal'],
		['Четвёртый', 'ru', 'other', 'ordinal'],
		['ожидание', 'ru', 'wait_time', 'word'],
		['долго ждал', 'ru', 'wait_time', 'word'],
		['2 часа ждал', 'ru', 'wait_time', 'word'],
		['хамили', 'ru', 'staff_attitude', 'word'],
		['вопрос так и не решили', 'ru', 'resolution', 'word'],
		['等太久', 'zh', 'wait_time', 'word'],
		['第二', 'zh', 'staff_attitude', 'ordinal'],
		['客服态度不好', 'zh', 'staff_attitude', 'word'],
		['waiting', 'en', 'wait_time', 'word'],
		['second', 'en', 'staff_attitude', 'ordinal'],
		['the agent was rude', 'en', 'staff_attitude', 'word'],
		['uzoq kutdim', 'uz', 'wait_time', 'word'],
		['ikkinchi', 'uz', 'staff_attitude', 'ordinal'],
		['иккинчи', 'uz', 'staff_attitude', 'ordinal'],
		['муаммо ҳал бўлмади', 'uz', 'resolution', 'word'],
		['la espera', 'es', 'wait_time', 'word'],
		['segunda', 'es', 'staff_attitude', 'ordinal'],
		['no se resolvió nada', 'es', 'resolution', 'word'],
		['otro', 'es', 'other', 'word'],
		['waiting', 'ru', 'wait_time', 'word'],
		['çok uzun bekledim', 'tr', 'wait_time', 'word'],
		['الموظف', 'ar', 'staff_attitude', 'word'],
		['chờ lâu quá', 'vi', 'wait_time', 'word'],
	])('%s (%s) → %s by %s', (text, language, choice, by) => {
		expect(parseChoice(text, options, { language })).toMatchObject({ choice, by });
	});
	it.each(['5', '0', '', '   ', 'привет', 'ok', '🙂', '12'])('%j reads no option', (text) => {
		expect(parseChoice(text, options, { language: 'ru' }).choice).toBeNull();
	});
	it('two options named equally is ambiguous', () => {
		expect(parseChoice('ждал и хамили', options, { language: 'ru' })).toMatchObject({
			choice: null,
			by: 'ambiguous',
		});
	});
	it('keeps the words after a numbered choice', () => {
		expect(parseChoice('2 – грубили', options, { language: 'ru' })).toMatchObject({
			choice: 'staff_attitude',
			rest: 'грубили',
		});
	});
	it('reads the options’ own words and labels', () => {
		const own = [
			{ id: 'price', words: ['дорог', 'цена'] },
			{ id: 'speed', label: { en: 'speed', ru: 'скорость' } },
		];
		expect(parseChoice('слишком дорого', own, { language: 'ru' }).choice).toBe('price');
		expect(parseChoice('скорость', own, { language: 'ru' }).choice).toBe('speed');
	});
});

describe('scale labels', () => {
	it('reads the labels named in a survey text', () => {
		expect(scaleLabelsFromText('Оцените от 1 до 5 (1 – очень плохо, 5 – отлично)')).toEqual({
			1: 'очень плохо',
			5: 'отлично',
		});
		expect(scaleLabelsFromText('Rate us 1 = very bad, 5 = excellent')).toEqual({
			1: 'very bad',
			5: 'excellent',
		});
	});
	it('a reply that is only a label reads as its score; without labels it does not', () => {
		const labels = scaleLabelsFromText('1 – очень плохо, 5 – отлично');
		expect(parseRating('отлично', { min: 1, max: 5, labels }).score).toBe(5);
		expect(parseRating('Очень плохо.', { min: 1, max: 5, labels }).score).toBe(1);
		expect(parseRating('excellent', { min: 1, max: 5, labels: { 5: 'excellent' } }).score).toBe(5);
		expect(parseRating('отлично', { min: 1, max: 5 }).score).toBeNull();
		expect(parseRating('не отлично', { min: 1, max: 5, labels }).score).toBeNull();
	});
});

describe('language packs', () => {
	it('cover every built-in language with complete texts', () => {
		for (const code of [
			'ru',
			'uz',
			'uz-Cyrl',
			'kk',
			'zh',
			'en',
			'es',
			'pt',
			'de',
			'fr',
			'tr',
			'ar',
			'id',
			'vi',
			'hi',
		]) {
			expect(SURVEY_LANGUAGES).toContain(code);
		}
		for (const p of allSurveyPacks()) {
			for (const id of ['wait_time', 'staff_attitude', 'resolution', 'other'] as const) {
				expect(p.reasonLabels[id].length).toBeGreaterThan(0);
				expect(p.reasonWords[id].length).toBeGreaterThan(0);
				// every option's own label picks it
				expect(parseChoice(p.reasonLabels[id], options, { language: p.code }).choice).toBe(id);
			}
			for (let n = 1; n <= 4; n++) {
				expect(parseChoice(p.ordinals[n - 1][0], options, { language: p.code }).index).toBe(n);
			}
			expect(reminderText(p.code, { min: 1, max: 5 })).toMatch(/1.*5/);
		}
	});
});
