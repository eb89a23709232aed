// Short localized SMS texts around a reply: re-prompt after an unreadable reply, thanks, opt-out
// confirmation. Kept to one SMS segment where the script allows (≤ 160 GSM-7 / ≤ 70 UCS-2 characters is
// not always possible for a polite re-prompt in Cyrillic/Arabic; they stay within two segments).
import { LANGUAGE_PACKS } from '../languages';
import type { ReplyTexts } from '../languages/types';
import type { RatingScale } from './types';

type LangTexts = ReplyTexts;

/** The texts of every pack that has them (nodes/core/languages/<code>/index.ts). */
const TEXTS: Readonly<Record<string, LangTexts>> = Object.fromEntries(
	LANGUAGE_PACKS.flatMap((p) =>
		p.replyTexts === undefined ? [] : [[p.code, p.replyTexts] as const],
	),
);

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
	const min =
		typeof scale?.min === 'number' && Number.isFinite(scale.min) ? Math.trunc(scale.min) : 1;
	const max =
		typeof scale?.max === 'number' && Number.isFinite(scale.max) ? Math.trunc(scale.max) : 5;
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
export function thankYouText(
	lang: string,
	score?: number | null,
	scale?: Partial<RatingScale>,
): string {
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
