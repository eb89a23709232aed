// Reply parser, step 2b: what precedes a numeric atom (framing chains such as `я бы поставил`, `I'd give it a`,
// `给个`), and the exclusions: negations, hypotheticals, deductions, times, ids, units, dates.
import {
	H_CORE,
	H_DEDUCT,
	H_HELP,
	H_PRE_EXCLUDE,
	H_REVIEW,
	H_UNIT,
	W_DOTTED_MONTH,
	W_INVERTED_UNIT,
	W_NEGATION,
	W_PRE_CORE,
	W_PRE_EXCLUDE,
	W_PRE_HELP,
	W_SCALE_NOUN,
	W_SUF_FRAME,
	W_UNIT,
	W_WEAK_CORE,
} from './words';
import { K_BREAK, K_HAN, K_P, K_SP, K_WORD, type Tok } from './tokenize';
import {
	A_DIG,
	A_WORD,
	A_HAN,
	type Phrase,
	ID_MARK,
	DASHES,
	ownLanguage,
	zhSpacedUnit,
	type Ctx,
	nextNonSp,
	prevNonSp,
	hasBreak,
} from './phrase';
import { atomAt } from './atoms';
import { extendSuffix } from './suffix';
import { isConditional, isHypothetical } from './hypothetical';

export function extendPrefix(ctx: Ctx, p: Phrase): void {
	const toks = ctx.toks;
	let k = p.ts - 1;
	let chain = -1;
	let core = -1;
	let words = 0;
	while (k >= 0 && words < 8) {
		const t = toks[k];
		// "Оценка: 4", "Rating - 4", "Оценка — 4": a colon or a spaced dash between the frame and the number
		if (
			t.k === K_SP ||
			(t.k === K_P &&
				(t.v === 0x3a || t.v === 0xff1a || (DASHES.has(t.v) && toks[k + 1]?.k === K_SP)))
		) {
			k--;
			continue;
		}
		if (t.k === K_WORD && (t.x.f & (W_PRE_CORE | W_PRE_HELP)) !== 0) {
			chain = k;
			if ((t.x.f & W_PRE_CORE) !== 0) core = k;
			words++;
			k--;
			continue;
		}
		// 好评/差评/中评 are nouns ("a good review"), not the verb 评 of 评4分
		// ...and so are 追评 (a follow-up review), 点评, 测评: 评 after another word is a noun
		if (
			t.k === K_HAN &&
			t.w === '评' &&
			k > 0 &&
			toks[k - 1].k === K_HAN &&
			((toks[k - 1].x.h & H_REVIEW) !== 0 || (toks[k - 1].x.h & H_HELP) === 0)
		)
			break;
		// 给了5分 / 少给了一分: the aspect particle after a framing verb belongs to the chain
		const perfective =
			t.k === K_HAN &&
			t.w === '了' &&
			k > 0 &&
			toks[k - 1].k === K_HAN &&
			(toks[k - 1].x.h & H_CORE) !== 0;
		if (t.k === K_HAN && ((t.x.h & (H_CORE | H_HELP)) !== 0 || perfective)) {
			chain = k;
			if ((t.x.h & H_CORE) !== 0) core = k;
			words++;
			k--;
			continue;
		}
		break;
	}
	// "не на 5", "not a 5", "不给5分": a denied number is not a rating
	// (no read at index -1: a negative index is a slow property look-up, not an array read)
	const negTok = k >= 0 ? toks[k] : undefined;
	if (
		negTok !== undefined &&
		((negTok.k === K_WORD && (negTok.x.f & W_NEGATION) !== 0) ||
			(negTok.k === K_HAN &&
				(negTok.w === '不' || negTok.w === '没' || ((negTok.x.h & H_DEDUCT) !== 0 && core >= 0))))
	) {
		p.excl = true;
	}
	// "хотела 5, но…", "Would have rated 4 but", "本来想给五分": a hypothetical rating is not the rating
	if (isHypothetical(ctx, k, chain >= 0 ? chain : p.ts) || isConditional(ctx, p, k)) p.excl = true;
	// 满分10分: the scale, not a rating
	const a = prevNonSp(toks, p.ts - 1);
	if (
		a >= 1 &&
		toks[a].k === K_HAN &&
		toks[a].w === '分' &&
		toks[a - 1].k === K_HAN &&
		toks[a - 1].w === '满' &&
		// "满分 5" / "满分\n5": full marks, then the rating; "满分 10 分" / "满分10分": the scale
		(a === p.ts - 1 || (p.suf && !hasBreak(ctx, toks[a].e, toks[p.ts].s)))
	) {
		p.decl = true;
		p.ts = a - 1;
		return;
	}
	if (core < 0) {
		// an article/determiner opening the reply belongs to the rating: "un 5 para el técnico", "a 4, thanks"
		if (chain >= 0 && chain <= ctx.first) p.ts = chain;
		return;
	}
	// Helpers left of the core belong to the phrase when the chain starts the clause ("Le doy un 3").
	const before = k;
	const clauseStart = before < 0 || toks[before].k === K_P || toks[before].k === K_BREAK;
	p.ts = clauseStart ? chain : core;
	p.pre = true;
	p.weakPre = (toks[core].x.f & W_WEAK_CORE) !== 0 && words === 1;
}

