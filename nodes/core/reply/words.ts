// What the reply parser knows about one word: its normalised form and, looked up once when the word is first
// seen, its place in every word table (bits), its number-word meaning and its language vote. The tokenizer
// gives every token the entry of its `w`, so the phrase rules test bits instead of looking the word up in a
// dozen sets per reply.
import { normWord } from './chars';
import {
	ABBREVIATIONS,
	DENOM_WORDS,
	DOTTED_MONTHS,
	FINAL_PARTICLES,
	GRADE_ENDINGS,
	HAN,
	CONDITIONALS,
	DEDUCT_POST,
	SUBJUNCTIVES,
	HYPO_PAIRS,
	HYPO_POST,
	HYPO_WORDS,
	INVERTED_UNITS,
	LANGUAGE_HINTS,
	NEGATIONS,
	NUMBER_WORDS,
	type NumberWord,
	OPT_OUT_FILLER,
	OPT_OUT_OBJECTS,
	OR_WORDS,
	OWN_WORDS,
	POST_FRAME,
	POST_FRAME_NEG,
	PRE_CORE,
	PRE_EXCLUDE,
	PRE_HELP,
	RATING_NOUNS,
	REV_DENOM_WORDS,
	SCALE_NOUNS,
	SCALE_WORDS,
	SUF_FRAME,
	UNIT_STEMS,
	UNIT_WORDS,
	WEAK_CORES,
} from './lexicon';

// Word-table bits (`WordEntry.f`): the word is in that table.
export const W_PRE_CORE = 1 << 0;
export const W_PRE_HELP = 1 << 1;
export const W_POST_FRAME = 1 << 2;
export const W_POST_FRAME_NEG = 1 << 3;
export const W_RATING_NOUN = 1 << 4;
export const W_SUF_FRAME = 1 << 5;
export const W_GRADE_ENDING = 1 << 6;
export const W_DENOM = 1 << 7;
export const W_REV_DENOM = 1 << 8;
export const W_OR = 1 << 9;
export const W_PRE_EXCLUDE = 1 << 10;
export const W_HYPO = 1 << 11;
/** first word of a hypothetical pair ("would" of "would have") */
export const W_HYPO_FIRST = 1 << 12;
export const W_HYPO_POST = 1 << 13;
export const W_NEGATION = 1 << 14;
/** a unit word, or a word starting with a unit stem */
export const W_UNIT = 1 << 15;
export const W_INVERTED_UNIT = 1 << 16;
export const W_DOTTED_MONTH = 1 << 17;
export const W_WEAK_CORE = 1 << 18;
export const W_ABBREVIATION = 1 << 19;
export const W_OPT_OUT_FILLER = 1 << 20;
/** an object pronoun or adverb allowed inside an opt-out phrase */
export const W_OPT_OUT_OBJECT = 1 << 21;
/** the folded form of a sentence-final particle ("nhé") */
export const W_FINAL_KEY = 1 << 22;
/** a word opening a condition ("если", "if") */
export const W_CONDITIONAL = 1 << 23;
/** a subjunctive particle or auxiliary ("бы", "would") */
export const W_SUBJUNCTIVE = 1 << 24;
/** a word after a number or its unit that makes it a deduction ("one star off") */
export const W_DEDUCT_POST = 1 << 25;
/** a word after a number that makes it the size of a scale ("5 ballik", "5-point", "5-балльной") */
export const W_SCALE_WORD = 1 << 26;
/** the noun of a scale statement ("tizimda", "scale", "шкале") */
export const W_SCALE_NOUN = 1 << 27;

// Han-table bits (`WordEntry.h`): the character is in that table.
export const H_CORE = 1 << 0;
export const H_REVIEW = 1 << 1;
export const H_HELP = 1 << 2;
export const H_PARTICLE = 1 << 3;
export const H_FINAL = 1 << 4;
export const H_STAR_OK = 1 << 5;
export const H_UNIT = 1 << 6;
export const H_PRE_EXCLUDE = 1 << 7;
export const H_OR = 1 << 8;
export const H_DEDUCT = 1 << 9;

/** Languages that vote in `detectLanguage`, by index. */
export const LANGS = ['en', 'ru', 'uz', 'kk', 'es', 'pt', 'de', 'fr', 'tr', 'ar', 'id', 'vi', 'hi'];

export interface WordEntry {
	/** the normalised word (a token's `w`) */
	readonly w: string;
	/** word-table bits (`W_*`) */
	readonly f: number;
	/** Han-table bits (`H_*`) */
	readonly h: number;
	/** the number word, if it is one */
	readonly num: NumberWord | undefined;
	/** the language it votes for (an index into {@link LANGS}), or -1 */
	readonly lang: number;
	/** the languages it counts in (see OWN_WORDS), or undefined when all */
	readonly own: ReadonlySet<string> | undefined;
	/** the opt-out configuration `of`/`seqs` were computed for (set by the opt-out check) */
	oc: object | null;
	/** opt-out bits for `oc` */
	of: number;
	/** opt-out phrases starting with this word, for `oc` */
	seqs: readonly (readonly string[])[] | undefined;
	/** CJK opt-out keywords starting with this character, for `oc` */
	cjk: readonly string[] | undefined;
}

