/**
 * Finds lexicon hits in a comment: aspect words, targets and opinions, each with its clause and whether a
 * negator (or a negator inside an `A ~ B` gap) flips it. Linear in the text length: every position tries a
 * bounded number of entries with a bounded gap.
 */
import { charTable } from './chars';
import {
	F_CONTRAST,
	F_ENTRY,
	F_EXCESS,
	F_NEGATOR,
	F_RHETORICAL,
	K_OPINION,
	W_ABSENCE,
	W_BLOCKER,
	W_CHANNEL,
	W_CONCORD,
	W_EXCESS,
	W_NEGATOR,
	W_RHETORICAL,
	W_SAY,
	W_THAN,
	W_THAT,
	W_UNTIL,
	type CompiledLexicon,
	type Entry,
	type Part,
} from './compile';
import {
	negationReaches,
	NEG_WINDOW_TOKENS,
	scopeWord,
	concord,
	SAY,
	SKIP,
	THAT,
	JUDGED_NEG,
	scopeOpinion,
	UNTIL,
} from './scope';
import { tokenize, type Token } from './tokens';

export interface Hit {
	kind: number;
	aspect: string;
	/** Polarity after negation: +1, -1 (0 for targets not negated). */
	pol: number;
	negated: boolean;
	/** Right after an absence word ("no", "нет", "没有"). */
	absent: boolean;
	excess: boolean;
	/** Right after a word of means ("через"): a channel, not the thing a product word is about. */
	channel: boolean;
	clause: number;
	/** Position (token or character index) for distances. */
	at: number;
	start: number;
	end: number;
}

/** 1 for the UTF-16 code units that end a clause in unspaced text. */
const UNSPACED_BOUNDARY = charTable('.!?;:,()[]{}\n…。！？；，、：（）~～|/ \u3000');
const MAX_GAP_TOKENS = 3;
const MAX_GAP_CHARS = 4;
const NEG_WINDOW_CHARS = 3;

function partMatches(p: Part, w: string): boolean {
	return p.prefix ? w.startsWith(p.text) : w === p.text;
}

function matchParts(parts: Part[], toks: Token[], from: number, clause: number): boolean {
	if (from + parts.length > toks.length) return false;
	for (let k = 0; k < parts.length; k++) {
		const t = toks[from + k];
		if (t.clause !== clause || !partMatches(parts[k], t.w)) return false;
	}
	return true;
}

interface Found {
	entry: Entry;
	/** Index after the last token (or char) of the match. */
	end: number;
	gapNegated: boolean;
}

function matchSpacedEntry(e: Entry, toks: Token[], i: number): Found | null {
	const clause = toks[i].clause;
	// The first part is the word itself (exact entries) or begins it (stem entries): only the rest is compared.
	const head = e.head;
	if (i + head.length > toks.length) return null;
	for (let k = 1; k < head.length; k++) {
		const t = toks[i + k];
		if (t.clause !== clause || !partMatches(head[k], t.w)) return null;
	}
	const end = i + e.head.length;
	if (e.tail.length === 0) return { entry: e, end, gapNegated: false };
	let neg = false;
	for (let g = 0; g <= MAX_GAP_TOKENS; g++) {
		const j = end + g;
		if (j >= toks.length || toks[j].clause !== clause) return null;
		if (matchParts(e.tail, toks, j, clause))
			return { entry: e, end: j + e.tail.length, gapNegated: neg };
		if (toks[j].flags & W_NEGATOR) neg = !neg;
	}
	return null;
}

function considerList(
	list: Entry[] | undefined,
	toks: Token[],
	i: number,
	best: Found | null,
): Found | null {
	if (list === undefined) return best;
	let b = best;
	// The first character of the next word rules out most multi-word entries ("не работает", "не вернули").
	const next = i + 1 < toks.length ? toks[i + 1].w.charCodeAt(0) : -2;
	for (let k = 0; k < list.length; k++) {
		const e = list[k];
		if (b !== null && e.weight <= b.entry.weight) continue;
		if (e.second >= 0 && e.second !== next) continue;
		const f = matchSpacedEntry(e, toks, i);
		if (f !== null) b = f;
	}
	return b;
}

function bestSpaced(lex: CompiledLexicon, toks: Token[], i: number): Found | null {
	const w = toks[i].w;
	let best = considerList(toks[i].entries, toks, i, null);
	// Stem entries whose stem begins the word, shortest stem first: one walk down the stem trie.
	const stems = lex.stems;
	let node = 0;
	for (let d = 0; d < w.length; d++) {
		node = stems.child(node, w.charCodeAt(d));
		if (node < 0) break;
		const v = stems.valueAt(node);
		if (v !== 0) best = considerList(lex.stemEntries[v - 1], toks, i, best);
	}
	return best;
}

