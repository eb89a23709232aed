// Reply parser, step 2c: hypothetical ratings, which are not the rating ("хотела 5, но…", "Would have rated 4 but",
// "本来想给五分", "если бы перезвонили, поставил бы 5", "I would rate 5 if…", "如果早点到就给5分了").
import { HYPO_PAIRS } from './lexicon';
import { W_CONDITIONAL, W_HYPO, W_HYPO_FIRST, W_SUBJUNCTIVE } from './words';
import { K_BREAK, K_HAN, K_P, K_SP, K_WORD } from './tokenize';
import { type Ctx, type Phrase, ZH_CONDITIONALS, ZH_HYPO, hasBreak, wordAt } from './phrase';

/** What ends a sentence for a condition: its scope (commas stay inside: "если бы…, поставил бы 5"). */
const SENTENCE_END: ReadonlySet<number> = new Set([
	0x2e, 0x21, 0x3f, 0x2026, 0x3b, 0x3002, 0xff01, 0xff1f, 0xff1b, 0x061f, 0x061b,
]);
/** How far back a condition is looked for: a bound that keeps long replies linear. */
const SCOPE = 24;

/** Words before a rating phrase ending at token k (the chain starting at `start`) make it hypothetical. */
export function isHypothetical(ctx: Ctx, k: number, start: number): boolean {
	const toks = ctx.toks;
	if (toks[start]?.k === K_HAN || (k >= 0 && toks[k].k === K_HAN)) {
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
		if ((t.x.f & W_HYPO) !== 0 && later !== 'бы' && later !== 'by') return true;
		// the first words of the hypothetical pairs: a cheap test before the pairs
		if ((t.x.f & W_HYPO_FIRST) !== 0) {
			for (const [a, b] of HYPO_PAIRS) if (t.w === a && (b === '' || later === b)) return true;
		}
		later = t.w;
		q--;
		if (q < 0 || toks[q].k !== K_SP || hasBreak(ctx, toks[q].s, toks[q].e)) break;
		q--;
	}
	return false;
}

/**
 * A rating inside a counterfactual condition: a condition word with a subjunctive right after it earlier in the
 * sentence ("если бы перезвонили, поставил бы 5"), or a condition right after a rating framed by a subjunctive
 * ("I would rate 5 if they had called back", "поставил бы 5, если бы…"); in Chinese a condition word and 就 before
 * the rating and 了 after it (如果早点到就给5分了). A condition alone is not one ("если честно, 4", "If I had to
 * rate, 4", "如果打分的话，就给4分吧").
 */
export function isConditional(ctx: Ctx, p: Phrase, k: number): boolean {
	const toks = ctx.toks;
	if (toks[p.ts].k === K_HAN || toks[p.te - 1].k === K_HAN || (k >= 0 && toks[k].k === K_HAN))
		return zhConditional(ctx, p);
	// before: "если бы" in the same sentence; a subjunctive among the few words before the rating
	let subjunctive = false;
	let n = 0;
	for (let q = p.ts - 1; q >= 0 && n < SCOPE; q--, n++) {
		const t = toks[q];
		if (t.k === K_BREAK || (t.k === K_P && SENTENCE_END.has(t.v))) break;
		if (t.k === K_SP) {
			if (hasBreak(ctx, t.s, t.e)) break;
			continue;
		}
		if (t.k !== K_WORD) continue;
		if ((t.x.f & W_SUBJUNCTIVE) !== 0 && n < 10) subjunctive = true;
		if ((t.x.f & W_CONDITIONAL) !== 0) {
			const next = wordAt(ctx, q + 1);
			if (next >= 0 && next < p.ts && (toks[next].x.f & W_SUBJUNCTIVE) !== 0) return true;
		}
	}
	if (!subjunctive) return false;
	// after: a condition opening the next words ("5 if…", "5, если бы…")
	let q = p.te;
	if (q < toks.length && toks[q].k === K_SP && !hasBreak(ctx, toks[q].s, toks[q].e)) q++;
	if (q < toks.length && toks[q].k === K_P && (toks[q].v === 0x2c || toks[q].v === 0xff0c)) q++;
	const w = wordAt(ctx, q);
	return w >= 0 && (toks[w].x.f & W_CONDITIONAL) !== 0;
}

function zhConditional(ctx: Ctx, p: Phrase): boolean {
	const toks = ctx.toks;
	// 了 closing the rating (it may be read as the rating's particle: 给5分了)
	const after = toks[p.te];
	if (toks[p.te - 1].w !== '了' && (after === undefined || after.k !== K_HAN || after.w !== '了'))
		return false;
	let jiu = false;
	let n = 0;
	for (let q = p.ts - 1; q >= 0 && n < SCOPE; q--, n++) {
		const t = toks[q];
		if (t.k === K_P && (SENTENCE_END.has(t.v) || t.v === 0x2c || t.v === 0xff0c)) break;
		if (t.k === K_BREAK) break;
		if (t.k !== K_HAN) continue;
		if (t.w === '就') jiu = true;
		else if (jiu) for (const c of ZH_CONDITIONALS) if (ctx.text.startsWith(c, t.s)) return true;
	}
	return false;
}
