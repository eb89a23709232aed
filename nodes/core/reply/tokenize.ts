// Linear, allocation-light tokenizer of SMS replies (a hand-written scanner: no regex backtracking).
import { C_DIGIT, C_HAN, C_LETTER, C_SPACE, charClass, digitValue, isApostrophe } from './chars';
import {
	NO_WORD,
	WORD_HASH_PRIME,
	WORD_HASH_SEED,
	hanEntry,
	wordEntry,
	type WordEntry,
} from './words';

/** White space, bidi controls, zero-width characters. */
export const K_SP = 0;
/** A run of decimal digits (any script); `v` = value (-1 when longer than 9 digits), `n` = digit count. */
export const K_DIG = 1;
/** A word (letters and marks, inner apostrophes); `w` = normalised form. */
export const K_WORD = 2;
/** One Han ideograph or kana; `w` = the character. */
export const K_HAN = 3;
/** A run of rating stars; `v` = filled stars, `n` = all stars (filled + empty). */
export const K_STAR = 4;
/** A keycap digit (`4️⃣`, `🔟`); `v` = value (-1 for `#️⃣`/`*️⃣`). */
export const K_KEY = 5;
/** A circled/parenthesised/dingbat digit (`④`, `❺`, `⑴`); `v` = value. */
export const K_CIRC = 6;
/** Any other single character (punctuation, symbol, emoji); `v` = code point. */
export const K_P = 7;
/** Where an over-long reply was cut (head and tail windows): a hard boundary. */
export const K_BREAK = 8;

/**
 * A token: kind, UTF-16 span `[s, e)` in the original text, numeric value, count, normalised word, and the
 * word's entry (its table bits; {@link NO_WORD} for tokens without a word).
 */
export interface Tok {
	k: number;
	s: number;
	e: number;
	v: number;
	n: number;
	w: string;
	x: WordEntry;
}

function circledValue(cp: number): number {
	if (cp >= 0x2460 && cp <= 0x2473) return cp - 0x2460 + 1; // ①-⑳
	if (cp >= 0x2474 && cp <= 0x2487) return cp - 0x2474 + 1; // ⑴-⒇
	if (cp >= 0x2488 && cp <= 0x249b) return cp - 0x2488 + 1; // ⒈-⒛
	if (cp === 0x24ea || cp === 0x24ff || cp === 0x1f10b || cp === 0x1f10c) return 0; // ⓪ ⓿ 🄋 🄌
	if (cp >= 0x24eb && cp <= 0x24f4) return cp - 0x24eb + 11; // ⓫-⓴
	if (cp >= 0x24f5 && cp <= 0x24fe) return cp - 0x24f5 + 1; // ⓵-⓾
	if (cp >= 0x2776 && cp <= 0x277f) return cp - 0x2776 + 1; // ❶-❿
	if (cp >= 0x2780 && cp <= 0x2789) return cp - 0x2780 + 1; // ➀-➉
	if (cp >= 0x278a && cp <= 0x2793) return cp - 0x278a + 1; // ➊-➓
	return -1;
}

/** 1 = filled star, 2 = empty star, 0 = not a star. */
function starKind(cp: number): number {
	switch (cp) {
		case 0x2b50: // ⭐
		case 0x2605: // ★
		case 0x1f31f: // 🌟
		case 0x272d: // ✭
		case 0x272e: // ✮
		case 0x272f: // ✯
		case 0x272a: // ✪
		case 0x2b51: // ⭑
			return 1;
		case 0x2606: // ☆
		case 0x2729: // ✩
		case 0x2b52: // ⭒
			return 2;
		default:
			return 0;
	}
}

function cpAt(text: string, i: number, to: number): number {
	const c = text.charCodeAt(i);
	if (c >= 0xd800 && c <= 0xdbff && i + 1 < to) {
		const d = text.charCodeAt(i + 1);
		if (d >= 0xdc00 && d <= 0xdfff) return (c - 0xd800) * 0x400 + (d - 0xdc00) + 0x10000;
	}
	return c;
}

// Token objects are pooled and reused by `tokenize` calls that pass `pooled = true` (the parser, which is
// synchronous and never keeps tokens after it returns).
const pool: Tok[] = [];
let pooling = false;

function push(
	out: Tok[],
	k: number,
	s: number,
	e: number,
	v: number,
	n: number,
	x: WordEntry,
): void {
	const w = x.w;
	if (pooling) {
		const idx = out.length;
		// within bounds only, and grown by one at its end (never holey): a reply longer than any before must
		// not deoptimise the tokenizer
		let t = idx < pool.length ? pool[idx] : undefined;
		if (t === undefined) {
			t = { k, s, e, v, n, w, x };
			if (idx === pool.length && idx < 4096) pool.push(t);
		} else {
			t.k = k;
			t.s = s;
			t.e = e;
			t.v = v;
			t.n = n;
			t.w = w;
			t.x = x;
		}
		out.push(t);
		return;
	}
	out.push({ k, s, e, v, n, w, x });
}

/**
 * Append the tokens of `text[from, to)` to `out`. Linear in `to - from`. With `pooled`, token objects
 * are recycled from a module pool indexed by position in `out`: the caller must not keep them across calls.
 */
export function tokenize(text: string, from: number, to: number, out: Tok[], pooled = false): void {
	pooling = pooled;
	try {
		scan(text, from, to, out);
	} finally {
		pooling = false;
	}
}