const HYPO_FIRST: ReadonlySet<string> = new Set(HYPO_PAIRS.map(([a]) => a));
const OBJECTS: ReadonlySet<string> = new Set(OPT_OUT_OBJECTS.map((w) => normWord(w)));
/** The particles in their folded form: a cheap first test before the exact one. */
const FINAL_KEYS: ReadonlySet<string> = new Set(Array.from(FINAL_PARTICLES, (w) => normWord(w)));

const LANG_INDEX = new Map<string, number>(LANGS.map((l, i) => [l, i]));
/** normalised word → language index (hints first, then number words) */
const WORD_LANG = new Map<string, number>();
for (const [w, l] of Object.entries(LANGUAGE_HINTS)) {
	const i = LANG_INDEX.get(l);
	if (i !== undefined) WORD_LANG.set(w, i);
}
for (const [w, nw] of NUMBER_WORDS) {
	const i = LANG_INDEX.get(nw.lang);
	if (i !== undefined && !WORD_LANG.has(w)) WORD_LANG.set(w, i);
}

export const WORD_TABLES: readonly (readonly [ReadonlySet<string>, number])[] = [
	[PRE_CORE, W_PRE_CORE],
	[PRE_HELP, W_PRE_HELP],
	[POST_FRAME, W_POST_FRAME],
	[POST_FRAME_NEG, W_POST_FRAME_NEG],
	[RATING_NOUNS, W_RATING_NOUN],
	[SUF_FRAME, W_SUF_FRAME],
	[GRADE_ENDINGS, W_GRADE_ENDING],
	[DENOM_WORDS, W_DENOM],
	[REV_DENOM_WORDS, W_REV_DENOM],
	[OR_WORDS, W_OR],
	[PRE_EXCLUDE, W_PRE_EXCLUDE],
	[HYPO_WORDS, W_HYPO],
	[HYPO_FIRST, W_HYPO_FIRST],
	[HYPO_POST, W_HYPO_POST],
	[NEGATIONS, W_NEGATION],
	[INVERTED_UNITS, W_INVERTED_UNIT],
	[DOTTED_MONTHS, W_DOTTED_MONTH],
	[WEAK_CORES, W_WEAK_CORE],
	[ABBREVIATIONS, W_ABBREVIATION],
	[OPT_OUT_FILLER, W_OPT_OUT_FILLER],
	[OBJECTS, W_OPT_OUT_OBJECT],
	[FINAL_KEYS, W_FINAL_KEY],
	[CONDITIONALS, W_CONDITIONAL],
	[SUBJUNCTIVES, W_SUBJUNCTIVE],
	[DEDUCT_POST, W_DEDUCT_POST],
	[SCALE_WORDS, W_SCALE_WORD],
	[SCALE_NOUNS, W_SCALE_NOUN],
];

export const HAN_TABLES: readonly (readonly [ReadonlySet<string>, number])[] = [
	[HAN.core, H_CORE],
	[HAN.review, H_REVIEW],
	[HAN.help, H_HELP],
	[HAN.particles, H_PARTICLE],
	[HAN.final, H_FINAL],
	[HAN.starOk, H_STAR_OK],
	[HAN.units, H_UNIT],
	[HAN.preExclude, H_PRE_EXCLUDE],
	[HAN.or, H_OR],
	[HAN.deduct, H_DEDUCT],
];

/** The unit stems by their first character: a word is tested only against the stems it could start with. */
const STEMS_BY_FIRST = new Map<string, string[]>();
for (const st of UNIT_STEMS) {
	const list = STEMS_BY_FIRST.get(st.charAt(0));
	if (list === undefined) STEMS_BY_FIRST.set(st.charAt(0), [st]);
	else list.push(st);
}

/** A unit word, or a word starting with one of the unit stems (`3 дням`, `2 saattir`). */
export function isUnitWord(w: string): boolean {
	if (UNIT_WORDS.has(w)) return true;
	const stems = STEMS_BY_FIRST.get(w.charAt(0));
	if (stems !== undefined) for (const st of stems) if (w.startsWith(st)) return true;
	return false;
}

/** What the tables say about one word they hold (the fields of its entry that do not change). */
interface Known {
	f: number;
	h: number;
	num: NumberWord | undefined;
	lang: number;
	own: ReadonlySet<string> | undefined;
}

/**
 * Every word some table holds, with all its bits, built once: a word seen for the first time costs one look-up
 * here (and the unit-stem test) instead of one per table. Words in no table get the empty bits.
 */
