// Language pack: Uzbek (Latin and Cyrillic).
// The words the reply parser reads, opt-out keywords and phrases, language-detection hints, and the survey,
// re-prompt and thank-you texts. Word lists are space separated and normalised at load (case, accents).
import type { LanguagePack } from '../types';
import { uzAspects } from './aspects';
import { stemUz } from './stem';
import { uzStopwords } from './stopwords';
import { survey, surveyCyrl } from './survey';

export const uz: LanguagePack = {
	code: 'uz',
	name: 'Uzbek',
	reply: {
		numbers:
			"bir!=1 ikki=2 uch=3 to'rt=4 tort=4 besh=5 olti=6 yetti=7 sakkiz=8 to'qqiz=9 toqqiz=9 " +
			"o'n=10 бир!=1 икки=2 уч=3 тўрт=4 беш=5 олти=6 етти=7 саккиз=8 тўққиз=9 ўн!=10",
		preCore: "baho bahom bahoyim baholayman qo'yaman qoyaman beraman баҳо баҳом қўяман бераман",
		preHelp: 'sizga men mening sizlarga',
		postFrame: "qo'yaman qoyaman qo'ydim qoydim beraman berdim қўяман бераман",
		postFrameNeg: "qo'ymayman qoymayman bermayman",
		ratingNouns: 'baho bahom bahoyim баҳо баҳом',
		deductPost: 'kam kamroq',
		sufFrame: 'yulduz yulduzcha юлдуз',
		revDenom: 'dan tadan balldan dagi ичидан ichidan дан тадан баллдан',
		scaleWords: 'ballik balli ballli баллик балли',
		scaleNouns:
			'tizim tizimda tizimida tizimi shkala shkalada shkalasida тизим тизимда тизимида шкала шкалада',
		or: 'yoki yohud yo gacha va',
		preExclude: 'soat soatda va buyurtma',
		hypoPost: "qo'ymoqchi qoymoqchi bermoqchi",
		units:
			'yanvar fevral mart aprel iyun iyul avgust sentabr oktabr noyabr dekabr январ феврал ' +
			'март апрел май июн июл август сентябр октябр ноябр декабр ming kun soat daqiqa hafta ' +
			"oy yil marta da kishi so'm som кун соат дақиқа ҳафта ой йил марта minut",
		unitStems: 'kunda kundan soatd daqiqad martad',
		ownWords: 'oy da',
		optOutObjects: 'menga bizga iltimos менга',
		optOutFiller: 'iltimos rahmat',
		// greetings and thanks before a rating: "…, 5, …"
		greetings: [
			'salom',
			'assalomu alaykum',
			'assalomu aleykum',
			'rahmat',
			'katta rahmat',
			'raxmat',
			'салом',
			'ассалому алайкум',
			'раҳмат',
			'рахмат',
		],
		hints:
			"ball baho rahmat raxmat juda yaxshi xizmat lekin operator hammasi joyida zo'r a'lo " +
			'kutdim emas keldi kerak edi boshqa xabar yubormang yozmang iltimos kuryer раҳмат ' +
			'рахмат жуда яхши хизмат лекин',
		optOutKeywords: ["TO'XTATING", 'TOXTATING', 'ТЎХТАТИНГ'],
		optOutPhrases: [
			'yubormang',
			'yozmang',
			'bezovta qilmang',
			'obunani bekor',
			'obunadan chiq',
			'юборманг',
			'ёзманг',
			'безовта қилманг',
			"jo'natmang",
			'jonatmang',
			'жўнатманг',
			'xabar kerak emas',
			'sms kerak emas',
			'sms yubormang',
			'хабар керак эмас',
			'обунани бекор',
			'обунадан чиқ',
		],
	},
	replyTexts: {
		reprompt:
			'Kechirasiz, javobingizni tushuna olmadik. Iltimos, xizmatimizni {min} dan {max} gacha baholang.',
		reprompt2: 'Iltimos, {min} dan {max} gacha bitta raqam yuboring.',
		thanks: 'Bahoingiz uchun rahmat!',
		thanksLow: "Fikringiz uchun rahmat! Noqulaylik uchun uzr so'raymiz, xizmatimizni yaxshilaymiz.",
		thanksHigh: 'Bahoingiz uchun rahmat! Xizmatimiz sizga yoqqanidan xursandmiz.',
		optOut: 'Siz obunadan chiqdingiz. Boshqa xabar yubormaymiz.',
	},
	surveyText: {
		rating: (a, b) =>
			`Iltimos, xizmatimizni baholang: ${a} dan ${b} gacha raqam yuboring (${a} - juda yomon, ${b} - a'lo).`,
		nps: (a, b) =>
			`Bizni do'stlaringizga tavsiya qilasizmi? ${a} dan ${b} gacha raqam yuboring (${a} - aslo, ${b} - albatta).`,
		comment: 'Izoh ham yozishingiz mumkin.',
		keyword: 'STOP',
		optOut: (k) => `Obunani bekor qilish: ${k}`,
	},
	variants: {
		'uz-Cyrl': {
			surveyText: {
				rating: (a, b) =>
					`Хизматимизни баҳоланг: ${a} дан ${b} гача рақам юборинг (${a} - жуда ёмон, ${b} - аъло).`,
				nps: (a, b) =>
					`Бизни дўстларингизга тавсия қиласизми? ${a} дан ${b} гача рақам юборинг (${a} - асло, ${b} - албатта).`,
				comment: 'Изоҳ ҳам ёзишингиз мумкин.',
				keyword: 'STOP',
				optOut: (k) => `Обунани бекор қилиш: ${k}`,
			},
		},
	},
	// comment analysis and survey conversations (their own files in this folder)
	aspects: uzAspects,
	stem: stemUz,
	stopWords: uzStopwords,
	survey,
	surveyVariants: { 'uz-Cyrl': surveyCyrl },
};
