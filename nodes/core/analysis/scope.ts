/**
 * Negation scope beyond the next word in spaced languages: how far a negator reaches, and the clause-level
 * rules of the scope words of a pack (a negated say-verb before "что", "until" words, comparisons).
 */
import {
	K_INHERENT,
	K_OPINION,
	W_ABSENCE,
	W_GAP,
	W_INTENSIFIER,
	W_NEGATOR,
	W_RHETORICAL,
	W_SAY,
	W_THAN,
	W_THAT,
	W_UNTIL,
	type CompiledLexicon,
} from './compile';
import type { Hit } from './match';
import type { Token } from './tokens';

/** Furthest a negator reaches (tokens). */
export const NEG_WINDOW_TOKENS = 4;

/** Whether a negator at `neg` reaches token `i` across the words between (see `negationGap`). */
export function negationReaches(
	lex: CompiledLexicon,
	toks: Token[],
	neg: number,
	i: number,
): boolean {
	const gap = lex.negationGap;
	if (gap === null) return true;
	for (let k = neg + 1; k < i; k++) {
		if (toks[k].flags & (W_GAP | W_INTENSIFIER | W_NEGATOR)) continue;
		const w = toks[k].w;
		if (!lex.negationGapEndings.some((e) => w.length > e.length + 2 && w.endsWith(e))) return false;
	}
	return true;
}

export const SAY = 1;
export const THAT = 2;
/** A complementizer after a general complaint: the clause it opens is a complaint. */
export const JUDGED_NEG = 6;
/** `UNTIL - k`: the negator at token k of a clause opened by "пока" is "until" and negates nothing. */
export const UNTIL = -1;
/** `SKIP + k`: the comparison is read up to its negator at token k; the words between are its object. */
export const SKIP = 8;
/** Furthest a complementizer may follow its say-verb ("не сказала бы, что": 2 tokens). */
const SAY_REACH = 2;
/** Furthest a negator may follow a comparison word in its clause ("быстрее, чем за час не ответят"). */
const THAN_REACH = 8;

/**
 * Whether a concord negator at `i` ("ни") only repeats the negation of a verb: an earlier negator of its clause,
 * with no hit since, is separated from it by a word it does not reach across ("не отменил ни одной"; but "не
 * было ни одной проблемы" negates the problem).
 */
export function concord(
	lex: CompiledLexicon,
	toks: Token[],
	lastNeg: number,
	lastEnd: number,
	i: number,
): boolean {
	return (
		lastNeg >= lastEnd &&
		i - lastNeg <= NEG_WINDOW_TOKENS &&
		toks[lastNeg].clause === toks[i].clause &&
		!negationReaches(lex, toks, lastNeg, i)
	);
}

/** Turns a praise or complaint hit into its opposite (targets, ignored words: unchanged). */
export function flipOpinion(h: Hit): void {
	if ((h.kind !== K_OPINION && h.kind !== K_INHERENT) || h.pol === 0) return;
	h.pol = -h.pol;
	h.negated = !h.negated;
}

/** Gives an opinion hit the sign `sign` (0: flips it), as a clause-level scope rule says. */
export function scopeOpinion(h: Hit, sign: number): void {
	if ((h.kind !== K_OPINION && h.kind !== K_INHERENT) || h.pol === 0) return;
	if (sign === 0 || h.pol !== sign) flipOpinion(h);
}

/** Whether the text between two tokens is spaces and one comma. */
function onlyComma(text: string, from: number, to: number): boolean {
	return text.slice(from, to).trim() === ',';
}

/** Furthest the end of a clause is looked for after "пока" (tokens). */
const UNTIL_REACH = 12;

/**
 * Whether the clause starting at token `i` is a subordinate one: after a comma ("ждали, пока не …"), or
 * followed by one ("Пока не позвонишь сам, …"); a sentence of its own ("Пока не вернули.") is "not yet".
 */
function subordinate(text: string, toks: Token[], i: number): boolean {
	if (i > 0 && text.slice(toks[i - 1].end, toks[i].start).includes(',')) return true;
	const clause = toks[i].clause;
	for (let k = i + 1; k < toks.length && k <= i + UNTIL_REACH; k++) {
		if (toks[k].clause === clause) continue;
		return text.slice(toks[k - 1].end, toks[k].start).includes(',');
	}
	return false;
}

/**
 * What a scope word at `i` does: a say-verb the last negator reaches ({@link SAY}); a complementizer soon
 * after a negated say-verb, or a rhetorical word ({@link THAT}: the rest of the clause is flipped); a
 * complementizer after a general complaint ({@link JUDGED_NEG}); "пока" opening a subordinate clause
 * ({@link UNTIL} − its negator's index); a comparison word right after a praise hit with a negator ahead
 * turns that hit ({@link SKIP} + the negator's index); 0 otherwise.
 */
export function scopeWord(
	text: string,
	lex: CompiledLexicon,
	toks: Token[],
	i: number,
	lastNeg: number,
	lastEnd: number,
	sayNeg: number,
	hits: Hit[],
): number {
	const t = toks[i];
	if (
		t.flags & W_SAY &&
		lastNeg >= lastEnd &&
		i - lastNeg <= NEG_WINDOW_TOKENS &&
		toks[lastNeg].clause === t.clause &&
		negationReaches(lex, toks, lastNeg, i)
	)
		return SAY;
	if (t.flags & W_THAT && sayNeg >= 0 && i - sayNeg <= SAY_REACH) return THAT;
	// "Очень плохо, что такая удобная функция недоступна": a general complaint right before ", что" judges
	// the clause it opens (praise there is often only "it is clear that": "понятно, что…").
	if (t.flags & W_THAT && i > 0 && lastEnd === i && hits.length > 0) {
		const last = hits[hits.length - 1];
		if (last.kind === K_OPINION && !last.excess && last.pol < 0 && last.clause !== t.clause)
			if (onlyComma(text, toks[i - 1].end, t.start)) return JUDGED_NEG;
	}
	// "разве это удобно?" flips the rest of its clause like "не скажу, что удобно"; "разве что" does not.
	if (t.flags & W_RHETORICAL)
		return i + 1 < toks.length && (toks[i + 1].flags & W_THAT) === 0 ? THAT : 0;
	if (t.flags & W_UNTIL && (i === 0 || toks[i - 1].clause !== t.clause)) {
		// The first negator of the clause ("пока не позвонишь", "пока с карты не пропало") is "until".
		for (let k = i + 1; k < toks.length && k <= i + UNTIL_REACH; k++) {
			if (toks[k].clause !== t.clause) break;
			if ((toks[k].flags & W_NEGATOR) === 0) continue;
			if (toks[k].flags & W_ABSENCE || !subordinate(text, toks, i)) break;
			return UNTIL - k;
		}
		return 0;
	}
	if (t.flags & W_THAN && hits.length > 0 && lastEnd === i) {
		const last = hits[hits.length - 1];
		if (last.pol <= 0) return 0;
		for (let k = i + 1; k < toks.length && k <= i + THAN_REACH; k++) {
			// Commas inside the comparison ("чем, скажем, за час") keep it; other punctuation ends it.
			if (toks[k].clause !== toks[k - 1].clause && !onlyComma(text, toks[k - 1].end, toks[k].start))
				break;
			if (toks[k].flags & W_NEGATOR) {
				flipOpinion(last);
				return SKIP + k;
			}
		}
	}
	return 0;
}
