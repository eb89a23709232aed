// Reply parser, step 2b: what precedes a numeric atom (framing chains such as `я бы поставил`, `I'd give it a`,
// `给个`), and the exclusions: negations, hypotheticals, deductions, times, ids, units, dates.
import {
	DOTTED_MONTHS,
	HYPO_PAIRS,
	HYPO_WORDS,
	INVERTED_UNITS,
	NEGATIONS,
	PRE_CORE,
	PRE_EXCLUDE,
	PRE_HELP,
	WEAK_CORES,
} from './lexicon';
import { K_BREAK, K_HAN, K_P, K_SP, K_WORD } from './tokenize';
import {
	A_DIG,
	A_WORD,
	A_HAN,
	type Phrase,
	ZH_CORE,
	ZH_REVIEW,
	ZH_HELP,
	ZH_UNITS,
	ZH_PRE_EXCL,
	ZH_DEDUCT,
	ZH_HYPO,
	ID_MARK,
	DASHES,
	ownLanguage,
	zhSpacedUnit,
	isUnitWord,
	type Ctx,
	nextNonSp,
	prevNonSp,
	hasBreak,
} from './phrase';
import { atomAt } from './atoms';
import { extendSuffix } from './suffix';

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
		if (t.k === K_WORD && (PRE_CORE.has(t.w) || PRE_HELP.has(t.w))) {
			chain = k;
			if (PRE_CORE.has(t.w)) core = k;
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
			(ZH_REVIEW.has(toks[k - 1].w) || !ZH_HELP.has(toks[k - 1].w))
		)
			break;
		// 给了5分 / 少给了一分: the aspect particle after a framing verb belongs to the chain
		const perfective =
			t.k === K_HAN &&
			t.w === '了' &&
			k > 0 &&
			toks[k - 1].k === K_HAN &&
			ZH_CORE.has(toks[k - 1].w);
		if (t.k === K_HAN && (ZH_CORE.has(t.w) || ZH_HELP.has(t.w) || perfective)) {
			chain = k;
			if (ZH_CORE.has(t.w)) core = k;
			words++;
			k--;
			continue;
		}
		break;
	}
	// "не на 5", "not a 5", "不给5分": a denied number is not a rating
	const negTok = toks[k];
	if (
		negTok !== undefined &&
		((negTok.k === K_WORD && NEGATIONS.has(negTok.w)) ||
			(negTok.k === K_HAN &&
				(negTok.w === '不' || negTok.w === '没' || (ZH_DEDUCT.has(negTok.w) && core >= 0))))
	) {
		p.excl = true;
	}
	// "хотела 5, но…", "Would have rated 4 but", "本来想给五分": a hypothetical rating is not the rating
	if (isHypothetical(ctx, k, chain >= 0 ? chain : p.ts)) p.excl = true;
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
	p.weakPre = WEAK_CORES.has(toks[core].w) && words === 1;
}

/** Words before a rating phrase ending at token k (the chain starting at `start`) make it hypothetical. */
/** First words of the hypothetical pairs: a cheap test before the pairs. */
const HYPO_FIRST: ReadonlySet<string> = new Set(HYPO_PAIRS.map(([a]) => a));

export function isHypothetical(ctx: Ctx, k: number, start: number): boolean {
	const toks = ctx.toks;
	if (toks[start]?.k === K_HAN || toks[k]?.k === K_HAN) {
		// the clause before the number: up to 6 Han characters
		let q = k;
		let n = 0;
		while (q >= 0 && toks[q].k === K_HAN && n < 6) {
			q--;
			n++;
		}
		if (n < 2) return false;
		const before = ctx.text.slice(toks[q + 1].s, toks[start].s);
		for (const h of ZH_HYPO) if (before.includes(h)) return true;
		return false;
	}
	let later = '';
	let q = k;
	for (let n = 0; n < 5 && q >= 0; n++) {
		const t = toks[q];
		if (t.k !== K_WORD) break;
		if (HYPO_WORDS.has(t.w) && later !== 'бы' && later !== 'by') return true;
		if (HYPO_FIRST.has(t.w)) {
			for (const [a, b] of HYPO_PAIRS) if (t.w === a && (b === '' || later === b)) return true;
		}
		later = t.w;
		q--;
		if (toks[q]?.k !== K_SP || hasBreak(ctx, toks[q].s, toks[q].e)) break;
		q--;
	}
	return false;
}

export function checkExclusions(ctx: Ctx, p: Phrase): void {
	const toks = ctx.toks;
	const pk = prevNonSp(toks, p.ts - 1);
	const prev = pk >= 0 ? toks[pk] : undefined;
	// a preposition or label on the line before does not govern the number ("Try to\n1", "the order\n3")
	if (prev !== undefined && !p.pre && !hasBreak(ctx, prev.e, toks[p.ts].s)) {
		if (
			prev.k === K_WORD &&
			PRE_EXCLUDE.has(prev.w) &&
			ownLanguage(ctx, prev.w) &&
			(p.kind === A_DIG || p.kind === A_WORD)
		) {
			if (!p.excl) p.exclPrev = pk;
			p.excl = true;
		}
		// "лет 5", "часа 2": a unit before the number is an approximate count
		if (prev.k === K_WORD && INVERTED_UNITS.has(prev.w) && p.kind === A_DIG && pk === p.ts - 2) {
			p.excl = true;
		}
		if (
			prev.k === K_HAN &&
			ZH_PRE_EXCL.has(prev.w) &&
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
				(nt.k === K_WORD && isUnitWord(nt.w) && ownLanguage(ctx, nt.w)) ||
				(nt.k === K_HAN && ZH_UNITS.has(nt.w) && (nk === p.te || zhSpacedUnit(ctx, p, nk)))
			) {
				p.excl = true;
				p.exclPrev = -1;
			} else if (
				nt.k === K_WORD &&
				(nt.w === 'de' || nt.w === 'del' || nt.w === 'di') &&
				toks[nextNonSp(toks, nk + 1)]?.k === K_WORD &&
				isUnitWord(toks[nextNonSp(toks, nk + 1)].w)
			) {
				p.excl = true; // "3 de mayo", "5 de março"
			} else if (
				nt.k === K_P &&
				nt.v === 0x2e &&
				nk === p.te &&
				toks[nk + 1]?.k === K_SP &&
				toks[nk + 2]?.k === K_WORD &&
				DOTTED_MONTHS.has(toks[nk + 2].w)
			) {
				p.excl = true; // "am 3. Mai"
			}
		}
	}
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
		out.push(p);
		i = Math.max(p.te, i + 1);
	}
	return out;
}
