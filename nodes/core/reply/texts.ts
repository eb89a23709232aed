// Short localized SMS texts around a reply: re-prompt after an unreadable reply, thanks, opt-out
// confirmation. Kept to one SMS segment where the script allows (≤ 160 GSM-7 / ≤ 70 UCS-2 characters is
// not always possible for a polite re-prompt in Cyrillic/Arabic; they stay within two segments).
import type { RatingScale } from './types';

interface LangTexts {
	/** first re-prompt; {min} and {max} are replaced */
	reprompt: string;
	/** later re-prompts: shorter */
	reprompt2: string;
	thanks: string;
	thanksLow: string;
	thanksHigh: string;
	optOut: string;
}

const TEXTS: Readonly<Record<string, LangTexts>> = {
	en: {
		reprompt: "Sorry, we couldn't read your reply. Please rate our service from {min} to {max}.",
		reprompt2: 'Please reply with one number from {min} to {max}.',
		thanks: 'Thank you for your rating!',
		thanksLow: "Thank you for your feedback. We're sorry and will work to improve.",
		thanksHigh: "Thank you for your rating! We're glad you're happy with our service.",
		optOut: 'You have been unsubscribed and will not receive further messages.',
	},
	ru: {
		reprompt: 'Извините, не удалось распознать ваш ответ. Пожалуйста, оцените нашу работу по шкале от {min} до {max}.',
		reprompt2: 'Пожалуйста, ответьте одним числом от {min} до {max}.',
		thanks: 'Спасибо за вашу оценку! Нам важно ваше мнение.',
		thanksLow: 'Спасибо за вашу оценку! Нам жаль, что вы остались недовольны, мы разберёмся.',
		thanksHigh: 'Спасибо за вашу оценку! Рады, что вам понравилось.',
		optOut: 'Вы отписались от сообщений. Больше мы не будем вам писать.',
	},
	zh: {
		reprompt: '抱歉，未能识别您的回复。请用{min}到{max}的数字为我们的服务评分。',
		reprompt2: '请回复{min}到{max}之间的一个数字。',
		thanks: '感谢您的评分！',
		thanksLow: '感谢您的反馈！很抱歉给您带来不好的体验，我们会努力改进。',
		thanksHigh: '感谢您的评分！很高兴您对我们的服务满意。',
		optOut: '您已成功退订，今后将不再收到此类短信。',
	},
	uz: {
		reprompt: 'Kechirasiz, javobingizni tushuna olmadik. Iltimos, xizmatimizni {min} dan {max} gacha baholang.',
		reprompt2: 'Iltimos, {min} dan {max} gacha bitta raqam yuboring.',
		thanks: 'Bahoingiz uchun rahmat!',
		thanksLow: "Fikringiz uchun rahmat! Noqulaylik uchun uzr so'raymiz, xizmatimizni yaxshilaymiz.",
		thanksHigh: 'Bahoingiz uchun rahmat! Xizmatimiz sizga yoqqanidan xursandmiz.',
		optOut: 'Siz obunadan chiqdingiz. Boshqa xabar yubormaymiz.',
	},
	kk: {
		reprompt: 'Кешіріңіз, жауабыңызды түсінбедік. Қызметімізді {min}–{max} шкаласы бойынша бағалаңыз.',
		reprompt2: '{min}–{max} аралығындағы бір санмен жауап беріңіз.',
		thanks: 'Бағаңыз үшін рахмет!',
		thanksLow: 'Пікіріңіз үшін рахмет! Кешіріңіз, жағдайды түзетеміз.',
		thanksHigh: 'Бағаңыз үшін рахмет! Қызметіміз ұнағанына қуаныштымыз.',
		optOut: 'Сіз хабарламалардан бас тарттыңыз. Енді сізге жазбаймыз.',
	},
	es: {
		reprompt: 'Disculpe, no entendimos su respuesta. Por favor, califique nuestro servicio del {min} al {max}.',
		reprompt2: 'Responda con un solo número del {min} al {max}.',
		thanks: '¡Gracias por su calificación!',
		thanksLow: 'Gracias por su opinión. Lamentamos lo ocurrido y trabajaremos para mejorar.',
		thanksHigh: '¡Gracias por su calificación! Nos alegra que haya quedado satisfecho.',
		optOut: 'Se ha dado de baja. No recibirá más mensajes.',
	},
	pt: {
		reprompt: 'Desculpe, não entendemos sua resposta. Por favor, avalie nosso atendimento de {min} a {max}.',
		reprompt2: 'Responda com um único número de {min} a {max}.',
		thanks: 'Obrigado pela sua avaliação!',
		thanksLow: 'Obrigado pelo seu retorno. Lamentamos o ocorrido e vamos melhorar.',
		thanksHigh: 'Obrigado pela sua avaliação! Ficamos felizes que tenha gostado.',
		optOut: 'Seu descadastro foi feito. Você não receberá mais mensagens.',
	},
	de: {
		reprompt: 'Entschuldigung, wir konnten Ihre Antwort nicht lesen. Bitte bewerten Sie unseren Service von {min} bis {max}.',
		reprompt2: 'Bitte antworten Sie mit einer Zahl von {min} bis {max}.',
		thanks: 'Vielen Dank für Ihre Bewertung!',
		thanksLow: 'Danke für Ihr Feedback. Es tut uns leid, wir arbeiten daran, besser zu werden.',
		thanksHigh: 'Vielen Dank für Ihre Bewertung! Schön, dass Sie zufrieden sind.',
		optOut: 'Sie wurden abgemeldet und erhalten keine weiteren Nachrichten.',
	},
	fr: {
		reprompt: "Désolé, nous n'avons pas compris votre réponse. Merci de noter notre service de {min} à {max}.",
		reprompt2: 'Merci de répondre par un seul nombre de {min} à {max}.',
		thanks: 'Merci pour votre note !',
		thanksLow: 'Merci pour votre avis. Nous sommes désolés et allons nous améliorer.',
		thanksHigh: 'Merci pour votre note ! Ravis que vous soyez satisfait.',
		optOut: 'Vous êtes désinscrit et ne recevrez plus de messages.',
	},
	tr: {
		reprompt: 'Üzgünüz, yanıtınızı anlayamadık. Lütfen hizmetimizi {min} ile {max} arasında puanlayın.',
		reprompt2: 'Lütfen {min} ile {max} arasında tek bir sayı ile yanıt verin.',
		thanks: 'Puanınız için teşekkür ederiz!',
		thanksLow: 'Geri bildiriminiz için teşekkürler. Üzgünüz, hizmetimizi iyileştireceğiz.',
		thanksHigh: 'Puanınız için teşekkür ederiz! Memnun kalmanıza sevindik.',
		optOut: 'Aboneliğiniz iptal edildi. Artık mesaj almayacaksınız.',
	},
	ar: {
		reprompt: 'عذرًا، لم نتمكن من فهم ردك. يرجى تقييم خدمتنا من {min} إلى {max}.',
		reprompt2: 'يرجى الرد برقم واحد من {min} إلى {max}.',
		thanks: 'شكرًا لتقييمك!',
		thanksLow: 'شكرًا لملاحظاتك. نأسف لذلك وسنعمل على التحسين.',
		thanksHigh: 'شكرًا لتقييمك! يسعدنا أنك راضٍ عن خدمتنا.',
		optOut: 'تم إلغاء اشتراكك ولن تصلك رسائل أخرى.',
	},
	id: {
		reprompt: 'Maaf, kami tidak dapat memahami balasan Anda. Mohon beri nilai layanan kami dari {min} sampai {max}.',
		reprompt2: 'Mohon balas dengan satu angka dari {min} sampai {max}.',
		thanks: 'Terima kasih atas penilaian Anda!',
		thanksLow: 'Terima kasih atas masukan Anda. Mohon maaf, kami akan memperbaikinya.',
		thanksHigh: 'Terima kasih atas penilaian Anda! Senang Anda puas dengan layanan kami.',
		optOut: 'Anda telah berhenti berlangganan dan tidak akan menerima pesan lagi.',
	},
	vi: {
		reprompt: 'Xin lỗi, chúng tôi chưa hiểu phản hồi của bạn. Vui lòng chấm điểm dịch vụ từ {min} đến {max}.',
		reprompt2: 'Vui lòng trả lời bằng một số từ {min} đến {max}.',
		thanks: 'Cảm ơn bạn đã đánh giá!',
		thanksLow: 'Cảm ơn góp ý của bạn. Chúng tôi rất tiếc và sẽ cải thiện.',
		thanksHigh: 'Cảm ơn bạn đã đánh giá! Rất vui vì bạn hài lòng.',
		optOut: 'Bạn đã hủy đăng ký và sẽ không nhận thêm tin nhắn.',
	},
	hi: {
		reprompt: 'Maaf kijiye, hum aapka jawab samajh nahi paaye. Kripya hamari seva ko {min} se {max} tak rating dein.',
		reprompt2: 'Kripya {min} se {max} tak ek number bhejein.',
		thanks: 'Aapki rating ke liye dhanyavaad!',
		thanksLow: 'Aapke feedback ke liye dhanyavaad. Humein khed hai, hum sudhaar karenge.',
		thanksHigh: 'Aapki rating ke liye dhanyavaad! Khushi hai ki aap santusht hain.',
		optOut: 'Aapko unsubscribe kar diya gaya hai. Ab aapko koi message nahi aayega.',
	},
};

