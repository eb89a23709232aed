// Character classes and word normalisation for the reply parser. Pure, table driven, no allocation per
// character: BMP classes are computed lazily per 256-code-point block and cached for the process lifetime.

/** Character class: anything else (punctuation, symbols, emoji). */
export const C_OTHER = 0;
/** Letters and combining marks (word characters), except Han/kana. */
export const C_LETTER = 1;
/** Han ideographs and Japanese kana: every one is a token of its own. */
export const C_HAN = 2;
/** White space, bidi controls and zero-width characters. */
export const C_SPACE = 3;
/** Unicode decimal digits (General Category Nd). */
export const C_DIGIT = 4;

// First code point ("zero") of every block of Unicode decimal digits, ascending.
const DIGIT_ZEROS: readonly number[] = [
	0x30, 0x660, 0x6f0, 0x7c0, 0x966, 0x9e6, 0xa66, 0xae6, 0xb66, 0xbe6, 0xc66, 0xce6, 0xd66, 0xde6,
	0xe50, 0xed0, 0xf20, 0x1040, 0x1090, 0x17e0, 0x1810, 0x1946, 0x19d0, 0x1a80, 0x1a90, 0x1b50,
	0x1bb0, 0x1c40, 0x1c50, 0xa620, 0xa8d0, 0xa900, 0xa9d0, 0xa9f0, 0xaa50, 0xabf0, 0xff10, 0x104a0,
	0x10d30, 0x10d40, 0x11066, 0x110f0, 0x11136, 0x111d0, 0x112f0, 0x11450, 0x114d0, 0x11650, 0x116c0,
	0x116d0, 0x11730, 0x118e0, 0x11950, 0x11bf0, 0x11c50, 0x11d50, 0x11da0, 0x11de0, 0x11f50, 0x16130,
	0x16a60, 0x16ac0, 0x16b50, 0x16d70, 0x1ccf0, 0x1e140, 0x1e2f0, 0x1e4f0, 0x1e5f1, 0x1e950, 0x1fbf0,
];

const RE_LETTER = /^[\p{L}\p{M}]$/u;
const RE_DIGIT = /^\p{Nd}$/u;
const RE_SPACE = /^\s$/u;
const RE_HAN = /^[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}]$/u;

/** Class of each BMP code point, computed on first sight of that code point (0xff: not yet known). */
const bmp = new Uint8Array(0x10000).fill(0xff);

function classifySlow(cp: number): number {
	// Emoji presentation selectors, ZWJ, the keycap combiner and skin tones belong to emoji, not words.
	if (
		(cp >= 0xfe00 && cp <= 0xfe0f) ||
		cp === 0x200d ||
		cp === 0x20e3 ||
		(cp >= 0x1f3fb && cp <= 0x1f3ff)
	) {
		return C_OTHER;
	}
	if (
		cp === 0x200b ||
		cp === 0x200c ||
		cp === 0x200e ||
		cp === 0x200f ||
		cp === 0x061c ||
		cp === 0x2060 ||
		cp === 0xfeff ||
		(cp >= 0x202a && cp <= 0x202e) ||
		(cp >= 0x2066 && cp <= 0x2069)
	) {
		return C_SPACE;
	}
	if (cp >= 0xd800 && cp <= 0xdfff) return C_OTHER; // lone surrogate
	const ch = String.fromCodePoint(cp);
	if (RE_SPACE.test(ch)) return C_SPACE;
	if (RE_DIGIT.test(ch)) return C_DIGIT;
	if (cp === 0x3007 || RE_HAN.test(ch)) return C_HAN;
	if (RE_LETTER.test(ch)) return C_LETTER;
	return C_OTHER;
}

// Compile the Unicode-property regexes once at load (a letter, a digit, a Han character, a space), so that the
// first reply with unusual characters does not pay for building their tables.
classifySlow(0x0430);
classifySlow(0x0660);
classifySlow(0x4e00);
classifySlow(0x2028);
classifySlow(0x2603);

/** Class of the astral code points seen so far (bounded). */
const astral = new Map<number, number>();

/** Class of a code point (see the `C_*` constants). */
export function charClass(cp: number): number {
	if (cp < 0x80) {
		if (cp >= 0x30 && cp <= 0x39) return C_DIGIT;
		if ((cp >= 0x61 && cp <= 0x7a) || (cp >= 0x41 && cp <= 0x5a)) return C_LETTER;
		if (cp === 0x20 || (cp >= 0x09 && cp <= 0x0d)) return C_SPACE;
		return C_OTHER;
	}
	if (cp > 0xffff) {
		// emoji and other astral characters: remembered too (the slow path runs Unicode-property regexes)
		let a = astral.get(cp);
		if (a === undefined) {
			a = classifySlow(cp);
			if (astral.size >= 4096) astral.clear();
			astral.set(cp, a);
		}
		return a;
	}
	// per code point, not per block: a first reply of 10 KB of random UTF-16 must not classify 65,536 of them
	let c = bmp[cp];
	if (c === 0xff) {
		c = classifySlow(cp);
		bmp[cp] = c;
	}
	return c;
}

/** Numeric value (0-9) of a decimal-digit code point, or -1. */
export function digitValue(cp: number): number {
	if (cp >= 0x30 && cp <= 0x39) return cp - 0x30;
	if (cp >= 0x1d7ce && cp <= 0x1d7ff) return (cp - 0x1d7ce) % 10; // mathematical digits: 5 blocks
	let lo = 0;
	let hi = DIGIT_ZEROS.length - 1;
	while (lo <= hi) {
		const mid = (lo + hi) >> 1;
		const z = DIGIT_ZEROS[mid];
		if (cp < z) hi = mid - 1;
		else if (cp > z + 9) lo = mid + 1;
		else return cp - z;
	}
	// A digit block newer than the table: every block starts at its zero and is a multiple of 10 long.
	if (charClass(cp) !== C_DIGIT) return -1;
	let k = 0;
	while (k < 40 && charClass(cp - k - 1) === C_DIGIT) k++;
	return k % 10;
}

