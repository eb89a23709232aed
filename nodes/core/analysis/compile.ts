/**
 * Compiles an {@link AspectLexicon} into lookup tables: spaced languages index entries by their first
 * token (whole word or stem prefix); unspaced languages (zh, ja) index substrings by their first character.
 */
import { WordTrie } from './trie';
import type { AspectLexicon, AspectWords, CustomAspect } from './types';

/** What a matched entry means. */
export const K_INHERENT = 0;
export const K_TARGET = 1;
export const K_WEAK = 2;
export const K_OPINION = 3;
export const K_IGNORE = 4;
/** A general name (the business, its account or card): takes an opinion no other aspect's word takes. */
export const K_GENERAL = 5;
/** An irrealis marker ("якобы", "должен", "думал"): the opinions after it in its clause are not the writer's. */
export const K_IRREALIS = 6;

export interface Part {
	text: string;
	prefix: boolean;
}

export interface Entry {
	kind: number;
	/** Aspect id; '' for opinions. */
	aspect: string;
	/** +1 praise, -1 complaint, 0 target. */
	pol: number;
	/** Parts before the gap. */
	head: Part[];
	/** Parts after the gap (empty: no gap). */
	tail: Part[];
	/** Total characters, to prefer the longest entry. */
	weight: number;
	/** The entry holds its own negator ("не дозвон*"): a negator before it does not flip it again. */
	selfNegated: boolean;
	/**
	 * To skip entries cheaply: the first character code of the second head part (spaced), or the second
	 * character code of the head (unspaced); -1: none.
	 */
	second: number;
}

/** Bits of {@link WordInfo.flags}: what a whole word is to the lexicon. */
export const W_NEGATOR = 1;
export const W_ABSENCE = 2;
export const W_BLOCKER = 4;
export const W_CONTRAST = 8;
export const W_INTENSIFIER = 16;
/** A word of `negationGap`. */
export const W_GAP = 32;
export const W_EXCESS = 64;
/** Words of `sayVerbs`, `complementizers`, `comparisons` and `until` (clause-level negation scope). */
export const W_SAY = 128;
export const W_THAT = 256;
export const W_THAN = 512;
export const W_UNTIL = 1024;
/** A word of `channels` ("через"). */
export const W_CHANNEL = 2048;
/** A word of `rhetorical` ("разве"). */
export const W_RHETORICAL = 4096;
/** A word of `concord` ("ни"). */
export const W_CONCORD = 8192;

/** What the lexicon says of one whole word (spaced languages). */
export interface WordInfo {
	/** `W_*` bits. */
	flags: number;
	/** Entries whose first part is the word (`exact`); undefined: none. */
	entries: Entry[] | undefined;
}

export interface CompiledLexicon {
	unspaced: boolean;
	exact: Map<string, Entry[]>;
	/** Every word of `exact` and of the word sets below, with its bits: one look-up per token. */
	words: Map<string, WordInfo>;
	prefix: Map<string, Entry[]>;
	prefixLengths: number[];
	/** The stems of `prefix` as a trie (matching walks a word once); its values index `stemEntries` + 1. */
	stems: WordTrie;
	stemEntries: Entry[][];
	/** Unspaced: entries by the code of their first character, longest first. */
	byChar: Map<number, Entry[]>;
	/**
	 * Unspaced: per UTF-16 code unit, which lists have a word starting with it ({@link F_ENTRY},
	 * {@link F_NEGATOR}, {@link F_CONTRAST}, {@link F_EXCESS}); empty for spaced languages.
	 */
	firstFlags: Uint8Array;
	negators: Set<string>;
	absence: Set<string>;
	negatorPrefixes: string[];
	blockers: Set<string>;
	contrast: Set<string>;
	intensifiers: Set<string>;
	/** Words a negator reaches across (with intensifiers and negators); null: any word within the window. */
	negationGap: Set<string> | null;
	/** Word endings a negator reaches across (`*ть`: infinitives). */
	negationGapEndings: string[];
	excess: Set<string>;
	/** Spaced: the word sets of the `W_SAY`, `W_THAT`, `W_THAN`, `W_UNTIL`, `W_CHANNEL`, `W_RHETORICAL` and `W_CONCORD` bits. */
	scope: [Set<string>, number][];
	/** Unspaced: negators, contrast words and intensifiers as substrings, longest first. */
	negatorList: string[];
	contrastList: string[];
	excessList: string[];
	/** The same lists by the code of their first character (unspaced scanning). */
	negatorFirst: Map<number, string[]>;
	contrastFirst: Map<number, string[]>;
	excessFirst: Map<number, string[]>;
	/** Unspaced: `rhetorical` words by their first character (zh "难道", "不如": they flip the rest of the clause). */
	rhetoricalFirst: Map<number, string[]>;
}

