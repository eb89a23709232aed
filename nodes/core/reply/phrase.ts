// Shared pieces of the reply parser: the rating phrase, the per-call state, the punctuation classes and the
// token helpers used by atoms, phrases, decision and comment.
import { HAN } from './lexicon';
import type { WordEntry } from './words';
import { K_BREAK, K_HAN, K_P, K_SP, type Tok, K_WORD } from './tokenize';

// Atom kinds
export const A_DIG = 1;

export const A_WORD = 2;

export const A_GRADE = 3;

export const A_HAN = 4;

export const A_STAR = 5;

export const A_KEY = 6;

export const A_CIRC = 7;

export interface Phrase {
	/** token span [ts, te) of the whole phrase (framing included) */
	ts: number;
	te: number;
	/** token span of the numeric atom */
	as: number;
	ae: number;
	kind: number;
	v: number;
	weak: boolean;
	pre: boolean;
	suf: boolean;
	denom: number;
	dec: boolean;
	neg: boolean;
	excl: boolean;
	decl: boolean;
	alt: number;
	acc: boolean;
	/** token index of the preposition that excluded this phrase (-1: excluded otherwise or not at all) */
	exclPrev: number;
	/** framed only by a preposition ("на 5"): a rating at the edge, a count in mid-text ("на 3 номера") */
	weakPre: boolean;
	/** a sentence or line of its own in mid-text: "Благодарю! 4. Мастер…", "Добрый день\n5\nвсё ок" */
	own: boolean;
	/** a scale statement ("5 ballik tizimda", "5-point scale"): declares the scale, stays in the comment */
	scale: boolean;
}

/** value + 1 of a Chinese numeral by code point (0: not a numeral): no string look-up on the hot path */
export const ZH_NUM_CP = HAN.numerals;

/** Value of the Chinese numeral token t (a K_HAN token carries its code point in `v`), or -1. */
export function zhNum(t: Tok): number {
	return t.v < 0x10000 ? ZH_NUM_CP[t.v] - 1 : -1;
}

/** verbs framing a Chinese rating: 给5分, 打3分, 评4分 */
export const ZH_CORE = HAN.core;

/** first characters of the nouns 好评 (good review), 差评 (bad review), 中评, 五星好评 */
export const ZH_REVIEW = HAN.review;

/** helpers of a Chinese framing chain: 我给, 就给, 给你们, 评分：4 */
export const ZH_HELP = HAN.help;

export const ZH_PARTICLE = HAN.particles;

/** sentence-final particles that close a rating phrase: 给4分吧, 4分呀, 五分了 (not 的: 5分的服务) */
export const ZH_FINAL = HAN.final;

/** what may follow N星 in a rating (五星好评, 五星服务); anything else makes 三星 the brand, etc. */
export const ZH_STAR_OK = HAN.starOk;

/** measure words / units after a number: 下午5点, 5次, 三天, 24小时, 一个多小时 */
export const ZH_UNITS = HAN.units;

/** before a number: 第3 (ordinal), 号 (id), 下午/晚上/早上 (time), 约/共/近 (about/total), 扣 (deduction) */
export const ZH_PRE_EXCL = HAN.preExclude;

/** deductions before a framing verb: 少给一分, 扣掉一分 */
export const ZH_DEDUCT = HAN.deduct;

/** hypothetical framings: 本来想给五分, 原本打算打五分 */
export const ZH_HYPO = HAN.hypo;
/** condition words: 如果早点到就给5分了 */
export const ZH_CONDITIONALS = HAN.conditionals;

/** alternatives: 3或4分, 3到4分, 3至4 */
export const ZH_OR = HAN.or;

export const CLAUSE_END = new Set([
	0x2c, 0x3b, 0x2e, 0x21, 0x3f, 0x2026, 0xff0c, 0x3002, 0xff01, 0xff1f, 0xff1b, 0x060c, 0x061b,
	0x061f,
]);

/** punctuation stuck to a rating and removed with it: `4.`, `5!`, `5)`, `5分！` */
export const STUCK = new Set([
	0x2e, 0x21, 0x3f, 0x2026, 0x3002, 0xff01, 0xff1f, 0x29, 0xff09, 0xbb, 0x061f,
]);

/** before digits: an identifier, amount or phone number (`#48213`, `№4821`, `$5`, `+7`) */
export const ID_MARK = new Set([
	0x25, 0xff05, 0x23, 0x2116, 0x2b, 0x24, 0x20ac, 0xa3, 0xa5, 0x20bd, 0x40, 0xd7, 0x5e, 0x26, 0x3d,
	0x5c,
]);

