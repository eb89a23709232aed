import {
	REPLY_TEXT_LANGUAGES,
	detectLanguage,
	optOutConfirmationText,
	repromptText,
	thankYouText,
} from '../../../../nodes/core/reply';

describe('detectLanguage', () => {
	it.each([
		['Спасибо, всё отлично! 5', 'ru'],
		['vse horosho, spasibo. 5', 'ru'],
		['客服态度很好', 'zh'],
		['Great service, thank you', 'en'],
		["Zo'r xizmat, rahmat! 5", 'uz'],
		['Беш, раҳмат катта', 'uz'],
		['Жақсы қызмет көрсеттіңіздер, рақмет! 5', 'kk'],
		['Kurer eki saǵat keshikti. 1', 'kk'],
		['Excelente atención, muy rápidos', 'es'],
		['Ótimo atendimento, obrigado', 'pt'],
		['Der Techniker war sehr freundlich', 'de'],
		["Très bien, merci, l'attente était courte", 'fr'],
		['Kurye çok geç geldi', 'tr'],
		['شكراً جزيلاً، الخدمة ممتازة', 'ar'],
		['Kurirnya ramah, terima kasih', 'id'],
		['Nhân viên nhiệt tình', 'vi'],
		['bahut badhiya service tha', 'hi'],
		['बहुत बढ़िया', 'hi'],
		['٥', 'ar'],
		['5', 'und'],
		['👍', 'und'],
		['', 'und'],
	])('%j → %s', (text, lang) => {
		expect(detectLanguage(text)).toBe(lang);
	});
	it('never throws', () => {
		expect(detectLanguage(undefined as unknown as string)).toBe('und');
		expect(detectLanguage('\ud800'.repeat(5000))).toBe('und');
	});
});

describe('repromptText', () => {
	it('uses the seed Russian text and names the scale', () => {
		expect(repromptText('ru', { min: 1, max: 5 })).toBe(
			'Извините, не удалось распознать ваш ответ. Пожалуйста, оцените нашу работу по шкале от 1 до 5.',
		);
		expect(repromptText('ru', { min: 0, max: 10 })).toContain('от 0 до 10');
	});
	it.each(['ru', 'zh', 'en', 'uz', 'kk', 'es', 'pt', 'de', 'fr', 'tr', 'ar', 'id', 'vi', 'hi'])(
		'%s: names the scale in both attempts and is short',
		(lang) => {
			for (const attempt of [1, 2]) {
				const t = repromptText(lang, { min: 0, max: 10 }, attempt);
				expect(t).toContain('0');
				expect(t).toContain('10');
				expect(t).not.toContain('{');
				expect(t.length).toBeLessThanOrEqual(120);
			}
			expect(repromptText(lang, { min: 1, max: 5 }, 2).length).toBeLessThan(
				repromptText(lang, { min: 1, max: 5 }, 1).length,
			);
		},
	);
	it('has its own texts for the required languages and falls back to English', () => {
		expect([...REPLY_TEXT_LANGUAGES].sort()).toEqual([
			'ar',
			'de',
			'en',
			'es',
			'fr',
			'hi',
			'id',
			'kk',
			'pt',
			'ru',
			'tr',
			'uz',
			'vi',
			'zh',
		]);
		expect(repromptText('xx', { min: 1, max: 5 })).toBe(repromptText('en', { min: 1, max: 5 }));
		expect(repromptText('pt-BR', { min: 1, max: 5 })).toBe(repromptText('pt', { min: 1, max: 5 }));
		expect(repromptText('ZH-cn', { min: 1, max: 5 })).toBe(
			'抱歉，未能识别您的回复。请用1到5的数字为我们的服务评分。',
		);
		expect(repromptText('en')).toBe(
			"Sorry, we couldn't read your reply. Please rate our service from 1 to 5.",
		);
	});
});

describe('thankYouText', () => {
	it('starts with the Russian seed', () => {
		expect(thankYouText('ru')).toMatch(/^Спасибо за вашу оценку!/);
	});
	it('apologises for low scores and is warmer for high ones', () => {
		const s = { min: 1, max: 5 };
		expect(thankYouText('en', 1, s)).toBe(
			"Thank you for your feedback. We're sorry and will work to improve.",
		);
		expect(thankYouText('en', 2, s)).toBe(
			"Thank you for your feedback. We're sorry and will work to improve.",
		);
		expect(thankYouText('en', 3, s)).toBe('Thank you for your rating!');
		expect(thankYouText('en', 5, s)).toBe(
			"Thank you for your rating! We're glad you're happy with our service.",
		);
		expect(thankYouText('en', 9, { min: 0, max: 10 })).toBe(thankYouText('en', 5, s));
		expect(thankYouText('en', null)).toBe('Thank you for your rating!');
	});
	it.each(['ru', 'zh', 'en', 'uz', 'kk', 'es', 'pt', 'de', 'fr', 'tr', 'ar', 'id', 'vi', 'hi'])(
		'%s: three distinct short texts',
		(lang) => {
			const s = { min: 1, max: 5 };
			const texts = new Set([
				thankYouText(lang, 1, s),
				thankYouText(lang, 3, s),
				thankYouText(lang, 5, s),
			]);
			expect(texts.size).toBe(3);
			for (const t of texts) expect(t.length).toBeLessThanOrEqual(90);
			expect(optOutConfirmationText(lang).length).toBeLessThanOrEqual(80);
		},
	);
	it('confirms an opt-out in the language', () => {
		expect(optOutConfirmationText('ru')).toBe(
			'Вы отписались от сообщений. Больше мы не будем вам писать.',
		);
		expect(optOutConfirmationText('unknown')).toBe(optOutConfirmationText('en'));
	});
});