/** Bits of {@link CompiledLexicon.firstFlags}. */
export const F_ENTRY = 1;
export const F_NEGATOR = 2;
export const F_CONTRAST = 4;
export const F_EXCESS = 8;
export const F_RHETORICAL = 16;

function byFirst(list: string[], flags: Uint8Array, bit: number): Map<number, string[]> {
	const map = new Map<number, string[]>();
	for (const s of list) {
		const c = s.charCodeAt(0);
		const l = map.get(c) ?? [];
		l.push(s);
		map.set(c, l);
		if (flags.length > 0) flags[c] |= bit;
	}
	return map;
}

function parsePart(raw: string): Part {
	const prefix = raw.endsWith('*');
	return { text: prefix ? raw.slice(0, -1) : raw, prefix };
}

function normalizeEntry(raw: string, unspaced: boolean): string {
	const s = raw
		.trim()
		.toLowerCase()
		.replace(/ё/g, 'е')
		.replace(/[’‘ʻʼ`]/g, "'");
	return unspaced ? s.replace(/\s+/g, '') : s.replace(/\s+/g, ' ');
}

function addEntry(
	lex: CompiledLexicon,
	raw: string,
	kind: number,
	aspect: string,
	pol: number,
): void {
	const s = normalizeEntry(raw, lex.unspaced);
	if (s === '' || s === '~') return;
	const [headText, tailText = ''] = s.split('~', 2);
	if (lex.unspaced) {
		const head = headText.trim();
		const tail = tailText.trim();
		if (head === '') return;
		const entry: Entry = {
			kind,
			aspect,
			pol,
			head: [{ text: head, prefix: false }],
			tail: tail === '' ? [] : [{ text: tail, prefix: false }],
			weight: head.length + tail.length,
			selfNegated: lex.negatorList.some((n) => head.startsWith(n) || tail.startsWith(n)),
			second: head.length > 1 ? head.charCodeAt(1) : -1,
		};
		const first = head.charCodeAt(0);
		const list = lex.byChar.get(first) ?? [];
		list.push(entry);
		list.sort((a, b) => b.weight - a.weight);
		lex.byChar.set(first, list);
		lex.firstFlags[first] |= F_ENTRY;
		return;
	}
	const head = headText.trim().split(' ').filter(Boolean).map(parsePart);
	const tail = tailText.trim().split(' ').filter(Boolean).map(parsePart);
	if (head.length === 0 || head[0].text === '') return;
	const entry: Entry = {
		kind,
		aspect,
		pol,
		head,
		tail,
		weight: s.replace(/[\s~*]/g, '').length,
		selfNegated: [...head, ...tail].some((p) => lex.negators.has(p.text)),
		second: head.length > 1 && head[1].text !== '' ? head[1].text.charCodeAt(0) : -1,
	};
	const first = head[0];
	const map = first.prefix ? lex.prefix : lex.exact;
	const list = map.get(first.text) ?? [];
	list.push(entry);
	list.sort((a, b) => b.weight - a.weight);
	map.set(first.text, list);
	if (first.prefix && !lex.prefixLengths.includes(first.text.length)) {
		lex.prefixLengths.push(first.text.length);
		lex.prefixLengths.sort((a, b) => a - b);
	}
}

function addWords(lex: CompiledLexicon, aspect: string, words: AspectWords): void {
	for (const w of words.pos ?? []) addEntry(lex, w, K_INHERENT, aspect, 1);
	for (const w of words.neg ?? []) addEntry(lex, w, K_INHERENT, aspect, -1);
	for (const w of words.target ?? []) addEntry(lex, w, K_TARGET, aspect, 0);
	for (const w of words.weak ?? []) addEntry(lex, w, K_WEAK, aspect, 0);
	for (const w of words.general ?? []) addEntry(lex, w, K_GENERAL, aspect, 0);
}

function wordsFor(
	value: CustomAspect['keywords'] | undefined,
	language: string,
): readonly string[] {
	if (value === undefined || value === null) return [];
	if (Array.isArray(value)) return value.filter((v): v is string => typeof v === 'string');
	const rec = value as Readonly<Record<string, readonly string[]>>;
	const out: string[] = [];
	for (const key of [language, '*']) {
		const list = rec[key];
		if (Array.isArray(list)) for (const v of list) if (typeof v === 'string') out.push(v);
	}
	return out;
}

/** Compiles a language lexicon plus custom aspects. */
export function compileLexicon(
	lexicon: AspectLexicon,
	language: string,
	custom: readonly CustomAspect[] = [],
): CompiledLexicon {
	const unspaced = lexicon.unspaced === true;
	const norm = (list: readonly string[] | undefined): string[] =>
		(list ?? []).map((w) => normalizeEntry(w, unspaced)).filter(Boolean);
	const byLength = (list: string[]): string[] =>
		[...new Set(list)].sort((a, b) => b.length - a.length);
	const negators = norm(lexicon.negators);
	const lex: CompiledLexicon = {
		unspaced,
		exact: new Map(),
		words: new Map(),
		prefix: new Map(),
		prefixLengths: [],
		stems: new WordTrie(new Map()),
		stemEntries: [],
		byChar: new Map(),
		firstFlags: new Uint8Array(unspaced ? 0x10000 : 0),
		negators: new Set(negators.filter((n) => !n.endsWith('*'))),
		absence: new Set(norm(lexicon.absence)),
		negatorPrefixes: negators.filter((n) => n.endsWith('*')).map((n) => n.slice(0, -1)),
		blockers: new Set(norm(lexicon.negatorBlockers)),
		contrast: new Set(norm(lexicon.contrast)),
		intensifiers: new Set(norm(lexicon.intensifiers)),
		negationGap:
			lexicon.negationGap === undefined
				? null
				: new Set(norm(lexicon.negationGap).filter((w) => !w.startsWith('*'))),
		negationGapEndings: norm(lexicon.negationGap)
			.filter((w) => w.startsWith('*'))
			.map((w) => w.slice(1)),
		excess: new Set(norm(lexicon.excess)),
		scope: [
			[new Set(norm(lexicon.sayVerbs)), W_SAY],
			[new Set(norm(lexicon.complementizers)), W_THAT],
			[new Set(norm(lexicon.comparisons)), W_THAN],
			[new Set(norm(lexicon.until)), W_UNTIL],
			[new Set(norm(lexicon.channels)), W_CHANNEL],
			[new Set(norm(lexicon.rhetorical)), W_RHETORICAL],
			[new Set(norm(lexicon.concord)), W_CONCORD],
		],
		negatorList: byLength(negators),
		contrastList: byLength(norm(lexicon.contrast)),
		excessList: byLength(norm(lexicon.excess)),
		negatorFirst: new Map(),
		contrastFirst: new Map(),
		excessFirst: new Map(),
		rhetoricalFirst: new Map(),
	};
	lex.negatorFirst = byFirst(lex.negatorList, lex.firstFlags, F_NEGATOR);
	lex.contrastFirst = byFirst(lex.contrastList, lex.firstFlags, F_CONTRAST);
	lex.excessFirst = byFirst(lex.excessList, lex.firstFlags, F_EXCESS);
	lex.rhetoricalFirst = byFirst(byLength(norm(lexicon.rhetorical)), lex.firstFlags, F_RHETORICAL);
	for (const [aspect, words] of Object.entries(lexicon.aspects)) {
		if (words !== undefined) addWords(lex, aspect, words);
	}
	for (const w of lexicon.positive) addEntry(lex, w, K_OPINION, '', 1);
	for (const w of lexicon.negative) addEntry(lex, w, K_OPINION, '', -1);
	for (const w of lexicon.ignore ?? []) addEntry(lex, w, K_IGNORE, '', 0);
	for (const w of lexicon.irrealis ?? []) addEntry(lex, w, K_IRREALIS, '', 0);
	for (const c of custom) {
		if (c === null || typeof c !== 'object' || typeof c.name !== 'string') continue;
		const name = c.name.trim();
		if (name === '') continue;
		addWords(lex, name, {
			target: wordsFor(c.keywords, language),
			pos: wordsFor(c.positive, language),
			neg: wordsFor(c.negative, language),
		});
	}
	const stems = new Map<string, number>();
	for (const [stem, entries] of lex.prefix) {
		lex.stemEntries.push(entries);
		stems.set(stem, lex.stemEntries.length);
	}
	lex.stems = new WordTrie(stems);
	indexWords(lex);
	return lex;
}

/** Fills {@link CompiledLexicon.words} from `exact` and the word sets. */
function indexWords(lex: CompiledLexicon): void {
	const info = (w: string): WordInfo => {
		let i = lex.words.get(w);
		if (i === undefined) {
			i = { flags: 0, entries: undefined };
			lex.words.set(w, i);
		}
		return i;
	};
	for (const [w, entries] of lex.exact) info(w).entries = entries;
	const sets: [Iterable<string>, number][] = [
		[lex.negators, W_NEGATOR],
		[lex.absence, W_ABSENCE],
		[lex.blockers, W_BLOCKER],
		[lex.contrast, W_CONTRAST],
		[lex.intensifiers, W_INTENSIFIER],
		[lex.negationGap ?? [], W_GAP],
		[lex.excess, W_EXCESS],
		...lex.scope,
	];
	for (const [words, bit] of sets) for (const w of words) info(w).flags |= bit;
}
