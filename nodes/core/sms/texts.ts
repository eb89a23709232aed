/**
 * Built-in survey texts, opt-out footers, `{{placeholder}}` templates and the final survey message.
 *
 * The texts are kept as short as natural to save SMS segments: Latin-script texts avoid characters outside the
 * GSM-7 alphabet where a natural wording allows it (e.g. Spanish, Portuguese, French, German, Uzbek), so they
 * fit one 160-character segment; Cyrillic, CJK, Arabic, Turkish, Vietnamese and Hindi are UCS-2 (70/67 units).
 */

/** Languages with built-in survey texts (BCP 47 tags; lookups are case-insensitive and use the primary subtag). */
export const SUPPORTED_SURVEY_LANGUAGES = [
	'en',
	'ru',
	'zh',
	'zh-Hant',
	'uz',
	'uz-Cyrl',
	'kk',
	'es',
	'pt',
	'de',
	'fr',
	'tr',
	'ar',
	'id',
	'vi',
	'hi',
] as const;

/** One of {@link SUPPORTED_SURVEY_LANGUAGES}. */
export type SurveyLanguage = (typeof SUPPORTED_SURVEY_LANGUAGES)[number];

/** A numeric answer scale; `min` is the worst answer, `max` the best. */
export interface SurveyScale {
	min: number;
	max: number;
}

/** Question type: a satisfaction rating, or the NPS "would you recommend us" question. */
export type SurveyKind = 'rating' | 'nps';

/** Options of {@link defaultSurveyText}. */
export interface SurveyTextOptions {
	/** Sender name put in front of the text (`Acme: …`; Chinese: `【Acme】…`). */
	company?: string;
	/** Invite a free-text comment (default true). */
	withComment?: boolean;
	/** Question type; default: `nps` for a 0–10 scale, `rating` otherwise. */
	kind?: SurveyKind;
}

interface LanguageTexts {
	rating(min: string, max: string, maxValue: number): string;
	nps(min: string, max: string): string;
	comment: string;
	keyword: string;
	optOut(keyword: string): string;
	company?(name: string): string;
	/** Sentences are written without a space between them (Chinese). */
	noSpace?: boolean;
}

const bracketCompany = (name: string): string => `【${name}】`;

