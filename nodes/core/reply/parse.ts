// The SMS survey-reply parser (see the JSDoc of `parseReply` for the accepted forms and refusals).
//
// Pipeline: tokenize (linear scanner) → opt-out check → build "rating phrases" around every numeric atom
// (digits, number words, school grades, Chinese numerals, stars, keycaps, circled digits) with their framing
// words, scale denominator and grade modifier → drop numbers that are not ratings (times, durations,
// counts, ids, ordinals, articles) → keep the phrases that stand where a rating stands (at the start or end
// of the reply, framed, or a clause of their own) → decide (one value: ok / out of range / not integer;
// several values: ambiguous) → cut the rating phrases out of the reply to get the comment.
import { normWord, sepEnd, sepStart } from './chars';
import { detectLanguageFromTokens } from './language';
import {
	DEFAULT_OPT_OUT_KEYWORDS,
	DEFAULT_OPT_OUT_PHRASES,
	DENOM_WORDS,
	FINAL_PARTICLES,
	NEGATIONS,
	NUMBER_WORDS,
	OR_WORDS,
	PRE_CORE,
	PRE_EXCLUDE,
	PRE_HELP,
	POST_FRAME,
	POST_FRAME_NEG,
	RATING_NOUNS,
	REV_DENOM_WORDS,
	SUF_FRAME,
	UNIT_STEMS,
	UNIT_WORDS,
} from './lexicon';
import { DEFAULT_OPT_OUT, compileOptOut, isOptOut, type OptOutConfig } from './optout';
import {
	K_BREAK,
	K_CIRC,
	K_DIG,
	K_HAN,
	K_KEY,
	K_P,
	K_SP,
	K_STAR,
	K_WORD,
	tokenize,
	type Tok,
} from './tokenize';
import type { ParseOptions, ParseResult, RatingScale, ReplyReason } from './types';

/** Replies longer than this are analysed as their first and last {@link WINDOW} characters. */
const MAX_ANALYSED = 3072;
const WINDOW = 1536;

// Atom kinds
const A_DIG = 1;
const A_WORD = 2;
const A_GRADE = 3;
const A_HAN = 4;
const A_STAR = 5;
const A_KEY = 6;
const A_CIRC = 7;

interface Phrase {
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
}

const ZH_NUM: Readonly<Record<string, number>> = {
	零: 0, 〇: 0, 一: 1, 二: 2, 两: 2, 兩: 2, 三: 3, 四: 4, 五: 5, 六: 6, 七: 7, 八: 8, 九: 9, 十: 10,
	壹: 1, 贰: 2, 貳: 2, 叁: 3, 參: 3, 肆: 4, 伍: 5, 陆: 6, 陸: 6, 柒: 7, 捌: 8, 玖: 9, 拾: 10,
};
const hanSet = (s: string): Set<string> => new Set(Array.from(s));
/** value + 1 of a Chinese numeral by code point (0: not a numeral): no string look-up on the hot path */
const ZH_NUM_CP = new Uint8Array(0x10000);
for (const [c, v] of Object.entries(ZH_NUM)) ZH_NUM_CP[c.charCodeAt(0)] = v + 1;

/** Value of the Chinese numeral token t (a K_HAN token carries its code point in `v`), or -1. */
function zhNum(t: Tok): number {
	return t.v < 0x10000 ? ZH_NUM_CP[t.v] - 1 : -1;
}
/** verbs framing a Chinese rating: 给5分, 打3分, 评4分 */
const ZH_CORE = hanSet('给打评');
/** first characters of the nouns 好评 (good review), 差评 (bad review), 中评, 五星好评 */
const ZH_REVIEW = hanSet('好差中');
/** helpers of a Chinese framing chain: 我给, 就给, 给你们, 评分：4 */
const ZH_HELP = hanSet('我就只能可以个再也都分是为您你们');
const ZH_PARTICLE = hanSet('吧啊呀哦了啦嘛呢哈噢喔的哟呗');
/** sentence-final particles that close a rating phrase: 给4分吧, 4分呀, 五分了 (not 的: 5分的服务) */
const ZH_FINAL = hanSet('吧啊呀哦了啦嘛呢哈噢喔哟呗');
/** what may follow N星 in a rating (五星好评, 五星服务); anything else makes 三星 the brand, etc. */
const ZH_STAR_OK = hanSet('好差评满服推给吧啊呀哦了啦嘛呢哈噢喔的哟呗');
/** measure words / units after a number: 下午5点, 5次, 三天, 24小时, 一个多小时 */
const ZH_UNITS = hanSet(
	'点天日号次个小年月周岁元块人秒倍台件楼层米公遍趟位本张条份单克斤毛角成折万千百多期度家辆瓶箱包钟时回声下部户间季届栋座集页句字项笔顿场半',
);
/** before a number: 第3 (ordinal), 号 (id), 下午/晚上/早上 (time), 约/共/近 (about/total) */
const ZH_PRE_EXCL = hanSet('第号午晚早周期约共近前后点差过');
/** alternatives: 3或4分, 3到4分, 3至4 */
const ZH_OR = hanSet('或到至');

