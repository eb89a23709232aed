// Reply parser, step 2a: what follows a numeric atom: its scale (`из 5`, `/5`, `5 üzerinden 4`), framing
// words (`балла`, `stars`, `分`, `ставлю`), grade modifiers (`5+`) and sentence-final particles (`吧`, `nhé`).
import { FINAL_PARTICLES } from './lexicon';
import {
	H_FINAL,
	H_PARTICLE,
	H_STAR_OK,
	H_UNIT,
	W_DENOM,
	W_FINAL_KEY,
	W_GRADE_ENDING,
	W_DEDUCT_POST,
	W_HYPO_POST,
	W_NEGATION,
	W_POST_FRAME,
	W_POST_FRAME_NEG,
	W_PRE_HELP,
	W_RATING_NOUN,
	W_REV_DENOM,
	W_SCALE_NOUN,
	W_SCALE_WORD,
	W_SUF_FRAME,
} from './words';
import { K_DIG, K_HAN, K_P, K_SP, K_STAR, K_WORD } from './tokenize';
import {
	A_DIG,
	A_WORD,
	A_HAN,
	A_STAR,
	type Phrase,
	SLASHES,
	DASHES,
	ADJ_DASH,
	zhSpacedUnit,
	type Ctx,
	adjacent,
	nextNonSp,
	clauseBoundary,
} from './phrase';
import { numberAt } from './atoms';

export function zhSuffix(ctx: Ctx, p: Phrase, j: number): number {
	// j: index of a Han token right after the atom. Returns the new end, or -1 if not a Chinese framing.
	const toks = ctx.toks;
	const c = toks[j].w;
	if (c === '分') {
		const a = toks[j + 1];
		const adj = a !== undefined && adjacent(toks, j, j + 1);
		if (adj && a.k === K_HAN && (a.w === '钟' || a.w === '之' || a.w === '半')) {
			p.excl = true; // 三分钟 (duration), 三分之一 (fraction)
			return j + 1;
		}
		if (adj && a.k === K_HAN && (a.x.h & H_PARTICLE) === 0) {
			// 十分满意 ("very"), 一分都不想给 (idiom); a digit rating may be followed by text: 5分好评
			if (p.kind === A_HAN && !p.pre) {
				// 十分 + anything is the adverb "very"; other numerals: 五分好评 is a rating, 一分都不想给 is not
				// ...but 十分吧 / 十分了 closes the sentence: the rating ten, not an adverb
				const closes = (a.x.h & H_FINAL) !== 0 && toks[j + 2]?.k !== K_HAN;
				if ((p.v === 10 && !closes) || (a.x.h & H_STAR_OK) === 0) p.excl = true;
			} else if (a.w === '都' || a.w === '也') p.excl = true;
		}
		p.suf = true;
		return j + 1;
	}
	let k = j;
	if (
		(c === '颗' || c === '个') &&
		toks[j + 1]?.k === K_HAN &&
		toks[j + 1].w === '星' &&
		adjacent(toks, j, j + 1)
	)
		k = j + 1;
	if (toks[k].w === '星') {
		const a = toks[k + 1];
		if (a !== undefined && adjacent(toks, k, k + 1) && a.k === K_HAN && (a.x.h & H_STAR_OK) === 0) {
			p.excl = true; // 三星手机: the brand
		}
		p.suf = true;
		return k + 1;
	}
	if ((toks[j].x.h & H_UNIT) !== 0 && (j === p.te || zhSpacedUnit(ctx, p, j))) p.excl = true;
	return -1;
}

/**
 * A scale statement at p ("5 ballik tizimda", "5-point scale", "5-балльной шкале") declares the scale; a scale
 * adjective glued to the number without its noun ("5-балльной", "5ballik") is not a rating either.
 */
function scaleStatement(ctx: Ctx, p: Phrase): boolean {
	if (p.kind !== A_DIG && p.kind !== A_WORD) return false;
	const toks = ctx.toks;
	const j = p.te;
	let k = nextNonSp(toks, j);
	const glued = k === j;
	if (
		glued &&
		toks[k]?.k === K_P &&
		ADJ_DASH.has(toks[k].v) &&
		toks[k + 1]?.k === K_WORD &&
		adjacent(toks, k, k + 1)
	)
		k++;
	const w = toks[k];
	if (w === undefined || w.k !== K_WORD || k - j > 1 || (w.x.f & W_SCALE_WORD) === 0) return false;
	const m = nextNonSp(toks, k + 1);
	const n = toks[m];
	if (n !== undefined && n.k === K_WORD && m - k <= 2 && (n.x.f & W_SCALE_NOUN) !== 0) {
		p.decl = true;
		p.scale = true;
		p.te = m + 1;
		return true;
	}
	if (glued && (w.x.f & (W_SUF_FRAME | W_GRADE_ENDING | W_REV_DENOM)) === 0) {
		p.excl = true;
		p.te = k + 1;
		return true;
	}
	return false;
}

