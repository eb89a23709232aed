import { aggregateResponses, detectCommentLanguage } from '../../../../nodes/core/aggregate';
import { commentTokens } from '../../../../nodes/core/aggregate/themes';

describe('detectCommentLanguage', () => {
	it.each([
		['Оператор был вежлив, но долго пришлось ждать на линии.', 'ru'],
		['бірақ ұзақ күттім', 'kk'],
		['Оператор яхши гаплашди, лекин узоқ кутдим', 'uz'],
		['Operator yaxshi gaplashdi, lekin uzoq kutdim', 'uz'],
		['Kurer eki saǵat keshikti.', 'kk'],
		['师傅很专业，还帮忙把旧路由器收走了', 'zh'],
		['対応がとても遅かったです', 'ja'],
		['서비스가 좋아요', 'ko'],
		['บริการดีมาก', 'th'],
		['الخدمة ممتازة شكرا', 'ar'],
		['one of your staff was really rude to me', 'en'],
		['el técnico llegó tarde y no resolvió nada', 'es'],
		['um atendente me ajudou muito, obrigado', 'pt'],
		['Der Techniker war sehr freundlich', 'de'],
		["Le livreur était en retard, c'est pas normal", 'fr'],
		['Çok iyi hizmet, teşekkürler', 'tr'],
		['Pelayanan sangat bagus, terima kasih', 'id'],
		['Nhân viên rất nhiệt tình', 'vi'],
		['बहुत अच्छी सेवा', 'hi'],
		['👍 !!!', 'und'],
		['', 'und'],
	])('%s -> %s', (text, lang) => {
		expect(detectCommentLanguage(text)).toBe(lang);
	});
});

describe('comment tokens', () => {
	it('folds case, removes stop words and numbers, and breaks phrases at punctuation', () => {
		expect(commentTokens('The delivery was SLOW, 2 days!', 'en')).toEqual([
			'delivery',
			null,
			'slow',
			null,
			'days',
			null,
		]);
		expect(commentTokens('İYİ hizmet', 'tr')).toEqual(['iyi', 'hizmet']);
		expect(commentTokens("l'attente était trop longue", 'fr')).toEqual([
			'attente',
			null,
			'trop',
			'longue',
		]);
		expect(commentTokens('O‘zbekiston yog‘ juda yaxshi', 'uz')).toEqual([
			'oʻzbekiston',
			'yogʻ',
			null,
			'yaxshi',
		]);
	});
	it('segments Chinese with Intl.Segmenter', () => {
		expect(commentTokens('送货太慢了', 'zh')).toEqual(['送货', '太慢', null]);
	});
});