const CLAUSE_END = new Set([0x2c, 0x3b, 0x2e, 0x21, 0x3f, 0x2026, 0xff0c, 0x3002, 0xff01, 0xff1f, 0xff1b, 0x060c, 0x061b, 0x061f]);
/** punctuation stuck to a rating and removed with it: `4.`, `5!`, `5)`, `5分！` */
const STUCK = new Set([0x2e, 0x21, 0x3f, 0x2026, 0x3002, 0xff01, 0xff1f, 0x29, 0xff09, 0xbb, 0x061f]);
/** before digits: an identifier, amount or phone number (`#48213`, `№4821`, `$5`, `+7`) */
const ID_MARK = new Set([0x23, 0x2116, 0x2b, 0x24, 0x20ac, 0xa3, 0xa5, 0x20bd, 0x40, 0xd7, 0x5e, 0x26, 0x3d, 0x5c]);
/** after digits: percent, currency, degrees, feet/inches, an id */
const AFTER_MARK = new Set([0x25, 0x24, 0x20ac, 0x20bd, 0xa3, 0xa5, 0xb0, 0x27, 0x2019, 0x22, 0x2033, 0x2032, 0x2116, 0x23, 0x40, 0x5f, 0x3d, 0xff05]);
const SLASHES = new Set([0x2f, 0xff0f, 0x2044, 0x2215]);
const DASHES = new Set([0x2d, 0x2212, 0x2013, 0x2014, 0x2010, 0x7e, 0xff5e]);
const ADJ_DASH = new Set([0x2d, 0x2212, 0x2013, 0x2010]);
const RE_BLANK = /^[\s\u200b-\u200f\u202a-\u202e\u2060-\u2069\u061c\ufeff]*$/;

function isUnitWord(w: string): boolean {
	if (UNIT_WORDS.has(w)) return true;
	for (const st of UNIT_STEMS) if (w.startsWith(st)) return true;
	return false;
}

/** Per-call state. */
interface Ctx {
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
}

function adjacent(toks: readonly Tok[], a: number, b: number): boolean {
	return a >= 0 && b < toks.length && toks[a].e === toks[b].s;
}

function nextNonSp(toks: readonly Tok[], i: number): number {
	let j = i;
	while (j < toks.length && toks[j].k === K_SP) j++;
	return j;
}

function prevNonSp(toks: readonly Tok[], i: number): number {
	let j = i;
	while (j >= 0 && toks[j].k === K_SP) j--;
	return j;
}

function newPhrase(i: number, e: number, kind: number, v: number): Phrase {
	return { ts: i, te: e, as: i, ae: e, kind, v, weak: false, pre: false, suf: false, denom: -1, dec: false, neg: false, excl: false, decl: false, alt: -1, acc: false, exclPrev: -1 };
}

/** Length of a phone-number-like cluster of digit groups starting at token i (0 if none). */
function phoneCluster(toks: readonly Tok[], i: number): number {
	let total = 0;
	let maxGroup = 0;
	let j = i;
	let end = i;
	let groups = 0;
	// phone numbers have at most ~6 groups: the bound keeps "5 5 5 5 …" linear
	while (j < toks.length && toks[j].k === K_DIG && groups++ < 8) {
		total += toks[j].n;
		if (toks[j].n > maxGroup) maxGroup = toks[j].n;
		end = j + 1;
		const sep = toks[j + 1];
		if (sep === undefined) break;
		const isSep =
			(sep.k === K_SP && sep.e - sep.s === 1) ||
			(sep.k === K_P && (sep.v === 0x2d || sep.v === 0x2e || sep.v === 0x28 || sep.v === 0x29));
		if (!isSep || toks[j + 2] === undefined || toks[j + 2].k !== K_DIG) {
			// "(916) 555": a closing parenthesis followed by a space
			if (sep.k === K_P && sep.v === 0x29 && toks[j + 2]?.k === K_SP && toks[j + 3]?.k === K_DIG) {
				j += 3;
				continue;
			}
			break;
		}
		j += 2;
	}
	return total >= 7 && maxGroup >= 3 ? end - i : 0;
}

/** Value of a number word / Han numeral / digit token used as a scale ("из 5", "out of ten", "من ١٠"). */
function numberAt(ctx: Ctx, i: number): number {
	const t = ctx.toks[i];
	if (t === undefined) return -1;
	if (t.k === K_DIG) {
		// not a decimal ("out of 5.5")
		const nx = ctx.toks[i + 1];
		if (nx !== undefined && adjacent(ctx.toks, i, i + 1) && nx.k === K_P && (nx.v === 0x2e || nx.v === 0x2c)) {
			if (ctx.toks[i + 2]?.k === K_DIG && adjacent(ctx.toks, i + 1, i + 2)) return -1;
		}
		return t.v;
	}
	if (t.k === K_WORD) {
		const nw = NUMBER_WORDS.get(t.w);
		return nw === undefined ? -1 : nw.value;
	}
	if (t.k === K_HAN) {
		return zhNum(t);
	}
	return -1;
}

/** Build the atom at token i (or return null and set ctx.next past consumed tokens). */
function atomAt(ctx: Ctx, i: number): Phrase | null {
	const toks = ctx.toks;
	const t = toks[i];
	ctx.next = i + 1;
	switch (t.k) {
		case K_DIG:
			return digitAtom(ctx, i);
		case K_WORD: {
			if (!ctx.words) return null;
			const nw = NUMBER_WORDS.get(t.w);
			if (nw === undefined) return null;
			if (nw.weak) {
				// an article or pronoun before a number: "Le doy un 3", "a 4"
				const nt = toks[nextNonSp(toks, i + 1)];
				if (nt !== undefined && (nt.k === K_DIG || nt.k === K_STAR || nt.k === K_KEY || nt.k === K_CIRC)) return null;
			}
			const p = newPhrase(i, i + 1, nw.grade ? A_GRADE : A_WORD, nw.value);
			p.weak = nw.weak;
			return p;
		}
		case K_HAN:
			return ctx.words ? hanAtom(ctx, i) : null;
		case K_STAR: {
			if (!ctx.stars) return null;
			const p = newPhrase(i, i + 1, A_STAR, t.v);
			// ★★★☆☆: a 5-star scale is written out
			if (t.n > t.v) p.denom = t.n;
			return p;
		}
		case K_KEY:
			return t.v < 0 ? null : newPhrase(i, i + 1, A_KEY, t.v);
		case K_CIRC:
			return newPhrase(i, i + 1, A_CIRC, t.v);
		default:
			return null;
	}
}

