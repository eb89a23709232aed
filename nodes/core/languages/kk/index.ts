// Language pack: Kazakh (Cyrillic and Latin).
// The words the reply parser reads, opt-out keywords and phrases, language-detection hints, and the survey,
// re-prompt and thank-you texts. Word lists are space separated and normalised at load (case, accents).
import type { LanguagePack } from '../types';
import { kkAspects } from './aspects';
import { stemKk } from './stem';
import { kkStopwords } from './stopwords';
import { survey } from './survey';

export const kk: LanguagePack = {
	code: 'kk',
	name: 'Kazakh',
	reply: {
		numbers:
			'нөл=0 бір!=1 екі=2 үш=3 төрт=4 бес=5 алты=6 жеті=7 сегіз=8 тоғыз=9 он!=10 eki=2 ' +
			'úsh=3 ush=3 üsh=3 tört=4 bes=5 alty=6 jeti=7 segiz=8 toǵyz=9 togyz=9 on!=10',
		preCore: 'баға бағам бағалаймын қоямын беремін',
		preHelp: 'мен менің сізге',
		postFrame: 'қоямын қойдым беремін бердім',
		postFrameNeg: 'қоймаймын бермеймін',
		ratingNouns: 'баға бағам',
		deductPost: 'кем',
		sufFrame: 'жұлдыз ұпай juldyz zhuldyz',
		revDenom: 'тен тан ден нан нен ten tan den',
		scaleWords: 'баллдық балдық ballyq',
		scaleNouns: 'жүйе жүйеде жүйесі жүйесінде шкала шкалада шкаласы шкаласында',
		or: 'або вә немесе',
		preExclude: 'сағат',
		hypoPost: 'қоймақшы бермекші қоймақ',
		units:
			'қаңтар ақпан наурыз сәуір мамыр маусым шілде тамыз қыркүйек қазан қараша желтоқсан ' +
			'мың күн сағат минут апта ай жыл рет kún saǵat sagat apta ai jyl ret',
		unitStems: 'күнд сағатт минутт',
		optOutObjects: 'маған бізге енді',
		// greetings and thanks before a rating: "…, 5, …"
		greetings: [
			'сәлем',
			'салем',
			'сәлеметсіз бе',
			'рахмет',
			'рақмет',
			'көп рахмет',
			'sálem',
			'rahmet',
		],
		hints: 'рахмет рақмет жақсы өте бірақ қызмет күттім болмады көп keshikti rahmet jaqsy óte',
		optOutKeywords: ['ТОҚТАТЫҢЫЗ', 'ТОҚТАТ', 'TOQTATYNYZ'],
		optOutPhrases: [
			'жібермеңіз',
			'жазбаңыз',
			'мазаламаңыз',
			'jibermeniz',
			'jazbanyz',
			'жібермеңдер',
			'жазбаңдар',
			'жібермеу',
			'жібермеңізші',
			'жазбаңызшы',
			'хабарлама керек емес',
		],
	},
	replyTexts: {
		reprompt:
			'Кешіріңіз, жауабыңызды түсінбедік. Қызметімізді {min}–{max} шкаласы бойынша бағалаңыз.',
		reprompt2: '{min}–{max} аралығындағы бір санмен жауап беріңіз.',
		thanks: 'Бағаңыз үшін рахмет!',
		thanksLow: 'Пікіріңіз үшін рахмет! Кешіріңіз, жағдайды түзетеміз.',
		thanksHigh: 'Бағаңыз үшін рахмет! Қызметіміз ұнағанына қуаныштымыз.',
		optOut: 'Сіз хабарламалардан бас тарттыңыз. Енді сізге жазбаймыз.',
	},
	surveyText: {
		rating: (a, b) =>
			`Қызметімізді бағалаңыз: ${a}-${b} аралығындағы сан жіберіңіз (${a} - өте нашар, ${b} - өте жақсы).`,
		nps: (a, b) =>
			`Бізді достарыңызға ұсынасыз ба? ${a}-${b} аралығындағы сан жіберіңіз (${a} - мүлдем жоқ, ${b} - міндетті түрде).`,
		comment: 'Пікір де қалдыра аласыз.',
		keyword: 'STOP',
		optOut: (k) => `Бас тарту: ${k}`,
	},
	// comment analysis and survey conversations (their own files in this folder)
	aspects: kkAspects,
	stem: stemKk,
	stopWords: kkStopwords,
	survey,
};
