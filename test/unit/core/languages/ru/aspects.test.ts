/**
 * Russian aspect lexicon, by class of case (comments invented for these tests): negation scope, не- forms,
 * general names, absence after the noun, irrealis markers, decimal commas, contrast, debits and refusals, waits,
 * calls, the names of the bank, failed operations, money that cannot be got back, rates and price changes, machines.
 */
import { analyzeComment } from '../../../../../nodes/core/analysis';
import { withNe, polarPair } from '../../../../../nodes/core/languages/ru/opinions';

function labels(text: string): string {
	const found = analyzeComment(text, { language: 'ru' }).aspects.map(
		(a) => `${a.aspect}${a.polarity === 'pos' ? '+' : '-'}`,
	);
	return [...new Set(found)].sort().join(' ');
}

const sorted = (s: string): string => s.split(' ').filter(Boolean).sort().join(' ');

const CASES: Record<string, [string, string][]> = {
	'negation reaches across copulas, degree words, modal verbs and infinitives, not across other words':
		[
			['Никаких проблем с картой не было', 'product+'],
			['Сотрудники не всегда вежливы', 'staff_attitude-'],
			['Не могут обслуживать быстро', 'wait_time-'],
			['Нет никаких огромных очередей', 'wait_time+'],
			['Никто не любит очереди, а тут очередь на час', 'wait_time-'],
			['Не самые выгодные условия по вкладам', 'price-'],
		],
	'не- written as one word turns the word': [
		['Неплохой банк', 'product+'],
		['Неплохой банк, но приложение неудобное', 'digital- product+'],
		['Неприветливые операционисты', 'staff_attitude-'],
		['Небыстро, но кассир неравнодушный', 'staff_attitude+ wait_time-'],
		['Невыгодный тариф', 'price-'],
	],
	'"ни" after a negated verb repeats its negation; after a copula it negates the noun': [
		['Банк так и не отменил ни одну комиссию', 'price-'],
		['Не было ни одной проблемы с картой', 'product+'],
		['Ни одной комиссии за переводы', 'price+'],
	],
	'a general name yields to the aspect the clause names': [
		['Курьер привёз карту вовремя', 'delivery+'],
		['Сомнительная компетенция сотрудников', 'competence-'],
		['Ужасный банк, хамят в каждом окне', 'staff_attitude-'],
		['Ужасный банк', 'product-'],
		['Хороший персонал', 'staff_attitude+'],
		// General praise of the bank next to a specific word is kept; a general complaint is not.
		['Банк нравится, приложение удобное', 'digital+ product+'],
		['Хороший банк, но приложение тормозит', 'digital- product+'],
		['Ужасный банк, приложение тормозит', 'digital-'],
		['Благодарю операциониста Сбербанка', 'staff_attitude+'],
	],
	'a product word next to another aspect names that thing': [
		['Заблокировали личный кабинет без причины', 'digital-'],
		['Очень стабильное приложение', 'digital+'],
		['Заблокировали карту', 'product-'],
	],
	'the thing complained of is absent ("X нет", "без X")': [
		['Комиссий нет, переводы бесплатные', 'price+'],
		['Претензий нет, всё устраивает', 'product+'],
		['Снимаю наличные без процентов', 'price+'],
		['Очередей нет', 'wait_time+'],
	],
	'irrealis markers and idioms are not the writer’s judgement': [
		['Якобы надёжный банк', ''],
		['Считала его самым лучшим банком', ''],
		['Банк обязан подавать хороший пример', ''],
		['Все мы прекрасно знаем эти правила', ''],
		['Обслуживание оставляет желать лучшего', 'product-'],
		['Думал будет долго, но оформили быстро', 'wait_time+'],
		['Раньше сотрудники хамили, теперь вежливые', 'staff_attitude+'],
		['Раньше часто зависало приложение', ''],
	],
	'clauses and words of the service domain': [
		['Вклад 2,6 % годовых просто смех', 'price-'],
		['Центральный офис, очень удобно', 'product+'],
		['Банкомат съел карту и не вернул деньги', 'digital- price-'],
		['До банка не дозвониться, не берут трубку', 'communication-'],
		['Хамское отношение, менеджер нахамила', 'staff_attitude-'],
		['Долгие годы являюсь клиентом', ''],
		['Помогите, подскажите куда жаловаться', ''],
		['Долго думала, какой банк выбрать, в первую очередь смотрела на вклады', ''],
		['Обратилась за помощью в отделение', ''],
		['Отказалась от использования карт этого банка', ''],
		// A refused credit is the product the customer asked for, not a problem left unsolved.
		['Мне отказали в кредите', 'product-'],
		['Три недели не могу получить перевод', 'wait_time-'],
		['Потратила полдня, обед длился два часа', 'wait_time-'],
		['Я уже получил ответ от банка', ''],
		['Кассир ответил: понятия не имею', 'competence-'],
		['Всем советую, хороший банк, но отличный от других', 'product+'],
		['У сотрудников отсутствует вежливость', 'staff_attitude-'],
		['Страховку впарили при оформлении', 'communication-'],
		['Проценты космические, да ещё и скрытые комиссии', 'price-'],
		['Операторы не понимают, о чём говорят, ошибаются в документах', 'competence-'],
		['Толкучка и давка в отделении', 'wait_time-'],
		['Никто не смог дать квалифицированный ответ', 'competence-'],
		['Обратной связи нет, с оператором не связаться', 'communication-'],
		['Самые низкие ставки по депозиту', 'price-'],
		['Низкие ставки по кредитам', 'price+'],
	],
	'debits, blocked and failed payments, refusals': [
		// A debit alone is the bank taking the money; with a fee or what it is for, it is the price.
		['С карты без спроса списали пять тысяч', 'product-'],
		['Каждый месяц списывают комиссию за уведомления', 'price-'],
		['Пришло уведомление о списании зарплаты', ''],
		['Переводы внутри банка платные', 'price-'],
		['Счёт заморозили, карта заблокирована', 'product-'],
		['Не могу оплатить покупку, платёж не проходит', 'product-'],
		['С карты пропали деньги', 'product-'],
		['Обещали перезвонить и пропали', 'communication-'],
		['Отказали в выдаче карты без причины', 'product-'],
		['Ответили, что оснований для возврата нет', 'resolution-'],
		['На жалобы никто не реагирует', 'resolution-'],
		['Так и не смогли заблокировать карту', 'resolution-'],
	],
	'waits, calls and the names of the bank': [
		['В отделении всегда много народу', 'wait_time-'],
		['Кассир ушла на обед, а мы стояли', 'wait_time-'],
		['Переводы идут по 3 дня', 'wait_time-'],
		['Прошёл уже месяц, карты нет', 'wait_time-'],
		['Платёж прошёл меньше чем за минуту', 'wait_time+'],
		['Заявку рассматривали две недели', 'wait_time-'],
		['Ипотеку оформили за один день', 'wait_time+'],
		['За день до платежа пришло напоминание', ''],
		['Мне нравится Сбербанк', 'product+'],
		['Отвратительная организация работы', 'product-'],
		['Неудобный график работы отделения', 'product-'],
		['Постоянно звонят роботы, обзвоны каждый день', 'communication-'],
		['Менеджер уговаривал открыть ещё одну карту', 'communication-'],
		['Из трёх банкоматов работает только один', 'digital-'],
		['Недовольна работой наших местных кассиров', 'competence-'],
		['Просила помощи у знакомых вкладчиков', ''],
		['Я взяла талон и ждала своей очереди', ''],
		['Много отрицательных отзывов, но у меня всё хорошо', 'product+'],
		['У других банков переводы бесплатные, а тут комиссия', 'price-'],
		['Годовое обслуживание 600 рублей, у других банков бесплатно', ''],
		['Переводы платные, в Альфа-банке бесплатно', 'price-'],
		['В тинькофф отвечают быстрее', ''],
		['Комиссия за переводы в другие банки грабительская', 'price-'],
	],
	'words of staff, machines and the reader warned off': [
		['Девушка на кассе улыбчивая', 'staff_attitude+'],
		['Кассир с кислым лицом, разговаривала презрительно', 'staff_attitude-'],
		['Операторы путаются в тарифах', 'competence-'],
		['Консультант ответил на все вопросы', 'competence+'],
		['Чат поддержки бесполезен', 'resolution-'],
		['Оператор сбросил звонок', 'communication-'],
		['Гоняют по кругу из отдела в отдел', 'resolution-'],
		['Приложение глючное', 'digital-'],
		['Зря открыла здесь вклад', 'product-'],
		['Высокая стоимость годового обслуживания', 'price-'],
		['Ставки по вкладам смешные', 'price-'],
		['Перевод шёл три дня, карта пришла через месяц', 'wait_time-'],
		['В чате отвечают боты', 'communication-'],
		['Нет ни одного банкомата поблизости', 'digital-'],
		['Персонал так себе', 'staff_attitude-'],
		['Качество обслуживания сильно упало', 'product-'],
		['Банкомат не выдал деньги, а со счёта списал', 'digital- product-'],
	],
	'a product word is about another aspect next to its name, not through a channel or past the card':
		[
			['В приложении заблокировали перевод', 'digital-'],
			['Через приложение списали деньги', 'product-'],
			['Заблокировали карту и приложение', 'product-'],
		],
	'a negated verb of saying, "разве" negate the rest of the clause; "пока не" is "until"; "быстрее, чем… не"':
		[
			['Не сказала бы, что обслуживание быстрое', 'wait_time-'],
			['Не могу сказать, что сотрудники вежливые', 'staff_attitude-'],
			['Не думаю, что это удобное приложение', 'digital-'],
			['Сотрудники вежливые, не скажу что плохо', 'staff_attitude+'],
			['Ничего плохого не могу сказать о банке', 'product+'],
			['Нельзя сказать, что сотрудники вежливые', 'staff_attitude-'],
			['Приложение нельзя назвать удобным', 'digital-'],
			['Не скажу что отвечают быстро', 'wait_time-'],
			['Быстрее, чем через час, оператор не ответит', 'wait_time-'],
			['Не верила, пока не пропали деньги с карты', 'product-'],
			['Стояла у окна, пока не позвали, кассир вежливая', 'staff_attitude+'],
			['Деньги пока не вернули', 'resolution-'],
			['Ничего не подозревала, пока со счёта не пропали деньги', 'product-'],
			['Пока нет проблем с картой', 'product+'],
			['Разве сотрудники вежливые?', 'staff_attitude-'],
			['Разве что приложение удобное', 'digital+'],
			['Неужели всё так плохо с приложением', ''],
			['Очень плохо, что такое удобное приложение теперь платное', 'digital- price-'],
			['Понятно, что банки берут комиссию, но тут она огромная', 'price-'],
		],
	'failed operations: money that did not arrive, could not be had, was stolen': [
		['Перевод маме так и не дошёл', 'product-'],
		['Не могу получить свои деньги со вклада', 'product-'],
		['В этом банке невозможно получить ипотеку', 'product-'],
		['Через день пришёл отказ по заявке', 'product-'],
		['Получила отказ по кредиту', 'product-'],
		['Карту так и не перевыпустили', 'product-'],
		['Карта не проходит на кассе', 'product-'],
		['Перевод завис на три дня', 'product-'],
		['Приложение зависло', 'digital-'],
		['Подключили страхование без моего согласия', 'product-'],
		['Со счёта были похищены сбережения', 'product-'],
		['Не могу получить ответ от банка', 'communication-'],
	],
	'money that cannot be got back is an unresolved problem': [
		['Списанное вернуть уже невозможно', 'resolution-'],
		['Свои же деньги проблематично вернуть', 'resolution-'],
	],
	'low rates, fees and prices with the noun first; low deposit rates are a complaint': [
		['Проценты по ипотеке низкие', 'price+'],
		['Комиссия за переводы минимальная', 'price+'],
		['Ставка по вкладам маленькая', 'price-'],
	],
	'raised prices, cut deposit rates, made to pay, penalties, cashback': [
		['Опять повысили тарифы на смс', 'price-'],
		['Банк снизил ставки по вкладам', 'price-'],
		['За обслуживание счёта берут 900 рублей', 'price-'],
		['Начислили штраф за просрочку платежа', 'price-'],
		['Огромные штрафы за просрочку', 'price-'],
		// A traffic fine paid at the bank is no price of the bank.
		['Хотела оплатить штраф за превышение скорости', ''],
		['Кэшбэка нет совсем', 'price-'],
		['Заставляют платить проценты за снятие', 'price-'],
	],
	'not so advantageous, no advantage, worse terms': [
		['Пишу о не самых выгодных тарифах банка', 'price-'],
		['Никакой выгоды от этой карты', 'price-'],
		['Условия по карте уже не те', 'price-'],
	],
	'"желает лучшего" is a complaint, "никаких нареканий" praise': [
		['Сервис желает лучшего', 'product-'],
		['К банку нареканий ни каких', 'product+'],
	],
	'machines that swallow money, the application losing a card, many ATMs': [
		['Банкомат заглотил карту', 'digital-'],
		['Банкомат карту так и не отдал', 'digital-'],
		['Вклад пропал из приложения', 'digital-'],
		['Полно банкоматов в любом районе', 'digital+'],
	],
	'calls that never stop, a busy line; messages that do not come, a site down, a log-in that fails':
		[
			['Из банка звонят по три раза на дню', 'communication-'],
			['Линия поддержки всегда занята', 'communication-'],
			['Висел на линии полчаса', 'communication-'],
			['Смс с кодом не приходят', 'digital-'],
			['Сайт банка опять лежит', 'digital-'],
			['Не могу зайти в личный кабинет', 'digital-'],
			['Не могла войти в отделение с коляской', ''],
			['Банкомат выдал сумму не полностью', 'digital-'],
		],
	'different answers, being sent from one to the next, a claim left unresolved or rejected, one window open':
		[
			['На один вопрос дают разные ответы', 'competence-'],
			['Каждый говорит своё', 'competence-'],
			['Отправляют из одного офиса в другой', 'resolution-'],
			['Вопрос так и остался нерешённым', 'resolution-'],
			['Мою претензию банк отклонил', 'resolution-'],
			['Из пяти окон работает одно', 'wait_time-'],
			['Открыто всего одно окно', 'wait_time-'],
		],
	'a wish for more after "бы" or "чтобы ... были" is a complaint; "чтобы быстрее" + verb is a purpose':
		[
			['Хотелось бы, чтобы кассиры были повежливее', 'staff_attitude-'],
			['Операционисты могли бы работать побыстрее', 'wait_time-'],
			['Приложение могло бы быть попроще', 'digital-'],
			['Тарифы могли бы быть подешевле', 'price-'],
			['Чтобы быстрее получить карту, заказала её онлайн', ''],
		],
	'idle or lazy staff, understanding; could not explain, misled': [
		['Операционистки болтают между собой', 'staff_attitude-'],
		['Менеджер весь приём сидела в телефоне', 'staff_attitude-'],
		['Персонал ленивый', 'staff_attitude-'],
		['Сотрудник отнёсся с пониманием', 'staff_attitude+'],
		['Консультант не смог ничего толком объяснить', 'competence-'],
		['Меня ввели в заблуждение по условиям вклада', 'competence-'],
		['Не обращайте внимания на отзывы', ''],
	],
	'a card weeks on the way, brought the next day': [
		['Карту везли две недели', 'delivery-'],
		['Курьер привёз карту на следующий день', 'delivery+'],
	],
	'what never happens after the noun ("сбоев не бывает"), "нет" after words between, shorter queues':
		[
			['Претензий к банку нет', 'product+'],
			['Сбоев не бывает', 'digital+'],
			['Очередей практически не бывает', 'wait_time+'],
			['Очереди стали меньше', 'wait_time+'],
			['Очереди в отделении пропали', 'wait_time+'],
			['Проблем с картой не бывает', 'product+'],
		],
	'slang names of a bad firm are a general complaint': [
		['Шарашкина контора, а не банк', 'product-'],
		['Не банк, а богадельня', 'product-'],
	],
	"the customer's own mistake is no judgement of the staff": [
		['Я ошибся номером при переводе', ''],
		['По своей ошибке перевела деньги не на ту карту', ''],
		['Кассир ошиблась в сумме', 'competence-'],
	],
	'processing done within a day or a few is a short wait': [
		['Кредитку одобрили в течение дня', 'wait_time+'],
		['Документы оформили за три дня', 'wait_time+'],
	],
};

describe('Russian aspect lexicon', () => {
	for (const [name, cases] of Object.entries(CASES)) {
		it.each(cases)(`${name}: %s`, (text, expected) => {
			expect(labels(text)).toBe(sorted(expected));
		});
	}
	it('builds не- forms of single words only, without repeats', () => {
		expect(withNe(['вежлив*', 'с улыбкой', 'нехорош*', 'уж'])).toEqual(['невежлив*']);
		const pair = polarPair(['удобн*'], ['неудобн*', 'плох*']);
		expect(pair.pos).toEqual(['удобн*', 'неплох*']);
		expect(pair.neg).toEqual(['неудобн*', 'плох*']);
	});
});
