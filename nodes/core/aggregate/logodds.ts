/**
 * Distinctiveness of terms between negative and positive comments: the weighted log-odds ratio with an
 * informative Dirichlet prior (Monroe, Colaresi & Quinn 2008, "Fightin' Words"), as a z-score. The prior is
 * the pooled term distribution of both sides, so terms common to both (brand names, the product) score near 0.
 */

/** Total prior mass (pseudo-counts spread over the terms in proportion to their pooled counts). */
const PRIOR_MASS = 500;

export interface SideCounts {
	/** Comments of each side holding the term. */
	neg: number;
	pos: number;
}

/**
 * z-score of the log-odds of a term being negative rather than positive (> 0: distinctive of negative).
 * `nNeg`/`nPos`: total counts of all terms per side; `pooledShare`: the term's share of all counts.
 */
export function logOdds(
	c: SideCounts,
	nNeg: number,
	nPos: number,
	pooledShare: number,
): { delta: number; z: number } {
	const a0 = Math.min(PRIOR_MASS, Math.max(1, nNeg + nPos));
	const a = Math.max(1e-6, a0 * pooledShare);
	const lNeg = Math.log((c.neg + a) / Math.max(1e-9, nNeg + a0 - c.neg - a));
	const lPos = Math.log((c.pos + a) / Math.max(1e-9, nPos + a0 - c.pos - a));
	const variance = 1 / (c.neg + a) + 1 / (c.pos + a);
	const delta = lNeg - lPos;
	return { delta, z: delta / Math.sqrt(variance) };
}