const TEXTS: Record<SurveyLanguage, LanguageTexts> = {
	en: {
		rating: (a, b) => `How would you rate our service? Reply with a number from ${a} (very bad) to ${b} (excellent).`,
		nps: (a, b) =>
			`How likely are you to recommend us to a friend? Reply with a number from ${a} (not at all likely) to ${b} (extremely likely).`,
		comment: 'You can add a comment.',
		keyword: 'STOP',
		optOut: (k) => `Reply ${k} to opt out`,
	},
	ru: {
		rating: (a, b, max) =>
			`Оцените наше обслуживание: ответьте ${max <= 9 ? 'цифрой' : 'числом'} от ${a} (очень плохо) до ${b} (отлично).`,
		nps: (a, b) =>
			`Порекомендуете ли вы нас друзьям? Ответьте числом от ${a} (точно нет) до ${b} (точно да).`,
		comment: 'Можно добавить комментарий.',
		keyword: 'СТОП',
		optOut: (k) => `${k} — отписаться`,
	},
	zh: {
		rating: (a, b) => `请您对我们的服务进行评价，回复数字${a}（非常不满意）至${b}（非常满意）。`,
		nps: (a, b) => `您有多大可能向朋友推荐我们？请回复${a}（完全不可能）至${b}（非常可能）的数字。`,
		comment: '欢迎附上您的意见。',
		keyword: 'T',
		optOut: (k) => `回${k}退订`,
		company: bracketCompany,
		noSpace: true,
	},
	'zh-Hant': {
		rating: (a, b) => `請您對我們的服務進行評價，回覆數字${a}（非常不滿意）至${b}（非常滿意）。`,
		nps: (a, b) => `您有多大可能向朋友推薦我們？請回覆${a}（完全不可能）至${b}（非常可能）的數字。`,
		comment: '歡迎附上您的意見。',
		keyword: 'T',
		optOut: (k) => `回${k}退訂`,
		company: bracketCompany,
		noSpace: true,
	},
	uz: {
		rating: (a, b) => `Iltimos, xizmatimizni baholang: ${a} dan ${b} gacha raqam yuboring (${a} - juda yomon, ${b} - a'lo).`,
		nps: (a, b) =>
			`Bizni do'stlaringizga tavsiya qilasizmi? ${a} dan ${b} gacha raqam yuboring (${a} - aslo, ${b} - albatta).`,
		comment: 'Izoh ham yozishingiz mumkin.',
		keyword: 'STOP',
		optOut: (k) => `Obunani bekor qilish: ${k}`,
	},
	'uz-Cyrl': {
		rating: (a, b) => `Хизматимизни баҳоланг: ${a} дан ${b} гача рақам юборинг (${a} - жуда ёмон, ${b} - аъло).`,
		nps: (a, b) =>
			`Бизни дўстларингизга тавсия қиласизми? ${a} дан ${b} гача рақам юборинг (${a} - асло, ${b} - албатта).`,
		comment: 'Изоҳ ҳам ёзишингиз мумкин.',
		keyword: 'STOP',
		optOut: (k) => `Обунани бекор қилиш: ${k}`,
	},
	kk: {
		rating: (a, b) => `Қызметімізді бағалаңыз: ${a}-${b} аралығындағы сан жіберіңіз (${a} - өте нашар, ${b} - өте жақсы).`,
		nps: (a, b) =>
			`Бізді достарыңызға ұсынасыз ба? ${a}-${b} аралығындағы сан жіберіңіз (${a} - мүлдем жоқ, ${b} - міндетті түрде).`,
		comment: 'Пікір де қалдыра аласыз.',
		keyword: 'STOP',
		optOut: (k) => `Бас тарту: ${k}`,
	},
	es: {
		rating: (a, b) => `Valore nuestro servicio: responda del ${a} (muy malo) al ${b} (excelente).`,
		nps: (a, b) => `¿Qué probabilidad hay de que nos recomiende a un amigo? Responda del ${a} (ninguna) al ${b} (muy probable).`,
		comment: 'Puede añadir un comentario.',
		keyword: 'STOP',
		optOut: (k) => `Responda ${k} para darse de baja`,
	},
	pt: {
		rating: (a, b) => `Avalie nosso atendimento: responda de ${a} (péssimo) a ${b} (excelente).`,
		nps: (a, b) => `Qual a chance de recomendar nossa empresa a um amigo? Responda de ${a} (nenhuma) a ${b} (com certeza).`,
		comment: 'Se quiser, comente também.',
		keyword: 'STOP',
		optOut: (k) => `Para sair da lista, responda ${k}`,
	},
	de: {
		rating: (a, b) =>
			`Wie bewerten Sie unseren Service? Antworten Sie mit einer Zahl von ${a} (sehr schlecht) bis ${b} (ausgezeichnet).`,
		nps: (a, b) =>
			`Wie wahrscheinlich ist es, dass Sie uns weiterempfehlen? Antworten Sie mit einer Zahl von ${a} (gar nicht) bis ${b} (sehr wahrscheinlich).`,
		comment: 'Gern auch mit Kommentar.',
		keyword: 'STOP',
		optOut: (k) => `Abmelden: ${k} antworten`,
	},
	fr: {
		rating: (a, b) =>
			`Comment évaluez-vous notre service ? Répondez de ${a} (très mauvais) à ${b} (excellent).`,
		nps: (a, b) =>
			`Quelle est la probabilité que vous nous recommandiez à un proche ? Répondez de ${a} (pas du tout) à ${b} (très probable).`,
		comment: 'Vous pouvez ajouter un commentaire.',
		keyword: 'STOP',
		optOut: (k) => `Répondez ${k} pour vous désabonner`,
	},
	tr: {
		rating: (a, b) =>
			`Hizmetimizi ${a} (çok kötü) ile ${b} (mükemmel) arasında bir sayıyla değerlendirin.`,
		nps: (a, b) =>
			`Bizi arkadaşlarınıza önerir misiniz? ${a} (hiç) ile ${b} (kesinlikle) arasında puan verin.`,
		comment: 'Yorum da yazabilirsiniz.',
		keyword: 'STOP',
		optOut: (k) => `Çıkmak için ${k} yazın`,
	},
	ar: {
		rating: (a, b) => `قيم خدمتنا برقم من ${a} (سيئة جدا) إلى ${b} (ممتازة).`,
		nps: (a, b) => `ما مدى احتمال أن توصي بنا لصديق؟ أرسل رقما من ${a} (مستبعد تماما) إلى ${b} (مرجح جدا).`,
		comment: 'يمكنك إضافة تعليق.',
		keyword: 'STOP',
		optOut: (k) => `لإلغاء الاشتراك أرسل ${k}`,
	},
	id: {
		rating: (a, b) =>
			`Bagaimana penilaian Anda atas layanan kami? Balas angka ${a} (sangat buruk) sampai ${b} (sangat baik).`,
		nps: (a, b) =>
			`Seberapa mungkin Anda merekomendasikan kami ke teman? Balas angka ${a} (tidak mungkin) sampai ${b} (sangat mungkin).`,
		comment: 'Komentar juga boleh.',
		keyword: 'STOP',
		optOut: (k) => `Balas ${k} untuk berhenti`,
	},
	vi: {
		rating: (a, b) => `Quý khách vui lòng đánh giá dịch vụ: trả lời số từ ${a} (rất tệ) đến ${b} (rất tốt).`,
		nps: (a, b) =>
			`Quý khách có sẵn lòng giới thiệu chúng tôi cho bạn bè? Trả lời số từ ${a} (không hề) đến ${b} (chắc chắn).`,
		comment: 'Có thể kèm góp ý.',
		keyword: 'STOP',
		optOut: (k) => `Soạn ${k} để hủy nhận tin`,
	},
	hi: {
		rating: (a, b) => `कृपया हमारी सेवा को रेट करें: ${a} (बहुत खराब) से ${b} (बहुत अच्छी) तक कोई अंक भेजें।`,
		nps: (a, b) => `आप हमें किसी मित्र को सुझाएँ, इसकी कितनी संभावना है? ${a} (बिल्कुल नहीं) से ${b} (ज़रूर) तक कोई अंक भेजें।`,
		comment: 'आप टिप्पणी भी लिख सकते हैं।',
		keyword: 'STOP',
		optOut: (k) => `बंद करने के लिए ${k} भेजें`,
	},
};

