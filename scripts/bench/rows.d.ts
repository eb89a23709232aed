/** Deterministic aggregate benchmark rows: 20 operators, scores 1–5 (skewed positive), one year, 3 % invalid. */
export function benchRows(n: number): Array<Record<string, unknown>>;
