// A second, harder held-out set (issue 13): replies written for this test in 13 languages (+ Hindi), covering
// the classes the first held-out set did not: ratings between clauses, hypothetical ratings and deductions,
// ratings of two things, dates/counts/percentages inside the comment, opt-outs with a rating, opt-out words
// about something else, plain-language stop requests, slang grades and "N dan M" variants. Every row was
// labelled by hand against the corpus rules (../shared/corpus/README.md, "A rating in the middle…") BEFORE the
// parser was run on it; the rows are not tuned to the parser. Accuracy is printed and must stay ≥ 97%.
// Before the issue-13 changes the parser got 68.2% of these exactly right (68.8% of the comments).
import { NPS, S10, S5, eachRow, measure, type Row } from './heldout-rows';

export const HELDOUT2: Row[] = [
	// ru
	['Благодарю! 4. Мастер пришёл вовремя', S5, 4, 'Благодарю! Мастер пришёл вовремя'],
	['Добрый день\n5\nвсё ок', S5, 5, 'Добрый день\nвсё ок'],
	['Здравствуйте.\n3\nДолго ждал оператора', S5, 3, 'Здравствуйте.\nДолго ждал оператора'],
	['хотела 5, но всё же 3', S5, 3, 'хотела 5, но всё же'],
	['Хотел поставить 5, если бы не очередь', S5, null, null],
	['хотел поставить 5, но мастер опоздал. 4', S5, 4, 'хотел поставить 5, но мастер опоздал.'],
	['кассиру 5, ремонту 1', S5, null, null],
	['5 апреля приходил мастер, всё починил. 5', S5, 5, '5 апреля приходил мастер, всё починил.'],
	['Из 4 банкоматов работал только 1, ужас. 2', S5, 2, 'Из 4 банкоматов работал только 1, ужас.'],
	['Скидка 10% не сработала. 3', S5, 3, 'Скидка 10% не сработала.'],
	['2, и больше не пишите', S5, null, null, true],
	['Как отключить платную услугу?', S5, null, null],
	['5ка, спасибо', S5, 5, 'спасибо'],
	['Ставлю 5-ку', S5, 5, ''],
	['Девятка, мастер молодец', S10, 9, 'мастер молодец'],
	['Восьмёрка', S10, 8, ''],
	['Четвёрочка, но с натяжкой', S5, 4, 'но с натяжкой'],
	['Оператор Ирина помогла за 10 минут. Пятёрочка', S5, 5, 'Оператор Ирина помогла за 10 минут.'],
	['Ждал 3 дня, но в итоге всё сделали. 4', S5, 4, 'Ждал 3 дня, но в итоге всё сделали.'],
	['Прошу удалить мой номер из рассылки', S5, null, null, true],
	['Хочу отменить заказ, 1', S5, 1, 'Хочу отменить заказ'],
	['Позвонил в 9 утра, ответили сразу. 5', S5, 5, 'Позвонил в 9 утра, ответили сразу.'],
	[
		'4 Всё хорошо, но курьер опоздал на 20 минут',
		S5,
		4,
		'Всё хорошо, но курьер опоздал на 20 минут',
	],
	['Мне 72 года, обслужили быстро. 5', S5, 5, 'Мне 72 года, обслужили быстро.'],
	['минус балл за ожидание', S5, null, null],
	// zh
	['少给一分', S5, null, null],
	['扣两分，安装太慢', S5, null, null],
	['原本打算打五分，可是送货太慢了，3分', S5, 3, '原本打算打五分，可是送货太慢了'],
	['本来想给五分的，3分吧', S5, 3, '本来想给五分的'],
	['2 声音很大', S5, 2, '声音很大'],
	['师傅很专业\n4\n就是来晚了', S5, 4, '师傅很专业\n就是来晚了'],
	['5分，11月3号送到的，很快', S5, 5, '11月3号送到的，很快'],
	['9月1日下单，9月3日就到了，5分', S5, 5, '9月1日下单，9月3日就到了'],
	['不要再发了', S5, null, null, true],
	['怎么取消会员自动续费？', S5, null, null],
	['打了3次电话才有人接，2分', S5, 2, '打了3次电话才有人接'],
	['客服给5分，物流给1分', S5, null, null],
	['4分，然后别再给我发短信了', S5, null, null, true],
	['降价了200元，有点亏，4星', S5, 4, '降价了200元，有点亏'],
	['五分！师傅态度好', S5, 5, '师傅态度好'],
	['洗衣机噪音大 3', S5, 3, '洗衣机噪音大'],
	['给个好评 5分', S5, 5, '给个好评'],
	// en
	['Would have rated 4 but the fries were cold', S5, null, null],
	[
		"I'd have said 5 if the courier had called. 3",
		S5,
		3,
		"I'd have said 5 if the courier had called.",
	],
	['Was going to give 5 but they were late. 3', S5, 3, 'Was going to give 5 but they were late.'],
	['Removing one star for the wait', S5, null, null],
	['Knocked off one star for the noise', S5, null, null],
	['minus a star for the noise. 4', S5, 4, 'minus a star for the noise.'],
	['Thanks! 4. The engineer arrived on time', S5, 4, 'Thanks! The engineer arrived on time'],
	['Hello\n5\nall good', S5, 5, 'Hello\nall good'],
	[
		'4 Pretty decent, only 4-5 options on the menu',
		S5,
		4,
		'Pretty decent, only 4-5 options on the menu',
	],
	['5 An awesome place to eat', S5, 5, 'An awesome place to eat'],
	['I want to cancel my gym plan', S5, null, null],
	['3, and please stop texting me', S5, null, null, true],
	['Cashier 5, repairs 1', S5, null, null],
	['Got a 20% discount, nice. 5', S5, 5, 'Got a 20% discount, nice.'],
	['Delivered on March 3, two days late. 2', S5, 2, 'Delivered on March 3, two days late.'],
	['Please remove me from your list', S5, null, null, true],
	['Waited 45 minutes on hold\n2', S5, 2, 'Waited 45 minutes on hold'],
	['Rating 4. Bill was $120 though', S5, 4, 'Bill was $120 though'],
	['1. Long wait 2. Rude staff', S5, null, null],
	// uz
	['5 dan 4', S5, 4, ''],
	['5 tadan 4, rahmat', S5, 4, 'rahmat'],
	['5dan 5', S5, 5, ''],
	["Rahmat! 5. Usta o'z vaqtida keldi", S5, 5, "Rahmat! Usta o'z vaqtida keldi"],
	['Kuryer 2 soat kechikdi. 3', S5, 3, 'Kuryer 2 soat kechikdi.'],
	['Boshqa xabar yubormang', S5, null, null, true],
	["4, lekin operator qo'pol edi", S5, 4, "lekin operator qo'pol edi"],
	['Беш, раҳмат', S5, 5, 'раҳмат'],
	['5 дан 4', S5, 4, ''],
	['Xizmat yaxshi, 5 ball', S5, 5, 'Xizmat yaxshi'],
	['Kassirga 5, ustaga 2', S5, null, null],
	['Iltimos, sms yubormang, 1', S5, null, null, true],
	// kk
	['5-тен 4', S5, 4, ''],
	['5 тен 5', S5, 5, ''],
	['Рахмет! 5. Шебер уақытында келді', S5, 5, 'Рахмет! Шебер уақытында келді'],
	['Бес, бәрі жақсы', S5, 5, 'бәрі жақсы'],
	['4 ұпай, бірақ ұзақ күттім', S5, 4, 'бірақ ұзақ күттім'],
	['Курьер 3 сағат кешікті. 2', S5, 2, 'Курьер 3 сағат кешікті.'],
	['Маған хабарлама жібермеңіз', S5, null, null, true],
	['Өте жақсы қызмет 5', S5, 5, 'Өте жақсы қызмет'],
	['Жақсы', S5, null, null],
	['Үш', S5, 3, ''],
	// es
	['¡Gracias! 4. El técnico llegó a tiempo', S5, 4, '¡Gracias! El técnico llegó a tiempo'],
	['Iba a poner un 5, pero al final 3', S5, 3, 'Iba a poner un 5, pero al final'],
	['Quiero cancelar mi suscripción al gimnasio', S5, null, null],
	['5, y no me escriban más', S5, null, null, true],
	['El pedido llegó el 3 de mayo. 2', S5, 2, 'El pedido llegó el 3 de mayo.'],
	['Cinco estrellas, muy amable', S5, 5, 'muy amable'],
	['Cajero 5, reparación 1', S5, null, null],
	['Esperé 40 minutos. 3', S5, 3, 'Esperé 40 minutos.'],
	['Nota 4, atención rápida', S5, 4, 'atención rápida'],
	['Dejen de mandarme mensajes', S5, null, null, true],
	['Me cobraron un 15% de más. 1', S5, 1, 'Me cobraron un 15% de más.'],
	// pt
	['Obrigado! 5. O técnico foi rápido', S5, 5, 'Obrigado! O técnico foi rápido'],
	['Ia dar 5, mas no fim dou 3', S5, 3, 'Ia dar 5, mas no fim'],
	['Quero cancelar o plano da academia', S5, null, null],
	['4, e parem de me enviar mensagens', S5, null, null, true],
	['Chegou dia 5 de março, tudo certo. 5', S5, 5, 'Chegou dia 5 de março, tudo certo.'],
	['Nota 10', S10, 10, ''],
	['Quatro, atendimento bom', S5, 4, 'atendimento bom'],
	['Esperei 2 horas\n2', S5, 2, 'Esperei 2 horas'],
	['Não quero mais receber essas mensagens', S5, null, null, true],
	['Caixa 5, conserto 1', S5, null, null],
	// de
	['Danke! 4. Der Techniker kam pünktlich', S5, 4, 'Danke! Der Techniker kam pünktlich'],
	['Hätte 5 gegeben, aber am Ende 3', S5, 3, 'Hätte 5 gegeben, aber am Ende'],
	['Ich möchte mein Fitness-Abo kündigen', S5, null, null],
	['3, und bitte keine SMS mehr', S5, null, null, true],
	['Am 3. Mai geliefert, alles gut. 5', S5, 5, 'Am 3. Mai geliefert, alles gut.'],
	['Fünf Sterne, sehr freundlich', S5, 5, 'sehr freundlich'],
	['Kasse 5, Reparatur 1', S5, null, null],
	['20 Minuten gewartet. 2', S5, 2, '20 Minuten gewartet.'],
	['Lassen Sie mich bitte in Ruhe, keine Nachrichten mehr', S5, null, null, true],
	['Note 2, zu langsam', S5, 2, 'zu langsam'],
	// fr
	['Merci ! 5. Le technicien était ponctuel', S5, 5, 'Merci ! Le technicien était ponctuel'],
	["J'aurais mis 5, mais finalement 3", S5, 3, "J'aurais mis 5, mais finalement"],
	['Je veux annuler mon abonnement à la salle de sport', S5, null, null],
	["4, et arrêtez de m'envoyer des SMS", S5, null, null, true],
	['Livré le 3 mars, parfait. 5', S5, 5, 'Livré le 3 mars, parfait.'],
	['Quatre sur cinq', S5, 4, ''],
	['Attendu 30 minutes. 2', S5, 2, 'Attendu 30 minutes.'],
	['Caisse 5, réparation 1', S5, null, null],
	["Ne m'envoyez plus de messages", S5, null, null, true],
	['Très bien 4/5', S5, 4, 'Très bien'],
	// tr
	['Teşekkürler! 5. Teknisyen zamanında geldi', S5, 5, 'Teşekkürler! Teknisyen zamanında geldi'],
	['5 üzerinden 4', S5, 4, ''],
	['5 vermeyi düşünüyordum ama 3', S5, 3, '5 vermeyi düşünüyordum ama'],
	['Spor salonu üyeliğimi iptal etmek istiyorum', S5, null, null],
	['4, ve lütfen artık mesaj göndermeyin', S5, null, null, true],
	["3 Mayıs'ta geldi, iyi. 4", S5, 4, "3 Mayıs'ta geldi, iyi."],
	['Kasiyer 5, tamir 1', S5, null, null],
	['Beş yıldız, çok iyi', S5, 5, 'çok iyi'],
	['2 saat bekledim. 2', S5, 2, '2 saat bekledim.'],
	['Beni listeden çıkarın', S5, null, null, true],
	['%20 indirim vardı, güzel. 5', S5, 5, '%20 indirim vardı, güzel.'],
	// ar
	['شكرا! 5. الفني وصل في الوقت', S5, 5, 'شكرا! الفني وصل في الوقت'],
	['خمسة، خدمة ممتازة', S5, 5, 'خدمة ممتازة'],
	['4، ولا ترسلوا لي رسائل بعد الآن', S5, null, null, true],
	['انتظرت 3 ساعات. 2', S5, 2, 'انتظرت 3 ساعات.'],
	['أريد إلغاء اشتراك النادي الرياضي', S5, null, null],
	['٤ من ٥', S5, 4, ''],
	['الخدمة جيدة ٥', S5, 5, 'الخدمة جيدة'],
	['الكاشير 5، الصيانة 1', S5, null, null],
	['توقفوا عن إرسال الرسائل', S5, null, null, true],
	['وصل الطلب يوم 3 مايو. 4', S5, 4, 'وصل الطلب يوم 3 مايو.'],
	// id
	['Terima kasih! 5. Teknisinya tepat waktu', S5, 5, 'Terima kasih! Teknisinya tepat waktu'],
	['Tadinya mau kasih 5, tapi akhirnya 3', S5, 3, 'Tadinya mau kasih 5, tapi akhirnya'],
	['Saya mau batalkan langganan gym', S5, null, null],
	['4, dan jangan kirim sms lagi', S5, null, null, true],
	['Nunggu 2 jam. 2', S5, 2, 'Nunggu 2 jam.'],
	['Lima bintang, ramah sekali', S5, 5, 'ramah sekali'],
	['Kasir 5, perbaikan 1', S5, null, null],
	['Diskon 10% tidak berlaku. 3', S5, 3, 'Diskon 10% tidak berlaku.'],
	['Tolong hapus nomor saya', S5, null, null, true],
	['Bagus 4', S5, 4, 'Bagus'],
	// vi
	['Cảm ơn! 5. Kỹ thuật viên đến đúng giờ', S5, 5, 'Cảm ơn! Kỹ thuật viên đến đúng giờ'],
	['Định cho 5 nhưng cuối cùng 3', S5, 3, 'Định cho 5 nhưng cuối cùng'],
	['4, và đừng gửi tin nhắn nữa', S5, null, null, true],
	['Chờ 2 tiếng. 2', S5, 2, 'Chờ 2 tiếng.'],
	['Tôi muốn hủy gói tập gym', S5, null, null],
	['Năm sao, rất tốt', S5, 5, 'rất tốt'],
	['Thu ngân 5, sửa chữa 1', S5, null, null],
	['Giảm giá 10% rất tốt. 4', S5, 4, 'Giảm giá 10% rất tốt.'],
	['Chấm 9 điểm', S10, 9, ''],
	['Tôi không muốn nhận tin nhắn nữa', S5, null, null, true],
	// hi (Latin script)
	['Dhanyavad! 5. Technician time pe aaya', S5, 5, 'Dhanyavad! Technician time pe aaya'],
	['4, aur message mat bhejo', S5, null, null, true],
	['2 ghante wait kiya. 2', S5, 2, '2 ghante wait kiya.'],
	['10 mein se 8', NPS, 8, ''],
	['Bahut badhiya, paanch', S5, 5, 'Bahut badhiya'],
];