/** Append the boundary where an over-long reply was cut ({@link K_BREAK}), from the same pool as `tokenize`. */
export function pushBreak(out: Tok[], s: number, e: number): void {
	pooling = true;
	try {
		push(out, K_BREAK, s, e, 0, 0, NO_WORD);
	} finally {
		pooling = false;
	}
}

function scan(text: string, from: number, to: number, out: Tok[]): void {
	let i = from;
	while (i < to) {
		const cp = cpAt(text, i, to);
		const len = cp > 0xffff ? 2 : 1;
		// Keycaps: [0-9#*] FE0F? 20E3
		if ((cp >= 0x30 && cp <= 0x39) || cp === 0x23 || cp === 0x2a) {
			let j = i + 1;
			if (j < to && text.charCodeAt(j) === 0xfe0f) j++;
			if (j < to && text.charCodeAt(j) === 0x20e3) {
				push(out, K_KEY, i, j + 1, cp >= 0x30 && cp <= 0x39 ? cp - 0x30 : -1, 1, NO_WORD);
				i = j + 1;
				continue;
			}
		}
		const cls = charClass(cp);
		if (cls === C_DIGIT) {
			let j = i;
			let v = 0;
			let n = 0;
			while (j < to) {
				const c2 = cpAt(text, j, to);
				if (charClass(c2) !== C_DIGIT) break;
				// A keycap digit ends the run ("55️⃣" is 5 then a keycap).
				if (c2 < 0x80 && j + 1 < to) {
					const nx = text.charCodeAt(j + 1);
					if (nx === 0x20e3 || (nx === 0xfe0f && j + 2 < to && text.charCodeAt(j + 2) === 0x20e3))
						break;
				}
				if (n < 9) v = v * 10 + digitValue(c2);
				n++;
				j += c2 > 0xffff ? 2 : 1;
			}
			if (j === i) {
				// unreachable in practice (keycap split); consume one char as punctuation
				push(out, K_P, i, i + len, cp, 1, NO_WORD);
				i += len;
				continue;
			}
			push(out, K_DIG, i, j, n > 9 ? -1 : v, n, NO_WORD);
			i = j;
			continue;
		}
		if (cls === C_SPACE) {
			let j = i + len;
			while (j < to) {
				const c2 = cpAt(text, j, to);
				if (charClass(c2) !== C_SPACE) break;
				j += c2 > 0xffff ? 2 : 1;
			}
			push(out, K_SP, i, j, 0, 0, NO_WORD);
			i = j;
			continue;
		}
		if (cls === C_LETTER) {
			let j = i + len;
			// plain ASCII words (letters and `'`) need no Unicode normalisation
			let ascii = cp < 0x80;
			// the word's hash for its entry look-up (see wordHash), over the UTF-16 units as they are read
			let h = Math.imul(WORD_HASH_SEED ^ text.charCodeAt(i), WORD_HASH_PRIME);
			if (len === 2) h = Math.imul(h ^ text.charCodeAt(i + 1), WORD_HASH_PRIME);
			while (j < to) {
				const c2 = cpAt(text, j, to);
				const k2 = charClass(c2);
				if (k2 === C_LETTER) {
					if (c2 >= 0x80) ascii = false;
					h = Math.imul(h ^ text.charCodeAt(j), WORD_HASH_PRIME);
					if (c2 > 0xffff) {
						h = Math.imul(h ^ text.charCodeAt(j + 1), WORD_HASH_PRIME);
						j += 2;
					} else j++;
					continue;
				}
				// inner apostrophe: letter ' letter
				if (isApostrophe(c2) && j + 1 < to && charClass(cpAt(text, j + 1, to)) === C_LETTER) {
					if (c2 !== 0x27) ascii = false;
					h = Math.imul(h ^ c2, WORD_HASH_PRIME);
					j += 1;
					continue;
				}
				break;
			}
			push(out, K_WORD, i, j, 0, 0, wordEntry(text, i, j, ascii, h));
			i = j;
			continue;
		}
		if (cls === C_HAN) {
			push(out, K_HAN, i, i + len, cp, 1, hanEntry(cp));
			i += len;
			continue;
		}
		const sk = starKind(cp);
		if (sk !== 0) {
			let j = i;
			let filled = 0;
			let all = 0;
			let end = i;
			while (j < to) {
				const c2 = cpAt(text, j, to);
				const k2 = starKind(c2);
				if (k2 !== 0) {
					if (k2 === 1) filled++;
					all++;
					j += c2 > 0xffff ? 2 : 1;
					if (j < to && text.charCodeAt(j) === 0xfe0f) j++;
					end = j;
					continue;
				}
				// single spaces between stars: "★ ★ ★"
				if ((c2 === 0x20 || c2 === 0xa0) && j + 1 < to && starKind(cpAt(text, j + 1, to)) !== 0) {
					j++;
					continue;
				}
				break;
			}
			push(out, K_STAR, i, end, filled > 99 ? 99 : filled, all > 99 ? 99 : all, NO_WORD);
			i = end;
			continue;
		}
		if (cp === 0x1f51f) {
			// 🔟
			let j = i + 2;
			if (j < to && text.charCodeAt(j) === 0xfe0f) j++;
			push(out, K_KEY, i, j, 10, 1, NO_WORD);
			i = j;
			continue;
		}
		const cv = circledValue(cp);
		if (cv >= 0) {
			let j = i + len;
			if (j < to && text.charCodeAt(j) === 0xfe0f) j++;
			push(out, K_CIRC, i, j, cv, 1, NO_WORD);
			i = j;
			continue;
		}
		push(out, K_P, i, i + len, cp, 1, NO_WORD);
		i += len;
	}
}