describe('comment themes', () => {
	const rows = [
		{ score: 1, comment: 'Very slow delivery' },
		{ score: 2, comment: 'Slow delivery and rude staff!' },
		{ score: 1, comment: 'The delivery was slow.' },
		{ score: 1, comment: 'Still not fixed, not fixed at all' },
		{ score: 5, comment: 'Great service, thank you' },
		{ score: 4, comment: 'great service' },
		{ score: 3, comment: 'okay service' }, // neutral: not analysed
		{ score: 1, comment: 'Долго ждал ответа оператора' },
		{ score: 2, comment: 'Оператор долго не отвечал' },
		{ score: 1, comment: 'Очень долго ждал.' },
		{ score: 1, comment: 'Опять не отвечал никто' },
		{ score: 5, comment: 'Спасибо, всё отлично!' },
		{ score: 1, comment: '送货太慢了' },
		{ score: 2, comment: '送货太慢，态度很差' },
		{ score: 1, comment: '态度很差' },
		{ score: 5, comment: '师傅很专业' },
		{ score: null, comment: 'invalid score: not analysed' },
		{ score: 1, comment: '   ' },
	];
	const themes = aggregateResponses(rows, { min: 1, max: 5 }).themes!;
	const lang = (code: string) => themes.languages.find((l) => l.language === code)!;

	it('orders languages by number of comments', () => {
		expect(themes.analyzed).toBe(15); // 4 + 2 en, 4 + 1 ru, 3 + 1 zh
		expect(
			themes.languages.map((l) => [l.language, l.negative.comments, l.positive.comments]),
		).toEqual([
			['en', 4, 2],
			['ru', 4, 1],
			['zh', 3, 1],
		]);
	});
	it('ranks English themes by distinctiveness: words and phrases together, a word inside its phrase', () => {
		const neg = lang('en').negative;
		// "slow" and "delivery" are in 3 comments, 2 of them as "slow delivery": the phrase stands for both.
		expect(neg.themes.map((w) => [w.term, w.count, w.share])).toEqual([
			['slow delivery', 2, 50],
			['fixed', 1, 25],
			['rude', 1, 25],
			['staff', 1, 25],
			['still', 1, 25],
		]);
		expect(neg.words.slice(0, 2).map((w) => [w.term, w.count])).toEqual([
			['delivery', 3],
			['slow', 3],
		]);
		expect(neg.words[0].examples).toEqual([
			'Very slow delivery',
			'Slow delivery and rude staff!',
			'The delivery was slow.',
		]);
		// "not fixed" twice in one comment counts once; phrases need 2 comments by default.
		expect(neg.phrases.map((p) => [p.term, p.count])).toEqual([['slow delivery', 2]]);
		expect(lang('en').positive.phrases.map((p) => [p.term, p.count, p.share])).toEqual([
			['great service', 2, 100],
		]);
		// General praise alone ("great", "thank") is left to the aspects; "service" is a theme.
		expect(lang('en').positive.words.map((w) => w.term)).toEqual(['service']);
	});
	it('finds Russian themes by stem, stop words removed, negation only inside phrases', () => {
		const neg = lang('ru').negative;
		expect(neg.words.slice(0, 2).map((w) => [w.term, w.count])).toEqual([
			['долго', 3],
			['ждал', 2],
		]);
		const terms = neg.words.map((w) => w.term);
		expect(terms).not.toContain('очень');
		expect(terms).not.toContain('не');
		expect(neg.phrases.map((p) => [p.term, p.count])).toEqual([
			['долго ждал', 2],
			['не отвечал', 2],
		]);
		expect(neg.themes.map((t) => t.term)).toEqual(['долго ждал', 'не отвечал', 'оператор']);
		// "Спасибо, всё отлично!" is general praise only.
		expect(lang('ru').positive.themes).toEqual([]);
	});
	it('segments Chinese comments and drops Chinese stop words and single characters', () => {
		const neg = lang('zh').negative;
		const counts = Object.fromEntries(neg.words.map((w) => [w.term, w.count]));
		expect(counts['送货']).toBe(2);
		expect(counts['态度']).toBe(2);
		expect(counts['了']).toBeUndefined();
		expect(counts['很']).toBeUndefined();
		expect(lang('zh').positive.words.map((w) => w.term)).toEqual(['专业', '师傅']);
	});
	it('honours top, minPhraseCount, a fixed language and maxComments', () => {
		const t = aggregateResponses(rows, {
			min: 1,
			max: 5,
			themes: { top: 1, minPhraseCount: 1, language: 'en', maxComments: 5 },
		}).themes!;
		expect(t.analyzed).toBe(5);
		expect(t.skipped).toBe(10);
		expect(t.languages.map((l) => l.language)).toEqual(['en']);
		expect(t.languages[0].negative.words).toHaveLength(1);
		expect(t.languages[0].negative.themes).toHaveLength(1);
		expect(t.languages[0].negative.phrases.map((p) => p.term)).toEqual(['slow delivery']);
		expect(aggregateResponses(rows, { min: 1, max: 5, themes: false }).themes).toBeNull();
	});
	it('is deterministic', () => {
		const again = aggregateResponses([...rows], { min: 1, max: 5 }).themes;
		expect(again).toEqual(themes);
	});
});