/** after digits: percent, currency, degrees, feet/inches, an id */
export const AFTER_MARK = new Set([
	0x25, 0x24, 0x20ac, 0x20bd, 0xa3, 0xa5, 0xb0, 0x27, 0x2019, 0x22, 0x2033, 0x2032, 0x2116, 0x23,
	0x40, 0x5f, 0x3d, 0xff05,
]);

export const SLASHES = new Set([0x2f, 0xff0f, 0x2044, 0x2215]);

export const DASHES = new Set([0x2d, 0x2212, 0x2013, 0x2014, 0x2010, 0x7e, 0xff5e]);

export const ADJ_DASH = new Set([0x2d, 0x2212, 0x2013, 0x2010]);

/** The word (its entry) counts in the reply's language (see OWN_WORDS). */
export function ownLanguage(ctx: Ctx, x: WordEntry): boolean {
	const langs = x.own;
	return langs === undefined || ctx.lang === 'und' || langs.has(ctx.lang);
}

/** A Han unit after a space is a unit unless it starts a word ("2 声音很大", "5 个人觉得"). */
export function zhSpacedUnit(ctx: Ctx, p: Phrase, nk: number): boolean {
	if (nk - p.te > 1) return false;
	if (p.kind !== A_DIG) return true;
	const a = ctx.toks[nk + 1];
	return !(a !== undefined && a.k === K_HAN && adjacent(ctx.toks, nk, nk + 1));
}

/** Per-call state. */
export interface Ctx {
	text: string;
	toks: Tok[];
	min: number;
	max: number;
	maxDigits: number;
	words: boolean;
	stars: boolean;
	next: number;
	/** index of the first content token (not space/punctuation), `toks.length` if none */
	first: number;
	/** index of the last content token, -1 if none */
	last: number;
	/** the language of the reply ('und' when unknown) */
	lang: string;
}

export function adjacent(toks: readonly Tok[], a: number, b: number): boolean {
	return a >= 0 && b < toks.length && toks[a].e === toks[b].s;
}

export function nextNonSp(toks: readonly Tok[], i: number): number {
	let j = i;
	while (j < toks.length && toks[j].k === K_SP) j++;
	return j;
}

/** The word token at q or after one space there (not over a line break), or -1. */
export function wordAt(ctx: Ctx, q: number): number {
	const toks = ctx.toks;
	if (q < toks.length && toks[q].k === K_SP && !hasBreak(ctx, toks[q].s, toks[q].e)) q++;
	return q < toks.length && toks[q].k === K_WORD ? q : -1;
}

export function prevNonSp(toks: readonly Tok[], i: number): number {
	let j = i;
	while (j >= 0 && toks[j].k === K_SP) j--;
	return j;
}

export function newPhrase(i: number, e: number, kind: number, v: number): Phrase {
	return {
		ts: i,
		te: e,
		as: i,
		ae: e,
		kind,
		v,
		weak: false,
		pre: false,
		suf: false,
		denom: -1,
		dec: false,
		neg: false,
		excl: false,
		decl: false,
		alt: -1,
		acc: false,
		exclPrev: -1,
		weakPre: false,
		own: false,
		scale: false,
	};
}

/** The text between offsets a and b holds a line break. */
export function hasBreak(ctx: Ctx, a: number, b: number): boolean {
	for (let i = a; i < b; i++) {
		const c = ctx.text.charCodeAt(i);
		if (c === 0x0a || c === 0x0d) return true;
	}
	return false;
}

/** Token i is the end of the reply or a clause: nothing, a line break, or punctuation after optional spaces. */
export function clauseBoundary(toks: readonly Tok[], i: number): boolean {
	const t = toks[i];
	if (t === undefined || t.k === K_BREAK) return true;
	if (t.k === K_P) return true;
	if (t.k === K_SP) {
		const n = toks[i + 1];
		return n === undefined || n.k === K_P || n.k === K_BREAK;
	}
	return false;
}

export function firstContent(toks: readonly Tok[]): number {
	for (let j = 0; j < toks.length; j++) if (isContent(toks[j])) return j;
	return toks.length;
}

export function lastContent(toks: readonly Tok[]): number {
	for (let j = toks.length - 1; j >= 0; j--) if (isContent(toks[j])) return j;
	return -1;
}

export function isContent(t: Tok): boolean {
	return t.k !== K_SP && t.k !== K_P;
}

/** Only spaces and punctuation/emoji between token indexes [a, b). */
export function gapOnlyPunct(toks: readonly Tok[], a: number, b: number): boolean {
	for (let j = a; j < b; j++) if (isContent(toks[j])) return false;
	return true;
}
