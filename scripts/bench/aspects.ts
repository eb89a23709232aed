// Benchmark of the comment analysis: analyzeComment throughput on one core and its slowest single input, and
// CSI Aggregate's core with aspects against the same rows without, on 1,000,000 rows.
// Comments: the real reviews of ../shared/real-reviews when present (else the hand-written test cases),
// cycled; junk inputs of 10 KB for the worst case.
import * as fs from 'node:fs';
import * as path from 'node:path';
import { benchRows } from './aggregate';
import { builtCore } from './built';
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

const JUNK = [
	'не '.repeat(3400),
	'долго ждал но '.repeat(800),
	'4-4-4-'.repeat(1700),
	'\uD800'.repeat(10000),
	'很好不错但是'.repeat(1700),
	'not not rude '.repeat(800),
	'хорошо персонал '.repeat(700),
];

export async function run(): Promise<BenchResult[]> {
	const { analyzeComment, aggregateResponses } = builtCore();
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
	const results: BenchResult[] = [];
	// Throughput, language given and detected.
	for (const detect of [false, true]) {
		for (let k = 0; k < list.length; k++)
			analyzeComment(list[k].text, { language: list[k].language });
		const n = 100_000;
		const t0 = performance.now();
		for (let k = 0; k < n; k++) {
			const c = list[k % list.length];
			analyzeComment(c.text, detect ? {} : { language: c.language });
		}
		const ms = performance.now() - t0;
		results.push({
			name: `analyzeComment ${detect ? 'language detected' : 'language given'}`,
			value: round((n / ms) * 1000, 0),
			unit: 'comments/s',
			note: `100,000 calls cycling over ${inputs}; one core; aim ≥ 50,000`,
		});
	}
	// Slowest single input (best of 3 per input; the machine is shared).
	let worst = 0;
	let worstWhat = '';
	for (const c of [...list.map((x) => x.text), ...JUNK]) {
		let best = Infinity;
		for (let k = 0; k < 3; k++) {
			const t0 = performance.now();
			analyzeComment(c, {});
			best = Math.min(best, performance.now() - t0);
		}
		if (best > worst) {
			worst = best;
			worstWhat = JSON.stringify(c.slice(0, 16));
		}
	}
	results.push({
		name: 'analyzeComment slowest input',
		value: round(worst, 2),
		unit: 'ms',
		note: `best of 3 calls per input, language detected, over every comment and ${JUNK.length} junk inputs of 10 KB; slowest ${worstWhat}; aim ≤ 5 ms`,
	});
	// Aggregation with and without aspects, 1M rows.
	const n = 1_000_000;
	const base = benchRows(n);
	const opts = {
		min: 1,
		max: 5,
		groupBy: ['operator'],
		period: 'week' as const,
		timeZone: 'Europe/Moscow',
		themes: false as const,
	};
	const time = (rows: Record<string, unknown>[], aspects: boolean): number => {
		const t0 = performance.now();
		aggregateResponses(rows, { ...opts, aspects });
		return performance.now() - t0;
	};
	const given = base.map((r, i) =>
		i % 3 === 0
			? { ...r, aspects: [{ aspect: 'wait_time', polarity: i % 2 ? 'neg' : 'pos' }] }
			: { ...r },
	);
	const commented = base.map((r, i) =>
		i % 10 === 0 ? { ...r, comment: list[(i / 10) % list.length].text } : { ...r },
	);
	const without = Math.min(time(given, false), time(given, false));
	const withGiven = Math.min(time(given, true), time(given, true));
	results.push(
		{
			name: 'aggregate 1M rows, aspects off',
			value: round(without, 0),
			unit: 'ms',
			note: 'rows of the aggregate benchmark: 20 operators, ISO weeks in Europe/Moscow, best of 2',
		},
		{
			name: 'aggregate 1M rows, aspects from rows (1/3 carry csi.aspects)',
			value: round(withGiven / without, 2),
			unit: '× off',
			note: `${round(withGiven, 0)} ms vs ${round(without, 0)} ms; aim ≤ 1.5`,
		},
	);
	const withoutC = Math.min(time(commented, false), time(commented, false));
	const withC = Math.min(time(commented, true), time(commented, true));
	results.push({
		name: 'aggregate 1M rows, comments analysed (10% of rows)',
		value: round(withC / withoutC, 2),
		unit: '× off',
		note: `${round(withC, 0)} ms vs ${round(withoutC, 0)} ms; 100,000 comments cycling over ${inputs}; aim ≤ 1.5`,
	});
	return results;
}
