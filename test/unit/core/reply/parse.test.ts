import { parseReply, type ParseResult, type ReplyReason } from '../../../../nodes/core/reply';

type Scale = [number, number];
const S5: Scale = [1, 5];
const NPS: Scale = [0, 10];
const S10: Scale = [1, 10];
const CES: Scale = [1, 7];

function parse(text: string, scale: Scale = S5): ParseResult {
	return parseReply(text, { min: scale[0], max: scale[1] });
}

/** [text, scale, score, comment] for accepted ratings */
function expectOk(rows: Array<[string, Scale, number, string]>): void {
	it.each(rows)('%j on %j → %d', (text, scale, score, comment) => {
		const r = parse(text, scale);
		expect({ score: r.score, comment: r.comment, reason: r.reason }).toEqual({
			score,
			comment,
			reason: 'ok',
		});
		expect(r.valid).toBe(true);
		expect(r.optOut).toBe(false);
	});
}

/** [text, scale, reason] for refusals */
function expectRefused(rows: Array<[string, Scale, ReplyReason]>): void {
	it.each(rows)('%j on %j → %s', (text, scale, reason) => {
		const r = parse(text, scale);
		expect({ score: r.score, reason: r.reason, valid: r.valid }).toEqual({
			score: null,
			reason,
			valid: false,
		});
		expect(r.comment).toBe(text.trim());
	});
}

describe('digits of every script', () => {
	expectOk([
		['4', S5, 4, ''],
		['５', S5, 5, ''],
		['٤', S5, 4, ''],
		['۴', S5, 4, ''],
		['४', S5, 4, ''],
		['৫ ধন্যবাদ', S5, 5, 'ধন্যবাদ'],
		['𝟒', S5, 4, ''],
		['１０', NPS, 10, ''],
		['١٠ ممتاز', NPS, 10, 'ممتاز'],
		['7', CES, 7, ''],
		['0', NPS, 0, ''],
	]);
});

describe('circled, keycap digits and stars', () => {
	expectOk([
		['③', S5, 3, ''],
		['❺ отлично', S5, 5, 'отлично'],
		['⑩', NPS, 10, ''],
		['3️⃣', S5, 3, ''],
		['5⃣', S5, 5, ''],
		['🔟', NPS, 10, ''],
		['🔟 great', S10, 10, 'great'],
		['⭐⭐⭐⭐', S5, 4, ''],
		['⭐️⭐️', S5, 2, ''],
		['★★★☆☆ so-so', S5, 3, 'so-so'],
		['★ ★ ★ ★', S5, 4, ''],
		['Отлично ⭐⭐⭐⭐⭐', S5, 5, 'Отлично'],
		['🌟🌟🌟🌟🌟 谢谢', S5, 5, '谢谢'],
	]);
	expectRefused([
		['🔟', S5, 'out_of_range'],
		['⭐⭐⭐⭐⭐⭐⭐', S5, 'out_of_range'],
		['★★★☆☆', NPS, 'out_of_range'], // a 5-star scale on an NPS survey: not rescaled
	]);
});

describe('fractions and "out of" (the denominator must be the survey maximum)', () => {
	expectOk([
		['4/5', S5, 4, ''],
		['4 / 5 nice', S5, 4, 'nice'],
		['４／５', S5, 4, ''],
		['4 из 5, могло быть и лучше', S5, 4, 'могло быть и лучше'],
		['4 de 5, muy bien', S5, 4, 'muy bien'],
		['3 out of 5', S5, 3, ''],
		['8 sur 10', S10, 8, ''],
		['4 von 5 Sternen', S5, 4, ''],
		['٤ من ٥', S5, 4, ''],
		['8 dari 10', NPS, 8, ''],
		['9 trên 10', S10, 9, ''],
		['5 üzerinden 4', S5, 4, ''],
		['10 üzerinden 9, teşekkürler', NPS, 9, 'teşekkürler'],
		['5 dan 4', S5, 4, ''],
		['10 mein se 8', NPS, 8, ''],
		['Десять из десяти', S10, 10, ''],
		['six out of seven', CES, 6, ''],
		['9/10 порекомендую друзьям', NPS, 9, 'порекомендую друзьям'],
	]);
	expectRefused([
		['8/10', S5, 'out_of_range'],
		['8/10, would recommend', S5, 'out_of_range'],
		['10 из 10', S5, 'out_of_range'],
		['3/5', NPS, 'out_of_range'],
		['11/10 amazing', NPS, 'out_of_range'],
		['5/7', S5, 'out_of_range'],
		['满分10分的话给8分', S5, 'out_of_range'],
	]);
});