describe('held-out replies, third set (issue 13 classes, labelled before the parser ran)', () => {
	it('gets ≥ 97% of the replies exactly right and ≥ 97% of the comments', () => {
		const { exact, comments, misses } = measure(HELDOUT2);
		const n = HELDOUT2.length;
		console.log(
			`held-out 3: ${n} replies, exact ${((100 * exact) / n).toFixed(1)}%, comments ${((100 * comments) / n).toFixed(1)}%` +
				(misses.length > 0 ? `\n  ${misses.join('\n  ')}` : ''),
		);
		expect(n).toBeGreaterThanOrEqual(150);
		expect(exact / n).toBeGreaterThanOrEqual(0.97);
		expect(comments / n).toBeGreaterThanOrEqual(0.97);
	});
});

// Variants of the same classes found while checking the fixes (not part of the measured set above).
const SIBLINGS: Row[] = [
	['少给了一分', S5, null, null],
	['给了5分', S5, 5, ''],
	['Кассиру — 5, мастеру — 2', S5, null, null],
	['Operator: 5, technician: 2', S5, null, null],
	['Dear team, 4. Good job', S5, 4, 'Dear team, Good job'],
	['Минусы: 1. Не самая низкая ставка', S5, null, null],
	['Спасибо большое!\n\n4\n\nМастер молодец', S5, 4, 'Спасибо большое!\nМастер молодец'],
	['хотел поставить 3, но ставлю 5', S5, 5, 'хотел поставить 3, но'],
	['Waste of money v 1', S5, 1, 'Waste of money v'],
	['Не надо больше смс', S5, null, null, true],
	['They had to remove meters', S5, null, null],
];

describe('sibling variants of the issue-13 classes', () => {
	eachRow(SIBLINGS);
});
