// Reply parser, step 1: the numeric atoms of a reply (digits, number words, school grades, Chinese numerals,
// stars, keycaps, circled digits), skipping phone numbers, ids, decimals-as-times and digits glued to words.
import { W_GRADE_ENDING, W_REV_DENOM, W_SCALE_WORD, W_SUF_FRAME } from './words';
import { K_CIRC, K_DIG, K_HAN, K_KEY, K_P, K_SP, K_STAR, K_WORD, type Tok } from './tokenize';
import {
	A_DIG,
	A_WORD,
	A_GRADE,
	A_HAN,
	A_STAR,
	A_KEY,
	A_CIRC,
	type Phrase,
	zhNum,
	ID_MARK,
	AFTER_MARK,
	DASHES,
	ADJ_DASH,
	type Ctx,
	adjacent,
	nextNonSp,
	newPhrase,
} from './phrase';

/** Length of a phone-number-like cluster of digit groups starting at token i (0 if none). */
export function phoneCluster(toks: readonly Tok[], i: number): number {
	let total = 0;
	let maxGroup = 0;
	let j = i;
	let end = i;
	let groups = 0;
	// phone numbers have at most ~6 groups: the bound keeps "5 5 5 5 …" linear
	let spaced = false;
	let dotted = false;
	while (j < toks.length && toks[j].k === K_DIG && groups++ < 8) {
		// a single trailing digit after a space is a rating, not a phone group: "66666666 5"
		if (
			j > i &&
			toks[j].n === 1 &&
			toks[j - 1].k === K_SP &&
			(toks[j + 1] === undefined || toks[j + 2]?.k !== K_DIG)
		)
			break;
		total += toks[j].n;
		if (toks[j].n > maxGroup) maxGroup = toks[j].n;
		end = j + 1;
		const sep = toks[j + 1];
		if (sep === undefined) break;
		const isSep =
			(sep.k === K_SP && sep.e - sep.s === 1) ||
			(sep.k === K_P && (sep.v === 0x2d || sep.v === 0x2e || sep.v === 0x28 || sep.v === 0x29));
		if (sep.k === K_SP) spaced = true;
		else if (sep.k === K_P && sep.v === 0x2e) dotted = true;
		// "1 17.06.2022": a number before a date, not a phone number written with dots
		if (spaced && dotted) break;
		if (!isSep || toks[j + 2] === undefined || toks[j + 2].k !== K_DIG) {
			// "(916) 555": a closing parenthesis followed by a space
			if (sep.k === K_P && sep.v === 0x29 && toks[j + 2]?.k === K_SP && toks[j + 3]?.k === K_DIG) {
				j += 3;
				continue;
			}
			break;
		}
		j += 2;
	}
	return total >= 7 && maxGroup >= 3 ? end - i : 0;
}

/** Value of a number word / Han numeral / digit token used as a scale ("из 5", "out of ten", "من ١٠"). */
export function numberAt(ctx: Ctx, i: number): number {
	const t = ctx.toks[i];
	if (t === undefined) return -1;
	if (t.k === K_DIG) {
		// not a decimal ("out of 5.5")
		const nx = ctx.toks[i + 1];
		if (
			nx !== undefined &&
			adjacent(ctx.toks, i, i + 1) &&
			nx.k === K_P &&
			(nx.v === 0x2e || nx.v === 0x2c)
		) {
			if (ctx.toks[i + 2]?.k === K_DIG && adjacent(ctx.toks, i + 1, i + 2)) return -1;
		}
		return t.v;
	}
	if (t.k === K_WORD) {
		const nw = t.x.num;
		return nw === undefined ? -1 : nw.value;
	}
	if (t.k === K_HAN) {
		return zhNum(t);
	}
	return -1;
}

/** Build the atom at token i (or return null and set ctx.next past consumed tokens). */
export function atomAt(ctx: Ctx, i: number): Phrase | null {
	const toks = ctx.toks;
	const t = toks[i];
	ctx.next = i + 1;
	switch (t.k) {
		case K_DIG:
			return digitAtom(ctx, i);
		case K_WORD: {
			if (!ctx.words) return null;
			const nw = t.x.num;
			if (nw === undefined) return null;
			if (nw.weak) {
				// an article or pronoun before a number: "Le doy un 3", "a 4"
				const nt = toks[nextNonSp(toks, i + 1)];
				if (
					nt !== undefined &&
					(nt.k === K_DIG || nt.k === K_STAR || nt.k === K_KEY || nt.k === K_CIRC)
				)
					return null;
			}
			const p = newPhrase(i, i + 1, nw.grade ? A_GRADE : A_WORD, nw.value);
			p.weak = nw.weak;
			return p;
		}
		case K_HAN:
			return ctx.words ? hanAtom(ctx, i) : null;
		case K_STAR: {
			if (!ctx.stars) return null;
			const p = newPhrase(i, i + 1, A_STAR, t.v);
			// ★★★☆☆: a 5-star scale is written out
			if (t.n > t.v) p.denom = t.n;
			return p;
		}
		case K_KEY:
			return t.v < 0 ? null : newPhrase(i, i + 1, A_KEY, t.v);
		case K_CIRC:
			return newPhrase(i, i + 1, A_CIRC, t.v);
		default:
			return null;
	}
}