const QUOTES = '"«»“”„\'‘’「」『』';

function quoted(text: string, start: number, end: number): boolean {
	return (
		start > 0 && end < text.length && QUOTES.includes(text[start - 1]) && QUOTES.includes(text[end])
	);
}

function makeHit(
	text: string,
	f: Found,
	negation: number,
	clause: number,
	at: number,
	start: number,
	end: number,
): Hit {
	const e = f.entry;
	const negated = negation > 0 && !e.selfNegated;
	let flip = negated !== f.gapNegated;
	// A praise word in quotes is irony ("грамотный" сотрудник).
	if (e.pol > 0 && quoted(text, start, end)) flip = !flip;
	const base = e.pol;
	return {
		kind: e.kind,
		aspect: e.aspect,
		pol: flip ? (base === 0 ? -1 : -base) : base,
		negated: flip,
		absent: negation === 2,
		excess: false,
		channel: false,
		clause,
		at,
		start,
		end,
	};
}

/** Hits of a spaced-language comment. */
export function spacedHits(text: string, lex: CompiledLexicon, turkish: boolean): Hit[] {
	const toks = tokenize(text, lex, turkish);
	const hits: Hit[] = [];
	let lastNeg = -100;
	let lastAbsent = false;
	let lastEnd = 0;
	// Clause-level scope: a negated say-verb ("не скажу"), the clause its "что" opens (opinions after
	// `rhetFrom` in clause `rhetClause` are flipped, or given the sign `rhetSign` of the opinion before it).
	let sayNeg = -100;
	let rhetClause = -1;
	let rhetFrom = -1;
	let rhetSign = 0;
	let untilNeg = -1;
	for (let i = 0; i < toks.length; ) {
		const t = toks[i];
		if (i === untilNeg) {
			i++;
			continue;
		}
		if (t.flags & (W_SAY | W_THAT | W_THAN | W_UNTIL | W_RHETORICAL)) {
			const r = scopeWord(text, lex, toks, i, lastNeg, lastEnd, sayNeg, hits);
			if (r === SAY) {
				sayNeg = i;
				// The negator still reaches the words after ("нельзя назвать удобным").
			} else if (r === THAT || r === JUDGED_NEG) {
				rhetClause = t.clause;
				rhetFrom = i;
				rhetSign = r === THAT ? 0 : -1;
				sayNeg = -100;
			} else if (r < 0) {
				// "ждали, пока не пропало": that negator is skipped below.
				untilNeg = UNTIL - r;
			} else if (r >= SKIP) {
				// "быстрее, чем через час не ответят": "через час" is what the comparison is with.
				i = r - SKIP;
				continue;
			}
		}
		const f = bestSpaced(lex, toks, i);
		if (f === null) {
			if (t.flags & W_NEGATOR) {
				if (t.flags & W_CONCORD && concord(lex, toks, lastNeg, lastEnd, i)) {
					// "не отменил ни одной комиссии": "ни" repeats the negation of "отменил", it flips nothing.
					lastNeg = -100;
				} else if (i + 1 >= toks.length || (toks[i + 1].flags & W_BLOCKER) === 0) {
					lastNeg = i;
					lastAbsent = (t.flags & W_ABSENCE) !== 0;
				}
			} else if (t.flags & W_EXCESS && i + 1 < toks.length && toks[i + 1].clause === t.clause) {
				hits.push({
					kind: K_OPINION,
					aspect: '',
					pol: -1,
					negated: false,
					absent: false,
					excess: true,
					channel: false,
					clause: t.clause,
					at: i,
					start: t.start,
					end: t.end,
				});
			}
			i++;
			continue;
		}
		const negated =
			lastNeg >= lastEnd &&
			i - lastNeg <= NEG_WINDOW_TOKENS &&
			toks[lastNeg] !== undefined &&
			toks[lastNeg].clause === t.clause &&
			negationReaches(lex, toks, lastNeg, i);
		const negation = negated ? (lastAbsent && i - lastNeg === 1 ? 2 : 1) : 0;
		if (negated) lastNeg = -100;
		const endTok = toks[f.end - 1];
		const hit = makeHit(text, f, negation, t.clause, i, t.start, endTok.end);
		if (t.clause === rhetClause && i > rhetFrom) scopeOpinion(hit, rhetSign);
		if (i > 0 && toks[i - 1].flags & W_CHANNEL && toks[i - 1].clause === t.clause)
			hit.channel = true;
		hits.push(hit);
		lastEnd = f.end;
		i = f.end;
	}
	return hits;
}

