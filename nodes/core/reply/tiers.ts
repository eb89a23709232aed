// Reply parser, step 3a: where a number stands. A rating at the edge, on a line or sentence of its own, or
// framed, wins over numbers inside the comment; numbered lists and two-thing ratings are recognised.
import { W_ABBREVIATION } from './words';
import { K_BREAK, K_DIG, K_HAN, K_P, K_SP, K_WORD, type Tok } from './tokenize';
import {
	DASHES,
	A_DIG,
	A_GRADE,
	A_STAR,
	A_KEY,
	A_CIRC,
	type Phrase,
	STUCK,
	type Ctx,
	adjacent,
	prevNonSp,
	hasBreak,
	gapOnlyPunct,
} from './phrase';

export const SENT_END = new Set([0x2e, 0x21, 0x3f, 0x2026, 0x3002, 0xff01, 0xff1f, 0x061f]);

/** Phrase p stands as a sentence or line of its own between two others ("Спасибо! 4. Мастер…", "день\n5\nвсё"). */
export function ownSentence(ctx: Ctx, p: Phrase): boolean {
	const toks = ctx.toks;
	const pk = prevNonSp(toks, p.ts - 1);
	if (pk < 0) return false;
	const before =
		toks[pk].k === K_BREAK ||
		hasBreak(ctx, toks[pk].e, toks[p.ts].s) ||
		(toks[pk].k === K_P &&
			SENT_END.has(toks[pk].v) &&
			pk < p.ts - 1 &&
			!(
				toks[pk].v === 0x2e &&
				pk > 0 &&
				toks[pk - 1].k === K_WORD &&
				(toks[pk - 1].x.f & W_ABBREVIATION) !== 0
			)) ||
		(smileBefore(toks, pk, p.ts) && !listFollows(toks, p));
	// "Dear team, 4. Good job", "Добрый день, 5! Всё ок": after a short opening clause, closing a sentence
	const greeting =
		!before &&
		toks[pk].k === K_P &&
		(toks[pk].v === 0x2c || toks[pk].v === 0xff0c || toks[pk].v === 0x060c) &&
		wordsBefore(ctx, pk) <= 3 &&
		closesSentence(toks, p.te);
	if (!before && !greeting) return false;
	let j = p.te;
	while (j < toks.length && toks[j].k === K_P && STUCK.has(toks[j].v) && adjacent(toks, j - 1, j))
		j++;
	const nt = toks[j];
	if (nt === undefined || nt.k === K_BREAK) return true;
	if (nt.k === K_SP) return j > p.te || hasBreak(ctx, nt.s, nt.e);
	return false;
}

/**
 * Token pk ends a ")" smile glued to a word, then a space before token ts ("Привет) 5) всё супер", "Спасибо)) 4)"):
 * not the end of a parenthesis (no "(" before it).
 */
function smileBefore(toks: readonly Tok[], pk: number, ts: number): boolean {
	if (pk >= ts - 1 || toks[pk].k !== K_P || toks[pk].v !== 0x29) return false;
	let q = pk;
	while (q > 0 && toks[q - 1].k === K_P && toks[q - 1].v === 0x29 && adjacent(toks, q - 1, q)) q--;
	if (q === 0 || toks[q - 1].k !== K_WORD || !adjacent(toks, q - 1, q)) return false;
	for (let r = q - 2; r >= 0; r--)
		if (toks[r].k === K_P && (toks[r].v === 0x28 || toks[r].v === 0xff08)) return false;
	return true;
}

/** A numbered-list item of the next number follows p ("Привет) 1) долго 2) грубо"). */
export function listFollows(toks: readonly Tok[], p: Phrase): boolean {
	for (let q = p.te; q + 1 < toks.length; q++) {
		const t = toks[q];
		if (
			t.k === K_DIG &&
			t.v === p.v + 1 &&
			toks[q + 1].k === K_P &&
			(toks[q + 1].v === 0x29 || toks[q + 1].v === 0x2e)
		)
			return true;
	}
	return false;
}

/** Words before token i in its sentence (up to 7). */
/** The phrase ending at token j closes its sentence: `.`, `!`, `?` (then a space or the end) or a line break. */
function closesSentence(toks: readonly Tok[], j: number): boolean {
	const t = toks[j];
	if (t === undefined || t.k !== K_P || !SENT_END.has(t.v)) return false;
	const n = toks[j + 1];
	return n === undefined || n.k === K_SP || n.k === K_BREAK;
}

export function wordsBefore(ctx: Ctx, i: number): number {
	const toks = ctx.toks;
	let n = 0;
	for (let q = i - 1; q >= 0 && n < 7; q--) {
		const t = toks[q];
		if (t.k === K_WORD || t.k === K_HAN) n++;
		else if (t.k === K_BREAK) break;
		else if (t.k === K_P && SENT_END.has(t.v)) {
			// "ул. Ленина": an abbreviation's dot does not end the sentence
			if (
				!(
					t.v === 0x2e &&
					q > 0 &&
					toks[q - 1].k === K_WORD &&
					(toks[q - 1].x.f & W_ABBREVIATION) !== 0
				)
			)
				break;
		} else if (t.k === K_SP && hasBreak(ctx, t.s, t.e)) break;
	}
	return n;
}

