/**
 * Built-in survey texts, opt-out footers, `{{placeholder}}` templates and the final survey message.
 *
 * The texts are kept as short as natural to save SMS segments: Latin-script texts avoid characters outside the
 * GSM-7 alphabet where a natural wording allows it (e.g. Spanish, Portuguese, French, German, Uzbek), so they
 * fit one 160-character segment; Cyrillic, CJK, Arabic, Turkish, Vietnamese and Hindi are UCS-2 (70/67 units).
 */
import { LANGUAGE_PACKS } from '../languages';
import type { SurveyText } from '../languages/types';

/** The survey texts of every pack and pack variant (nodes/core/languages/<code>/index.ts), English first. */
const TEXTS: Readonly<Record<string, LanguageTexts>> = buildTexts();

function buildTexts(): Record<string, LanguageTexts> {
	const out: Record<string, LanguageTexts> = {};
	const packs = [...LANGUAGE_PACKS].sort(
		(a, b) => Number(b.code === 'en') - Number(a.code === 'en'),
	);
	for (const p of packs) {
		if (p.surveyText !== undefined) out[p.code] = p.surveyText;
		for (const [tag, v] of Object.entries(p.variants ?? {})) {
			if (v.surveyText !== undefined) out[tag] = v.surveyText;
		}
	}
	return out;
}

/** Languages with built-in survey texts (BCP 47 tags; lookups are case-insensitive and use the primary subtag). */
export const SUPPORTED_SURVEY_LANGUAGES: readonly string[] = Object.keys(TEXTS);

/** One of {@link SUPPORTED_SURVEY_LANGUAGES} (`en`, `ru`, `zh-Hant`, `uz-Cyrl`, …). */
export type SurveyLanguage = string;

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

type LanguageTexts = SurveyText;

/**
 * Maps a BCP 47 tag (`ru-RU`, `zh_TW`, `uz-Cyrl-UZ`, `pt-BR`…) to a supported survey language; unknown → `en`.
 * `zh-TW`/`zh-HK`/`zh-MO`/`zh-Hant` → Traditional Chinese, `uz-Cyrl` → Uzbek in Cyrillic, other `uz` → Latin.
 */
export function resolveSurveyLanguage(language: string): SurveyLanguage {
	if (typeof language !== 'string') return 'en';
	const tag = language.trim().toLowerCase().replace(/_/g, '-');
	const [primary, ...rest] = tag.split('-');
	if (primary === 'zh') {
		return rest.some((s) => s === 'hant' || s === 'tw' || s === 'hk' || s === 'mo')
			? 'zh-Hant'
			: 'zh';
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
		throw new RangeError(
			`Invalid survey scale ${JSON.stringify(scale)}: min and max must be numbers with min < max.`,
		);
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
export function defaultSurveyText(
	language: string,
	scale: SurveyScale,
	options: SurveyTextOptions = {},
): string {
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
	const keyword =
		typeof options.keyword === 'string' && options.keyword.trim()
			? options.keyword.trim()
			: texts.keyword;
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
		if (FORBIDDEN_KEYS.has(key) || current === null || typeof current !== 'object')
			return { found: false, value: undefined };
		if (!Object.prototype.hasOwnProperty.call(current, key))
			return { found: false, value: undefined };
		current = (current as Record<string, unknown>)[key];
	}
	return { found: true, value: current };
}

function formatValue(value: unknown): string | undefined {
	if (value === null || value === undefined) return undefined;
	if (typeof value === 'string') return value;
	if (typeof value === 'number' || typeof value === 'bigint' || typeof value === 'boolean')
		return String(value);
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
export function renderTemplate(
	template: string,
	vars: Record<string, unknown>,
	options: RenderTemplateOptions = {},
): string {
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
	if (options.footer === true)
		footer = optOutFooter(options.language, { keyword: options.optOutKeyword });
	else if (typeof options.footer === 'string') footer = renderTemplate(options.footer, vars).trim();
	if (!footer) return body;
	return body + (options.separator ?? '\n') + footer;
}