export function hanAtom(ctx: Ctx, i: number): Phrase | null {
	const toks = ctx.toks;
	const v0 = zhNum(toks[i]);
	if (v0 < 0) return null;
	// up to four numerals: 五, 十, 十五, 二十, 二十五 (no array: this runs for every Han character)
	let j = i + 1;
	let n = 1;
	let v1 = -1;
	let v2 = -1;
	let tens = v0 === 10 ? 1 : 0;
	let ten = v0 === 10 ? 0 : -1;
	while (j < toks.length && toks[j].k === K_HAN && j - i < 4) {
		const x = zhNum(toks[j]);
		if (x < 0) break;
		if (n === 1) v1 = x;
		else if (n === 2) v2 = x;
		if (x === 10) {
			tens++;
			if (ten < 0) ten = n;
		}
		n++;
		j++;
	}
	ctx.next = j;
	let v = -1;
	if (n === 1) v = v0;
	else if (ten >= 0 && ten <= 1 && tens === 1 && n - ten <= 2) {
		const before = ten === 1 ? v0 : 1;
		const afterIdx = ten + 1;
		const after = afterIdx < n ? (afterIdx === 1 ? v1 : v2) : 0;
		if (before >= 1 && before <= 9 && after <= 9 && after !== 10) v = before * 10 + after;
	}
	if (v < 0) return null; // 五六 (five or six), 一二三: a list, not a rating
	return newPhrase(i, j, A_HAN, v);
}

export function digitAtom(ctx: Ctx, i: number): Phrase | null {
	const toks = ctx.toks;
	const t = toks[i];
	// phone numbers and other digit-group clusters
	const cl = phoneCluster(toks, i);
	if (cl > 0) {
		ctx.next = i + cl;
		return null;
	}
	const prev = i > 0 && adjacent(toks, i - 1, i) ? toks[i - 1] : undefined;
	let neg = false;
	let start = i;
	if (prev !== undefined) {
		if (prev.k === K_WORD) return skipGlued(ctx, i);
		if (prev.k === K_P) {
			if (ID_MARK.has(prev.v)) return skipGlued(ctx, i);
			if (prev.v === 0x2d || prev.v === 0x2212 || prev.v === 0x2013) {
				const pp = i > 1 && adjacent(toks, i - 2, i - 1) ? toks[i - 2] : undefined;
				if (pp === undefined || (pp.k === K_P && !DASHES.has(pp.v))) {
					neg = true;
					start = i - 1;
				} else if (pp.k === K_WORD) return skipGlued(ctx, i);
			}
		}
	}
	let v = t.v;
	let end = i + 1;
	let dec = false;
	const nx = toks[i + 1];
	if (nx !== undefined && adjacent(toks, i, i + 1)) {
		if (
			nx.k === K_P &&
			(nx.v === 0x2e || nx.v === 0x2c || nx.v === 0x3a || nx.v === 0xff0e) &&
			toks[i + 2]?.k === K_DIG &&
			adjacent(toks, i + 1, i + 2)
		) {
			// 4.5 / 4,5 (decimal), 11:30 (time), 1.5.2024 (date), 192.168.0.1
			let j = i + 2;
			let groups = 2;
			while (
				toks[j + 1]?.k === K_P &&
				adjacent(toks, j, j + 1) &&
				(toks[j + 1].v === 0x2e || toks[j + 1].v === 0x2c || toks[j + 1].v === 0x3a) &&
				toks[j + 2]?.k === K_DIG &&
				adjacent(toks, j + 1, j + 2)
			) {
				j += 2;
				groups++;
			}
			ctx.next = j + 1;
			if (nx.v === 0x3a || groups > 2) return null;
			const frac = toks[i + 2];
			if (t.v < 0 || frac.v < 0) return null;
			const fracText = ctx.text.slice(frac.s, frac.e);
			if (/^0+$/.test(fracText)) {
				v = t.v;
			} else {
				v = t.v + frac.v / Math.pow(10, frac.n);
				dec = true;
			}
			end = i + 3;
		} else if (nx.k === K_WORD) {
			// 5pm, 3rd, 10mins, 2x; but 5ка (a school grade), 5dan 4 (a reverse scale)
			if ((nx.x.f & (W_SUF_FRAME | W_GRADE_ENDING | W_REV_DENOM | W_SCALE_WORD)) === 0)
				return skipGlued(ctx, i);
		} else if (nx.k === K_P && AFTER_MARK.has(nx.v)) {
			return skipGlued(ctx, i);
		} else if (
			nx.k === K_P &&
			ADJ_DASH.has(nx.v) &&
			toks[i + 2]?.k === K_WORD &&
			adjacent(toks, i + 1, i + 2)
		) {
			// 3-й, 5-ti; but 5-ку, 5-тен 4
			if ((toks[i + 2].x.f & (W_SUF_FRAME | W_GRADE_ENDING | W_REV_DENOM | W_SCALE_WORD)) === 0)
				return skipGlued(ctx, i);
		}
	}
	if (t.v < 0 || (t.n > ctx.maxDigits && !dec)) {
		ctx.next = Math.max(ctx.next, end);
		return null; // order/ticket numbers, years: never a rating
	}
	if (t.n >= 2 && ctx.text.charCodeAt(t.s) === 0x30) {
		return skipGlued(ctx, i); // 05, 007: codes
	}
	const p = newPhrase(start, end, A_DIG, neg ? -v : v);
	p.as = i;
	p.ae = end;
	p.dec = dec;
	p.neg = neg;
	ctx.next = end;
	return p;
}

/** Skip a digit token glued to letters/marks (and the glued token). */
export function skipGlued(ctx: Ctx, i: number): null {
	ctx.next = i + 1;
	return null;
}