describe('Chinese', () => {
	expectOk([
		['4分', S5, 4, ''],
		['五分', S5, 5, ''],
		['5星', S5, 5, ''],
		['给五星', S5, 5, ''],
		['五星好评', S5, 5, '好评'],
		['打3分，网速还是很慢', S5, 3, '网速还是很慢'],
		['我给3分 因为师傅迟到了半小时', S5, 3, '因为师傅迟到了半小时'],
		['我打四分吧', S5, 4, ''],
		['两分', S5, 2, ''],
		['三', S5, 3, ''],
		['十分', NPS, 10, ''],
		['九分，师傅很好', NPS, 9, '师傅很好'],
		['十分满意，给5分', S5, 5, '十分满意'],
		['三分钟就解决了，5分', S5, 5, '三分钟就解决了'],
		['买的三星手机送来屏幕是裂的，1分', S5, 1, '买的三星手机送来屏幕是裂的'],
		['一般般。3分', S5, 3, '一般般。'],
		['5分！！！', S5, 5, ''],
		['评分：4', S5, 4, ''],
		['满分5分给4分', S5, 4, ''],
		['不给5分，3分', S5, 3, '不给5分'],
		['客服电话打了5次都没人接，1分', S5, 1, '客服电话打了5次都没人接'],
	]);
	expectRefused([
		['十分满意', S5, 'no_rating'],
		['一分都不想给', S5, 'no_rating'],
		['说好下午5点送到，结果晚上8点才来', S5, 'no_rating'],
		['快递3天才到', S5, 'no_rating'],
		['3或4分吧', S5, 'ambiguous'],
		['4到5分', S5, 'ambiguous'],
		['3-4分', S5, 'ambiguous'],
		['6分', S5, 'out_of_range'],
		['11分', NPS, 'out_of_range'],
		['4.5分', S5, 'not_integer'],
		['满意', S5, 'no_rating'],
	]);
});

describe('number words and school grades', () => {
	expectOk([
		['пять', S5, 5, ''],
		['Пятёрка! Курьер приехал раньше', S5, 5, 'Курьер приехал раньше'],
		['пятерка', S5, 5, ''],
		['четвёрку поставлю', S5, 4, ''],
		['Тройка. Ничего особенного', S5, 3, 'Ничего особенного'],
		['Всё сделали на пятёрку', S5, 5, 'Всё сделали'],
		['Единица.', S5, 1, ''],
		['pyat, vse super', S5, 5, 'vse super'],
		['chetyre', S5, 4, ''],
		['five', S5, 5, ''],
		['Four. Could have been quicker', S5, 4, 'Could have been quicker'],
		['Thanks, five', S5, 5, 'Thanks'],
		['besh', S5, 5, ''],
		['Беш, раҳмат катта', S5, 5, 'раҳмат катта'],
		["to'rt", S5, 4, ''],
		['to‘rt', S5, 4, ''],
		['Бес', S5, 5, ''],
		['tört', S5, 4, ''],
		['төрт, бірақ ұзақ күттім', S5, 4, 'бірақ ұзақ күттім'],
		['cinco', S5, 5, ''],
		['três', S5, 3, ''],
		['tres, regular', S5, 3, 'regular'],
		['fünf', S5, 5, ''],
		['Sieben – die Hotline war lange besetzt', NPS, 7, 'die Hotline war lange besetzt'],
		['cinq', S5, 5, ''],
		['beş', S5, 5, ''],
		['dört, teşekkürler', S5, 4, 'teşekkürler'],
		['خمسة', S5, 5, ''],
		['أربعة، شكرا', S5, 4, 'شكرا'],
		['lima', S5, 5, ''],
		['năm', S5, 5, ''],
		['mười', S10, 10, ''],
		['paanch', S5, 5, ''],
		['पांच', S5, 5, ''],
		['Zero', NPS, 0, ''],
		['one', S5, 1, ''],
	]);
	expectRefused([
		['one of your staff was really rude to me', S5, 'no_rating'],
		['Un técnico vino y no arregló nada', S5, 'no_rating'],
		['um atendente me ajudou muito, obrigado', S5, 'no_rating'],
		['Ein Techniker kam nie', S5, 'no_rating'],
		['Bir saat bekledim, sonunda çözüldü', S5, 'no_rating'],
		['Waited two hours on hold', S5, 'no_rating'],
		['Tôi dùng dịch vụ 3 năm rồi', S5, 'no_rating'],
		["uch yoki to'rt", S5, 'ambiguous'],
		['семь', S5, 'out_of_range'],
	]);
});