function hanAtom(ctx: Ctx, i: number): Phrase | null {
	const toks = ctx.toks;
	const v0 = zhNum(toks[i]);
	if (v0 < 0) return null;
	// up to four numerals: 五, 十, 十五, 二十, 二十五 (no array: this runs for every Han character)
	let j = i + 1;
	let n = 1;
	let v1 = -1;
	let v2 = -1;
	let tens = v0 === 10 ? 1 : 0;
	let ten = v0 === 10 ? 0 : -1;
	while (j < toks.length && toks[j].k === K_HAN && j - i < 4) {
		const x = zhNum(toks[j]);
		if (x < 0) break;
		if (n === 1) v1 = x;
		else if (n === 2) v2 = x;
		if (x === 10) {
			tens++;
			if (ten < 0) ten = n;
		}
		n++;
		j++;
	}
	ctx.next = j;
	let v = -1;
	if (n === 1) v = v0;
	else if (ten >= 0 && ten <= 1 && tens === 1 && n - ten <= 2) {
		const before = ten === 1 ? v0 : 1;
		const afterIdx = ten + 1;
		const after = afterIdx < n ? (afterIdx === 1 ? v1 : v2) : 0;
		if (before >= 1 && before <= 9 && after <= 9 && after !== 10) v = before * 10 + after;
	}
	if (v < 0) return null; // 五六 (five or six), 一二三: a list, not a rating
	return newPhrase(i, j, A_HAN, v);
}

function digitAtom(ctx: Ctx, i: number): Phrase | null {
	const toks = ctx.toks;
	const t = toks[i];
	// phone numbers and other digit-group clusters
	const cl = phoneCluster(toks, i);
	if (cl > 0) {
		ctx.next = i + cl;
		return null;
	}
	const prev = i > 0 && adjacent(toks, i - 1, i) ? toks[i - 1] : undefined;
	let neg = false;
	let start = i;
	if (prev !== undefined) {
		if (prev.k === K_WORD) return skipGlued(ctx, i);
		if (prev.k === K_P) {
			if (ID_MARK.has(prev.v)) return skipGlued(ctx, i);
			if (prev.v === 0x2d || prev.v === 0x2212 || prev.v === 0x2013) {
				const pp = i > 1 && adjacent(toks, i - 2, i - 1) ? toks[i - 2] : undefined;
				if (pp === undefined || (pp.k === K_P && !DASHES.has(pp.v))) {
					neg = true;
					start = i - 1;
				} else if (pp.k === K_WORD) return skipGlued(ctx, i);
			}
		}
	}
	let v = t.v;
	let end = i + 1;
	let dec = false;
	const nx = toks[i + 1];
	if (nx !== undefined && adjacent(toks, i, i + 1)) {
		if (nx.k === K_P && (nx.v === 0x2e || nx.v === 0x2c || nx.v === 0x3a || nx.v === 0xff0e) && toks[i + 2]?.k === K_DIG && adjacent(toks, i + 1, i + 2)) {
			// 4.5 / 4,5 (decimal), 11:30 (time), 1.5.2024 (date), 192.168.0.1
			let j = i + 2;
			let groups = 2;
			while (
				toks[j + 1]?.k === K_P &&
				adjacent(toks, j, j + 1) &&
				(toks[j + 1].v === 0x2e || toks[j + 1].v === 0x2c || toks[j + 1].v === 0x3a) &&
				toks[j + 2]?.k === K_DIG &&
				adjacent(toks, j + 1, j + 2)
			) {
				j += 2;
				groups++;
			}
			ctx.next = j + 1;
			if (nx.v === 0x3a || groups > 2) return null;
			const frac = toks[i + 2];
			if (t.v < 0 || frac.v < 0) return null;
			const fracText = ctx.text.slice(frac.s, frac.e);
			if (/^0+$/.test(fracText)) {
				v = t.v;
			} else {
				v = t.v + frac.v / Math.pow(10, frac.n);
				dec = true;
			}
			end = i + 3;
		} else if (nx.k === K_WORD) {
			if (!SUF_FRAME.has(nx.w)) return skipGlued(ctx, i); // 5pm, 3rd, 10mins, 2x
		} else if (nx.k === K_P && AFTER_MARK.has(nx.v)) {
			return skipGlued(ctx, i);
		} else if (nx.k === K_P && ADJ_DASH.has(nx.v) && toks[i + 2]?.k === K_WORD && adjacent(toks, i + 1, i + 2)) {
			if (!SUF_FRAME.has(toks[i + 2].w)) return skipGlued(ctx, i); // 3-й, 5-ti
		}
	}
	if (t.v < 0 || (t.n > ctx.maxDigits && !dec)) {
		ctx.next = Math.max(ctx.next, end);
		return null; // order/ticket numbers, years: never a rating
	}
	if (t.n >= 2 && ctx.text.charCodeAt(t.s) === 0x30) {
		return skipGlued(ctx, i); // 05, 007: codes
	}
	const p = newPhrase(start, end, A_DIG, neg ? -v : v);
	p.as = i;
	p.ae = end;
	p.dec = dec;
	p.neg = neg;
	ctx.next = end;
	return p;
}

/** Skip a digit token glued to letters/marks (and the glued token). */
function skipGlued(ctx: Ctx, i: number): null {
	ctx.next = i + 1;
	return null;
}