/**
 * Maps a BCP 47 tag (`ru-RU`, `zh_TW`, `uz-Cyrl-UZ`, `pt-BR`…) to a supported survey language; unknown → `en`.
 * `zh-TW`/`zh-HK`/`zh-MO`/`zh-Hant` → Traditional Chinese, `uz-Cyrl` → Uzbek in Cyrillic, other `uz` → Latin.
 */
export function resolveSurveyLanguage(language: string): SurveyLanguage {
	if (typeof language !== 'string') return 'en';
	const tag = language.trim().toLowerCase().replace(/_/g, '-');
	const [primary, ...rest] = tag.split('-');
	if (primary === 'zh') {
		return rest.some((s) => s === 'hant' || s === 'tw' || s === 'hk' || s === 'mo') ? 'zh-Hant' : 'zh';
	}
	if (primary === 'uz') return rest.includes('cyrl') ? 'uz-Cyrl' : 'uz';
	const found = SUPPORTED_SURVEY_LANGUAGES.find((l) => l === primary);
	return found ?? 'en';
}

function checkScale(scale: SurveyScale): void {
	if (
		!scale ||
		typeof scale.min !== 'number' ||
		typeof scale.max !== 'number' ||
		!Number.isFinite(scale.min) ||
		!Number.isFinite(scale.max) ||
		scale.min >= scale.max
	) {
		throw new RangeError(`Invalid survey scale ${JSON.stringify(scale)}: min and max must be numbers with min < max.`);
	}
}

/**
 * The built-in survey question for a language and scale, naming the scale's minimum and maximum
 * (e.g. en, 1–5: "How would you rate our service? Reply with a number from 1 (very bad) to 5 (excellent).
 * You can add a comment."). A 0–10 scale asks the NPS question ("How likely are you to recommend us…").
 * Unknown languages fall back to English.
 *
 * @throws RangeError when the scale is not two finite numbers with min < max (a configuration error).
 */
export function defaultSurveyText(language: string, scale: SurveyScale, options: SurveyTextOptions = {}): string {
	checkScale(scale);
	const texts = TEXTS[resolveSurveyLanguage(language)];
	const min = String(scale.min);
	const max = String(scale.max);
	const kind: SurveyKind = options.kind ?? (scale.min === 0 && scale.max === 10 ? 'nps' : 'rating');
	let text = kind === 'nps' ? texts.nps(min, max) : texts.rating(min, max, scale.max);
	if (options.withComment !== false) text += (texts.noSpace ? '' : ' ') + texts.comment;
	const company = typeof options.company === 'string' ? options.company.trim() : '';
	if (company) text = texts.company ? texts.company(company) + text : `${company}: ${text}`;
	return text;
}

/** Options of {@link optOutFooter}. */
export interface OptOutFooterOptions {
	/** Keyword the recipient replies with (default: `STOP`; Russian `СТОП`; Chinese `T`). */
	keyword?: string;
}

/**
 * The opt-out footer for a language: "Reply STOP to opt out", "回T退订", "СТОП — отписаться",
 * "Obunani bekor qilish: STOP"… Unknown languages fall back to English.
 */