describe('framing phrases and modifiers', () => {
	expectOk([
		['оценка 3', S5, 3, ''],
		['Оценка: 4 балла, всё устроило', S5, 4, 'всё устроило'],
		['3 балла. Мастер пришёл на два часа позже', S5, 3, 'Мастер пришёл на два часа позже'],
		[
			'Ставлю 2, потому что до вас невозможно дозвониться',
			S5,
			2,
			'потому что до вас невозможно дозвониться',
		],
		['я бы поставил 4', S5, 4, ''],
		['ocenka 4, operator molodec', S5, 4, 'operator molodec'],
		["I'd give you a 2, the tech never showed up", S5, 2, 'the tech never showed up'],
		['Give it a 4', S5, 4, ''],
		["i'd say 3", S5, 3, ''],
		['Rating: 3. Fixed it', S5, 3, 'Fixed it'],
		['3 stars', S5, 3, ''],
		['Five stars! Delivery guy was super friendly', S5, 5, 'Delivery guy was super friendly'],
		['Nota 4', S5, 4, ''],
		[
			'Dou nota 2, o entregador deixou a caixa na chuva',
			S5,
			2,
			'o entregador deixou a caixa na chuva',
		],
		['Le doy un 3 porque tardaron mucho', S5, 3, 'porque tardaron mucho'],
		['Je mets 3, trop long', S5, 3, 'trop long'],
		['Ich gebe 4 Sterne', S5, 4, ''],
		['Puanım 3, kurye çok geç geldi', S5, 3, 'kurye çok geç geldi'],
		['Baho 5', S5, 5, ''],
		['3 ball. Internet 2 kun ishlamadi', S5, 3, 'Internet 2 kun ishlamadi'],
		['Баға 3. Интернет екі күн болмады', S5, 3, 'Интернет екі күн болмады'],
		['تقييمي 4', S5, 4, ''],
		['Nilai 4, kurirnya ramah', S5, 4, 'kurirnya ramah'],
		['Bintang 5! Teknisi datang tepat waktu', S5, 5, 'Teknisi datang tepat waktu'],
		['Chấm 9 điểm, nhân viên nhiệt tình', S10, 9, 'nhân viên nhiệt tình'],
		['5 sao', S5, 5, ''],
		['5+', S5, 5, ''],
		['4- за долгое ожидание', S5, 4, 'за долгое ожидание'],
		['Ваш оператор лучшая!!! 5+', S5, 5, 'Ваш оператор лучшая!!!'],
		['пять с плюсом', S5, 5, ''],
		['тройка с минусом', S5, 3, ''],
		['5 5 5', S5, 5, ''],
		['5 (пять)', S5, 5, ''],
		['5分 5分 5分', S5, 5, ''],
		['10 балл, рахмет көп', NPS, 10, 'рахмет көп'],
	]);
});