const KNOWN = new Map<string, Known>();
function known(w: string): Known {
	let k = KNOWN.get(w);
	if (k === undefined) {
		k = { f: 0, h: 0, num: undefined, lang: -1, own: undefined };
		KNOWN.set(w, k);
	}
	return k;
}
for (const [set, bit] of WORD_TABLES) for (const w of set) known(w).f |= bit;
for (const [set, bit] of HAN_TABLES) for (const w of set) known(w).h |= bit;
for (const [w, nw] of NUMBER_WORDS) known(w).num = nw;
for (const [w, i] of WORD_LANG) known(w).lang = i;
for (const [w, own] of OWN_WORDS) known(w).own = own;

function makeEntry(w: string): WordEntry {
	const k = KNOWN.get(w);
	const unit = isUnitWord(w) ? W_UNIT : 0;
	return {
		w,
		f: k === undefined ? unit : k.f | unit,
		h: k === undefined ? 0 : k.h,
		num: k?.num,
		lang: k === undefined ? -1 : k.lang,
		own: k?.own,
		oc: null,
		of: 0,
		seqs: undefined,
		cjk: undefined,
	};
}

/** The entry of tokens without a word (digits, spaces, punctuation, stars). */
export const NO_WORD: WordEntry = makeEntry('');

// Entries by the word as written (the letters of one token), in an open-addressing table hashed over the
// characters of the text (no string is cut out for a word seen before), and Han entries by code point. Bounded
// like the normalisation cache: a flood of distinct words only costs the look-ups the cache saves.
const CACHE_LIMIT = 8192;
const SLOTS = 16384;
/** a short probe: colliding words crafted against the fixed hash evict each other instead of piling up */
const PROBES = 8;
/** per slot: index + 1 into rawKeys/rawEntries, 0 = empty */
const slots = new Int32Array(SLOTS);
const rawKeys: string[] = [];
const rawEntries: WordEntry[] = [];

/**
 * FNV-1a over the UTF-16 units of a word (`h = imul(h ^ unit, PRIME)` from the seed), computed by the tokenizer
 * as it reads the word.
 */
export const WORD_HASH_SEED = 0x811c9dc5 | 0;
export const WORD_HASH_PRIME = 0x01000193;

/**
 * The entry of the word token `text[s, e)` with hash `h` (FNV-1a of its units, see WORD_HASH_SEED); `ascii`:
 * only ASCII letters and `'`, lower-cased without normalisation.
 */
export function wordEntry(
	text: string,
	s: number,
	e: number,
	ascii: boolean,
	h: number,
): WordEntry {
	const len = e - s;
	let slot = h & (SLOTS - 1);
	let free = -1;
	for (let p = 0; p < PROBES; p++) {
		const k = slots[slot];
		if (k === 0) {
			free = slot;
			break;
		}
		const raw = rawKeys[k - 1];
		if (raw.length === len && sameChars(raw, text, s)) return rawEntries[k - 1];
		slot = (slot + 1) & (SLOTS - 1);
	}
	if (rawKeys.length >= CACHE_LIMIT) {
		slots.fill(0);
		rawKeys.length = 0;
		rawEntries.length = 0;
		free = h & (SLOTS - 1);
	}
	const raw = text.slice(s, e);
	const x = makeEntry(ascii ? raw.toLowerCase() : normWord(raw));
	rawKeys.push(raw);
	rawEntries.push(x);
	slots[free >= 0 ? free : (h + PROBES - 1) & (SLOTS - 1)] = rawKeys.length;
	return x;
}

function sameChars(raw: string, text: string, s: number): boolean {
	for (let i = 0; i < raw.length; i++)
		if (raw.charCodeAt(i) !== text.charCodeAt(s + i)) return false;
	return true;
}

/** per BMP code point: index + 1 into hanEntries, 0 = not yet seen */
const hanSlots = new Uint16Array(0x10000);
const hanEntries: WordEntry[] = [];
const astralHan = new Map<number, WordEntry>();

/** The entry of a Han/kana token (one character, code point `cp`). */
export function hanEntry(cp: number): WordEntry {
	if (cp > 0xffff) {
		let a = astralHan.get(cp);
		if (a === undefined) {
			a = makeEntry(String.fromCodePoint(cp));
			if (astralHan.size >= CACHE_LIMIT) astralHan.clear();
			astralHan.set(cp, a);
		}
		return a;
	}
	const k = hanSlots[cp];
	if (k !== 0) return hanEntries[k - 1];
	if (hanEntries.length >= CACHE_LIMIT) {
		hanSlots.fill(0);
		hanEntries.length = 0;
	}
	const x = makeEntry(String.fromCharCode(cp));
	hanEntries.push(x);
	hanSlots[cp] = hanEntries.length;
	return x;
}