function zhSuffix(ctx: Ctx, p: Phrase, j: number): number {
	// j: index of a Han token right after the atom. Returns the new end, or -1 if not a Chinese framing.
	const toks = ctx.toks;
	const c = toks[j].w;
	if (c === '分') {
		const a = toks[j + 1];
		const adj = a !== undefined && adjacent(toks, j, j + 1);
		if (adj && a.k === K_HAN && (a.w === '钟' || a.w === '之' || a.w === '半')) {
			p.excl = true; // 三分钟 (duration), 三分之一 (fraction)
			return j + 1;
		}
		if (adj && a.k === K_HAN && !ZH_PARTICLE.has(a.w)) {
			// 十分满意 ("very"), 一分都不想给 (idiom); a digit rating may be followed by text: 5分好评
			if (p.kind === A_HAN && !p.pre) {
				// 十分 + anything is the adverb "very"; other numerals: 五分好评 is a rating, 一分都不想给 is not
				// ...but 十分吧 / 十分了 closes the sentence: the rating ten, not an adverb
				const closes = ZH_FINAL.has(a.w) && toks[j + 2]?.k !== K_HAN;
				if ((p.v === 10 && !closes) || !ZH_STAR_OK.has(a.w)) p.excl = true;
			} else if (a.w === '都' || a.w === '也') p.excl = true;
		}
		p.suf = true;
		return j + 1;
	}
	let k = j;
	if ((c === '颗' || c === '个') && toks[j + 1]?.k === K_HAN && toks[j + 1].w === '星' && adjacent(toks, j, j + 1)) k = j + 1;
	if (toks[k].w === '星') {
		const a = toks[k + 1];
		if (a !== undefined && adjacent(toks, k, k + 1) && a.k === K_HAN && !ZH_STAR_OK.has(a.w)) {
			p.excl = true; // 三星手机: the brand
		}
		p.suf = true;
		return k + 1;
	}
	if (ZH_UNITS.has(c)) p.excl = true;
	return -1;
}

function extendSuffix(ctx: Ctx, p: Phrase): void {
	const toks = ctx.toks;
	let j = p.te;
	// reverse scale: "5 üzerinden 4", "10 mein se 8", "5 dan 4"
	if (p.kind === A_DIG || p.kind === A_WORD) {
		const k = nextNonSp(toks, j);
		const w = toks[k];
		if (w !== undefined && w.k === K_WORD && k - j <= 1) {
			let after = -1;
			if (REV_DENOM_WORDS.has(w.w)) after = k + 1;
			else if ((w.w === 'mein' || w.w === 'me' || w.w === 'main' || w.w === 'mai') && toks[nextNonSp(toks, k + 1)]?.w === 'se') {
				after = nextNonSp(toks, k + 1) + 1;
			}
			if (after > 0) {
				const q = nextNonSp(toks, after);
				const qv = numberAt(ctx, q);
				if (qv >= 0 && qv <= p.v && q - after <= 1 && (toks[q].k === K_DIG || !NUMBER_WORDS.get(toks[q].w)?.weak)) {
					p.denom = p.v;
					p.v = qv;
					p.as = q;
					p.ae = q + 1;
					p.suf = true;
					j = q + 1;
				}
			}
		}
	}
	// grade modifiers glued to the number: 5+, 4-, 5++
	while (j < toks.length && adjacent(toks, j - 1, j) && toks[j].k === K_P && (toks[j].v === 0x2b || toks[j].v === 0x2d || toks[j].v === 0x2212)) {
		const a = toks[j + 1];
		if (toks[j].v !== 0x2b && a !== undefined && adjacent(toks, j, j + 1) && (a.k === K_DIG || a.k === K_WORD)) break;
		j++;
	}
	for (let guard = 0; guard < 4; guard++) {
		const k = nextNonSp(toks, j);
		const nt = toks[k];
		if (nt === undefined || k - j > 1) break;
		if (nt.k === K_HAN) {
			if (k !== j && p.kind === A_HAN) break;
			const e = zhSuffix(ctx, p, k);
			if (e < 0) break;
			j = e;
			continue;
		}
		if (nt.k === K_STAR) {
			// one star after a number is its unit: "5⭐", "4 ★", "4 звезды ⭐" (but "5 ⭐⭐⭐" is two ratings)
			if (nt.v === 1 && nt.n === 1 && p.kind !== A_STAR) {
				p.suf = true;
				j = k + 1;
				continue;
			}
			break;
		}
		if (nt.k === K_WORD) {
			if (SUF_FRAME.has(nt.w) && p.kind !== A_HAN) {
				p.suf = true;
				j = k + 1;
				continue;
			}
			// a grading verb after its object: "пятёрку ставлю", "4 veriyorum", "un 4 le pongo", "5 gebe ich"
			const v = postVerb(ctx, k);
			if (v > 0) {
				p.suf = true;
				j = v;
				continue;
			}
			// ...denied: "5 не ставлю, 4", "5 vermem"
			if (POST_FRAME_NEG.has(nt.w) || (NEGATIONS.has(nt.w) && postVerb(ctx, nextNonSp(toks, k + 1)) > 0)) {
				p.excl = true;
				break;
			}
			// the rating named after it, closing the clause: "4 is my rating", "5, minha nota"
			const r = postNoun(ctx, k);
			if (r > 0) {
				p.suf = true;
				j = r;
				continue;
			}
			let q = -1;
			if (DENOM_WORDS.has(nt.w)) q = nextNonSp(toks, k + 1);
			else if (nt.w === 'out' && toks[nextNonSp(toks, k + 1)]?.w === 'of') q = nextNonSp(toks, nextNonSp(toks, k + 1) + 1);
			if (q > 0) {
				const qv = numberAt(ctx, q);
				if (qv >= 1 && q - k <= 4) {
					p.denom = qv;
					j = q + 1;
					continue;
				}
				break;
			}
			// "пять с плюсом", "5 с минусом"
			if ((nt.w === 'с' || nt.w === 's') && toks[k + 2]?.k === K_WORD) {
				const m = toks[k + 2].w;
				if (m === 'плюсом' || m === 'минусом' || m === 'plyusom' || m === 'minusom' || m === 'plusom') {
					j = k + 3;
					continue;
				}
			}
			break;
		}
		if (nt.k === K_P && DASHES.has(nt.v) && k > j && toks[k + 1]?.k === K_SP) {
			// "5 — моя оценка": a spaced dash before the named rating
			const r = postNoun(ctx, k + 2);
			if (r > 0) {
				p.suf = true;
				j = r;
				continue;
			}
			break;
		}
		if (nt.k === K_P && SLASHES.has(nt.v)) {
			const q = nextNonSp(toks, k + 1);
			const qv = numberAt(ctx, q);
			if (qv >= 1 && q - k <= 2 && toks[q].k === K_DIG) {
				// 12/05/2024: a date
				const after = toks[q + 1];
				if (after !== undefined && after.k === K_P && SLASHES.has(after.v) && toks[q + 2]?.k === K_DIG) {
					p.excl = true;
					j = q + 3;
					break;
				}
				p.denom = qv;
				j = q + 1;
				continue;
			}
		}
		break;
	}
	p.te = finalParticles(ctx, j);
}

