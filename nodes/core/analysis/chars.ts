/**
 * Character classes for the word scanners (comment tokens, language detection): letter or mark
 * (`\p{L}\p{M}`), number (`\p{N}`) or other, per code point. Each class is asked of the Unicode regular
 * expressions once per code unit and then read from a table, so scanning a comment is a plain loop over its
 * characters instead of one regular-expression match (and one match array) per word.
 */

/** Class of a code point: other (punctuation, space, symbol, lone surrogate). */
export const C_OTHER = 1;
/** Class of a code point: letter or combining mark. */
export const C_LETTER = 2;
/** Class of a code point: number (any script). */
export const C_NUMBER = 3;

const LETTER = /^[\p{L}\p{M}]$/u;
const NUMBER = /^\p{N}$/u;
/** Most astral code points remembered (the rest are classified each time). */
const MAX_ASTRAL = 4096;

/** 0 = not classified yet. */
const units = new Uint8Array(0x10000);
const astral = new Map<number, number>();

function classify(s: string): number {
	return LETTER.test(s) ? C_LETTER : NUMBER.test(s) ? C_NUMBER : C_OTHER;
}

/**
 * Every branch of the scanners taken once at load (letters, digits, other, lone and paired surrogates, astral
 * letters): a first comment made of lone surrogates would otherwise send the optimised scanning loops back to
 * the interpreter in the middle of a long text.
 */
export const SCANNER_WARM_UP = 'Aa я1٣ .\uD800x\uDC00\uD835\uDC00\uD83D\uDE00好\u0301’a';

/** Whether a surrogate pair starts at `i`. */
export function pairAt(text: string, i: number): boolean {
	const c = text.charCodeAt(i);
	if (c < 0xd800 || c > 0xdbff || i + 1 >= text.length) return false;
	const d = text.charCodeAt(i + 1);
	return d >= 0xdc00 && d <= 0xdfff;
}

/** Class of a BMP code unit (not a surrogate), classified once and then read from the table. */
function unitClass(c: number): number {
	let k = units[c];
	if (k === 0) {
		k = classify(String.fromCharCode(c));
		units[c] = k;
	}
	return k;
}

/** Class of the code point starting at `i` (a lone surrogate is {@link C_OTHER}). */
export function classAt(text: string, i: number): number {
	const c = text.charCodeAt(i);
	if (c < 0xd800 || c > 0xdfff) return unitClass(c);
	if (!pairAt(text, i)) return C_OTHER;
	const cp = ((c - 0xd800) << 10) + (text.charCodeAt(i + 1) - 0xdc00) + 0x10000;
	let k = astral.get(cp);
	if (k === undefined) {
		k = classify(text.slice(i, i + 2));
		if (astral.size < MAX_ASTRAL) astral.set(cp, k);
	}
	return k;
}

/** End of the run of code points of class `cls` starting at `i` (`i` itself when none). */
export function runEnd(text: string, i: number, cls: number): number {
	let j = i;
	const n = text.length;
	while (j < n) {
		const c = text.charCodeAt(j);
		if (c < 0xd800 || c > 0xdfff) {
			// A BMP code unit, read from the table (the common case, without the surrogate checks).
			if (unitClass(c) !== cls) break;
			j++;
		} else {
			if (classAt(text, j) !== cls) break;
			j += pairAt(text, j) ? 2 : 1;
		}
	}
	return j;
}

/** 1 for the UTF-16 code units of `chars`, 0 for every other: a set of characters read by char code. */
export function charTable(chars: string): Uint8Array {
	const table = new Uint8Array(0x10000);
	for (let i = 0; i < chars.length; i++) table[chars.charCodeAt(i)] = 1;
	return table;
}

/**
 * Per UTF-16 code unit: 0 = not looked at yet; -1 = lower-cased only with its context or into several units
 * (Σ by its place in the word, İ into two units, surrogates in pairs); else its lower-case unit + 1.
 */
const lowerUnits = new Int32Array(0x10000);
const CAPITAL_SIGMA = 0x3a3;
/** Most changed units spliced in one by one; a text with more is lower-cased whole. */
const MAX_SPLICED = 32;

function lowerUnit(c: number): number {
	let k = lowerUnits[c];
	if (k === 0) {
		if ((c >= 0xd800 && c <= 0xdfff) || c === CAPITAL_SIGMA) k = -1;
		else {
			const l = String.fromCharCode(c).toLowerCase();
			k = l.length === 1 ? l.charCodeAt(0) + 1 : -1;
		}
		lowerUnits[c] = k;
	}
	return k;
}

/**
 * `text.toLowerCase()`: the few capitals of a comment replaced one by one, which for non-Latin scripts is
 * several times faster than the full Unicode case mapping; context-dependent units (Σ, İ, surrogates) and
 * texts with many capitals take `toLowerCase` itself.
 */
function foldLower(text: string): string {
	let out = '';
	let from = 0;
	let spliced = 0;
	const n = text.length;
	for (let i = 0; i < n; i++) {
		const c = text.charCodeAt(i);
		const k = lowerUnit(c);
		if (k === c + 1) continue;
		if (k < 0 || ++spliced > MAX_SPLICED) return text.toLowerCase();
		out += text.slice(from, i) + String.fromCharCode(k - 1);
		from = i + 1;
	}
	return from === 0 ? text : out + text.slice(from);
}

let lastText = '';
let lastLower = '';

/**
 * `text.toLowerCase()`, remembering the last text: detecting a comment's language and then matching it
 * lower-case the same text, which is the slow part of both for non-Latin scripts.
 */
export function lowerCase(text: string): string {
	if (text !== lastText) {
		lastLower = foldLower(text);
		lastText = text;
	}
	return lastLower;
}

for (let i = 0; i < SCANNER_WARM_UP.length; i++) {
	classAt(SCANNER_WARM_UP, i);
	pairAt(SCANNER_WARM_UP, i);
	runEnd(SCANNER_WARM_UP, i, C_LETTER);
	runEnd(SCANNER_WARM_UP, i, C_NUMBER);
}
