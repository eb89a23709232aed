// The SMS survey-reply parser (see the JSDoc of `parseReply` for the accepted forms and refusals).
//
// Pipeline: tokenize (linear scanner) → opt-out check → build "rating phrases" around every numeric atom
// (digits, number words, school grades, Chinese numerals, stars, keycaps, circled digits) with their framing
// words, scale denominator and grade modifier → drop numbers that are not ratings (times, durations,
// counts, ids, ordinals, articles) → keep the phrases that stand where a rating stands (at the start or end
// of the reply, framed, or a clause of their own) → decide (one value: ok / out of range / not integer;
// several values: ambiguous) → cut the rating phrases out of the reply to get the comment.
import { detectLanguageFromTokens } from './language';
import { DEFAULT_OPT_OUT_KEYWORDS, DEFAULT_OPT_OUT_PHRASES } from './lexicon';
import { DEFAULT_OPT_OUT, compileOptOut, isOptOut, type OptOutConfig } from './optout';
import { K_BREAK, K_SP, pushBreak, tokenize, type Tok } from './tokenize';
import type { ParseOptions, ParseResult, RatingScale, ReplyReason } from './types';
import { type Ctx, firstContent, lastContent } from './phrase';
import { buildPhrases } from './prefix';
import { decide } from './decision';
import { buildComment } from './comment';

/**
 * Replies longer than this are analysed as their first and last {@link WINDOW} characters. The longest SMS a
 * phone sends as one message (10 concatenated segments: 1,530 GSM-7 or 670 UCS-2 characters) fits whole; in a
 * longer text a rating stands at its start or end, and junk costs the parser at most 2,048 characters.
 */
const MAX_ANALYSED = 2048;

const WINDOW = 1024;

const RE_BLANK = /^[\s\u200b-\u200f\u202a-\u202e\u2060-\u2069\u061c\ufeff]*$/;

const optOutCache = new Map<string, OptOutConfig>();

function optOutConfig(o: ParseOptions): OptOutConfig {
	if (
		o.optOutKeywords === undefined &&
		o.extraOptOutKeywords === undefined &&
		o.optOutPhrases === undefined &&
		o.extraOptOutPhrases === undefined
	) {
		return DEFAULT_OPT_OUT;
	}
	const arr = (x: unknown): readonly string[] =>
		Array.isArray(x) ? x.filter((s): s is string => typeof s === 'string') : [];
	const kw = [
		...(o.optOutKeywords !== undefined ? arr(o.optOutKeywords) : DEFAULT_OPT_OUT_KEYWORDS),
		...arr(o.extraOptOutKeywords),
	];
	const ph = [
		...(o.optOutPhrases !== undefined ? arr(o.optOutPhrases) : DEFAULT_OPT_OUT_PHRASES),
		...arr(o.extraOptOutPhrases),
	];
	const key = `${kw.join('\u0001')}\u0002${ph.join('\u0001')}`;
	let cfg = optOutCache.get(key);
	if (cfg === undefined) {
		cfg = compileOptOut(kw, ph);
		if (optOutCache.size >= 64) optOutCache.clear();
		optOutCache.set(key, cfg);
	}
	return cfg;
}

function toInt(x: unknown, dflt: number): number {
	return typeof x === 'number' && Number.isFinite(x) ? Math.trunc(x) : dflt;
}

function langOption(x: unknown): string | null {
	if (typeof x !== 'string') return null;
	const m = /^[A-Za-z]{2,3}/.exec(x.trim());
	return m === null ? null : m[0].toLowerCase();
}

function result(
	text: string,
	scale: RatingScale,
	language: string,
	reason: ReplyReason,
	score: number | null,
	comment: string | null,
	ratingText: string,
	candidates: number[],
	optOut: boolean,
): ParseResult {
	return {
		score,
		comment: comment === null ? text.trim() : comment,
		valid: score !== null,
		optOut,
		reason,
		ratingText,
		language,
		scale,
		candidates,
	};
}

