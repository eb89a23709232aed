/**
 * Small numeric toolkit for the aggregation: rounding, Student t distribution, Wilson interval.
 * Everything is pure and deterministic.
 */

/** z quantile for a two-sided 95 % interval. */
export const Z_95 = 1.959963984540054;

/**
 * Rounds half away from zero to `decimals` places (a relative tolerance of 1e-12 absorbs binary noise such as
 * `1.005 * 100 = 100.49999…`). Returns `0` instead of `-0`.
 */
export function roundTo(value: number, decimals: number): number {
	const f = 10 ** decimals;
	const r = Math.round(Math.abs(value) * f * (1 + 1e-12)) / f;
	if (r === 0) return 0;
	return value < 0 ? -r : r;
}

/** `roundTo` that passes `null` through. */
export function roundOrNull(value: number | null, decimals: number): number | null {
	return value === null || !Number.isFinite(value) ? null : roundTo(value, decimals);
}

const LANCZOS = [
	0.99999999999980993, 676.5203681218851, -1259.1392167224028, 771.32342877765313,
	-176.61502916214059, 12.507343278686905, -0.13857109526572012, 9.9843695780195716e-6,
	1.5056327351493116e-7,
];

/** Natural logarithm of the gamma function for x > 0 (Lanczos approximation, g = 7). */
export function logGamma(x: number): number {
	if (x < 0.5) {
		// Reflection formula.
		return Math.log(Math.PI / Math.abs(Math.sin(Math.PI * x))) - logGamma(1 - x);
	}
	const z = x - 1;
	let a = LANCZOS[0];
	const t = z + 7.5;
	for (let i = 1; i < 9; i++) a += LANCZOS[i] / (z + i);
	return 0.5 * Math.log(2 * Math.PI) + (z + 0.5) * Math.log(t) - t + Math.log(a);
}

/** Continued fraction of the incomplete beta function (modified Lentz). */
function betaContinuedFraction(a: number, b: number, x: number): number {
	const tiny = 1e-300;
	const qab = a + b;
	const qap = a + 1;
	const qam = a - 1;
	let c = 1;
	let d = 1 - (qab * x) / qap;
	if (Math.abs(d) < tiny) d = tiny;
	d = 1 / d;
	let h = d;
	for (let m = 1; m <= 400; m++) {
		const m2 = 2 * m;
		let aa = (m * (b - m) * x) / ((qam + m2) * (a + m2));
		d = 1 + aa * d;
		if (Math.abs(d) < tiny) d = tiny;
		c = 1 + aa / c;
		if (Math.abs(c) < tiny) c = tiny;
		d = 1 / d;
		h *= d * c;
		aa = (-(a + m) * (qab + m) * x) / ((a + m2) * (qap + m2));
		d = 1 + aa * d;
		if (Math.abs(d) < tiny) d = tiny;
		c = 1 + aa / c;
		if (Math.abs(c) < tiny) c = tiny;
		d = 1 / d;
		const del = d * c;
		h *= del;
		if (Math.abs(del - 1) < 1e-15) break;
	}
	return h;
}

/** Regularised incomplete beta function I_x(a, b). */
export function incompleteBeta(x: number, a: number, b: number): number {
	if (!(x > 0)) return 0;
	if (x >= 1) return 1;
	const lnFront =
		logGamma(a + b) - logGamma(a) - logGamma(b) + a * Math.log(x) + b * Math.log(1 - x);
	const front = Math.exp(lnFront);
	if (x < (a + 1) / (a + b + 2)) return (front * betaContinuedFraction(a, b, x)) / a;
	return 1 - (front * betaContinuedFraction(b, a, 1 - x)) / b;
}

/** Standard normal CDF (erfc by the Chebyshev fit of Numerical Recipes, |error| < 1.2e-7). */
export function normalCdf(z: number): number {
	const x = Math.abs(z) / Math.SQRT2;
	const t = 1 / (1 + 0.5 * x);
	const erfc =
		t *
		Math.exp(
			-x * x -
				1.26551223 +
				t *
					(1.00002368 +
						t *
							(0.37409196 +
								t *
									(0.09678418 +
										t *
											(-0.18628806 +
												t *
													(0.27886807 +
														t *
															(-1.13520398 +
																t * (1.48851587 + t * (-0.82215223 + t * 0.17087277)))))))),
		);
	return z >= 0 ? 1 - erfc / 2 : erfc / 2;
}

/** CDF of Student's t distribution with `df` (> 0, may be fractional) degrees of freedom. */
export function studentTCdf(t: number, df: number): number {
	if (Number.isNaN(t) || !(df > 0)) return Number.NaN;
	if (t === Infinity) return 1;
	if (t === -Infinity) return 0;
	if (df > 1e7) return normalCdf(t);
	const x = df / (df + t * t);
	const tail = 0.5 * incompleteBeta(x, df / 2, 0.5);
	return t < 0 ? tail : 1 - tail;
}

const tQuantileCache = new Map<number, number>();

/** Two-sided 95 % critical value of Student's t, i.e. the 0.975 quantile, for `df` degrees of freedom. */
export function tCritical95(df: number): number {
	const cached = tQuantileCache.get(df);
	if (cached !== undefined) return cached;
	let value: number;
	if (df > 1e7) {
		value = Z_95;
	} else {
		let lo = 0;
		let hi = 2;
		while (studentTCdf(hi, df) < 0.975 && hi < 1e6) hi *= 2;
		for (let i = 0; i < 80; i++) {
			const mid = (lo + hi) / 2;
			if (studentTCdf(mid, df) < 0.975) lo = mid;
			else hi = mid;
		}
		value = (lo + hi) / 2;
	}
	if (tQuantileCache.size < 10000) tQuantileCache.set(df, value);
	return value;
}

/** Wilson score interval (95 %) of `successes / n`, as fractions 0–1. */
export function wilson95(successes: number, n: number): { low: number; high: number } {
	const p = successes / n;
	const z2 = Z_95 * Z_95;
	const denom = 1 + z2 / n;
	const center = (p + z2 / (2 * n)) / denom;
	const half = (Z_95 * Math.sqrt((p * (1 - p)) / n + z2 / (4 * n * n))) / denom;
	return { low: Math.max(0, center - half), high: Math.min(1, center + half) };
}

/** Result of a one-sided Welch t-test (H1: mean A < mean B). */
export interface WelchResult {
	t: number | null;
	df: number | null;
	p: number;
}

/**
 * One-sided Welch t-test that sample A's mean is below sample B's mean.
 * Both samples need n ≥ 2. When both variances are 0, `t`/`df` are `null` and `p` is 0 (A below B) or 1.
 */
export function welchLess(
	meanA: number,
	varA: number,
	nA: number,
	meanB: number,
	varB: number,
	nB: number,
): WelchResult {
	const sa = varA / nA;
	const sb = varB / nB;
	const se2 = sa + sb;
	if (!(se2 > 0)) return { t: null, df: null, p: meanA < meanB ? 0 : 1 };
	const t = (meanA - meanB) / Math.sqrt(se2);
	const dfDen = (sa * sa) / (nA - 1) + (sb * sb) / (nB - 1);
	const df = dfDen > 0 ? (se2 * se2) / dfDen : nA + nB - 2;
	return { t, df, p: studentTCdf(t, df) };
}
