// Reply parser, step 3b: which phrases are ratings and what they decide (ok, out of range, not integer,
// ambiguous).
import { H_OR, W_OR } from './words';
import { K_CIRC, K_DIG, K_HAN, K_KEY, K_P, K_SP, K_STAR, K_WORD, type Tok } from './tokenize';
import type { ReplyReason } from './types';
import {
	A_DIG,
	A_WORD,
	A_GRADE,
	A_HAN,
	A_STAR,
	A_KEY,
	A_CIRC,
	type Phrase,
	CLAUSE_END,
	DASHES,
	type Ctx,
	nextNonSp,
	prevNonSp,
	gapOnlyPunct,
	wordAt,
} from './phrase';
import { labelBefore, ownSentence, wordsBefore, markLists, selectTier } from './tiers';
import { afterGreeting } from './greeting';

/** Commas that end a labelled rating of one of two things ("кассиру: 5, ремонту: 1"). */
const COMMA_CLAUSE: ReadonlySet<number> = new Set([0x2c, 0xff0c, 0x060c, 0x3b]);

export interface Decision {
	reason: ReplyReason;
	score: number | null;
	accepted: Phrase[];
	candidates: number[];
	ratingText: string;
}

/** Tokens between phrases a and b are an "or"/range connector: 3 или 4, 4-5, 3或4分, uch yoki to'rt. */
export let connTok = -1;

export function connector(toks: readonly Tok[], a: Phrase, b: Phrase): number {
	// 0 = none, 1 = word/han connector, 2 = glued dash (4-5), 3 = spaced dash/tilde (3 - 4)
	let j = a.te;
	let sp = false;
	if (j < b.ts && toks[j].k === K_SP) {
		j++;
		sp = true;
	}
	if (j >= b.ts) return 0;
	const t = toks[j];
	connTok = j;
	let kind = 0;
	if (t.k === K_WORD && (t.x.f & W_OR) !== 0) kind = 1;
	else if (t.k === K_HAN && (t.x.h & H_OR) !== 0) kind = 1;
	else if (t.k === K_HAN && t.w === '或') kind = 1;
	else if (t.k === K_HAN && t.w === '还' && toks[j + 1]?.w === '是') {
		kind = 1;
		j++;
	} else if (t.k === K_P && DASHES.has(t.v)) kind = sp ? 3 : 2;
	else return 0;
	if (t.k === K_HAN && t.w === '或' && toks[j + 1]?.w === '者') j++;
	// "2 还是给一个差评": the second number has its own framing verb, not an alternative
	if (kind === 1 && b.pre) return 0;
	j++;
	if (j < b.ts && toks[j].k === K_SP) {
		j++;
		if (kind === 2) kind = 3;
	} else if (kind === 3) {
		return 0;
	}
	return j === b.ts ? kind : 0;
}

/**
 * Ratings of two things written in parallel after the number ("5 за вежливость, 2 за скорость", "5 for the food,
 * 2 for the service"): a number in mid-text that opens a clause after a comma and is followed by the same word as
 * an accepted number is a rating too, so two different values make the reply ambiguous.
 */
function markParallel(ctx: Ctx, phrases: Phrase[]): void {
	const toks = ctx.toks;
	let anchor: Phrase | null = null;
	for (const p of phrases) {
		if (p.acc && p.kind === A_DIG && wordAt(ctx, p.te) >= 0) {
			anchor = p;
			break;
		}
	}
	if (anchor === null) return;
	const w = toks[wordAt(ctx, anchor.te)].w;
	for (const p of phrases) {
		if (p.acc || p.excl || p.decl || p.dec || p.neg || p.kind !== A_DIG || p.ts <= anchor.ts)
			continue;
		if (p.v < ctx.min || p.v > ctx.max) continue;
		const pk = prevNonSp(toks, p.ts - 1);
		if (pk < 0 || toks[pk].k !== K_P || !COMMA_CLAUSE.has(toks[pk].v)) continue;
		const j = wordAt(ctx, p.te);
		if (j >= 0 && toks[j].w === w) {
			p.acc = true;
			p.own = true;
		}
	}
}