/** Languages with their own texts (others fall back to English). */
export const REPLY_TEXT_LANGUAGES: readonly string[] = Object.keys(TEXTS);

function pick(lang: unknown): LangTexts {
	if (typeof lang === 'string') {
		const m = /^[A-Za-z]{2,3}/.exec(lang.trim());
		if (m !== null) {
			const t = TEXTS[m[0].toLowerCase()];
			if (t !== undefined) return t;
		}
	}
	return TEXTS.en;
}

function scaleOf(scale: Partial<RatingScale> | undefined): RatingScale {
	const min = typeof scale?.min === 'number' && Number.isFinite(scale.min) ? Math.trunc(scale.min) : 1;
	const max = typeof scale?.max === 'number' && Number.isFinite(scale.max) ? Math.trunc(scale.max) : 5;
	return min <= max ? { min, max } : { min: max, max: min };
}

function fill(t: string, s: RatingScale): string {
	return t.replace('{min}', String(s.min)).replace('{max}', String(s.max));
}

/**
 * The SMS to send after a reply that could not be read, naming the scale.
 * @param lang language code ('ru', 'zh-CN', 'pt-BR', …); unknown languages get English
 * @param scale the survey scale (default 1-5)
 * @param attempt 1 for the first re-prompt (polite, full); 2+ for a shorter one
 */
export function repromptText(lang: string, scale?: Partial<RatingScale>, attempt = 1): string {
	const t = pick(lang);
	return fill(attempt >= 2 ? t.reprompt2 : t.reprompt, scaleOf(scale));
}

/**
 * The thank-you SMS after a rating. With a score and its scale, a score in the lower 40% of the scale
 * gets an apology and a score in the top 20% a warmer thanks; otherwise a neutral thanks.
 */
export function thankYouText(lang: string, score?: number | null, scale?: Partial<RatingScale>): string {
	const t = pick(lang);
	if (typeof score !== 'number' || !Number.isFinite(score)) return t.thanks;
	const s = scaleOf(scale);
	const span = s.max - s.min;
	if (span <= 0) return t.thanks;
	const pos = (score - s.min) / span;
	if (pos < 0.4) return t.thanksLow;
	if (pos >= 0.8) return t.thanksHigh;
	return t.thanks;
}

/** The confirmation SMS after an opt-out. */
export function optOutConfirmationText(lang: string): string {
	return pick(lang).optOut;
}