export function extendSuffix(ctx: Ctx, p: Phrase): void {
	const toks = ctx.toks;
	if (scaleStatement(ctx, p)) return;
	let j = p.te;
	// reverse scale: "5 üzerinden 4", "10 mein se 8", "5 dan 4"
	if (p.kind === A_DIG || p.kind === A_WORD) {
		let k = nextNonSp(toks, j);
		// "5-тен 4": the ablative ending written after a hyphen
		if (
			k === j &&
			toks[k]?.k === K_P &&
			ADJ_DASH.has(toks[k].v) &&
			toks[k + 1]?.k === K_WORD &&
			adjacent(toks, k, k + 1) &&
			(toks[k + 1].x.f & W_REV_DENOM) !== 0
		)
			k++;
		const w = toks[k];
		if (w !== undefined && w.k === K_WORD && k - j <= 1) {
			let after = -1;
			if ((w.x.f & W_REV_DENOM) !== 0) after = k + 1;
			else if (
				(w.w === 'mein' || w.w === 'me' || w.w === 'main' || w.w === 'mai') &&
				toks[nextNonSp(toks, k + 1)]?.w === 'se'
			) {
				after = nextNonSp(toks, k + 1) + 1;
			}
			if (after > 0) {
				const q = nextNonSp(toks, after);
				const qv = numberAt(ctx, q);
				if (
					qv >= 0 &&
					qv <= p.v &&
					q - after <= 1 &&
					(toks[q].k === K_DIG || !toks[q].x.num?.weak)
				) {
					p.denom = p.v;
					p.v = qv;
					p.as = q;
					p.ae = q + 1;
					p.suf = true;
					j = q + 1;
				}
			}
		}
	}
	// a school-grade ending after a hyphen: 5-ку, 4-ка
	if (
		p.kind === A_DIG &&
		toks[j]?.k === K_P &&
		ADJ_DASH.has(toks[j].v) &&
		adjacent(toks, j - 1, j) &&
		toks[j + 1]?.k === K_WORD &&
		adjacent(toks, j, j + 1) &&
		(toks[j + 1].x.f & (W_SUF_FRAME | W_GRADE_ENDING)) !== 0
	) {
		p.suf = true;
		j += 2;
	}
	// grade modifiers glued to the number: 5+, 4-, 5++
	while (
		j < toks.length &&
		adjacent(toks, j - 1, j) &&
		toks[j].k === K_P &&
		(toks[j].v === 0x2b || toks[j].v === 0x2d || toks[j].v === 0x2212)
	) {
		const a = toks[j + 1];
		if (
			toks[j].v !== 0x2b &&
			a !== undefined &&
			adjacent(toks, j, j + 1) &&
			(a.k === K_DIG || a.k === K_WORD)
		)
			break;
		j++;
	}
	for (let guard = 0; guard < 4; guard++) {
		const k = nextNonSp(toks, j);
		const nt = toks[k];
		if (nt === undefined || k - j > 1) break;
		if (nt.k === K_HAN) {
			if (k !== j && p.kind === A_HAN) break;
			const e = zhSuffix(ctx, p, k);
			if (e < 0) break;
			j = e;
			continue;
		}
		if (nt.k === K_STAR) {
			// one star after a number is its unit: "5⭐", "4 ★", "4 звезды ⭐" (but "5 ⭐⭐⭐" is two ratings)
			if (nt.v === 1 && nt.n === 1 && p.kind !== A_STAR) {
				p.suf = true;
				j = k + 1;
				continue;
			}
			break;
		}
		if (nt.k === K_WORD) {
			// "one star off", "Ein Stern Abzug", "Bir puan eksik": a deduction, not a rating (after the unit only:
			// "1 Less quantity…" is a rating and a comment)
			if ((nt.x.f & W_DEDUCT_POST) !== 0 && p.suf) {
				p.excl = true;
				break;
			}
			// "5 vermeyi düşünüyordum": a hypothetical rating
			if ((nt.x.f & W_HYPO_POST) !== 0) {
				p.excl = true;
				break;
			}
			if (
				((nt.x.f & W_SUF_FRAME) !== 0 || (k === j && (nt.x.f & W_GRADE_ENDING) !== 0)) &&
				p.kind !== A_HAN
			) {
				p.suf = true;
				j = k + 1;
				continue;
			}
			// a grading verb after its object: "пятёрку ставлю", "4 veriyorum", "un 4 le pongo", "5 gebe ich"
			const v = postVerb(ctx, k);
			if (v > 0) {
				p.suf = true;
				j = v;
				continue;
			}
			// ...denied: "5 не ставлю, 4", "5 vermem"
			if (
				(nt.x.f & W_POST_FRAME_NEG) !== 0 ||
				((nt.x.f & W_NEGATION) !== 0 && postVerb(ctx, nextNonSp(toks, k + 1)) > 0)
			) {
				p.excl = true;
				break;
			}
			// the rating named after it, closing the clause: "4 is my rating", "5, minha nota"
			const r = postNoun(ctx, k);
			if (r > 0) {
				p.suf = true;
				j = r;
				continue;
			}
			let q = -1;
			if ((nt.x.f & W_DENOM) !== 0) q = nextNonSp(toks, k + 1);
			else if (nt.w === 'out' && toks[nextNonSp(toks, k + 1)]?.w === 'of')
				q = nextNonSp(toks, nextNonSp(toks, k + 1) + 1);
			if (q > 0) {
				const qv = numberAt(ctx, q);
				if (qv >= 1 && q - k <= 4) {
					p.denom = qv;
					j = q + 1;
					continue;
				}
				break;
			}
			// "пять с плюсом", "5 с минусом"
			if ((nt.w === 'с' || nt.w === 's') && toks[k + 2]?.k === K_WORD) {
				const m = toks[k + 2].w;
				if (
					m === 'плюсом' ||
					m === 'минусом' ||
					m === 'plyusom' ||
					m === 'minusom' ||
					m === 'plusom'
				) {
					j = k + 3;
					continue;
				}
			}
			break;
		}
		if (nt.k === K_P && DASHES.has(nt.v) && k > j && toks[k + 1]?.k === K_SP) {
			// "5 — моя оценка": a spaced dash before the named rating
			const r = postNoun(ctx, k + 2);
			if (r > 0) {
				p.suf = true;
				j = r;
				continue;
			}
			break;
		}
		if (nt.k === K_P && SLASHES.has(nt.v)) {
			const q = nextNonSp(toks, k + 1);
			const qv = numberAt(ctx, q);
			if (qv >= 1 && q - k <= 2 && toks[q].k === K_DIG) {
				// 12/05/2024: a date
				const after = toks[q + 1];
				if (
					after !== undefined &&
					after.k === K_P &&
					SLASHES.has(after.v) &&
					toks[q + 2]?.k === K_DIG
				) {
					p.excl = true;
					j = q + 3;
					break;
				}
				p.denom = qv;
				j = q + 1;
				continue;
			}
		}
		break;
	}
	p.te = finalParticles(ctx, j);
}