describe('refusals', () => {
	expectRefused([
		['', S5, 'empty'],
		['   \n\t ', S5, 'empty'],
		['\u00a0\u3000\u200f', S5, 'empty'],
		['отлично', S5, 'no_rating'],
		['ok', S5, 'no_rating'],
		['👍', S5, 'no_rating'],
		['💯', S5, 'no_rating'],
		['<div dir="auto"><br></div>', S5, 'no_rating'],
		['7', S5, 'out_of_range'],
		['0', S5, 'out_of_range'],
		['0', S10, 'out_of_range'],
		['11', NPS, 'out_of_range'],
		['8', CES, 'out_of_range'],
		['-1', S5, 'out_of_range'],
		['−2', S5, 'out_of_range'],
		['4.5', S5, 'not_integer'],
		['4,5', S5, 'not_integer'],
		["I'd say 4.5", S5, 'not_integer'],
		['3 или 4', S5, 'ambiguous'],
		['3 or 4', S5, 'ambiguous'],
		['4 ou 5', S5, 'ambiguous'],
		['4-5', S5, 'ambiguous'],
		['3–4', S5, 'ambiguous'],
		['3 to 4', S5, 'ambiguous'],
		['between 3 and 4', S5, 'ambiguous'],
		['Оператору 5, а компании 2', S5, 'ambiguous'],
		['Service 5, delivery 2', S5, 'ambiguous'],
		['1 2 3 4 5', S5, 'ambiguous'],
	]);
});

describe('numbers that are not ratings', () => {
	expectOk([
		[
			'Заявка №4821 закрыта только с третьего раза. 2',
			S5,
			2,
			'Заявка №4821 закрыта только с третьего раза.',
		],
		['Ticket #48213 still open. 2', S5, 2, 'Ticket #48213 still open.'],
		[
			'Мастер обещал прийти в 5 вечера, пришёл в 9. Оценка 2',
			S5,
			2,
			'Мастер обещал прийти в 5 вечера, пришёл в 9.',
		],
		[
			'Курьер должен был приехать с 9 до 12, приехал в 11:30. 5',
			S5,
			5,
			'Курьер должен был приехать с 9 до 12, приехал в 11:30.',
		],
		['3 дня без интернета. 1', S5, 1, '3 дня без интернета.'],
		['3rd time calling about the same issue. 2', S5, 2, '3rd time calling about the same issue.'],
		['Waited 45 minutes. 2', S5, 2, 'Waited 45 minutes.'],
		[
			'Kuryer soat 5 da kelishi kerak edi, 7 da keldi. 2',
			S5,
			2,
			'Kuryer soat 5 da kelishi kerak edi, 7 da keldi.',
		],
		['2. Siparişim 3 gün gecikti', S5, 2, 'Siparişim 3 gün gecikti'],
		['Delivery boy 3 ghante late aaya. 2', S5, 2, 'Delivery boy 3 ghante late aaya.'],
		['Satu jam nunggu di telepon. 2', S5, 2, 'Satu jam nunggu di telepon.'],
		['На 20% дороже, чем обещали. 2', S5, 2, 'На 20% дороже, чем обещали.'],
		['2024 год, а интернет не работает. 1', S5, 1, '2024 год, а интернет не работает.'],
		['Хорошо, но не на 5. 4', S5, 4, 'Хорошо, но не на 5.'],
		['Минус один балл за ожидание. 4', S5, 4, 'Минус один балл за ожидание.'],
	]);
	expectRefused([
		['Перезвоните мне на 8 916 555-12-34, вопрос так и не решён', S5, 'no_rating'],
		['Call me back on 07700 900123 please', S5, 'no_rating'],
		['+79161234567', S5, 'no_rating'],
		['12345', S5, 'no_rating'],
		["Tech said he'd come at 5pm, showed up at 8", S5, 'no_rating'],
		['Un técnico vino a las 5 y no arregló nada', S5, 'no_rating'],
		['Called 3 times, nobody answered', S5, 'no_rating'],
		['1.5.2024', S5, 'no_rating'],
	]);
});

