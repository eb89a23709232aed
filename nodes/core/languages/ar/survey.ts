import type { SurveyPack } from '../../survey/packTypes';

/** Arabic survey texts and choice words (hamza forms and diacritics are ignored when matching). */
export const survey: SurveyPack = {
	code: 'ar',
	commentPrompt: 'شكرًا لتقييمك! ما السبب الرئيسي لتقييمك؟ أجب ببضع كلمات.',
	reasonQuestion: 'نأسف لذلك. ما الذي لم يعجبك؟ أجب برقم:',
	reasonLabels: {
		wait_time: 'طول الانتظار',
		staff_attitude: 'تعامل الموظف',
		resolution: 'لم تُحل المشكلة',
		other: 'أخرى',
	},
	reasonWords: {
		wait_time: ['انتظار', 'انتظر', 'طويل', 'تأخير', 'بطء', 'بطيء'],
		staff_attitude: ['موظف', 'تعامل', 'وقح', 'معاملة', 'أسلوب'],
		resolution: ['لم تحل', 'لم يحل', 'لم يتم حل', 'مشكلة', 'المشكلة'],
		other: ['أخرى', 'آخر', 'غير ذلك'],
	},
	ratingQuestion: 'يرجى التقييم من {min} إلى {max}.',
	npsQuestion: 'ما مدى احتمال أن توصي بنا لصديق؟ أجب من {min} إلى {max}.',
	choiceReprompt: 'يرجى الرد برقم من 1 إلى {max}.',
	reminder: 'تذكير: يرجى تقييم خدمتنا من {min} إلى {max} بالرد على هذه الرسالة.',
	ordinals: [
		['واحد', 'الأول', 'أول'],
		['اثنان', 'اثنين', 'الثاني', 'ثاني'],
		['ثلاثة', 'الثالث', 'ثالث'],
		['أربعة', 'الرابع', 'رابع'],
		['خمسة', 'الخامس', 'خامس'],
		['ستة', 'السادس', 'سادس'],
	],
};
