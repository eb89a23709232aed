// Comment analysis benchmark, run by `node` on the built package (see aspects.ts), so it measures on the Node n8n
// runs on with no dev-time transpiler in the process: analyzeComment throughput on one core and its slowest single
// input, and the aggregation core with aspects against the same rows without, on 1,000,000 rows.
// Reads the comments (JSON: [{text, language}]) and what they are (`inputs`) from stdin; prints one JSON line.
'use strict';
const fs = require('node:fs');
const path = require('node:path');
const { analyzeComment, aggregateResponses } = require(
	path.resolve(__dirname, '..', '..', 'dist', 'index.js'),
);
const { benchRows } = require('./rows');

const { list, inputs } = JSON.parse(fs.readFileSync(0, 'utf8'));

const JUNK = [
	'не '.repeat(3400),
	'долго ждал но '.repeat(800),
	'4-4-4-'.repeat(1700),
	'\uD800'.repeat(10000),
	'很好不错但是'.repeat(1700),
	'not not rude '.repeat(800),
	'хорошо персонал '.repeat(700),
];

const now = () => Number(process.hrtime.bigint()) / 1e6;
const out = { node: process.versions.node, junk: JUNK.length };

// Throughput, language given and detected.
for (const detect of [false, true]) {
	for (let k = 0; k < list.length; k++)
		analyzeComment(list[k].text, { language: list[k].language });
	const n = 100_000;
	const t0 = now();
	for (let k = 0; k < n; k++) {
		const c = list[k % list.length];
		analyzeComment(c.text, detect ? {} : { language: c.language });
	}
	out[detect ? 'detected' : 'given'] = (n / (now() - t0)) * 1000;
}

// Slowest single input (best of 3 per input; the machine is shared).
out.worstMs = 0;
out.worstWhat = '';
for (const c of [...list.map((x) => x.text), ...JUNK]) {
	let best = Infinity;
	for (let k = 0; k < 3; k++) {
		const t0 = now();
		analyzeComment(c, {});
		best = Math.min(best, now() - t0);
	}
	if (best > out.worstMs) {
		out.worstMs = best;
		out.worstWhat = JSON.stringify(c.slice(0, 16));
	}
}

// Aggregation with and without aspects, 1M rows.
const n = 1_000_000;
const base = benchRows(n);
const opts = {
	min: 1,
	max: 5,
	groupBy: ['operator'],
	period: 'week',
	timeZone: 'Europe/Moscow',
	themes: false,
};
const time = (rows, aspects) => {
	const t0 = now();
	aggregateResponses(rows, { ...opts, aspects });
	return now() - t0;
};
// Each comparison on its own rows (the other set dropped first), off and on runs alternated, best of 5 each.
const compare = (rows) => {
	const off = [];
	const on = [];
	for (let k = 0; k < 5; k++) {
		off.push(time(rows, false));
		on.push(time(rows, true));
	}
	return [Math.min(...off), Math.min(...on)];
};
let rows = base.map((r, i) =>
	i % 3 === 0
		? { ...r, aspects: [{ aspect: 'wait_time', polarity: i % 2 ? 'neg' : 'pos' }] }
		: { ...r },
);
[out.without, out.withGiven] = compare(rows);
rows = undefined;
rows = base.map((r, i) =>
	i % 10 === 0 ? { ...r, comment: list[(i / 10) % list.length].text } : { ...r },
);
[out.withoutC, out.withC] = compare(rows);
out.inputs = inputs;
process.stdout.write(`${JSON.stringify(out)}\n`);
