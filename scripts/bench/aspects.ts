// Benchmark of the comment analysis: analyzeComment throughput on one core and its slowest single input, and
// CSI Aggregate's core with aspects against the same rows without, on 1,000,000 rows.
// Comments: the real reviews of ../shared/real-reviews when present (else the hand-written test cases),
// cycled; junk inputs of 10 KB for the worst case. The measuring is done by a plain `node` child process on the
// built package (aspects-core.js) on the pinned Node 24 n8n runs on (scripts/n8n-runtime.js), as for the parser
// core, not by the Node that runs this script.
import { spawnSync } from 'node:child_process';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { ensureRuntime } from '../n8n-runtime';
import type { BenchResult } from './types';
import { ASPECT_CASES } from '../../test/unit/core/analysis/aspect-cases';

function round(n: number, digits = 1): number {
	const f = 10 ** digits;
	return Math.round(n * f) / f;
}

const REVIEWS_DIR = path.join(__dirname, '..', '..', '..', 'shared', 'real-reviews');

function comments(): { text: string; language: string }[] {
	const dir = REVIEWS_DIR;
	const out: { text: string; language: string }[] = [];
	for (const language of ['ru', 'zh', 'en']) {
		const file = path.join(dir, `${language}.jsonl`);
		if (!fs.existsSync(file)) continue;
		for (const line of fs.readFileSync(file, 'utf8').split('\n')) {
			if (line.trim() !== '')
				out.push({ text: (JSON.parse(line) as { text: string }).text, language });
		}
	}
	if (out.length > 0) return out;
	for (const [language, cases] of Object.entries(ASPECT_CASES)) {
		for (const [text] of cases) if (text !== '') out.push({ text, language });
	}
	return out;
}

export async function run(): Promise<BenchResult[]> {
	const list = comments();
	const real = list.length > 100;
	const distinct = new Set(list.map((c) => c.text)).size;
	const inputs = real
		? `${list.length} real reviews ru/zh/en from ../shared/real-reviews (${distinct} distinct), avg ${(list.reduce((a, c) => a + c.text.length, 0) / list.length) | 0} chars`
		: `${list.length} hand-written test cases (../shared/real-reviews not present)`;
	if (!real) {
		console.log(
			`  NOTE: ../shared/real-reviews is missing: comments are the ${list.length} hand-written test cases, not real reviews`,
		);
	}
	const r = spawnSync(ensureRuntime().node, [path.join(__dirname, 'aspects-core.js')], {
		input: JSON.stringify({ list, inputs }),
		encoding: 'utf8',
		maxBuffer: 1 << 20,
	});
	if (r.status !== 0) throw new Error(`comment analysis benchmark failed: ${r.stderr}`);
	const m = JSON.parse(r.stdout) as {
		node: string;
		junk: number;
		given: number;
		detected: number;
		worstMs: number;
		worstWhat: string;
		without: number;
		withGiven: number;
		withoutC: number;
		withC: number;
	};
	const results: BenchResult[] = [];
	for (const detect of [false, true]) {
		results.push({
			name: `analyzeComment ${detect ? 'language detected' : 'language given'}`,
			value: round(detect ? m.detected : m.given, 0),
			unit: 'comments/s',
			note: `100,000 calls cycling over ${inputs}; one core, Node ${m.node}; aim ≥ 50,000`,
		});
	}
	results.push(
		{
			name: 'analyzeComment slowest input',
			value: round(m.worstMs, 2),
			unit: 'ms',
			note: `best of 3 calls per input, language detected, over every comment and ${m.junk} junk inputs of 10 KB; slowest ${m.worstWhat}; aim ≤ 5 ms`,
		},
		{
			name: 'aggregate 1M rows, aspects off',
			value: round(m.without, 0),
			unit: 'ms',
			note: `rows of the aggregate benchmark: 20 operators, ISO weeks in Europe/Moscow, best of 5 (off and on runs alternated), Node ${m.node}`,
		},
		{
			name: 'aggregate 1M rows, aspects from rows (1/3 carry csi.aspects)',
			value: round(m.withGiven / m.without, 2),
			unit: '× off',
			note: `${round(m.withGiven, 0)} ms vs ${round(m.without, 0)} ms; aim ≤ 1.5`,
		},
		{
			name: 'aggregate 1M rows, comments analysed (10% of rows)',
			value: round(m.withC / m.withoutC, 2),
			unit: '× off',
			note: `${round(m.withC, 0)} ms vs ${round(m.withoutC, 0)} ms; 100,000 comments cycling over ${inputs}; aim ≤ 1.5`,
		},
	);
	return results;
}
