import type { SurveyPack } from '../../survey/packTypes';

/** Kazakh survey texts and choice words (Russian words are read too: replies mix both). */
export const survey: SurveyPack = {
	code: 'kk',
	commentPrompt: 'Бағаңыз үшін рахмет! Оған не көбірек әсер етті? Бір-екі сөз жазыңыз.',
	reasonQuestion: 'Кешіріңіз. Не ұнамады? Санмен жауап беріңіз:',
	reasonLabels: {
		wait_time: 'ұзақ күту',
		staff_attitude: 'қызметкердің қарым-қатынасы',
		resolution: 'мәселе шешілмеді',
		other: 'басқа',
	},
	reasonWords: {
		wait_time: ['күт', 'ұзақ', 'кезек', 'баяу', 'ожид', 'ждал', 'долг'],
		staff_attitude: ['қызметкер', 'оператор', 'қарым', 'дөрекі', 'сотрудник', 'груб'],
		resolution: ['шешілмеді', 'шешпеді', 'мәселе', 'көмектеспеді', 'не реш'],
		other: ['басқа', 'друг'],
	},
	ratingQuestion: '{min}–{max} шкаласы бойынша бағалаңыз.',
	npsQuestion: 'Бізді достарыңызға ұсыну ықтималдығы қандай? {min}–{max} аралығында жауап беріңіз.',
	choiceReprompt: '1–{max} аралығындағы санмен жауап беріңіз.',
	reminder:
		'Еске салу: қызметімізді {min}–{max} шкаласы бойынша бағалаңыз — осы SMS-ке жауап беріңіз.',
	ordinals: [
		['бір', 'бірінші'],
		['екі', 'екінші'],
		['үш', 'үшінші'],
		['төрт', 'төртінші'],
		['бес', 'бесінші'],
		['алты', 'алтыншы'],
	],
};