describe('comment extraction', () => {
	expectOk([
		['4. Оператор был вежлив', S5, 4, 'Оператор был вежлив'],
		['Спасибо, всё отлично! 5', S5, 5, 'Спасибо, всё отлично!'],
		['приятно удивили) 5', S5, 5, 'приятно удивили'],
		['\n\n4\n', S5, 4, ''],
		['\u00a05\u00a0', S5, 5, ''],
		['Спасибо,\u00a0всё быстро\u00a05', S5, 5, 'Спасибо,\u00a0всё быстро'],
		['\u200f٥ شكراً\u200f', S5, 5, 'شكراً'],
		['5 👍', S5, 5, '👍'],
		['5 <br><br>Sent from my iPhone', S5, 5, '<br><br>Sent from my iPhone'],
		['4分\r\n快递小哥挺辛苦的', S5, 4, '快递小哥挺辛苦的'],
		['\u30005分\u3000', S5, 5, ''],
		['Thanks!\nGreat help from Tom\n5', S5, 5, 'Thanks!\nGreat help from Tom'],
		['8 — уже посоветовал вас брату', NPS, 8, 'уже посоветовал вас брату'],
		['3 من 5، التوصيل تأخر يومين', S5, 3, 'التوصيل تأخر يومين'],
		['(5) | good', S5, 5, 'good'],
		// a rating in the middle: both sides are kept, the customer's comma too
		['Спасибо, оценка 5, всё хорошо', S5, 5, 'Спасибо, всё хорошо'],
	]);
});

describe('result shape', () => {
	it('reports the scale, ratingText, candidates and the language', () => {
		const r = parseReply('Оценка 4, всё хорошо');
		expect(r).toEqual({
			score: 4,
			comment: 'всё хорошо',
			valid: true,
			optOut: false,
			reason: 'ok',
			ratingText: 'Оценка 4',
			language: 'ru',
			scale: { min: 1, max: 5 },
			candidates: [4],
		});
	});
	it('lists the different candidates of an ambiguous reply', () => {
		expect(parseReply('3 или 4').candidates).toEqual([3, 4]);
		expect(parseReply('Оператору 5, а компании 2').candidates).toEqual([5, 2]);
	});
	it('gives the refused rating phrase as ratingText', () => {
		expect(parseReply('10 из 10').ratingText).toBe('10 из 10');
		expect(parseReply('оценка 4.5').ratingText).toBe('оценка 4.5');
		expect(parseReply('отлично').ratingText).toBe('');
	});
	it('defaults to 1-5 and accepts any integer range', () => {
		expect(parseReply('5').scale).toEqual({ min: 1, max: 5 });
		expect(parseReply('42', { min: 0, max: 100 }).score).toBe(42);
		expect(parseReply('100', { min: 0, max: 100 }).score).toBe(100);
		expect(parseReply('101', { min: 0, max: 100 }).reason).toBe('out_of_range');
		expect(parseReply('3', { min: 5, max: 1 }).scale).toEqual({ min: 1, max: 5 });
		expect(parseReply('-2', { min: -3, max: 3 }).score).toBe(-2);
	});
	it('returns the language hint instead of the detected language', () => {
		expect(parseReply('5', { language: 'pt-BR' }).language).toBe('pt');
		expect(parseReply('5').language).toBe('und');
	});
	it('can disable stars and number words', () => {
		expect(parseReply('⭐⭐⭐', { allowStars: false }).reason).toBe('no_rating');
		expect(parseReply('пять', { allowWords: false }).reason).toBe('no_rating');
		expect(parseReply('5', { allowWords: false, allowStars: false }).score).toBe(5);
	});
	it('never throws on non-string input', () => {
		expect(parseReply(undefined as unknown as string).reason).toBe('empty');
		expect(parseReply(null as unknown as string).reason).toBe('empty');
		expect(parseReply(5 as unknown as string).score).toBe(5);
		expect(parseReply(Symbol('x') as unknown as string).reason).toBe('empty');
		expect(parseReply('5', null as unknown as undefined).score).toBe(5);
	});
});
