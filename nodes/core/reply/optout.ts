// Opt-out detection. A keyword is an opt-out when it IS the message (alone, or with a rating/courtesy
// words: "STOP", "Стоп!", "5 STOP", "STOP please"), or when it stands out in capitals as the first or last
// word of a message that is otherwise written in normal case ("Thanks for nothing. STOP"). A keyword used
// as an ordinary word inside a sentence ("Stopped by the store", "I had to cancel my order", "I almost
// quit") is not. CJK keywords (退订, 取消订阅) are unambiguous and match anywhere. Plain-language requests
// ("stop texting me", "не пишите мне больше", "别再发了") match as phrases, case- and accent-insensitively.
import { C_HAN, charClass, foldText, normWord } from './chars';
import { DEFAULT_OPT_OUT_KEYWORDS, DEFAULT_OPT_OUT_PHRASES, HAN } from './lexicon';
import { K_BREAK, K_DIG, K_HAN, K_P, K_SP, K_WORD, tokenize, type Tok } from './tokenize';
import { W_OPT_OUT_FILLER, W_OPT_OUT_OBJECT, type WordEntry } from './words';

/** Compiled opt-out configuration. */
export interface OptOutConfig {
	/** single-word keywords (normalised) */
	readonly single: ReadonlySet<string>;
	/** multi-word keywords (normalised word sequences) */
	readonly multi: readonly (readonly string[])[];
	/** CJK keywords and phrases (substrings of the raw text), by the code point of their first character */
	readonly cjkByFirst: ReadonlyMap<number, readonly string[]>;
	/** CJK keywords and phrases that do not start with a Han character (searched with indexOf) */
	readonly cjkOther: readonly string[];
	/** non-CJK phrases as normalised word sequences, by their first word */
	readonly phrases: ReadonlyMap<string, readonly (readonly string[])[]>;
	/** phrases that are not plain words (digits, punctuation): matched with a regex on the text, or null */
	readonly phraseRe: RegExp | null;
}

const RE_HAN_ANY = /[\u3040-\u30ff\u3400-\u9fff\uf900-\ufaff]/;
const RE_ESCAPE = /[.*+?^${}()|[\]\\]/g;
const RE_WS = /\s+/g;
const SPACE_RE = '[\\s\\u200b-\\u200f]+';
const APOS_RE = "['’‘ʼ`]";

function addTo<K, T>(m: Map<K, T[]>, k: K, v: T): void {
	const l = m.get(k);
	if (l === undefined) m.set(k, [v]);
	else l.push(v);
}

/** The normalised words of a phrase, or null when it holds anything else than words and spaces. */
function phraseWords(p: string): string[] | null {
	const toks: Tok[] = [];
	tokenize(p, 0, p.length, toks);
	const out: string[] = [];
	for (const t of toks) {
		if (t.k === K_WORD) out.push(t.w);
		else if (t.k !== K_SP) return null;
	}
	return out.length > 0 ? out : null;
}