/** The particles in their folded form: a cheap first test before the exact one. */
const FINAL_PARTICLE_KEYS: ReadonlySet<string> = new Set(Array.from(FINAL_PARTICLES, (w) => normWord(w)));

/** A first-person grading verb at token k (after a rating), with the helpers around it: the end, or -1. */
function postVerb(ctx: Ctx, k: number): number {
	const toks = ctx.toks;
	let q = k;
	// at most two helpers before the verb: "вам ставлю", "le pongo", "je donne"
	for (let h = 0; h < 2 && toks[q]?.k === K_WORD && !POST_FRAME.has(toks[q].w) && PRE_HELP.has(toks[q].w); h++) {
		const n = nextNonSp(toks, q + 1);
		if (n - q > 2) return -1;
		q = n;
	}
	const t = toks[q];
	if (t === undefined || t.k !== K_WORD || !POST_FRAME.has(t.w)) return -1;
	// one helper after it when it closes the clause: "fünf Sterne gebe ich", "ставлю вам."
	const a = nextNonSp(toks, q + 1);
	if (a - q <= 2 && toks[a]?.k === K_WORD && PRE_HELP.has(toks[a].w) && clauseBoundary(toks, a + 1)) return a + 1;
	return q + 1;
}

/** "is my rating", "моя оценка", "minha nota" at token k, ending its clause: the end, or -1. */
function postNoun(ctx: Ctx, k: number): number {
	const toks = ctx.toks;
	let q = k;
	let noun = false;
	for (let n = 0; n < 4; n++) {
		const t = toks[q];
		if (t === undefined || t.k !== K_WORD) break;
		if (RATING_NOUNS.has(t.w)) noun = true;
		else if (!PRE_HELP.has(t.w)) return -1;
		const a = q + 1;
		if (noun && clauseBoundary(toks, a)) return a;
		if (toks[a]?.k !== K_SP || toks[a].e - toks[a].s > 1) return -1;
		q = a + 1;
	}
	return -1;
}

/** Token i is the end of the reply or a clause: nothing, a line break, or punctuation after optional spaces. */
function clauseBoundary(toks: readonly Tok[], i: number): boolean {
	const t = toks[i];
	if (t === undefined || t.k === K_BREAK) return true;
	if (t.k === K_P) return true;
	if (t.k === K_SP) {
		const n = toks[i + 1];
		return n === undefined || n.k === K_P || n.k === K_BREAK;
	}
	return false;
}

/**
 * Sentence-final particles glued to the end of a rating phrase belong to it: 给个4分吧, 4分呀, 五分了吧,
 * and Vietnamese/Indonesian "5 sao nhé", "Lima deh". Only where the particle closes the clause (了解 is a
 * word, 哈哈哈 is laughter).
 */
function finalParticles(ctx: Ctx, j: number): number {
	const toks = ctx.toks;
	const t = toks[j];
	if (t === undefined) return j;
	if (t.k === K_HAN && adjacent(toks, j - 1, j) && ZH_FINAL.has(t.w)) {
		let e = j + 1;
		if (toks[e]?.k === K_HAN && ZH_FINAL.has(toks[e].w) && toks[e].w !== t.w) e++;
		const n = toks[e];
		return n === undefined || n.k !== K_HAN ? e : j;
	}
	if (t.k === K_SP && toks[j + 1]?.k === K_WORD && t.e - t.s === 1) {
		const w = toks[j + 1];
		if (
			w.e - w.s <= 4 &&
			FINAL_PARTICLE_KEYS.has(w.w) &&
			FINAL_PARTICLES.has(ctx.text.slice(w.s, w.e).toLowerCase().normalize('NFC')) &&
			clauseBoundary(toks, j + 2)
		) {
			return j + 2;
		}
	}
	return j;
}

function extendPrefix(ctx: Ctx, p: Phrase): void {
	const toks = ctx.toks;
	let k = p.ts - 1;
	let chain = -1;
	let core = -1;
	let words = 0;
	while (k >= 0 && words < 8) {
		const t = toks[k];
		// "Оценка: 4", "Rating - 4", "Оценка — 4": a colon or a spaced dash between the frame and the number
		if (t.k === K_SP || (t.k === K_P && (t.v === 0x3a || t.v === 0xff1a || (DASHES.has(t.v) && toks[k + 1]?.k === K_SP)))) {
			k--;
			continue;
		}
		if (t.k === K_WORD && (PRE_CORE.has(t.w) || PRE_HELP.has(t.w))) {
			chain = k;
			if (PRE_CORE.has(t.w)) core = k;
			words++;
			k--;
			continue;
		}
		// 好评/差评/中评 are nouns ("a good review"), not the verb 评 of 评4分
		if (t.k === K_HAN && t.w === '评' && k > 0 && toks[k - 1].k === K_HAN && ZH_REVIEW.has(toks[k - 1].w)) break;
		if (t.k === K_HAN && (ZH_CORE.has(t.w) || ZH_HELP.has(t.w))) {
			chain = k;
			if (ZH_CORE.has(t.w)) core = k;
			words++;
			k--;
			continue;
		}
		break;
	}
	// "не на 5", "not a 5", "不给5分": a denied number is not a rating
	const negTok = toks[k];
	if (negTok !== undefined && ((negTok.k === K_WORD && NEGATIONS.has(negTok.w)) || (negTok.k === K_HAN && (negTok.w === '不' || negTok.w === '没')))) {
		p.excl = true;
	}
	// 满分10分: the scale, not a rating
	const a = prevNonSp(toks, p.ts - 1);
	if (a >= 1 && toks[a].k === K_HAN && toks[a].w === '分' && toks[a - 1].k === K_HAN && toks[a - 1].w === '满') {
		p.decl = true;
		p.ts = a - 1;
		return;
	}
	if (core < 0) {
		// an article/determiner opening the reply belongs to the rating: "un 5 para el técnico", "a 4, thanks"
		if (chain >= 0 && chain <= ctx.first) p.ts = chain;
		return;
	}
	// Helpers left of the core belong to the phrase when the chain starts the clause ("Le doy un 3").
	const before = k;
	const clauseStart = before < 0 || toks[before].k === K_P || toks[before].k === K_BREAK;
	p.ts = clauseStart ? chain : core;
	p.pre = true;
}