/** True for the characters we treat as an apostrophe inside a word (`to'rt`, `i’d`, `to‘rt`). */
export function isApostrophe(cp: number): boolean {
	return (
		cp === 0x27 ||
		cp === 0x2019 ||
		cp === 0x2018 ||
		cp === 0x2bc ||
		cp === 0x60 ||
		cp === 0xb4 ||
		cp === 0x2b9
	);
}

const RE_NON_ASCII = /[\u0080-\uffff]/;
const RE_MN = /\p{Mn}/gu;
const RE_APOS = /[’‘ʻʼ`´ʹ]/g;
const FOLD_MAP: Readonly<Record<string, string>> = {
	đ: 'd',
	ı: 'i',
	ى: 'ي',
	ی: 'ي',
	ک: 'ك',
	ـ: '',
	ł: 'l',
	ø: 'o',
};
const RE_FOLD = /[đıىیکـłø]/g;
/** Anything {@link RE_MN}, {@link RE_APOS} or {@link RE_FOLD} would change (no `g`: a plain test). */
const RE_ANY_FOLD = /[\p{Mn}’‘ʻʼ`´ʹđıىیکـłø]/u;

const normCache = new Map<string, string>();

/**
 * Normalised form of a word for dictionary look-ups: lower case, combining marks (accents, Arabic
 * harakat, breves) removed, apostrophes unified to `'`, a few letters folded (`đ`→`d`, `ı`→`i`,
 * Persian/Arabic `ی`/`ى`→`ي`). Tables are built with the same function, so `пятёрка`/`пятерка`,
 * `beş`/`bes`, `năm`/`nam`, `إلغاء`/`الغاء` meet.
 */
export function normWord(raw: string): string {
	const cached = normCache.get(raw);
	if (cached !== undefined) return cached;
	let w = raw.toLowerCase();
	if (RE_NON_ASCII.test(w)) {
		w = w.normalize('NFD');
		// most words have nothing to remove or fold: one test instead of three replacements
		if (RE_ANY_FOLD.test(w))
			w = w
				.replace(RE_MN, '')
				.replace(RE_APOS, "'")
				.replace(RE_FOLD, (c) => FOLD_MAP[c] ?? c);
	} else if (w.indexOf('`') >= 0) {
		w = w.replace(RE_APOS, "'");
	}
	if (normCache.size >= 8192) normCache.clear();
	normCache.set(raw, w);
	return w;
}

/** Normalise a whole phrase for substring matching: {@link normWord} plus collapsed white space. */
export function foldText(raw: string): string {
	let w = raw.toLowerCase();
	if (RE_NON_ASCII.test(w)) {
		w = w
			.normalize('NFD')
			.replace(RE_MN, '')
			.replace(RE_APOS, "'")
			.replace(RE_FOLD, (c) => FOLD_MAP[c] ?? c);
	}
	return w.replace(RE_WS_RUN, ' ');
}
const RE_WS_RUN = /[\s\u200b-\u200f\u202a-\u202e\u2066-\u2069\u061c\u2060\ufeff]+/g;

/** Separator characters trimmed from both ends of a comment (README: whitespace, bidi marks and `,;:-–—()/|，、：；`). */
export function isSeparatorCp(cp: number): boolean {
	switch (cp) {
		case 0x2c: // ,
		case 0x3b: // ;
		case 0x3a: // :
		case 0x2d: // -
		case 0x2013: // –
		case 0x2014: // —
		case 0x2012: // ‒
		case 0x2015: // ―
		case 0x2010: // ‐
		case 0x2212: // −
		case 0x28: // (
		case 0x29: // )
		case 0x2f: // /
		case 0x7c: // |
		case 0xff0c: // ，
		case 0x3001: // 、
		case 0xff1a: // ：
		case 0xff1b: // ；
		case 0xff08: // （
		case 0xff09: // ）
		case 0xff0f: // ／
		case 0xff5c: // ｜
		case 0x060c: // ، Arabic comma
		case 0x061b: // ؛ Arabic semicolon
		case 0x200d: // a zero-width joiner left at an edge joins nothing
			return true;
		default:
			return charClass(cp) === C_SPACE;
	}
}

/** First index in `s[from, to)` that is not a comment separator (`to` if none). */
export function sepStart(s: string, from: number, to: number): number {
	let a = from;
	while (a < to) {
		const cp = s.codePointAt(a) as number;
		if (!isSeparatorCp(cp)) break;
		a += cp > 0xffff ? 2 : 1;
	}
	return a;
}

/** End (exclusive) of `s[from, to)` without its trailing comment separators (`from` if none is left). */
export function sepEnd(s: string, from: number, to: number): number {
	let b = to;
	while (b > from) {
		let cp = s.charCodeAt(b - 1);
		let w = 1;
		if (cp >= 0xdc00 && cp <= 0xdfff && b - 2 >= from) {
			const hi = s.charCodeAt(b - 2);
			if (hi >= 0xd800 && hi <= 0xdbff) {
				cp = (hi - 0xd800) * 0x400 + (cp - 0xdc00) + 0x10000;
				w = 2;
			}
		}
		if (!isSeparatorCp(cp)) break;
		b -= w;
	}
	return b;
}

/** Trim comment separators from both ends of `s[from, to)` and return the slice. */
export function trimSeparators(s: string, from = 0, to = s.length): string {
	const a = sepStart(s, from, to);
	return s.slice(a, sepEnd(s, a, to));
}
