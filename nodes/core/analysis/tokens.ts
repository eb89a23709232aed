/**
 * Tokens of a spaced-language comment: lower-cased words with their offsets and clause numbers (punctuation
 * and contrast words split clauses), each with what the lexicon says of the word (negator, absence word, …)
 * and the entries it starts, looked up once per token.
 */
import {
	C_LETTER,
	C_NUMBER,
	C_OTHER,
	charTable,
	classAt,
	lowerCase,
	pairAt,
	runEnd,
	SCANNER_WARM_UP,
} from './chars';
import { W_CONTRAST, W_NEGATOR, type CompiledLexicon, type Entry, type WordInfo } from './compile';

export interface Token {
	w: string;
	start: number;
	end: number;
	clause: number;
	/** The word's `W_*` bits. */
	flags: number;
	/** Entries whose first part is this whole word (undefined: none). */
	entries: Entry[] | undefined;
}

/** Apostrophes inside a word ("don't", "o‘z"); ʻ and ʼ are letters themselves. */
const WORD_APOSTROPHES = charTable("'\u2019\u2018\u02bb\u02bc`");
const APOSTROPHES = /[’‘ʻʼ`]/g;
const BOUNDARY_CHARS = charTable('.!?;:,()[]{}\n…。！？；，、：（）|/');
const DASHES = charTable('-–—');
const SPACE = 0x20;
const NO_WORD: WordInfo = { flags: 0, entries: undefined };

function lowerToken(s: string, turkish: boolean): string {
	const l = turkish ? s.toLocaleLowerCase('tr') : s.toLowerCase();
	return l.replace(/ё/g, 'е').replace(APOSTROPHES, "'");
}

/** Whether a word is a negator by its form: a `n't` ending or a negator prefix ("не*"). */
function negatorByForm(lex: CompiledLexicon, w: string): boolean {
	if (w.endsWith("n't")) return true;
	for (const p of lex.negatorPrefixes) if (w.startsWith(p)) return true;
	return false;
}

function isDigit(text: string, k: number): boolean {
	const c = text.charCodeAt(k);
	return c >= 48 && c <= 57;
}

/** Whether the text between two tokens ends a clause (punctuation, or a dash between spaces). */
function isBoundary(text: string, from: number, to: number): boolean {
	// A decimal or thousands separator ("2,6 %", "1.5") joins its digits.
	if (to === from + 1 && (text[from] === ',' || text[from] === '.') && isDigit(text, from - 1))
		if (isDigit(text, to)) return false;
	for (let k = from; k < to; k++) {
		const c = text.charCodeAt(k);
		if (BOUNDARY_CHARS[c] === 1) return true;
		if (
			DASHES[c] === 1 &&
			k > from &&
			k + 1 < to &&
			text.charCodeAt(k - 1) === SPACE &&
			text.charCodeAt(k + 1) === SPACE
		)
			return true;
	}
	return false;
}

/**
 * End of the token starting at `i` of class `cls` (letter or number): a run of letters and marks with
 * apostrophes inside ("don't"), or a run of digits (`[\p{L}\p{M}]+(?:['’‘ʻʼ`][\p{L}\p{M}]+)*|\p{N}+`).
 */
function tokenEnd(text: string, i: number, cls: number): number {
	if (cls === C_NUMBER) return runEnd(text, i, C_NUMBER);
	let end = runEnd(text, i, C_LETTER);
	while (
		end + 1 < text.length &&
		WORD_APOSTROPHES[text.charCodeAt(end)] === 1 &&
		classAt(text, end + 1) === C_LETTER
	)
		end = runEnd(text, end + 1, C_LETTER);
	return end;
}

/** Tokens of a spaced-language comment with clause numbers (punctuation and contrast words split). */
export function tokenize(text: string, lex: CompiledLexicon, turkish: boolean): Token[] {
	const out: Token[] = [];
	let clause = 0;
	let last = 0;
	// Lower-case once when that keeps every offset (almost always); else per token.
	const folded = turkish ? text.toLocaleLowerCase('tr') : lowerCase(text);
	const whole =
		folded.length === text.length ? folded.replace(/ё/g, 'е').replace(APOSTROPHES, "'") : null;
	const words = lex.words;
	const n = text.length;
	for (let i = 0; i < n; ) {
		const cls = classAt(text, i);
		if (cls === C_OTHER) {
			i += pairAt(text, i) ? 2 : 1;
			continue;
		}
		const start = i;
		i = tokenEnd(text, i, cls);
		if (start > last && isBoundary(text, last, start)) clause++;
		last = i;
		const w = whole !== null ? whole.slice(start, i) : lowerToken(text.slice(start, i), turkish);
		const info = words.get(w) ?? NO_WORD;
		let flags = info.flags;
		if (flags & W_CONTRAST) {
			clause++;
			continue;
		}
		if ((flags & W_NEGATOR) === 0 && negatorByForm(lex, w)) flags |= W_NEGATOR;
		out.push({ w, start, end: i, clause, flags, entries: info.entries });
	}
	return out;
}

// The tokenizer's branches taken once at load (see SCANNER_WARM_UP).
tokenize(
	SCANNER_WARM_UP,
	{ words: new Map<string, WordInfo>(), negatorPrefixes: [] as string[] } as CompiledLexicon,
	false,
);