function checkExclusions(ctx: Ctx, p: Phrase): void {
	const toks = ctx.toks;
	const pk = prevNonSp(toks, p.ts - 1);
	const prev = pk >= 0 ? toks[pk] : undefined;
	if (prev !== undefined && !p.pre) {
		if (prev.k === K_WORD && PRE_EXCLUDE.has(prev.w) && (p.kind === A_DIG || p.kind === A_WORD)) {
			if (!p.excl) p.exclPrev = pk;
			p.excl = true;
		}
		if (prev.k === K_HAN && ZH_PRE_EXCL.has(prev.w) && (p.kind === A_DIG || p.kind === A_HAN) && pk === p.ts - 1) p.excl = true;
		if (prev.k === K_P && ID_MARK.has(prev.v) && p.kind === A_DIG && pk === p.ts - 1) p.excl = true;
	}
	if (!p.suf && p.denom < 0 && (p.kind === A_DIG || p.kind === A_WORD || p.kind === A_HAN)) {
		const nk = nextNonSp(toks, p.te);
		const nt = toks[nk];
		if (nt !== undefined) {
			if ((nt.k === K_WORD && isUnitWord(nt.w)) || (nt.k === K_HAN && ZH_UNITS.has(nt.w) && nk - p.te <= 1)) {
				p.excl = true;
				p.exclPrev = -1;
			}
		}
	}
}

/** Tokens between phrases a and b are an "or"/range connector: 3 или 4, 4-5, 3或4分, uch yoki to'rt. */
let connTok = -1;

function connector(toks: readonly Tok[], a: Phrase, b: Phrase): number {
	// 0 = none, 1 = word/han connector, 2 = glued dash (4-5), 3 = spaced dash/tilde (3 - 4)
	let j = a.te;
	let sp = false;
	if (j < b.ts && toks[j].k === K_SP) {
		j++;
		sp = true;
	}
	if (j >= b.ts) return 0;
	const t = toks[j];
	connTok = j;
	let kind = 0;
	if (t.k === K_WORD && OR_WORDS.has(t.w)) kind = 1;
	else if (t.k === K_HAN && ZH_OR.has(t.w)) kind = 1;
	else if (t.k === K_HAN && t.w === '或' ) kind = 1;
	else if (t.k === K_HAN && t.w === '还' && toks[j + 1]?.w === '是') {
		kind = 1;
		j++;
	} else if (t.k === K_P && DASHES.has(t.v)) kind = sp ? 3 : 2;
	else return 0;
	if (t.k === K_HAN && t.w === '或' && toks[j + 1]?.w === '者') j++;
	j++;
	if (j < b.ts && toks[j].k === K_SP) {
		j++;
		if (kind === 2) kind = 3;
	} else if (kind === 3) {
		return 0;
	}
	return j === b.ts ? kind : 0;
}

/** Build every phrase of the reply. */
function buildPhrases(ctx: Ctx): Phrase[] {
	const toks = ctx.toks;
	const out: Phrase[] = [];
	let i = 0;
	while (i < toks.length) {
		const p = atomAt(ctx, i);
		if (p === null) {
			i = Math.max(ctx.next, i + 1);
			continue;
		}
		extendSuffix(ctx, p);
		extendPrefix(ctx, p);
		checkExclusions(ctx, p);
		out.push(p);
		i = Math.max(p.te, i + 1);
	}
	return out;
}

interface Decision {
	reason: ReplyReason;
	score: number | null;
	accepted: Phrase[];
	candidates: number[];
	ratingText: string;
}

function firstContent(toks: readonly Tok[]): number {
	for (let j = 0; j < toks.length; j++) if (isContent(toks[j])) return j;
	return toks.length;
}

function lastContent(toks: readonly Tok[]): number {
	for (let j = toks.length - 1; j >= 0; j--) if (isContent(toks[j])) return j;
	return -1;
}

function isContent(t: Tok): boolean {
	return t.k !== K_SP && t.k !== K_P;
}

/** Only spaces and punctuation/emoji between token indexes [a, b). */
function gapOnlyPunct(toks: readonly Tok[], a: number, b: number): boolean {
	for (let j = a; j < b; j++) if (isContent(toks[j])) return false;
	return true;
}