function startsAt(text: string, p: number, c: number, byFirst: Map<number, string[]>): number {
	const list = byFirst.get(c);
	if (list === undefined) return 0;
	for (const s of list) if (text.startsWith(s, p)) return s.length;
	return 0;
}

function bestUnspaced(lex: CompiledLexicon, text: string, p: number, c: number): Found | null {
	const list = lex.byChar.get(c);
	if (list === undefined) return null;
	const next = text.charCodeAt(p + 1);
	for (const e of list) {
		if (e.second >= 0 && e.second !== next) continue;
		const head = e.head[0].text;
		if (!text.startsWith(head, p)) continue;
		let end = p + head.length;
		if (e.tail.length === 0) return { entry: e, end, gapNegated: false };
		const tail = e.tail[0].text;
		let found = -1;
		for (let g = 0; g <= MAX_GAP_CHARS && end + g < text.length; g++) {
			if (UNSPACED_BOUNDARY[text.charCodeAt(end + g)] === 1) break;
			if (text.startsWith(tail, end + g)) {
				found = end + g;
				break;
			}
		}
		if (found < 0) continue;
		const gap = text.slice(end, found);
		let neg = false;
		for (const n of lex.negatorList) if (gap.includes(n)) neg = true;
		end = found + tail.length;
		return { entry: e, end, gapNegated: neg };
	}
	return null;
}

/** Hits of an unspaced (zh, ja) comment: substring matching per character. */
export function unspacedHits(text: string, lex: CompiledLexicon): Hit[] {
	const hits: Hit[] = [];
	let clause = 0;
	let lastNegEnd = -100;
	let lastNegClause = -1;
	let lastNegAbsent = false;
	let lastEnd = 0;
	// A rhetorical word ("难道", "不如") flips the opinions after it in its clause, as in spaced languages.
	let rhetClause = -1;
	let rhetFrom = 0;
	const firstFlags = lex.firstFlags;
	for (let p = 0; p < text.length; ) {
		const c = text.charCodeAt(p);
		if (UNSPACED_BOUNDARY[c] === 1) {
			clause++;
			p++;
			continue;
		}
		// No word of any list starts with this character: nothing to match here.
		const flags = firstFlags[c];
		if (flags === 0) {
			p++;
			continue;
		}
		const f = flags & F_ENTRY ? bestUnspaced(lex, text, p, c) : null;
		const negLen = flags & F_NEGATOR ? startsAt(text, p, c, lex.negatorFirst) : 0;
		const conLen = flags & F_CONTRAST ? startsAt(text, p, c, lex.contrastFirst) : 0;
		if (conLen > 0 && (f === null || f.entry.weight <= conLen)) {
			clause++;
			p += conLen;
			continue;
		}
		const rhetLen = flags & F_RHETORICAL ? startsAt(text, p, c, lex.rhetoricalFirst) : 0;
		if (rhetLen > 0 && (f === null || f.entry.weight <= rhetLen || f.entry.kind === K_OPINION)) {
			rhetClause = clause;
			rhetFrom = p + rhetLen;
			if (f === null) {
				p += rhetLen;
				continue;
			}
		}
		if (f === null || (negLen > 0 && f.entry.weight < negLen)) {
			if (negLen > 0) {
				lastNegEnd = p + negLen;
				lastNegClause = clause;
				lastNegAbsent = lex.absence.has(text.slice(p, p + negLen));
				p += negLen;
				continue;
			}
			const exLen = flags & F_EXCESS ? startsAt(text, p, c, lex.excessFirst) : 0;
			if (exLen > 0) {
				hits.push({
					kind: K_OPINION,
					aspect: '',
					pol: -1,
					negated: false,
					absent: false,
					excess: true,
					channel: false,
					clause,
					at: p,
					start: p,
					end: p + exLen,
				});
				p += exLen;
				continue;
			}
			p++;
			continue;
		}
		const negated =
			lastNegClause === clause && lastNegEnd >= lastEnd && p - lastNegEnd <= NEG_WINDOW_CHARS - 1;
		const negation = negated ? (lastNegAbsent && p - lastNegEnd <= 1 ? 2 : 1) : 0;
		if (negated) lastNegEnd = -100;
		const hit = makeHit(text, f, negation, clause, p, p, f.end);
		if (clause === rhetClause && p >= rhetFrom) scopeOpinion(hit, 0);
		hits.push(hit);
		lastEnd = f.end;
		p = f.end;
	}
	return hits;
}