/** A first-person grading verb at token k (after a rating), with the helpers around it: the end, or -1. */
export function postVerb(ctx: Ctx, k: number): number {
	const toks = ctx.toks;
	let q = k;
	// at most two helpers before the verb: "вам ставлю", "le pongo", "je donne"
	for (
		let h = 0;
		h < 2 &&
		toks[q]?.k === K_WORD &&
		(toks[q].x.f & W_POST_FRAME) === 0 &&
		(toks[q].x.f & W_PRE_HELP) !== 0;
		h++
	) {
		const n = nextNonSp(toks, q + 1);
		if (n - q > 2) return -1;
		q = n;
	}
	const t = toks[q];
	if (t === undefined || t.k !== K_WORD || (t.x.f & W_POST_FRAME) === 0) return -1;
	// one helper after it when it closes the clause: "fünf Sterne gebe ich", "ставлю вам."
	const a = nextNonSp(toks, q + 1);
	if (
		a - q <= 2 &&
		toks[a]?.k === K_WORD &&
		(toks[a].x.f & W_PRE_HELP) !== 0 &&
		clauseBoundary(toks, a + 1)
	)
		return a + 1;
	return q + 1;
}

/** "is my rating", "моя оценка", "minha nota" at token k, ending its clause: the end, or -1. */
export function postNoun(ctx: Ctx, k: number): number {
	const toks = ctx.toks;
	let q = k;
	let noun = false;
	for (let n = 0; n < 4; n++) {
		const t = toks[q];
		if (t === undefined || t.k !== K_WORD) break;
		if ((t.x.f & W_RATING_NOUN) !== 0) noun = true;
		else if ((t.x.f & W_PRE_HELP) === 0) return -1;
		const a = q + 1;
		if (noun && clauseBoundary(toks, a)) return a;
		if (toks[a]?.k !== K_SP || toks[a].e - toks[a].s > 1) return -1;
		q = a + 1;
	}
	return -1;
}

/**
 * Sentence-final particles glued to the end of a rating phrase belong to it: 给个4分吧, 4分呀, 五分了吧,
 * and Vietnamese/Indonesian "5 sao nhé", "Lima deh". Only where the particle closes the clause (了解 is a
 * word, 哈哈哈 is laughter).
 */
export function finalParticles(ctx: Ctx, j: number): number {
	const toks = ctx.toks;
	const t = toks[j];
	if (t === undefined) return j;
	if (t.k === K_HAN && adjacent(toks, j - 1, j) && (t.x.h & H_FINAL) !== 0) {
		let e = j + 1;
		if (toks[e]?.k === K_HAN && (toks[e].x.h & H_FINAL) !== 0 && toks[e].w !== t.w) e++;
		const n = toks[e];
		return n === undefined || n.k !== K_HAN ? e : j;
	}
	if (t.k === K_SP && toks[j + 1]?.k === K_WORD && t.e - t.s === 1) {
		const w = toks[j + 1];
		if (
			w.e - w.s <= 4 &&
			(w.x.f & W_FINAL_KEY) !== 0 &&
			FINAL_PARTICLES.has(ctx.text.slice(w.s, w.e).toLowerCase().normalize('NFC')) &&
			clauseBoundary(toks, j + 2)
		) {
			return j + 2;
		}
	}
	return j;
}