/** "1. Долго ждали 2. Грубили": numbered list items are not ratings. */
export function markLists(ctx: Ctx, phrases: Phrase[]): void {
	const toks = ctx.toks;
	let items = 0;
	for (const p of phrases) if (p.acc && p.kind === A_DIG && listItem(toks, p)) items++;
	if (items < 2) return;
	const values = new Set<number>();
	for (const p of phrases) if (p.acc && p.kind === A_DIG && listItem(toks, p)) values.add(p.v);
	for (const p of phrases) {
		if (!p.acc || p.kind !== A_DIG || !listItem(toks, p)) continue;
		if (values.has(p.v - 1) || values.has(p.v + 1)) {
			p.acc = false;
			p.excl = true;
		}
	}
}

export function listItem(toks: readonly Tok[], p: Phrase): boolean {
	const a = toks[p.te];
	return (
		p.te === p.ae &&
		a !== undefined &&
		a.k === K_P &&
		(a.v === 0x2e || a.v === 0x29) &&
		adjacent(toks, p.te - 1, p.te) &&
		toks[p.te + 1]?.k === K_SP
	);
}

/** p is preceded by a word of its own clause ("кассиру 5", "ремонту 1"), not framed. */
/**
 * The token before token i, skipping a spaced dash or a colon after a label ("Кассиру — 5", "Operator: 5"), or -1.
 */
export function labelBefore(ctx: Ctx, i: number, colon = true): number {
	const toks = ctx.toks;
	const pk = prevNonSp(toks, i - 1);
	if (pk < 0) return pk;
	const t = toks[pk];
	if (
		t.k === K_P &&
		((colon && (t.v === 0x3a || t.v === 0xff1a)) || (DASHES.has(t.v) && pk < i - 1))
	) {
		const w = prevNonSp(toks, pk - 1);
		if (w >= 0 && toks[w].k === K_WORD) return w;
	}
	return pk;
}

export function labelled(ctx: Ctx, p: Phrase): boolean {
	if (p.pre || p.ts <= ctx.first) return false;
	const pk = labelBefore(ctx, p.ts);
	return (
		pk >= 0 &&
		(ctx.toks[pk].k === K_WORD || ctx.toks[pk].k === K_HAN) &&
		!hasBreak(ctx, ctx.toks[pk].e, ctx.toks[p.ts].s)
	);
}

/**
 * The accepted phrases that decide the reply. Phrases at the start or end of the reply, on a line or sentence of
 * their own, or framed as a rating ("оценка 4", "5 баллов", "4分", "4/5") come first: when one of them is a valid
 * rating, numbers inside the comment that are only read as ratings by their position ("на 30 тысяч", "4-5
 * variants", "9.5", "50/50") stay in the comment. The exception is two ratings of two things ("кассиру 5,
 * ремонту 1"): a labelled rating at the edge and a labelled one in its own clause make the reply ambiguous.
 */
function edge(ctx: Ctx, p: Phrase): boolean {
	return p.ts <= ctx.first || p.te - 1 >= ctx.last || p.own;
}

function framed(ctx: Ctx, p: Phrase): boolean {
	return (
		p.kind === A_GRADE ||
		p.kind === A_STAR ||
		p.kind === A_KEY ||
		p.kind === A_CIRC ||
		p.suf ||
		(p.pre && !p.weakPre) ||
		(p.denom >= 0 && p.denom === ctx.max)
	);
}

function valid(ctx: Ctx, p: Phrase, declared: number): boolean {
	return (
		!p.dec &&
		p.v >= ctx.min &&
		p.v <= ctx.max &&
		(p.denom < 0 || p.denom === ctx.max) &&
		(declared < 0 || declared === ctx.max)
	);
}

export function selectTier(ctx: Ctx, phrases: readonly Phrase[], declared: number): Phrase[] {
	const all: Phrase[] = [];
	for (const p of phrases) if (p.acc) all.push(p);
	if (all.length < 2) return all;
	let anchor = false;
	for (const p of all)
		if ((edge(ctx, p) || framed(ctx, p)) && valid(ctx, p, declared)) anchor = true;
	if (!anchor) return all;
	let labelledEdge = false;
	for (const p of all)
		if (edge(ctx, p) && valid(ctx, p, declared) && labelled(ctx, p)) labelledEdge = true;
	const keep: boolean[] = [];
	for (const p of all) {
		keep.push(
			edge(ctx, p) ||
				(framed(ctx, p) && valid(ctx, p, declared)) ||
				(labelledEdge && valid(ctx, p, declared) && p.alt < 0 && labelled(ctx, p)),
		);
	}
	// the alternative of a kept rating ("3 или 4") and repetitions next to it ("5 5 5") go with it
	let altIds: Set<number> | null = null;
	for (let q = 0; q < all.length; q++) {
		if (keep[q] && all[q].alt >= 0) (altIds ??= new Set<number>()).add(all[q].alt);
	}
	if (altIds !== null) {
		for (let q = 0; q < all.length; q++) if (!keep[q] && altIds.has(all[q].alt)) keep[q] = true;
	}
	for (let q = 1; q < all.length; q++) {
		if (!keep[q] && keep[q - 1] && all[q - 1].v === all[q].v) {
			if (gapOnlyPunct(ctx.toks, all[q - 1].te, all[q].ts)) keep[q] = true;
		}
	}
	for (let q = all.length - 2; q >= 0; q--) {
		if (!keep[q] && keep[q + 1] && all[q + 1].v === all[q].v) {
			if (gapOnlyPunct(ctx.toks, all[q].te, all[q + 1].ts)) keep[q] = true;
		}
	}
	const out: Phrase[] = [];
	for (let q = 0; q < all.length; q++) if (keep[q]) out.push(all[q]);
	return out;
}