/**
 * Parse an SMS survey reply into a score, a comment, validity and an opt-out flag.
 *
 * Reads ratings written as digits of any script (ASCII, full-width, Arabic-Indic, Persian, …), circled and
 * keycap digits, stars, `4/5` / `4 из 5` / `4 out of 5` / `5 üzerinden 4`, Chinese `4分` / `五分` / `5星`,
 * number words and school grades in many languages (`five`, `пятёрка`, `besh`, `beş`, `خمسة`, `năm`,
 * `paanch`), framing phrases before or after the number (`оценка 3`, `I'd give you a 2`, `Nota 4`, `打3分`,
 * `пятёрку ставлю`, `4 veriyorum`, `4 is my rating`), a single star as the unit (`5⭐`), sentence-final
 * particles (`给个4分吧`, `5 sao nhé`) and grade modifiers (`5+`).
 *
 * Refusals (`score: null`): `empty`; `no_rating` (no numeral, or only numbers that are not ratings: times,
 * durations, counts, ids, ordinals, articles, `十分` "very", `三星` Samsung); `out_of_range` (outside the
 * scale, negative, or a rating on another scale such as `8/10` on 1-5, which is never rescaled);
 * `not_integer` (`4.5`, `4,5`); `ambiguous` (two different candidates: `3 или 4`, `4-5`); `opt_out` (an
 * opt-out request, which wins over any rating).
 *
 * The comment is the reply without the rating phrase and the punctuation stuck to it, trimmed of
 * separators (white space incl. NBSP/U+3000/bidi marks, `, ; : - – — ( ) / |`, `，、：；`); when there is no
 * score it is the whole reply, `trim()`med. Pure, deterministic, never throws; replies longer than 2,048
 * characters are analysed as their first and last 1,024 characters.
 */
export function parseReply(text: string, options?: ParseOptions): ParseResult {
	const o: ParseOptions = options !== null && typeof options === 'object' ? options : {};
	let min = toInt(o.min, 1);
	let max = toInt(o.max, 5);
	if (min > max) {
		const t = min;
		min = max;
		max = t;
	}
	const scale: RatingScale = { min, max };
	// Non-string input (a webhook field that is a number, null, an object) never throws: numbers are read
	// as their decimal text, anything else as an empty reply.
	const s =
		typeof text === 'string'
			? text
			: typeof text === 'number' || typeof text === 'bigint'
				? String(text)
				: '';
	const hint = langOption(o.language);
	try {
		return parseCore(s, o, scale, hint);
	} catch {
		// Defensive: the parser is written not to throw; a bug must not break a workflow.
		return result(s, scale, hint ?? 'und', 'no_rating', null, null, '', [], false);
	}
}

/** Reused token array (the parser is synchronous and keeps no tokens after returning). */
const TOKS: Tok[] = [];

function parseCore(
	text: string,
	o: ParseOptions,
	scale: RatingScale,
	hint: string | null,
): ParseResult {
	const len = text.length;
	const toks = TOKS;
	// emptied by popping: `length = 0` would drop the backing store, and the next reply would grow a new one
	while (toks.length > 0) toks.pop();
	let analysed = text;
	if (len <= MAX_ANALYSED) {
		tokenize(text, 0, len, toks, true);
		if (toks.length === 0 || (toks.length === 1 && toks[0].k === K_SP)) {
			return result(text, scale, hint ?? 'und', 'empty', null, null, '', [], false);
		}
	} else {
		let headEnd = WINDOW;
		let tailStart = len - WINDOW;
		if (isLowSurrogate(text.charCodeAt(headEnd))) headEnd++;
		if (isLowSurrogate(text.charCodeAt(tailStart))) tailStart++;
		tokenize(text, 0, headEnd, toks, true);
		pushBreak(toks, headEnd, tailStart);
		tokenize(text, tailStart, len, toks, true);
		let blank = true;
		for (const t of toks) {
			if (t.k !== K_SP && t.k !== K_BREAK) {
				blank = false;
				break;
			}
		}
		if (blank && RE_BLANK.test(text))
			return result(text, scale, hint ?? 'und', 'empty', null, null, '', [], false);
		analysed = `${text.slice(0, headEnd)}\n${text.slice(tailStart)}`;
	}
	const language = hint ?? detectLanguageFromTokens(text, toks);
	if (o.detectOptOut !== false && isOptOut(text, toks, analysed, optOutConfig(o))) {
		return result(text, scale, language, 'opt_out', null, null, '', [], true);
	}
	const maxDigits = Math.max(digitCount(scale.max), digitCount(scale.min), 2) + 1;
	const ctx: Ctx = {
		text,
		toks,
		min: scale.min,
		max: scale.max,
		maxDigits,
		words: o.allowWords !== false,
		stars: o.allowStars !== false,
		next: 0,
		first: firstContent(toks),
		last: lastContent(toks),
		lang: language,
	};
	const phrases = buildPhrases(ctx);
	const d = decide(ctx, phrases);
	if (d.score === null)
		return result(text, scale, language, d.reason, null, null, d.ratingText, d.candidates, false);
	return result(
		text,
		scale,
		language,
		'ok',
		d.score,
		buildComment(ctx, d.accepted),
		d.ratingText,
		d.candidates,
		false,
	);
}

function digitCount(x: number): number {
	let a = Math.abs(x);
	let n = 1;
	while (a >= 10 && n < 20) {
		a = Math.floor(a / 10);
		n++;
	}
	return n;
}

function isLowSurrogate(c: number): boolean {
	return c >= 0xdc00 && c <= 0xdfff;
}