function byStart(x: Phrase, y: Phrase): number {
	return x.ts - y.ts;
}

export function decide(ctx: Ctx, phrases: Phrase[]): Decision {
	const toks = ctx.toks;
	const first = ctx.first;
	const last = ctx.last;
	// "or"/range links
	let altId = 0;
	for (let q = 0; q + 1 < phrases.length; q++) {
		const a = phrases[q];
		const b = phrases[q + 1];
		if (a.decl || b.decl) continue;
		const c = connector(toks, a, b);
		if (c === 0) continue;
		// only where a rating stands: "3 или 4", "Оценка 3 или 4", "3或4分"; not "between 8 and 12" mid-text
		if (!(a.ts <= first || b.te - 1 >= last || a.pre || a.suf || b.pre || b.suf || c === 2))
			continue;
		// "3 to 4", "between 3 and 4": the connector itself is not a time preposition here
		if (b.excl && b.exclPrev === connTok) {
			b.excl = false;
			b.exclPrev = -1;
		}
		if (c !== 3 && (a.excl || b.excl)) {
			// "2 или 3 дня", "с 9 до 12": the unit/preposition governs both numbers
			a.excl = true;
			b.excl = true;
			continue;
		}
		if (a.excl || b.excl) continue;
		// number words only when they stand alone: "uch yoki to'rt", not "one or two things"
		const aEdge = a.ts <= first || a.pre || a.suf || a.kind !== A_WORD;
		const bEdge = b.te - 1 >= last || b.suf || b.kind !== A_WORD;
		if (!aEdge && !bEdge) continue;
		if (a.weak && !(a.ts <= first)) continue;
		const id = a.alt >= 0 ? a.alt : ++altId;
		a.alt = id;
		b.alt = id;
	}
	let declared = -1;
	for (const p of phrases) {
		if (p.decl) declared = p.v;
	}
	// acceptance
	for (const p of phrases) {
		if (p.excl || p.decl) continue;
		const atStart = p.ts <= first;
		const atEnd = p.te - 1 >= last;
		const strong = (p.pre && !p.weakPre) || p.suf || p.denom >= 0 || p.alt >= 0;
		switch (p.kind) {
			case A_GRADE:
			case A_STAR:
			case A_KEY:
			case A_CIRC:
				p.acc = true;
				break;
			case A_HAN:
				p.acc = strong || (atStart && atEnd);
				break;
			case A_WORD: {
				const framed = p.pre || p.suf || p.denom >= 0;
				if (framed || (p.alt >= 0 && !p.weak)) {
					p.acc = true;
					break;
				}
				if (p.weak) {
					// "one of your staff", "Un técnico", "Bir saat": only a rating when it is the whole reply
					p.acc = atStart && atEnd;
					break;
				}
				// A number word opening the reply must end its clause ("Пять, спасибо", "Four. Could…", "пять\n…"),
				// not count a noun ("three guys came"); one closing the reply may follow a word ("Спасибо пять")
				// unless a preposition governs it (see PRE_EXCLUDE).
				if (atStart) {
					const nk = nextNonSp(toks, p.te);
					const nt = toks[nk];
					if (
						nt === undefined ||
						nt.k === K_P ||
						nt.k === K_DIG ||
						nt.k === K_STAR ||
						nt.k === K_KEY ||
						nt.k === K_CIRC ||
						(nk > p.te && ctx.text.slice(toks[p.te].s, toks[p.te].e).includes('\n'))
					) {
						p.acc = true;
						break;
					}
				}
				if (atEnd) p.acc = true;
				else if (!p.weak && (ownSentence(ctx, p) || afterGreeting(ctx, p))) {
					p.acc = true;
					p.own = true;
				}
				break;
			}
			case A_DIG: {
				if (strong || atStart || atEnd) {
					p.acc = true;
					break;
				}
				// a sentence or line of its own: "Благодарю! 4. Мастер пришёл вовремя", "Добрый день\n5\nвсё ок"
				if (!p.dec && !p.neg && ownSentence(ctx, p)) {
					p.acc = true;
					p.own = true;
					break;
				}
				// after a clause of greetings and thanks only: "Спасибо, 5, всё супер", "Hi, 5) all good"
				if (afterGreeting(ctx, p)) {
					p.acc = true;
					p.own = true;
					break;
				}
				// a clause of its own in mid-text: "Оператору 5, а компании 2"
				const nt = toks[p.te];
				// (a label and a colon only before a comma: "Минусы: 1. Не самая…" is a list)
				const pk = labelBefore(ctx, p.ts, nt !== undefined && COMMA_CLAUSE.has(nt.v));
				if (
					!p.dec &&
					!p.neg &&
					nt !== undefined &&
					nt.k === K_P &&
					CLAUSE_END.has(nt.v) &&
					pk >= 0 &&
					toks[pk].k === K_WORD &&
					p.v >= ctx.min &&
					p.v <= ctx.max &&
					wordsBefore(ctx, p.ts) <= 6
				) {
					p.acc = true;
				}
				break;
			}
		}
	}
	markParallel(ctx, phrases);
	// repetitions next to an accepted phrase: "5 5 5", "5 (пять)"
	for (let pass = 0; pass < 2; pass++) {
		for (let q = 0; q < phrases.length; q++) {
			const p = phrases[q];
			if (p.acc || p.excl || p.decl) continue;
			const nb = pass === 0 ? (q > 0 ? phrases[q - 1] : undefined) : phrases[q + 1];
			if (nb === undefined || !nb.acc || nb.v !== p.v || nb.dec !== p.dec) continue;
			const gapOk = pass === 0 ? gapOnlyPunct(toks, nb.te, p.ts) : gapOnlyPunct(toks, p.te, nb.ts);
			if (gapOk && (!p.weak || p.pre || p.suf)) p.acc = true;
		}
		if (pass === 0) {
			// propagate backwards as well
			for (let q = phrases.length - 2; q >= 0; q--) {
				const p = phrases[q];
				const nb = phrases[q + 1];
				if (p.acc || p.excl || p.decl || !nb.acc || nb.v !== p.v || nb.dec !== p.dec) continue;
				if (gapOnlyPunct(toks, p.te, nb.ts) && (!p.weak || p.pre || p.suf)) p.acc = true;
			}
		}
	}
	markLists(ctx, phrases);
	const accepted = selectTier(ctx, phrases, declared);
	if (accepted.length === 0)
		return { reason: 'no_rating', score: null, accepted, candidates: [], ratingText: '' };

	// one distinct (validity, value, scale) → a decision; several → ambiguous
	const values: number[] = [];
	let reason: ReplyReason = 'ok';
	let distinct = 0;
	let k0r: ReplyReason = 'ok';
	let k0v = 0;
	let k0d = 0;
	for (const p of accepted) {
		const otherScale =
			(p.denom >= 0 && p.denom !== ctx.max) || (declared >= 0 && declared !== ctx.max);
		let r: ReplyReason = 'ok';
		if (p.dec) r = 'not_integer';
		else if (otherScale || p.v < ctx.min || p.v > ctx.max) r = 'out_of_range';
		const d = otherScale ? p.denom : -2;
		if (distinct === 0) {
			distinct = 1;
			k0r = r;
			k0v = p.v;
			k0d = d;
		} else if (distinct === 1 && (r !== k0r || p.v !== k0v || d !== k0d)) {
			distinct = 2;
		}
		if (!values.includes(p.v)) values.push(p.v);
		if (r !== 'ok') reason = r;
	}
	const ratingText = ctx.text.slice(ctx.toks[accepted[0].ts].s, ctx.toks[accepted[0].te - 1].e);
	if (distinct > 1)
		return { reason: 'ambiguous', score: null, accepted, candidates: values, ratingText };
	if (reason !== 'ok') return { reason, score: null, accepted, candidates: values, ratingText };
	const score = accepted[0].v;
	// 满分5分给4分: the scale statement goes with the rating
	for (const p of phrases) if (p.decl && !p.scale && p.v === ctx.max) accepted.push(p);
	if (accepted.length > 1) accepted.sort(byStart);
	return { reason: 'ok', score, accepted, candidates: values, ratingText };
}
