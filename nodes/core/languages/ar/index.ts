// Language pack: Arabic (and a few Persian forms).
// The words the reply parser reads, opt-out keywords and phrases, language-detection hints, and the survey,
// re-prompt and thank-you texts. Word lists are space separated and normalised at load (case, accents).
import type { LanguagePack } from '../types';
import { arAspects } from './aspects';
import { stemAr } from './stem';
import { arStopwords } from './stopwords';
import { survey } from './survey';

export const ar: LanguagePack = {
	code: 'ar',
	name: 'Arabic',
	reply: {
		numbers:
			'صفر=0 واحد!=1 واحدة!=1 اثنان=2 اثنين=2 اثنتان=2 ثلاثة=3 ثلاث=3 أربعة=4 أربع=4 خمسة=5 ' +
			'خمس=5 ستة=6 ست!=6 سبعة=7 سبع=7 ثمانية=8 ثماني=8 ثمان=8 تسعة=9 تسع=9 عشرة=10 عشر=10 ' +
			'يك!=1 سه=3 چهار=4 پنج=5 شش=6 هفت=7 هشت=8 ده!=10',
		preCore: 'تقييمي تقييم التقييم اعطي أعطي أعطيكم اعطيكم درجة الدرجة',
		preHelp: 'انا أنا',
		ratingNouns: 'تقييمي تقييم',
		sufFrame: 'نجوم نجمة نجمات نجمه درجات درجة نقاط نقطة',
		denom: 'من',
		or: 'أو او',
		preExclude: 'الساعة',
		units:
			'يناير فبراير مارس أبريل ابريل مايو يونيو يوليو أغسطس اغسطس سبتمبر أكتوبر اكتوبر ' +
			'نوفمبر ديسمبر ألف الف يوم أيام ايام يومين ساعة ساعات ساعتين دقيقة دقائق أسبوع اسبوع ' +
			'أسابيع شهر أشهر سنة سنوات مرة مرات ريال درهم دينار جنيه',
		optOutObjects: 'لي',
		// greetings and thanks before a rating: "…, 5, …"
		greetings: [
			'مرحبا',
			'مرحباً',
			'السلام عليكم',
			'شكرا',
			'شكراً',
			'شكرا جزيلا',
			'صباح الخير',
			'مساء الخير',
		],
		hints: 'شكرا شكراً جزيلا الخدمة ممتاز ممتازة الموظف كان جدا',
		optOutKeywords: ['إلغاء', 'الغاء', 'ايقاف', 'إيقاف'],
		optOutPhrases: [
			'لا ترسل',
			'ولا ترسل',
			'ولا ترسلوا',
			'لا ترسلوا لي',
			'ازالة رقمي',
			'إزالة رقمي',
			'احذفوا رقمي',
			'لا ترسلوا',
			'توقفوا عن',
			'توقف عن ارسال',
			'إلغاء الاشتراك',
			'لا أريد رسائل',
			'لا تراسلني',
			'أوقفوا الرسائل',
			'اوقفوا الرسائل',
			'لا أريد استلام',
			'لا تراسلوني',
			'عدم إرسال',
			'عدم ارسال',
			'لا أريد هذه الرسائل',
		],
	},
	replyTexts: {
		reprompt: 'عذرًا، لم نتمكن من فهم ردك. يرجى تقييم خدمتنا من {min} إلى {max}.',
		reprompt2: 'يرجى الرد برقم واحد من {min} إلى {max}.',
		thanks: 'شكرًا لتقييمك!',
		thanksLow: 'شكرًا لملاحظاتك. نأسف لذلك وسنعمل على التحسين.',
		thanksHigh: 'شكرًا لتقييمك! يسعدنا أنك راضٍ عن خدمتنا.',
		optOut: 'تم إلغاء اشتراكك ولن تصلك رسائل أخرى.',
	},
	surveyText: {
		rating: (a, b) => `قيم خدمتنا برقم من ${a} (سيئة جدا) إلى ${b} (ممتازة).`,
		nps: (a, b) =>
			`ما مدى احتمال أن توصي بنا لصديق؟ أرسل رقما من ${a} (مستبعد تماما) إلى ${b} (مرجح جدا).`,
		comment: 'يمكنك إضافة تعليق.',
		keyword: 'STOP',
		optOut: (k) => `لإلغاء الاشتراك أرسل ${k}`,
	},
	// comment analysis and survey conversations (their own files in this folder)
	aspects: arAspects,
	stem: stemAr,
	stopWords: arStopwords,
	survey,
};