export function optOutFooter(language: string, options: OptOutFooterOptions = {}): string {
	const texts = TEXTS[resolveSurveyLanguage(language)];
	const keyword = typeof options.keyword === 'string' && options.keyword.trim() ? options.keyword.trim() : texts.keyword;
	return texts.optOut(keyword);
}

/** Options of {@link renderTemplate}. */
export interface RenderTemplateOptions {
	/** What a placeholder without a value becomes: `empty` (default) → '', `keep` → left as written. */
	missing?: 'empty' | 'keep';
}

const PLACEHOLDER = /\{\{\s*([^{}\s]{1,100})\s*\}\}/g;
const FORBIDDEN_KEYS = new Set(['__proto__', 'prototype', 'constructor']);

function lookup(vars: Record<string, unknown>, path: string): { found: boolean; value: unknown } {
	if (Object.prototype.hasOwnProperty.call(vars, path)) return { found: true, value: vars[path] };
	let current: unknown = vars;
	for (const key of path.split('.')) {
		if (FORBIDDEN_KEYS.has(key) || current === null || typeof current !== 'object') return { found: false, value: undefined };
		if (!Object.prototype.hasOwnProperty.call(current, key)) return { found: false, value: undefined };
		current = (current as Record<string, unknown>)[key];
	}
	return { found: true, value: current };
}

function formatValue(value: unknown): string | undefined {
	if (value === null || value === undefined) return undefined;
	if (typeof value === 'string') return value;
	if (typeof value === 'number' || typeof value === 'bigint' || typeof value === 'boolean') return String(value);
	if (value instanceof Date) return Number.isNaN(value.getTime()) ? undefined : value.toISOString();
	if (typeof value === 'object') {
		try {
			return JSON.stringify(value);
		} catch {
			return undefined;
		}
	}
	return undefined;
}

/**
 * Replaces `{{name}}` / `{{ name }}` / `{{customer.name}}` placeholders with values from `vars` (own
 * properties only; dotted paths walk nested objects). Strings are inserted as is, numbers/booleans with
 * `String`, dates as ISO strings, other objects as JSON. A placeholder whose value is missing, `null` or
 * `undefined` becomes '' (or stays as written with `{ missing: 'keep' }`). No expressions are evaluated.
 * Never throws (a non-string template renders as '').
 */
export function renderTemplate(template: string, vars: Record<string, unknown>, options: RenderTemplateOptions = {}): string {
	if (typeof template !== 'string') return '';
	const source = vars !== null && typeof vars === 'object' ? vars : {};
	return template.replace(PLACEHOLDER, (whole: string, name: string) => {
		const { found, value } = lookup(source, name);
		const text = found ? formatValue(value) : undefined;
		if (text !== undefined) return text;
		return options.missing === 'keep' ? whole : '';
	});
}

/** Options of {@link buildSurveyMessage}. */
export interface SurveyMessageOptions {
	/** Custom text (a template: `{{min}}`, `{{max}}`, `{{company}}` and `vars` are available); default: the built-in text. */
	text?: string;
	language: string;
	scale: SurveyScale;
	/** `true` → the built-in opt-out footer; a string → that footer (a template too); default none. */
	footer?: boolean | string;
	/** Opt-out keyword for the built-in footer. */
	optOutKeyword?: string;
	company?: string;
	/** Invite a comment in the built-in text (default true). */
	withComment?: boolean;
	kind?: SurveyKind;
	vars?: Record<string, unknown>;
	/** Between the text and the footer; default a newline (1 septet / 1 unit, like a space). */
	separator?: string;
}

/**
 * The complete survey SMS: the custom text (rendered as a template) or the built-in text, then the footer.
 *
 * @throws RangeError for an invalid scale (see {@link defaultSurveyText}).
 */
export function buildSurveyMessage(options: SurveyMessageOptions): string {
	checkScale(options.scale);
	const vars: Record<string, unknown> = {
		min: options.scale.min,
		max: options.scale.max,
		company: options.company ?? '',
		...(options.vars ?? {}),
	};
	const custom = typeof options.text === 'string' && options.text.trim() ? options.text : undefined;
	const body = custom
		? renderTemplate(custom, vars).trim()
		: defaultSurveyText(options.language, options.scale, {
				company: options.company,
				withComment: options.withComment,
				kind: options.kind,
			});
	let footer = '';
	if (options.footer === true) footer = optOutFooter(options.language, { keyword: options.optOutKeyword });
	else if (typeof options.footer === 'string') footer = renderTemplate(options.footer, vars).trim();
	if (!footer) return body;
	return body + (options.separator ?? '\n') + footer;
}
