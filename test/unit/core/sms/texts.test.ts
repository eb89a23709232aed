import {
	SUPPORTED_SURVEY_LANGUAGES,
	buildSurveyMessage,
	countSegments,
	defaultSurveyText,
	optOutFooter,
	renderTemplate,
	resolveSurveyLanguage,
} from '../../../../nodes/core/sms';

const CSAT = { min: 1, max: 5 };
const NPS = { min: 0, max: 10 };

describe('defaultSurveyText', () => {
	it('English and Russian 1–5 texts read exactly as specified', () => {
		expect(defaultSurveyText('en', CSAT)).toBe(
			'How would you rate our service? Reply with a number from 1 (very bad) to 5 (excellent). You can add a comment.',
		);
		expect(defaultSurveyText('ru', CSAT)).toBe(
			'Оцените наше обслуживание: ответьте цифрой от 1 (очень плохо) до 5 (отлично). Можно добавить комментарий.',
		);
		expect(defaultSurveyText('ru', { min: 1, max: 10 })).toContain(
			'ответьте числом от 1 (очень плохо) до 10 (отлично)',
		);
	});

	it('0–10 asks the NPS recommend question', () => {
		expect(defaultSurveyText('en', NPS)).toBe(
			'How likely are you to recommend us to a friend? Reply with a number from 0 (not at all likely) to 10 (extremely likely). You can add a comment.',
		);
		expect(defaultSurveyText('ru', NPS)).toMatch(/^Порекомендуете ли вы нас друзьям\?/);
		expect(defaultSurveyText('zh', NPS)).toMatch(/^您有多大可能向朋友推荐我们/);
		// The kind can be forced either way.
		expect(defaultSurveyText('en', NPS, { kind: 'rating' })).toMatch(/^How would you rate/);
		expect(defaultSurveyText('en', CSAT, { kind: 'nps' })).toMatch(/^How likely/);
	});

	it.each(SUPPORTED_SURVEY_LANGUAGES.map((l) => [l]))(
		'%s names min and max for several scales',
		(language) => {
			for (const scale of [CSAT, NPS, { min: 1, max: 10 }, { min: 1, max: 3 }]) {
				const text = defaultSurveyText(language, scale);
				expect(text.length).toBeGreaterThan(20);
				const numbers = text.match(/\d+/g) ?? [];
				expect(numbers).toContain(String(scale.min));
				expect(numbers).toContain(String(scale.max));
				expect(numbers.every((n) => n === String(scale.min) || n === String(scale.max))).toBe(true);
				// No placeholders leak and the comment invite can be switched off.
				expect(text).not.toMatch(/undefined|\$\{/);
				const short = defaultSurveyText(language, scale, { withComment: false });
				expect(short.length).toBeLessThan(text.length);
				expect(text.startsWith(short)).toBe(true);
			}
		},
	);

	it('every language has its own text (no accidental English fallback)', () => {
		const texts = new Set(SUPPORTED_SURVEY_LANGUAGES.map((l) => defaultSurveyText(l, CSAT)));
		expect(texts.size).toBe(SUPPORTED_SURVEY_LANGUAGES.length);
	});

	it('segment counts of the built-in texts (table for the report)', () => {
		const rows: Array<Record<string, string | number>> = [];
		for (const language of SUPPORTED_SURVEY_LANGUAGES) {
			for (const scale of [CSAT, NPS]) {
				const text = countSegments(defaultSurveyText(language, scale));
				const withFooter = countSegments(buildSurveyMessage({ language, scale, footer: true }));
				rows.push({
					language,
					scale: `${scale.min}-${scale.max}`,
					encoding: text.encoding,
					units: text.units,
					segments: text.segments,
					'units+footer': withFooter.units,
					'segments+footer': withFooter.segments,
				});
				expect(text.segments).toBeLessThanOrEqual(2);
				expect(withFooter.segments).toBeLessThanOrEqual(3);
			}
		}
		console.log(rows.map((r) => Object.values(r).join('\t')).join('\n'));
		// Hand-checked: the GSM-7 texts for 1–5 fit one SMS even with the footer.
		for (const language of ['en', 'uz', 'es', 'pt', 'de', 'fr', 'id']) {
			const msg = buildSurveyMessage({ language, scale: CSAT, footer: true });
			expect(countSegments(msg)).toMatchObject({ encoding: 'GSM-7', segments: 1 });
		}
		// Chinese fits one SMS (70 units) with the footer.
		expect(
			countSegments(buildSurveyMessage({ language: 'zh', scale: CSAT, footer: true })).segments,
		).toBe(1);
		// Russian 1–5 with footer stays within two UCS-2 segments (≤ 134 units).
		expect(
			countSegments(buildSurveyMessage({ language: 'ru', scale: CSAT, footer: true })).segments,
		).toBe(2);
	});

	it('puts the company in front (Chinese uses the 【】 signature)', () => {
		expect(defaultSurveyText('en', CSAT, { company: 'Acme' })).toMatch(
			/^Acme: How would you rate our service\?/,
		);
		expect(defaultSurveyText('zh', CSAT, { company: '某某银行' })).toMatch(
			/^【某某银行】请您对我们的服务进行评价/,
		);
		expect(defaultSurveyText('en', CSAT, { company: '  ' })).toMatch(/^How/);
	});

	it('falls back to English and resolves language tags', () => {
		expect(defaultSurveyText('xx', CSAT)).toBe(defaultSurveyText('en', CSAT));
		expect(defaultSurveyText('', CSAT)).toBe(defaultSurveyText('en', CSAT));
		expect(resolveSurveyLanguage('ru-RU')).toBe('ru');
		expect(resolveSurveyLanguage('zh_CN')).toBe('zh');
		expect(resolveSurveyLanguage('zh-Hans-CN')).toBe('zh');
		expect(resolveSurveyLanguage('zh-TW')).toBe('zh-Hant');
		expect(resolveSurveyLanguage('zh-Hant-HK')).toBe('zh-Hant');
		expect(resolveSurveyLanguage('uz-Cyrl-UZ')).toBe('uz-Cyrl');
		expect(resolveSurveyLanguage('uz-Latn')).toBe('uz');
		expect(resolveSurveyLanguage('PT-br')).toBe('pt');
		expect(resolveSurveyLanguage('ja')).toBe('en');
		expect(resolveSurveyLanguage(undefined as unknown as string)).toBe('en');
	});

	it('rejects an invalid scale', () => {
		expect(() => defaultSurveyText('en', { min: 5, max: 1 })).toThrow(RangeError);
		expect(() => defaultSurveyText('en', { min: 1, max: 1 })).toThrow(/min < max/);
		expect(() => defaultSurveyText('en', { min: NaN, max: 5 })).toThrow(RangeError);
	});
});

describe('optOutFooter', () => {
	it('has the expected wording per language', () => {
		expect(optOutFooter('en')).toBe('Reply STOP to opt out');
		expect(optOutFooter('zh')).toBe('回T退订');
		expect(optOutFooter('zh-TW')).toBe('回T退訂');
		expect(optOutFooter('ru')).toBe('СТОП — отписаться');
		expect(optOutFooter('uz')).toBe('Obunani bekor qilish: STOP');
		expect(optOutFooter('es')).toBe('Responda STOP para darse de baja');
		expect(optOutFooter('de')).toBe('Abmelden: STOP antworten');
		expect(optOutFooter('unknown')).toBe('Reply STOP to opt out');
	});

	it('uses a custom keyword', () => {
		expect(optOutFooter('en', { keyword: 'END' })).toBe('Reply END to opt out');
		expect(optOutFooter('zh', { keyword: 'TD' })).toBe('回TD退订');
		expect(optOutFooter('ru', { keyword: ' ' })).toBe('СТОП — отписаться');
	});

	it('exists and mentions the keyword for every language', () => {
		for (const l of SUPPORTED_SURVEY_LANGUAGES) {
			expect(optOutFooter(l, { keyword: 'QUIT' })).toContain('QUIT');
		}
	});
});

describe('renderTemplate', () => {
	it('replaces {{name}} and {{ name }} placeholders', () => {
		expect(renderTemplate('Hi {{name}}, order {{ order }}!', { name: 'Ann', order: 42 })).toBe(
			'Hi Ann, order 42!',
		);
	});

	it('walks dotted paths and formats values', () => {
		const vars = {
			customer: { name: 'Олег', vip: true },
			at: new Date('2024-01-02T03:04:05Z'),
			tags: ['a', 'b'],
		};
		expect(renderTemplate('{{customer.name}}/{{customer.vip}}/{{at}}/{{tags}}', vars)).toBe(
			'Олег/true/2024-01-02T03:04:05.000Z/["a","b"]',
		);
		expect(renderTemplate('{{a.b}}', { 'a.b': 'flat key wins' })).toBe('flat key wins');
	});

	it('missing, null and undefined become empty, or are kept on request', () => {
		expect(renderTemplate('[{{x}}][{{y}}][{{z}}]', { y: null, z: undefined })).toBe('[][][]');
		expect(renderTemplate('[{{x}}][{{ y }}]', { y: null }, { missing: 'keep' })).toBe(
			'[{{x}}][{{ y }}]',
		);
	});

	it('never evaluates code or reaches the prototype', () => {
		expect(renderTemplate('{{constructor}}{{__proto__}}{{toString}}', {})).toBe('');
		expect(renderTemplate('{{a.constructor.name}}', { a: {} })).toBe('');
		expect(renderTemplate('{{ 1+1 }}', {})).toBe('');
		expect(renderTemplate('{{a b}} {x} {{}}', { a: 1 })).toBe('{{a b}} {x} {{}}');
	});

	it('never throws', () => {
		const cyclic: Record<string, unknown> = {};
		cyclic.self = cyclic;
		expect(renderTemplate('{{self}}', cyclic)).toBe('');
		expect(renderTemplate(undefined as unknown as string, {})).toBe('');
		expect(renderTemplate('{{a}}', null as unknown as Record<string, unknown>)).toBe('');
	});
});

describe('buildSurveyMessage', () => {
	it('uses the built-in text and appends the footer after a newline', () => {
		expect(buildSurveyMessage({ language: 'en', scale: CSAT, footer: true })).toBe(
			'How would you rate our service? Reply with a number from 1 (very bad) to 5 (excellent). You can add a comment.\nReply STOP to opt out',
		);
		expect(buildSurveyMessage({ language: 'zh', scale: CSAT, footer: true, company: 'ACME' })).toBe(
			'【ACME】请您对我们的服务进行评价，回复数字1（非常不满意）至5（非常满意）。欢迎附上您的意见。\n回T退订',
		);
	});

	it('renders a custom text and footer as templates', () => {
		const msg = buildSurveyMessage({
			text: '{{company}}: {{name}}, rate your visit {{min}}-{{max}}.',
			language: 'en',
			scale: CSAT,
			company: 'Acme',
			vars: { name: 'Ann' },
			footer: 'STOP to {{short}}',
			separator: ' ',
		});
		expect(msg).toBe('Acme: Ann, rate your visit 1-5. STOP to');
		expect(
			buildSurveyMessage({
				text: 'Rate 1-5',
				language: 'en',
				scale: CSAT,
				footer: 'Stop: {{kw}}',
				vars: { kw: 'STOP' },
			}),
		).toBe('Rate 1-5\nStop: STOP');
	});

	it('without footer returns the text only; custom keyword for the built-in footer', () => {
		expect(buildSurveyMessage({ language: 'ru', scale: CSAT })).toBe(defaultSurveyText('ru', CSAT));
		expect(
			buildSurveyMessage({ language: 'ru', scale: CSAT, footer: true, optOutKeyword: 'STOP' }),
		).toMatch(/\nSTOP — отписаться$/);
		expect(
			buildSurveyMessage({ language: 'en', scale: CSAT, withComment: false, footer: false }),
		).toBe(
			'How would you rate our service? Reply with a number from 1 (very bad) to 5 (excellent).',
		);
	});
});