export function checkExclusions(ctx: Ctx, p: Phrase): void {
	const toks = ctx.toks;
	const pk = prevNonSp(toks, p.ts - 1);
	const prev = pk >= 0 ? toks[pk] : undefined;
	// a preposition or label on the line before does not govern the number ("Try to\n1", "the order\n3")
	if (prev !== undefined && !p.pre && !hasBreak(ctx, prev.e, toks[p.ts].s)) {
		if (
			prev.k === K_WORD &&
			(prev.x.f & W_PRE_EXCLUDE) !== 0 &&
			ownLanguage(ctx, prev.x) &&
			(p.kind === A_DIG || p.kind === A_WORD)
		) {
			if (!p.excl) p.exclPrev = pk;
			p.excl = true;
		}
		// "лет 5", "часа 2": a unit before the number is an approximate count
		if (
			prev.k === K_WORD &&
			(prev.x.f & W_INVERTED_UNIT) !== 0 &&
			p.kind === A_DIG &&
			pk === p.ts - 2
		) {
			p.excl = true;
		}
		if (
			prev.k === K_HAN &&
			(prev.x.h & H_PRE_EXCLUDE) !== 0 &&
			(p.kind === A_DIG || p.kind === A_HAN) &&
			pk === p.ts - 1
		)
			p.excl = true;
		if (prev.k === K_P && ID_MARK.has(prev.v) && p.kind === A_DIG && pk === p.ts - 1) p.excl = true;
	}
	if (!p.suf && p.denom < 0 && (p.kind === A_DIG || p.kind === A_WORD || p.kind === A_HAN)) {
		const nk = nextNonSp(toks, p.te);
		const nt = toks[nk];
		if (nt !== undefined) {
			if (
				(nt.k === K_WORD && (nt.x.f & W_UNIT) !== 0 && ownLanguage(ctx, nt.x)) ||
				(nt.k === K_HAN && (nt.x.h & H_UNIT) !== 0 && (nk === p.te || zhSpacedUnit(ctx, p, nk)))
			) {
				p.excl = true;
				p.exclPrev = -1;
			} else if (
				nt.k === K_WORD &&
				(nt.w === 'de' || nt.w === 'del' || nt.w === 'di') &&
				toks[nextNonSp(toks, nk + 1)]?.k === K_WORD &&
				(toks[nextNonSp(toks, nk + 1)].x.f & W_UNIT) !== 0
			) {
				p.excl = true; // "3 de mayo", "5 de março"
			} else if (
				nt.k === K_P &&
				nt.v === 0x2e &&
				nk === p.te &&
				toks[nk + 1]?.k === K_SP &&
				toks[nk + 2]?.k === K_WORD &&
				(toks[nk + 2].x.f & W_DOTTED_MONTH) !== 0
			) {
				p.excl = true; // "am 3. Mai"
			}
		}
	}
}

/** Only spaces and one comma, colon or spaced dash between tokens a and b. */
function afterScale(toks: readonly Tok[], a: number, b: number): boolean {
	let marks = 0;
	for (let q = a; q < b; q++) {
		const t = toks[q];
		if (t.k === K_SP) continue;
		if (t.k !== K_P || marks > 0) return false;
		if (t.v !== 0x2c && t.v !== 0x3a && t.v !== 0xff0c && t.v !== 0xff1a && !DASHES.has(t.v))
			return false;
		marks++;
	}
	return true;
}

/** Build every phrase of the reply. */
export function buildPhrases(ctx: Ctx): Phrase[] {
	const toks = ctx.toks;
	const out: Phrase[] = [];
	let i = 0;
	while (i < toks.length) {
		const p = atomAt(ctx, i);
		if (p === null) {
			i = Math.max(ctx.next, i + 1);
			continue;
		}
		extendSuffix(ctx, p);
		extendPrefix(ctx, p);
		checkExclusions(ctx, p);
		// "thang điểm 5, 4": a scale noun and the unit before the number
		const u = prevNonSp(toks, p.as - 1);
		if (
			p.kind === A_DIG &&
			u > 1 &&
			toks[u].k === K_WORD &&
			(toks[u].x.f & W_SUF_FRAME) !== 0 &&
			toks[u - 2].k === K_WORD &&
			toks[u - 1].k === K_SP &&
			(toks[u - 2].x.f & W_SCALE_NOUN) !== 0
		) {
			p.decl = true;
			p.scale = true;
		}
		// "5 ballik tizimda 4, …", "5 point scale: 4": the number after a scale statement is framed by it
		const sc = out.length > 0 ? out[out.length - 1] : undefined;
		if (sc !== undefined && sc.scale && !p.excl && afterScale(toks, sc.te, p.ts)) p.pre = true;
		out.push(p);
		i = Math.max(p.te, i + 1);
	}
	return out;
}