function decide(ctx: Ctx, phrases: Phrase[]): Decision {
	const toks = ctx.toks;
	const first = ctx.first;
	const last = ctx.last;
	// "or"/range links
	let altId = 0;
	for (let q = 0; q + 1 < phrases.length; q++) {
		const a = phrases[q];
		const b = phrases[q + 1];
		if (a.decl || b.decl) continue;
		const c = connector(toks, a, b);
		if (c === 0) continue;
		// only where a rating stands: "3 или 4", "Оценка 3 или 4", "3或4分"; not "between 8 and 12" mid-text
		if (!(a.ts <= first || b.te - 1 >= last || a.pre || a.suf || b.pre || b.suf || c === 2)) continue;
		// "3 to 4", "between 3 and 4": the connector itself is not a time preposition here
		if (b.excl && b.exclPrev === connTok) {
			b.excl = false;
			b.exclPrev = -1;
		}
		if (c !== 3 && (a.excl || b.excl)) {
			// "2 или 3 дня", "с 9 до 12": the unit/preposition governs both numbers
			a.excl = true;
			b.excl = true;
			continue;
		}
		if (a.excl || b.excl) continue;
		// number words only when they stand alone: "uch yoki to'rt", not "one or two things"
		const aEdge = a.ts <= first || a.pre || a.suf || a.kind !== A_WORD;
		const bEdge = b.te - 1 >= last || b.suf || b.kind !== A_WORD;
		if (!aEdge && !bEdge) continue;
		if (a.weak && !(a.ts <= first)) continue;
		const id = a.alt >= 0 ? a.alt : ++altId;
		a.alt = id;
		b.alt = id;
	}
	let declared = -1;
	for (const p of phrases) {
		if (p.decl) declared = p.v;
	}
	// acceptance
	for (const p of phrases) {
		if (p.excl || p.decl) continue;
		const atStart = p.ts <= first;
		const atEnd = p.te - 1 >= last;
		const strong = p.pre || p.suf || p.denom >= 0 || p.alt >= 0;
		switch (p.kind) {
			case A_GRADE:
			case A_STAR:
			case A_KEY:
			case A_CIRC:
				p.acc = true;
				break;
			case A_HAN:
				p.acc = strong || (atStart && atEnd);
				break;
			case A_WORD: {
				const framed = p.pre || p.suf || p.denom >= 0;
				if (framed || (p.alt >= 0 && !p.weak)) {
					p.acc = true;
					break;
				}
				if (p.weak) {
					// "one of your staff", "Un técnico", "Bir saat": only a rating when it is the whole reply
					p.acc = atStart && atEnd;
					break;
				}
				// A number word opening the reply must end its clause ("Пять, спасибо", "Four. Could…", "пять\n…"),
				// not count a noun ("three guys came"); one closing the reply may follow a word ("Спасибо пять")
				// unless a preposition governs it (see PRE_EXCLUDE).
				if (atStart) {
					const nk = nextNonSp(toks, p.te);
					const nt = toks[nk];
					if (
						nt === undefined ||
						nt.k === K_P ||
						nt.k === K_DIG ||
						nt.k === K_STAR ||
						nt.k === K_KEY ||
						nt.k === K_CIRC ||
						(nk > p.te && ctx.text.slice(toks[p.te].s, toks[p.te].e).includes('\n'))
					) {
						p.acc = true;
						break;
					}
				}
				if (atEnd) p.acc = true;
				break;
			}
			case A_DIG: {
				if (strong || atStart || atEnd) {
					p.acc = true;
					break;
				}
				// a clause of its own in mid-text: "Оператору 5, а компании 2"
				const nt = toks[p.te];
				const pk = prevNonSp(toks, p.ts - 1);
				if (
					!p.dec &&
					!p.neg &&
					nt !== undefined &&
					nt.k === K_P &&
					CLAUSE_END.has(nt.v) &&
					pk >= 0 &&
					toks[pk].k === K_WORD &&
					p.v >= ctx.min &&
					p.v <= ctx.max
				) {
					p.acc = true;
				}
				break;
			}
		}
	}
	// repetitions next to an accepted phrase: "5 5 5", "5 (пять)"
	for (let pass = 0; pass < 2; pass++) {
		for (let q = 0; q < phrases.length; q++) {
			const p = phrases[q];
			if (p.acc || p.excl || p.decl) continue;
			const nb = pass === 0 ? phrases[q - 1] : phrases[q + 1];
			if (nb === undefined || !nb.acc || nb.v !== p.v || nb.dec !== p.dec) continue;
			const gapOk = pass === 0 ? gapOnlyPunct(toks, nb.te, p.ts) : gapOnlyPunct(toks, p.te, nb.ts);
			if (gapOk && (!p.weak || p.pre || p.suf)) p.acc = true;
		}
		if (pass === 0) {
			// propagate backwards as well
			for (let q = phrases.length - 2; q >= 0; q--) {
				const p = phrases[q];
				const nb = phrases[q + 1];
				if (p.acc || p.excl || p.decl || !nb.acc || nb.v !== p.v || nb.dec !== p.dec) continue;
				if (gapOnlyPunct(toks, p.te, nb.ts) && (!p.weak || p.pre || p.suf)) p.acc = true;
			}
		}
	}
	const accepted: Phrase[] = [];
	for (const p of phrases) if (p.acc) accepted.push(p);
	if (accepted.length === 0) return { reason: 'no_rating', score: null, accepted, candidates: [], ratingText: '' };

	// one distinct (validity, value, scale) → a decision; several → ambiguous
	const values: number[] = [];
	let reason: ReplyReason = 'ok';
	let distinct = 0;
	let k0r: ReplyReason = 'ok';
	let k0v = 0;
	let k0d = 0;
	for (const p of accepted) {
		const otherScale = (p.denom >= 0 && p.denom !== ctx.max) || (declared >= 0 && declared !== ctx.max);
		let r: ReplyReason = 'ok';
		if (p.dec) r = 'not_integer';
		else if (otherScale || p.v < ctx.min || p.v > ctx.max) r = 'out_of_range';
		const d = otherScale ? p.denom : -2;
		if (distinct === 0) {
			distinct = 1;
			k0r = r;
			k0v = p.v;
			k0d = d;
		} else if (distinct === 1 && (r !== k0r || p.v !== k0v || d !== k0d)) {
			distinct = 2;
		}
		if (!values.includes(p.v)) values.push(p.v);
		if (r !== 'ok') reason = r;
	}
	const ratingText = ctx.text.slice(ctx.toks[accepted[0].ts].s, ctx.toks[accepted[0].te - 1].e);
	if (distinct > 1) return { reason: 'ambiguous', score: null, accepted, candidates: values, ratingText };
	if (reason !== 'ok') return { reason, score: null, accepted, candidates: values, ratingText };
	const score = accepted[0].v;
	// 满分5分给4分: the scale statement goes with the rating
	for (const p of phrases) if (p.decl && p.v === ctx.max) accepted.push(p);
	accepted.sort((x, y) => x.ts - y.ts);
	return { reason: 'ok', score, accepted, candidates: values, ratingText };
}

