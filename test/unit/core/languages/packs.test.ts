// The language packs: every built-in language is one module, and the parser, the texts and the nodes' language
// options read the registered packs.
import { LANGUAGE_PACKS, languagePack, packWords } from '../../../../nodes/core/languages';
import { parseReply, repromptText, REPLY_TEXT_LANGUAGES } from '../../../../nodes/core/reply';
import { defaultSurveyText, SUPPORTED_SURVEY_LANGUAGES } from '../../../../nodes/core/sms';
import { LANGUAGE_OPTIONS } from '../../../../nodes/shared/languages';

const CODES = ['ru', 'uz', 'kk', 'en', 'es', 'pt', 'de', 'fr', 'tr', 'ar', 'id', 'vi', 'hi', 'zh'];

describe('language pack registry', () => {
	it('has one pack per built-in language, with a unique code and a name', () => {
		expect(LANGUAGE_PACKS.map((p) => p.code).sort()).toEqual([...CODES].sort());
		for (const p of LANGUAGE_PACKS) {
			expect(p.name.length).toBeGreaterThan(2);
			expect(languagePack(p.code)).toBe(p);
		}
		expect(languagePack('pt-BR')?.code).toBe('pt');
		expect(languagePack('ZH_cn')?.code).toBe('zh');
		expect(languagePack('xx')).toBeUndefined();
	});

	it('gives every pack its reply texts, survey text and an option in the nodes', () => {
		for (const p of LANGUAGE_PACKS) {
			expect(p.replyTexts?.reprompt).toContain('{max}');
			expect(p.surveyText).toBeDefined();
			expect(REPLY_TEXT_LANGUAGES).toContain(p.code);
			expect(SUPPORTED_SURVEY_LANGUAGES).toContain(p.code);
			expect(LANGUAGE_OPTIONS).toContainEqual({ name: p.name, value: p.code });
		}
		expect(SUPPORTED_SURVEY_LANGUAGES).toEqual(expect.arrayContaining(['zh-Hant', 'uz-Cyrl']));
		const names = LANGUAGE_OPTIONS.map((o) => o.name);
		expect(names).toEqual([...names].sort((a, b) => a.localeCompare(b, 'en')));
	});

	it('texts come from the pack', () => {
		expect(repromptText('kk', { min: 1, max: 5 })).toBe(
			(languagePack('kk')?.replyTexts?.reprompt ?? '').replace('{min}', '1').replace('{max}', '5'),
		);
		expect(defaultSurveyText('zh-TW', { min: 1, max: 5 })).toContain('評價');
	});

	it('every number word of a pack parses as its value when it is the whole reply', () => {
		for (const p of LANGUAGE_PACKS) {
			for (const item of `${p.reply.numbers ?? ''} ${p.reply.grades ?? ''}`.split(/\s+/)) {
				if (!item) continue;
				const eq = item.lastIndexOf('=');
				const word = item.slice(0, eq).replace(/!$/, '').replace(/_/g, ' ');
				const value = Number(item.slice(eq + 1));
				const r = parseReply(word, { min: 0, max: 10 });
				// a few words are claimed by an earlier pack with another meaning; those must still be ratings
				expect({ word, valid: r.valid }).toEqual({ word, valid: true });
				if (LANGUAGE_PACKS.find((q) => q.reply.numbers?.includes(`${word}=`))?.code === p.code)
					expect({ word, score: r.score }).toEqual({ word, score: value });
			}
		}
	});

	it('field words are collected over all packs', () => {
		const units = packWords((p) => p.reply.units);
		expect(units).toEqual(expect.arrayContaining(['дней', 'days', 'días', 'апреля', 'mayo']));
	});
});

// Hand-checked examples per pack: a rating in the pack's own words, an opt-out in its own words, and a number
// that its unit words make a count, not a rating.
const EXAMPLES: Record<string, [string, number | null, boolean][]> = {
	ru: [
		['Пятёрка, мастер молодец', 5, false],
		['Ждал 3 дня', null, false],
		['Больше не пишите мне', null, true],
	],
	uz: [
		['Xizmat yaxshi, 4 ball', 4, false],
		['3 kun kutdim', null, false],
		['Xabar yubormang', null, true],
	],
	kk: [
		['Бес, рахмет', 5, false],
		['2 сағат күттім', null, false],
		['Хабарлама жібермеңіз', null, true],
	],
	en: [
		['Four stars, thanks', 4, false],
		['Waited 2 hours', null, false],
		['Stop texting me', null, true],
	],
	es: [
		['Cuatro estrellas', 4, false],
		['Esperé 2 horas', null, false],
		['No me escriban más', null, true],
	],
	pt: [
		['Nota 4, obrigado', 4, false],
		['Esperei 3 dias', null, false],
		['Parem de enviar mensagens', null, true],
	],
	de: [
		['Vier Sterne', 4, false],
		['3 Tage gewartet', null, false],
		['Keine SMS mehr', null, true],
	],
	fr: [
		['Quatre sur cinq', 4, false],
		['Attendu 3 jours', null, false],
		["Ne m'envoyez plus de SMS", null, true],
	],
	tr: [
		['5 üzerinden 4', 4, false],
		['3 gün bekledim', null, false],
		['Mesaj göndermeyin', null, true],
	],
	ar: [
		['أربعة نجوم', 4, false],
		['انتظرت 3 أيام', null, false],
		['لا ترسلوا لي رسائل', null, true],
	],
	id: [
		['Empat bintang', 4, false],
		['Nunggu 3 hari', null, false],
		['Jangan kirim sms lagi', null, true],
	],
	vi: [
		['Bốn sao', 4, false],
		['Chờ 3 ngày', null, false],
		['Đừng gửi tin nhắn nữa', null, true],
	],
	hi: [
		['Paanch, bahut badhiya', 5, false],
		['3 din wait kiya', null, false],
		['Message mat bhejo', null, true],
	],
	zh: [
		['四分，师傅很好', 4, false],
		['等了三天', null, false],
		['别再发了', null, true],
	],
};

describe.each(Object.keys(EXAMPLES))('pack %s: hand-checked examples', (code) => {
	it.each(EXAMPLES[code])('%j → %p (opt-out %p)', (text, score, optOut) => {
		const r = parseReply(text, { min: 1, max: 5 });
		expect({ score: r.score, optOut: r.optOut }).toEqual({ score, optOut });
	});
});
