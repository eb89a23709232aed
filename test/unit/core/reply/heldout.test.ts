// Held-out style replies written for these tests (not in the dev corpus), in every supported language, so that
// the parser's rules are checked for generality. Each expectation was checked by hand against the corpus
// labelling rules (/work/shared/corpus/README.md).
import { parseReply } from '../../../../nodes/core/reply';

type Row = [text: string, scale: [number, number], score: number | null, comment: string | null, optOut?: boolean];

const S5: [number, number] = [1, 5];
const NPS: [number, number] = [0, 10];
const S10: [number, number] = [1, 10];
const CES: [number, number] = [1, 7];

const ROWS: Row[] = [
	// ru
	['Мастер пришёл вовремя, всё объяснил. Пятёрка', S5, 5, 'Мастер пришёл вовремя, всё объяснил.'],
	['Оцениваю на 4, было долго', S5, 4, 'было долго'],
	['4 балла, но могли бы и быстрее', S5, 4, 'но могли бы и быстрее'],
	['Жду уже третий день. 1', S5, 1, 'Жду уже третий день.'],
	['Ответили через 2 минуты! 5', S5, 5, 'Ответили через 2 минуты!'],
	['Звонил 5 раз. 1', S5, 1, 'Звонил 5 раз.'],
	['Мастер пришёл к 9, всё сделал. 5', S5, 5, 'Мастер пришёл к 9, всё сделал.'],
	['В 2 часа ночи отключили свет. 3', S5, 3, 'В 2 часа ночи отключили свет.'],
	['Ну так, тройка с минусом', S5, 3, 'Ну так'],
	['Ставлю 5 баллов, молодцы', S5, 5, 'молодцы'],
	['Очень доволен. Оценка: 5 из 5.', S5, 5, 'Очень доволен.'],
	['vse ok 5', S5, 5, 'vse ok'],
	['Спасибо!)) 5', S5, 5, 'Спасибо!'],
	['3 или 4, не знаю', S5, null, null],
	['оценка 6', S5, null, null],
	['Оператор Анна 5, мастер 3', S5, null, null],
	['Дважды звонил, никто не ответил', S5, null, null],
	['Хватит слать опросы', S5, null, null, true],
	// zh
	['快递员很有礼貌 ⭐⭐⭐⭐⭐', S5, 5, '快递员很有礼貌'],
	['第三次打电话才解决，2分', S5, 2, '第三次打电话才解决'],
	['九点送到的，很准时，5分', S5, 5, '九点送到的，很准时'],
	['一星差评', S5, 1, '差评'],
	['非常好，给五分', S5, 5, '非常好'],
	['5分好评，师傅很专业', S5, 5, '好评，师傅很专业'],
	['差评，一分', S5, 1, '差评'],
	['等了三天，2分', S5, 2, '等了三天'],
	['八分吧', NPS, 8, '吧'],
	['十分不满意 1分', S5, 1, '十分不满意'],
	['快递3天才到', S5, null, null],
	['给你们打满分', S5, null, null],
	['两三分吧', S5, null, null],
	['不要再给我发短信', S5, null, null, true],
	// en
	['Excellent, 5 stars from me', S5, 5, 'Excellent, from me'],
	['Courier was rude. One star', S5, 1, 'Courier was rude.'],
	['Twice they came and left. 2', S5, 2, 'Twice they came and left.'],
	['Called 3 times. Terrible. 1', S5, 1, 'Called 3 times. Terrible.'],
	['The 2 guys who came were great 5', S5, 5, 'The 2 guys who came were great'],
	["I'd rate it a 4", S5, 4, ''],
	['I would give 5 stars', S5, 5, ''],
	['It was ok. 3/5', S5, 3, 'It was ok.'],
	['10/10 would recommend', NPS, 10, 'would recommend'],
	['Nine, great stuff', NPS, 9, 'great stuff'],
	['Seven', CES, 7, ''],
	['4 of 5', S5, 4, ''],
	['not a 5, more like a 3', S5, 3, 'not a 5, more like a'],
	["I can't give 5. 4", S5, 4, "I can't give 5."],
	['2 guys came, great job', S5, null, null],
	['I\'d say 4.5', S5, null, null],
	['maybe 3 or 4', S5, null, null],
	['Stop sending me surveys', S5, null, null, true],
	// uz
	['Ajoyib! 5 ball', S5, 5, 'Ajoyib!'],
	['Besh, rahmat', S5, 5, 'rahmat'],
	['3 kun kutdim. 2', S5, 2, '3 kun kutdim.'],
	['Bahom 4', S5, 4, ''],
	['Тўрт, раҳмат', S5, 4, 'раҳмат'],
	['Yetti', S10, 7, ''],
	['Ikki yoki uch', S5, null, null],
	['Iltimos, boshqa xabar yozmang', S5, null, null, true],
	// kk
	['Бес, рахмет', S5, 5, 'рахмет'],
	['Төрт балл', S5, 4, ''],
	['Бағам 5', S5, 5, ''],
	['Екі сағат күттім. 3', S5, 3, 'Екі сағат күттім.'],
	['Rahmet, bes', S5, 5, 'Rahmet'],
	// es
	['Muy amable la chica, le doy 5', S5, 5, 'Muy amable la chica'],
	['un 5 para el técnico', S5, 5, 'para el técnico'],
	['Mi calificación: 3', S5, 3, ''],
	['Tardaron 3 semanas. 2', S5, 2, 'Tardaron 3 semanas.'],
	['Dejen de enviarme mensajes', S5, null, null, true],
	// pt
	['Nota 3, demorou', S5, 3, 'demorou'],
	['Dou 5 estrelas', S5, 5, ''],
	['nota dez', NPS, 10, ''],
	['Esperei 2 horas. 1', S5, 1, 'Esperei 2 horas.'],
	// de
	['Super Service, 5 von 5', S5, 5, 'Super Service'],
	['Note 2, zu langsam', S5, 2, 'zu langsam'],
	['Vier von fünf', S5, 4, ''],
	['drei', S5, 3, ''],
	['Ich habe 2 Wochen gewartet. 1', S5, 1, 'Ich habe 2 Wochen gewartet.'],
	// fr
	['Cinq sur cinq !', S5, 5, ''],
	['5/5 merci', S5, 5, 'merci'],
	['Je donne 4/5', S5, 4, ''],
	['quatre, merci', S5, 4, 'merci'],
	['Livré avec 2 jours de retard. 3', S5, 3, 'Livré avec 2 jours de retard.'],
	// tr
	['Beş üzerinden beş', S5, 5, ''],
	['On numara hizmet! 10', NPS, 10, 'On numara hizmet!'],
	['2 saat bekledim. 3', S5, 3, '2 saat bekledim.'],
	['Sekiz', NPS, 8, ''],
	['4 puan', S5, 4, ''],
	// ar
	['شكرا 5/5', S5, 5, 'شكرا'],
	['خدمة سيئة. 1', S5, 1, 'خدمة سيئة.'],
	['انتظرت ٣ ساعات. ٢', S5, 2, 'انتظرت ٣ ساعات.'],
	['الخدمة ممتازة 5 نجوم', S5, 5, 'الخدمة ممتازة'],
	['تقييمي 4', S5, 4, ''],
	['٤ من ٥', S5, 4, ''],
	// id
	['Pelayanan bagus, nilai 4', S5, 4, 'Pelayanan bagus'],
	['Lima, mantap', S5, 5, 'mantap'],
	['empat bintang', S5, 4, ''],
	['Nunggu 2 hari. 3', S5, 3, 'Nunggu 2 hari.'],
	// vi
	['Rất hài lòng, 5 sao', S5, 5, 'Rất hài lòng'],
	['Tốt. 4 điểm', S5, 4, 'Tốt.'],
	['Bốn', S5, 4, ''],
	['Chờ 2 tiếng. 1', S5, 1, 'Chờ 2 tiếng.'],
	// hi
	['Service accha tha 4/5', S5, 4, 'Service accha tha'],
	['paanch mein se chaar', S5, 4, ''],
	['Paanch, bahut accha', S5, 5, 'bahut accha'],
	['2 ghante wait kiya. 1', S5, 1, '2 ghante wait kiya.'],
	['4, theek tha', S5, 4, 'theek tha'],
];

describe('held-out replies', () => {
	it.each(ROWS)('%j on %j', (text, scale, score, comment, optOut = false) => {
		const r = parseReply(text, { min: scale[0], max: scale[1] });
		expect(r.score).toBe(score);
		expect(r.optOut).toBe(optOut);
		expect(r.comment).toBe(comment ?? text.trim());
	});
});