/** Compile keyword and phrase lists into an {@link OptOutConfig}. */
export function compileOptOut(
	keywords: readonly string[],
	phrases: readonly string[],
): OptOutConfig {
	const single = new Set<string>();
	const multi: string[][] = [];
	const cjkByFirst = new Map<number, string[]>();
	const cjkOther: string[] = [];
	const addCjk = (k: string): void => {
		const cp = k.codePointAt(0) as number;
		if (charClass(cp) === C_HAN) addTo(cjkByFirst, cp, k);
		else cjkOther.push(k);
	};
	for (const raw of keywords) {
		if (typeof raw !== 'string') continue;
		const k = raw.trim();
		if (!k) continue;
		if (RE_HAN_ANY.test(k)) {
			addCjk(k);
			continue;
		}
		const parts = k
			.split(/[\s\-_]+/u)
			.filter((p) => p.length > 0)
			.map((p) => normWord(p));
		if (parts.length === 1) single.add(parts[0]);
		else if (parts.length > 1) multi.push(parts);
	}
	const byFirst = new Map<string, string[][]>();
	const other: string[] = [];
	for (const raw of phrases) {
		if (typeof raw !== 'string') continue;
		const p = raw.trim();
		if (!p) continue;
		if (RE_HAN_ANY.test(p)) {
			addCjk(p);
			continue;
		}
		const w = phraseWords(p);
		if (w !== null) {
			addTo(byFirst, w[0], w);
			continue;
		}
		// the phrase as written and without accents ("não me enviem" / "nao me enviem")
		for (const v of new Set([p.toLowerCase().replace(RE_WS, ' '), foldText(p)])) {
			other.push(v.replace(RE_ESCAPE, '\\$&').replace(/'/g, APOS_RE).replace(/ /g, SPACE_RE));
		}
	}
	// Longest first, so that the alternation does not stop at a shorter prefix.
	other.sort((a, b) => b.length - a.length);
	const phraseRe =
		other.length > 0 ? new RegExp(`(?<![\\p{L}\\p{N}])(?:${other.join('|')})`, 'iu') : null;
	return { single, multi, cjkByFirst, cjkOther, phrases: byFirst, phraseRe };
}

/**
 * Index of the word after the spaces that follow token i, or -1. With `comma`, a comma before the spaces is
 * passed over too ("Hören Sie auf, mir zu schreiben": German sets one before an infinitive clause).
 */
function nextWord(toks: readonly Tok[], i: number, comma = false): number {
	let s = toks[i + 1];
	if (comma && s !== undefined && s.k === K_P && s.v === 0x2c) {
		i++;
		s = toks[i + 1];
	}
	if (s === undefined || s.k !== K_SP) return -1;
	const w = toks[i + 2];
	return w !== undefined && w.k === K_WORD ? i + 2 : -1;
}

/**
 * A phrase starts at word token i: its words in order, separated by white space, optionally with one or two
 * object pronouns or adverbs between two of them ("хватит мне писать"); the last word may be longer ("jangan kirimi", "stop
 * msgs"), as in a prefix match.
 */
function phraseAt(toks: readonly Tok[], i: number, seqs: readonly (readonly string[])[]): boolean {
	for (const seq of seqs) {
		let j = i;
		let q = 1;
		for (; q < seq.length; q++) {
			// a comma only after the phrase's second word: "Не, пишите мне" ("No, do write to me") is no "не пишите"
			j = nextWord(toks, j, q >= 2);
			if (j < 0) break;
			const last = q === seq.length - 1;
			// words that may stand between two words of a phrase ("хватит [мне] писать", "не надо [мне больше] писать")
			const w = toks[j].w;
			if (last ? w.startsWith(seq[q]) : w === seq[q]) continue;
			if ((toks[j].x.f & W_OPT_OUT_OBJECT) === 0) break;
			j = nextWord(toks, j);
			if (j < 0) break;
			let w2 = toks[j].w;
			if ((toks[j].x.f & W_OPT_OUT_OBJECT) !== 0 && w2 !== seq[q]) {
				j = nextWord(toks, j);
				if (j < 0) break;
				w2 = toks[j].w;
			}
			if (!(last ? w2.startsWith(seq[q]) : w2 === seq[q])) break;
		}
		if (q === seq.length) return true;
	}
	return false;
}

/** The default configuration (built once at module load). */
export const DEFAULT_OPT_OUT: OptOutConfig = compileOptOut(
	DEFAULT_OPT_OUT_KEYWORDS,
	DEFAULT_OPT_OUT_PHRASES,
);

const RE_LOWER = /\p{Ll}/u;

/** a single-word keyword */
const O_SINGLE = 1;
/** the first word of a multi-word keyword */
const O_MULTI = 2;

/** The opt-out bits of a word for `cfg` (kept on the entry for the configuration last asked about). */
function optOutBits(x: WordEntry, cfg: OptOutConfig): number {
	if (x.oc !== cfg) {
		let of = cfg.single.has(x.w) ? O_SINGLE : 0;
		for (const seq of cfg.multi) {
			if (seq[0] === x.w) {
				of |= O_MULTI;
				break;
			}
		}
		x.of = of;
		x.seqs = cfg.phrases.get(x.w);
		x.oc = cfg;
	}
	return x.of;
}

/**
 * A question whose CJK opt-out keyword is followed by another object (怎么退订会员服务？, 如何取消订阅视频会员): about
 * something else, not the messages.
 */
function aboutOther(text: string, end: number): boolean {
	if (end >= text.length || charClass(text.codePointAt(end) as number) !== C_HAN) return false;
	for (const m of HAN.optOutMedia) if (text.startsWith(m, end)) return false;
	if (HAN.final.has(text[end])) return false;
	for (const q of HAN.questions) if (text.includes(q)) return true;
	return false;
}

function isUpperWord(raw: string): boolean {
	return raw.length >= 2 && raw !== raw.toLowerCase() && raw === raw.toUpperCase();
}

/**
 * Whether the reply is an opt-out request.
 * @param text the (windowed) reply text
 * @param toks its tokens
 * @param analysed the analysed part of the text (the whole text, or head + tail of an over-long one)
 */
export function isOptOut(
	text: string,
	toks: readonly Tok[],
	analysed: string,
	cfg: OptOutConfig,
): boolean {
	// Content tokens: words, Han, numbers. Punctuation, emoji and spaces are ignored.
	let keywordSeen = false;
	let onlyKeywords = true;
	let hasHan = false;
	let first = -1;
	let last = -1;
	const n = toks.length;
	for (let i = 0; i < n; i++) {
		const t = toks[i];
		const k = t.k;
		if (k === K_SP || k === K_P || k === K_BREAK) continue;
		if (first < 0) first = i;
		last = i;
		if (k === K_WORD) {
			const x = t.x;
			const of = optOutBits(x, cfg);
			if (x.seqs !== undefined && phraseAt(toks, i, x.seqs)) return true;
			if (!onlyKeywords) continue;
			if ((of & O_SINGLE) !== 0) {
				keywordSeen = true;
				continue;
			}
			if ((of & O_MULTI) !== 0) {
				const m = matchMulti(toks, i, cfg);
				if (m > i) {
					keywordSeen = true;
					i = m - 1;
					last = i;
					continue;
				}
			}
			if ((x.f & W_OPT_OUT_FILLER) !== 0) continue;
			onlyKeywords = false;
		} else if (k === K_HAN) {
			onlyKeywords = false;
			const x = t.x;
			if (x.oc !== cfg) {
				x.cjk = cfg.cjkByFirst.get(t.v);
				x.oc = cfg;
			}
			const l = x.cjk;
			if (l !== undefined) {
				for (const kw of l)
					if (text.startsWith(kw, t.s) && !aboutOther(text, t.s + kw.length)) return true;
			}
			hasHan = true;
		}
	}
	if (first < 0) return false;
	if (hasHan) {
		for (const kw of cfg.cjkOther) if (analysed.indexOf(kw) >= 0) return true;
	}
	if (onlyKeywords && keywordSeen) return true;

	// A capitalised keyword as the first or last word of a normally-cased message.
	const ft = toks[first];
	const lt = toks[last];
	// first word: only when it ends its sentence ("STOP. Too many messages"), not "TD Bank was friendly"
	let afterFirst = first + 1;
	while (afterFirst < n && toks[afterFirst].k === K_SP) afterFirst++;
	const firstKw =
		ft.k === K_WORD &&
		(optOutBits(ft.x, cfg) & O_SINGLE) !== 0 &&
		isUpperWord(text.slice(ft.s, ft.e)) &&
		standalone(toks, first) &&
		(afterFirst >= n || toks[afterFirst].k === K_P);
	const lastKw =
		!firstKw &&
		lt.k === K_WORD &&
		(optOutBits(lt.x, cfg) & O_SINGLE) !== 0 &&
		isUpperWord(text.slice(lt.s, lt.e)) &&
		standalone(toks, last);
	if ((firstKw || lastKw) && RE_LOWER.test(analysed)) return true;

	return cfg.phraseRe !== null && cfg.phraseRe.test(analysed);
}

function glued(t: Tok | undefined): boolean {
	return t !== undefined && (t.k === K_HAN || t.k === K_DIG || t.k === K_WORD);
}

/** The keyword is a word of its own, not glued to Han ("T恤") or digits. */
function standalone(toks: readonly Tok[], i: number): boolean {
	const prev = i > 0 && toks[i - 1].e === toks[i].s ? toks[i - 1] : undefined;
	const next = i + 1 < toks.length && toks[i + 1].s === toks[i].e ? toks[i + 1] : undefined;
	return !glued(prev) && !glued(next);
}

function matchMulti(toks: readonly Tok[], i: number, cfg: OptOutConfig): number {
	for (const seq of cfg.multi) {
		let j = i;
		let ok = true;
		for (let q = 0; q < seq.length; q++) {
			while (
				j < toks.length &&
				(toks[j].k === K_SP || (toks[j].k === K_P && (toks[j].v === 0x2d || toks[j].v === 0x5f)))
			) {
				j++;
			}
			if (j >= toks.length || toks[j].k !== K_WORD || toks[j].w !== seq[q]) {
				ok = false;
				break;
			}
			j++;
		}
		if (ok) return j;
	}
	return i;
}
