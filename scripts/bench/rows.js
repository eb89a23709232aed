// Deterministic aggregate benchmark rows, shared by the TypeScript benches (aggregate.ts, aspects.ts) and the plain
// `node` child that measures the comment analysis on n8n's Node (aspects-core.js).
'use strict';

/** 20 operators, scores 1–5 (skewed positive), one year of timestamps, 3 % invalid. */
function benchRows(n) {
	const start = Date.UTC(2025, 0, 1);
	const year = 365 * 86_400_000;
	const rows = new Array(n);
	let seed = 42;
	for (let i = 0; i < n; i++) {
		seed = (seed * 1_103_515_245 + 12_345) >>> 0;
		const r = seed / 2 ** 32;
		const score = r < 0.03 ? 'n/a' : r < 0.1 ? 1 : r < 0.18 ? 2 : r < 0.33 ? 3 : r < 0.6 ? 4 : 5;
		rows[i] = {
			operator: `op${i % 20}`,
			score,
			timestamp: start + Math.floor((((i * 7919) % n) / n) * year),
		};
	}
	return rows;
}

module.exports = { benchRows };
