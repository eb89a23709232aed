import { parseReply } from '../../../../nodes/core/reply';

describe('opt-out keywords', () => {
	it.each([
		'STOP',
		'stop',
		'Stop!',
		'STOPALL',
		'STOP ALL',
		'UNSUBSCRIBE',
		'cancel',
		'END',
		'QUIT',
		'СТОП',
		'Стоп',
		'отписаться',
		'Отписка.',
		'TD',
		'T',
		'退订',
		'回复TD退订',
		'BAJA',
		'SAIR',
		'STOPP',
		'ARRET',
		'ARRÊT',
		'Arrêt',
		'إلغاء',
		'İPTAL',
		'STOP please',
		'Стоп, пожалуйста',
		'5 STOP',
		'STOP 5',
		'⭐⭐⭐ STOP',
		'Thanks for nothing. STOP',
		'STOP. Too many messages',
	])('%j is an opt-out', (text) => {
		const r = parseReply(text);
		expect(r).toMatchObject({
			optOut: true,
			score: null,
			valid: false,
			reason: 'opt_out',
			comment: text.trim(),
		});
	});
});

describe('plain-language opt-out requests', () => {
	it.each([
		'Please stop texting me.\nI never signed up for this',
		"Don't text me again",
		'No more messages please',
		'2. И больше не пишите мне сюда',
		'Не пишите мне больше',
		'Хватит присылать эти опросы',
		'别再发了，烦不烦',
		'不要再发短信了',
		'Boshqa SMS yubormang',
		'Маған хабарлама жібермеңіз',
		'No me envíen más mensajes',
		'dejen de enviar mensajes, 1',
		'Não quero mais receber mensagens',
		'nao me mandem mais sms',
		'Bitte keine SMS mehr',
		"Ne m'envoyez plus de SMS",
		'Bana mesaj göndermeyin',
		'لا ترسلوا لي رسائل',
		'Jangan kirim SMS lagi',
		'Đừng gửi tin nhắn nữa',
		'mujhe message mat bhejo',
	])('%j is an opt-out', (text) => {
		const r = parseReply(text);
		expect(r.optOut).toBe(true);
		expect(r.reason).toBe('opt_out');
		expect(r.score).toBeNull();
	});
});

describe('not opt-outs', () => {
	it.each([
		['Stopped by the store yesterday and they sorted my SIM. 5', 5],
		['I had to cancel my order twice before it went through. 2', 2],
		['I almost quit your service last month but the technician sorted everything. 4', 4],
		['T恤尺码发错了，换货很麻烦。2分', 2],
		['The end of a long wait. 3', 3],
		['Stop at nothing to help, great guys! 5', 5],
		['Не стоп-кран же у вас, а оператор. 4', 4],
		['TD Bank branch was friendly, 5', 5],
		['Никогда не писал отзывы, но вам 5', 5],
	])('%j is not an opt-out', (text, score) => {
		const r = parseReply(text);
		expect(r.optOut).toBe(false);
		expect(r.score).toBe(score);
	});
});

describe('configurable keyword lists', () => {
	it('extends the defaults', () => {
		expect(parseReply('HALT').optOut).toBe(false);
		expect(parseReply('HALT', { extraOptOutKeywords: ['halt'] }).optOut).toBe(true);
		expect(parseReply('STOP', { extraOptOutKeywords: ['halt'] }).optOut).toBe(true);
	});
	it('replaces the defaults', () => {
		const o = { optOutKeywords: ['ОТМЕНА'], optOutPhrases: [] };
		expect(parseReply('STOP', o).optOut).toBe(false);
		expect(parseReply('отмена', o).optOut).toBe(true);
		expect(parseReply('Please stop texting me', o).optOut).toBe(false);
	});
	it('accepts extra phrases, also CJK ones', () => {
		expect(
			parseReply('take me off your list', { extraOptOutPhrases: ['off your list'] }).optOut,
		).toBe(true);
		expect(parseReply('我不想再收到', { extraOptOutPhrases: ['不想再收到'] }).optOut).toBe(true);
		expect(parseReply('我不想再收到').optOut).toBe(false);
	});
	it('can be switched off', () => {
		const r = parseReply('5 STOP', { detectOptOut: false });
		expect(r.optOut).toBe(false);
		expect(r.score).toBe(5);
		expect(r.comment).toBe('STOP');
	});
	it('ignores junk in the lists', () => {
		const kw = ['', '  ', 42, null, 'BASTA'] as unknown as string[];
		expect(parseReply('basta', { optOutKeywords: kw }).optOut).toBe(true);
	});
});