const RE_ONLY_PUNCT = /^[\p{P}\s]+$/u;
const COMMA_LIKE = new Set([0x2c, 0x3b, 0xff0c, 0xff1b, 0x3001, 0x060c, 0x061b, 0x2014, 0x2013]);

/** The reply with the rating phrases cut out, trimmed of separators. */
function buildComment(ctx: Ctx, accepted: readonly Phrase[]): string {
	const { text, toks } = ctx;
	let out = '';
	let pos = 0;
	/** end of the previous kept piece (before its trailing separators), -1 while none */
	let prevEnd = -1;
	/** end of the raw piece the previous kept piece came from */
	let prevRawEnd = -1;
	for (let q = 0; q <= accepted.length; q++) {
		let s = text.length;
		let e = text.length;
		if (q < accepted.length) {
			const p = accepted[q];
			s = toks[p.ts].s;
			let te = p.te;
			// punctuation stuck to the rating: "4.", "5!!!", "5)", "5分！"
			while (te < toks.length && adjacent(toks, te - 1, te) && toks[te].k === K_P && STUCK.has(toks[te].v)) te++;
			e = toks[te - 1].e;
			if (s < pos) {
				if (e > pos) pos = e;
				continue;
			}
		}
		// the piece text[pos, s) between two rating phrases
		const a = sepStart(text, pos, s);
		const b = a < s ? sepEnd(text, a, s) : a;
		// a piece of bare punctuation ("Cinq sur cinq !") is not a comment; emoji are ("5 👍")
		if (b > a && !onlyPunct(text, a, b)) {
			if (prevEnd >= 0) {
				// keep the customer's own clause punctuation before a mid-text rating ("Спасибо, оценка 5, всё ок");
				// join with a space unless the cut was glued on both sides ("<p>Оценка 4</p>" → "<p></p>")
				let glue = '';
				let space = false;
				for (let k = prevEnd; k < prevRawEnd; k++) {
					const c = text.charCodeAt(k);
					if (glue === '' && COMMA_LIKE.has(c)) glue = text[k];
					else if (isSpaceCode(c)) space = true;
				}
				for (let k = pos; k < a && !space; k++) if (isSpaceCode(text.charCodeAt(k))) space = true;
				out += glue + (space || glue !== '' ? ' ' : '');
			}
			out += text.slice(a, b);
			prevEnd = b;
			prevRawEnd = s;
		}
		pos = e;
	}
	return out;
}

function isSpaceCode(c: number): boolean {
	return c === 0x20 || c === 0x0a || c === 0x0d || c === 0x09 || c === 0xa0 || c === 0x3000;
}

/** `text[a, b)` is only punctuation and white space. */
function onlyPunct(text: string, a: number, b: number): boolean {
	for (let k = a; k < b; k++) {
		const c = text.charCodeAt(k);
		if (c < 0x80) {
			if ((c >= 0x30 && c <= 0x39) || (c >= 0x41 && c <= 0x5a) || (c >= 0x61 && c <= 0x7a)) return false;
			if (c === 0x20 || (c >= 0x09 && c <= 0x0d)) continue;
			if (c < 0x20 || c === 0x7f) return false;
			// ASCII symbols that are not punctuation (General Category S): $ + < = > ^ ` | ~
			if (c === 0x24 || c === 0x2b || c === 0x3c || c === 0x3d || c === 0x3e || c === 0x5e || c === 0x60 || c === 0x7c || c === 0x7e) return false;
			continue;
		}
		return RE_ONLY_PUNCT.test(text.slice(a, b));
	}
	return true;
}

const optOutCache = new Map<string, OptOutConfig>();

function optOutConfig(o: ParseOptions): OptOutConfig {
	if (o.optOutKeywords === undefined && o.extraOptOutKeywords === undefined && o.optOutPhrases === undefined && o.extraOptOutPhrases === undefined) {
		return DEFAULT_OPT_OUT;
	}
	const arr = (x: unknown): readonly string[] => (Array.isArray(x) ? x.filter((s): s is string => typeof s === 'string') : []);
	const kw = [...(o.optOutKeywords !== undefined ? arr(o.optOutKeywords) : DEFAULT_OPT_OUT_KEYWORDS), ...arr(o.extraOptOutKeywords)];
	const ph = [...(o.optOutPhrases !== undefined ? arr(o.optOutPhrases) : DEFAULT_OPT_OUT_PHRASES), ...arr(o.extraOptOutPhrases)];
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
 * score it is the whole reply, `trim()`med. Pure, deterministic, never throws; replies longer than 3,072
 * characters are analysed as their first and last 1,536 characters.
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
	const s = typeof text === 'string' ? text : typeof text === 'number' || typeof text === 'bigint' ? String(text) : '';
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

function parseCore(text: string, o: ParseOptions, scale: RatingScale, hint: string | null): ParseResult {
	const len = text.length;
	const toks = TOKS;
	toks.length = 0;
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
		toks.push({ k: K_BREAK, s: headEnd, e: tailStart, v: 0, n: 0, w: '' });
		tokenize(text, tailStart, len, toks, true);
		let blank = true;
		for (const t of toks) {
			if (t.k !== K_SP && t.k !== K_BREAK) {
				blank = false;
				break;
			}
		}
		if (blank && RE_BLANK.test(text)) return result(text, scale, hint ?? 'und', 'empty', null, null, '', [], false);
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
	};
	const phrases = buildPhrases(ctx);
	const d = decide(ctx, phrases);
	if (d.score === null) return result(text, scale, language, d.reason, null, null, d.ratingText, d.candidates, false);
	return result(text, scale, language, 'ok', d.score, buildComment(ctx, d.accepted), d.ratingText, d.candidates, false);
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

