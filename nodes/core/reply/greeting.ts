// Reply parser, step 3a (with tiers.ts): a rating after a leading clause made only of greetings and thanks
// ("Спасибо, 5, всё супер", "Hi, 5) all good", "谢谢，5，服务很好"). Such a clause says nothing about the service,
// so a bare in-range number right after it, closed by its own separator or followed by the comment, stands where
// a rating stands. Counts, units, dates and times are excluded before (prefix.ts), and the clause must be
// greetings alone: "Оператор, 5 лет клиент", "Купил 2, вернул 1" keep their reading.
import { GREETINGS } from './lexicon';
import { W_OR } from './words';
import { listFollows } from './tiers';
import { K_BREAK, K_HAN, K_P, K_SP, K_WORD, type Tok } from './tokenize';
import { CLAUSE_END, type Ctx, ID_MARK, type Phrase, STUCK, SLASHES, adjacent } from './phrase';

/** At most this many tokens before the rating are read as the greeting clause. */
const MAX_CLAUSE = 24;

/** Punctuation of the gaps inside the clause and before the rating: `, ; : ! . ? … ( ) - – —` and full-width forms. */
function gapMark(t: Tok): boolean {
	return t.k === K_P && !ID_MARK.has(t.v) && !SLASHES.has(t.v);
}

/** The number ending at token te is closed by its own punctuation, or a space and a word of the comment follow. */
function closed(toks: readonly Tok[], te: number): boolean {
	let j = te;
	const t = toks[j];
	if (t === undefined || t.k === K_BREAK) return true;
	if (t.k === K_SP) {
		const n = toks[j + 1];
		// "Спасибо, 3 или 4": an alternative follows, not the comment
		return n !== undefined && ((n.k === K_WORD && (n.x.f & W_OR) === 0) || n.k === K_HAN);
	}
	if (t.k !== K_P || !(CLAUSE_END.has(t.v) || STUCK.has(t.v))) return false;
	// "5))", "5!,": the marks stuck together
	while (
		j + 1 < toks.length &&
		toks[j + 1].k === K_P &&
		(CLAUSE_END.has(toks[j + 1].v) || STUCK.has(toks[j + 1].v)) &&
		adjacent(toks, j, j + 1)
	)
		j++;
	const n = toks[j + 1];
	// a full-width mark needs no space after it ("5，服务很好"); "5.03" is a date
	return n === undefined || n.k === K_SP || n.k === K_BREAK || toks[j].v >= 0x3000;
}

/** The greeting phrase starting at token i: the token after it, or -1. */
function greetingAt(toks: readonly Tok[], i: number, end: number): number {
	const t = toks[i];
	if (t.k !== K_WORD && t.k !== K_HAN) return -1;
	const list = GREETINGS.get(t.x.w);
	if (list === undefined) return -1;
	for (const words of list) {
		let j = i;
		let ok = true;
		for (let w = 0; w < words.length; w++) {
			if (w > 0 && j < end && toks[j].k === K_SP && toks[j + 1]?.k === K_WORD) j++;
			const u = toks[j];
			if (j >= end || (u.k !== K_WORD && u.k !== K_HAN) || u.x.w !== words[w]) {
				ok = false;
				break;
			}
			j++;
		}
		if (ok) return j;
	}
	return -1;
}

/** Phrase p is a bare in-range number after a leading clause of greetings and thanks only. */
export function afterGreeting(ctx: Ctx, p: Phrase): boolean {
	const toks = ctx.toks;
	if (p.ts <= ctx.first || p.ts > MAX_CLAUSE || p.dec || p.neg || p.v < ctx.min || p.v > ctx.max)
		return false;
	// "Привет) 1) долго 2) грубо": the first item of a numbered list
	if (!closed(toks, p.te) || listFollows(toks, p)) return false;
	// the gap before the number: a space or a separator ("Спасибо, 5", "Привет) 5", "Привет :) 5")
	let g = p.ts - 1;
	while (g >= 0 && (toks[g].k === K_SP || toks[g].k === K_BREAK || gapMark(toks[g]))) g--;
	if (g === p.ts - 1 || g < ctx.first) return false;
	// the clause: greeting phrases from the start of the reply, separated by spaces and punctuation
	let i = ctx.first;
	let phrases = 0;
	while (i <= g) {
		const j = greetingAt(toks, i, g + 1);
		if (j < 0) return false;
		phrases++;
		i = j;
		while (i <= g && (toks[i].k === K_SP || toks[i].k === K_BREAK || gapMark(toks[i]))) i++;
	}
	return phrases > 0 && i === g + 1;
}
