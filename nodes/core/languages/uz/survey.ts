import type { SurveyPack } from '../../survey/packTypes';

// Uzbek is written in Latin and in Cyrillic script: one word list reads both; texts exist in both scripts.
const reasonWords: SurveyPack['reasonWords'] = {
	wait_time: ['kut', 'uzoq', 'navbat', 'sekin', 'кут', 'узоқ', 'узок', 'навбат', 'секин'],
	staff_attitude: [
		'xodim',
		'operator',
		'munosabat',
		"qo'pol",
		'ходим',
		'оператор',
		'муносабат',
		'қўпол',
		'кўпол',
	],
	resolution: [
		'hal qilinmadi',
		"hal bo'lmadi",
		'hal etilmadi',
		'muammo',
		'yordam bermadi',
		'ҳал',
		'хал',
		'муаммо',
		'ёрдам бермади',
	],
	other: ['boshqa', 'бошқа', 'бошка'],
};

const ordinals: SurveyPack['ordinals'] = [
	['bir', 'birinchi', 'бир', 'биринчи'],
	['ikki', 'ikkinchi', 'икки', 'иккинчи'],
	['uch', 'uchinchi', 'уч', 'учинчи'],
	["to'rt", "to'rtinchi", 'тўрт', 'тўртинчи'],
	['besh', 'beshinchi', 'беш', 'бешинчи'],
	['olti', 'oltinchi', 'олти', 'олтинчи'],
];

/** Uzbek (Latin script) survey texts and choice words. */
export const survey: SurveyPack = {
	code: 'uz',
	commentPrompt: "Bahoingiz uchun rahmat! Unga nima ko'proq ta'sir qildi? Bir-ikki so'z yozing.",
	reasonQuestion: "Uzr so'raymiz. Nima yoqmadi? Raqam bilan javob bering:",
	reasonLabels: {
		wait_time: 'uzoq kutish',
		staff_attitude: 'xodimning munosabati',
		resolution: 'muammo hal qilinmadi',
		other: 'boshqa',
	},
	reasonWords,
	ratingQuestion: 'Iltimos, {min} dan {max} gacha baholang.',
	npsQuestion:
		"Bizni do'stlaringizga tavsiya qilish ehtimoli qanchalik? {min} dan {max} gacha javob bering.",
	choiceReprompt: 'Iltimos, 1 dan {max} gacha raqam bilan javob bering.',
	reminder:
		'Eslatma: iltimos, xizmatimizni {min} dan {max} gacha baholang — shu SMSga javob yozing.',
	ordinals,
};

/** Uzbek (Cyrillic script) survey texts and choice words. */
export const surveyCyrl: SurveyPack = {
	code: 'uz-Cyrl',
	commentPrompt: 'Баҳоингиз учун раҳмат! Унга нима кўпроқ таъсир қилди? Бир-икки сўз ёзинг.',
	reasonQuestion: 'Узр сўраймиз. Нима ёқмади? Рақам билан жавоб беринг:',
	reasonLabels: {
		wait_time: 'узоқ кутиш',
		staff_attitude: 'ходимнинг муносабати',
		resolution: 'муаммо ҳал қилинмади',
		other: 'бошқа',
	},
	reasonWords,
	ratingQuestion: 'Илтимос, {min} дан {max} гача баҳоланг.',
	npsQuestion:
		'Бизни дўстларингизга тавсия қилиш эҳтимоли қанчалик? {min} дан {max} гача жавоб беринг.',
	choiceReprompt: 'Илтимос, 1 дан {max} гача рақам билан жавоб беринг.',
	reminder: 'Эслатма: илтимос, хизматимизни {min} дан {max} гача баҳоланг — шу SMSга жавоб ёзинг.',
	ordinals,
};
