// A leading clause made only of greeting, thanks and courtesy words ("Спасибо, 5, всё супер", "Hi, 5) all good",
// "谢谢，5，服务很好") is not the comment the rating sits inside: a bare in-range number after it, closed by its
// own separator or followed by the comment, is the rating (mid-reply rule of ../shared/corpus/README.md: the
// rating and the punctuation stuck to it are cut, the sides joined with one space, or nothing in Chinese).
// Counts, units, dates, times, other numbers, out-of-range numbers, hypotheticals and opt-outs keep their
// reading. Labelled before the rule.
import { NPS, S5, eachRow, type Row } from './heldout-rows';

const ROWS: Row[] = [
	// ru
	['Спасибо, 5, всё супер', S5, 5, 'Спасибо, всё супер'],
	['Привет, 5) всё супер', S5, 5, 'Привет, всё супер'],
	['Спасибо 5 все понравилось', S5, 5, 'Спасибо все понравилось'],
	['спасибо)) 4 за обслуживание', S5, 4, 'спасибо)) за обслуживание'],
	['Привет :) 5) всё супер', S5, 5, 'Привет :) всё супер'],
	['Здравствуйте! 5, мастер пришёл вовремя', S5, 5, 'Здравствуйте! мастер пришёл вовремя'],
	['Добрый день 4 мастер немного опоздал', S5, 4, 'Добрый день мастер немного опоздал'],
	['Спасибо большое, 5, всё быстро', S5, 5, 'Спасибо большое, всё быстро'],
	['Здравствуйте, спасибо, 3, долго ждал', S5, 3, 'Здравствуйте, спасибо, долго ждал'],
	['Благодарю, 4, мастер пришёл вовремя', S5, 4, 'Благодарю, мастер пришёл вовремя'],
	['Спасибо, 9, всё отлично', NPS, 9, 'Спасибо, всё отлично'],
	// uz
	["Salom, 5) hammasi zo'r", S5, 5, "Salom, hammasi zo'r"],
	['Rahmat, 4, usta vaqtida keldi', S5, 4, 'Rahmat, usta vaqtida keldi'],
	['Assalomu alaykum, 5, hammasi yaxshi', S5, 5, 'Assalomu alaykum, hammasi yaxshi'],
	// kk
	['Рахмет, 5, бәрі жақсы', S5, 5, 'Рахмет, бәрі жақсы'],
	['Сәлем 4 шебер уақытында келді', S5, 4, 'Сәлем шебер уақытында келді'],
	// en
	['Hi, 5) all good', S5, 5, 'Hi, all good'],
	['Thank you, 4, the technician was on time', S5, 4, 'Thank you, the technician was on time'],
	['Thanks 5 great service', S5, 5, 'Thanks great service'],
	['Hello! 3, the wait was long', S5, 3, 'Hello! the wait was long'],
	// zh
	['你好，5，服务很好', S5, 5, '你好，服务很好'],
	['谢谢 4 师傅很准时', S5, 4, '谢谢 师傅很准时'],
	// es, pt, de, fr, tr
	['Hola, 5, todo bien', S5, 5, 'Hola, todo bien'],
	['Gracias 4 el técnico llegó a tiempo', S5, 4, 'Gracias el técnico llegó a tiempo'],
	['Obrigado, 5, tudo ótimo', S5, 5, 'Obrigado, tudo ótimo'],
	['Danke, 4, alles gut', S5, 4, 'Danke, alles gut'],
	['Hallo 5 alles super', S5, 5, 'Hallo alles super'],
	['Merci, 5, tout est parfait', S5, 5, 'Merci, tout est parfait'],
	['Bonjour, 4) technicien à l’heure', S5, 4, 'Bonjour, technicien à l’heure'],
	['Merhaba, 5, her şey yolunda', S5, 5, 'Merhaba, her şey yolunda'],
	['Teşekkürler 4 hızlı servis', S5, 4, 'Teşekkürler hızlı servis'],
	// unchanged: already read before the rule
	['Благодарю! 4. Мастер пришёл вовремя', S5, 4, 'Благодарю! Мастер пришёл вовремя'],
	['Здравствуйте, 4. Мастер пришёл вовремя', S5, 4, 'Здравствуйте, Мастер пришёл вовремя'],
	['Привет) 5) всё супер', S5, 5, 'Привет) всё супер'],
	['Добрый вечер! 5) спасибо', S5, 5, 'Добрый вечер! спасибо'],
	['Спасибо 5 звёзд', S5, 5, 'Спасибо'],
	// near misses: counts and units
	['Спасибо, 5 минут ждал', S5, null, null],
	['Спасибо 2 раза звонил', S5, null, null],
	['Привет, 3 дня жду', S5, null, null],
	['Hi, 2 hours late', S5, null, null],
	['Спасибо, 5, ждал 2 дня', S5, 5, 'Спасибо, ждал 2 дня'],
	// near misses: dates and times
	['Спасибо, 5 апреля приходил мастер', S5, null, null],
	['Привет, 10:30 пришёл мастер', NPS, null, null],
	['Спасибо, 5.03 приходил мастер', S5, null, null],
	// near misses: other numbers
	['Спасибо, 1) долго ждал 2) грубили', S5, null, null],
	['Спасибо, 3 4 всё нормально', S5, null, null],
	['Спасибо, 5, но оператору 2', S5, null, null],
	// near misses: numbers after words that are not greetings
	['Купил 2, вернул 1', S5, null, null],
	['Оператор, 5 лет клиент', S5, null, null],
	['Hi team 3 guys came', S5, null, null],
	// near misses: out of range, hypothetical, opt-out
	['Спасибо, 7, всё супер', S5, null, null],
	['Спасибо, 0, всё плохо', S5, null, null],
	['Спасибо, хотела 5, но мастер опоздал', S5, null, null],
	['Thanks, would have given 5 but he was late', S5, null, null],
	['Спасибо, 5, STOP', S5, null, null, true],
	['Thanks, 5, STOP', S5, null, null, true],
];

describe('a rating after a greeting or thanks clause', () => {
	eachRow(ROWS);
});
