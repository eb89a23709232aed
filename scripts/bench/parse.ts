// Reply parser benchmarks:
// 1. core throughput on one core (replies/s) over realistic replies in many languages;
// 2. worst time of adversarial inputs (10 KB junk, long runs of digits/separators/stars, lone surrogates…);
// 3. the Parse CSI Reply node on 100,000 items in a real n8n vs the built-in Edit Fields (Set) node setting one
//    field from an expression on the same items (per-node executionTime from n8n's run data).
import * as fs from 'node:fs';
import * as path from 'node:path';
import { parseReply } from '../../nodes/core/reply';
import { N8n } from '../../test/e2e/harness/n8n';
import { PKG, manualTrigger, workflow } from '../../test/e2e/harness/workflows';
import type { BenchResult } from './types';

const SAMPLE = [
	'5',
	'4. Оператор был вежлив, но долго пришлось ждать на линии.',
	'给3分吧，等太久了',
	'⭐⭐⭐⭐',
	'STOP',
	'Спасибо, всё отлично! 5',
	'оценка 3',
	'I would give you a 2, the technician was late',
	'Nota 4, atendimento rápido',
	'5 dan 4',
	'отлично',
	'3 или 4',
	'My order 123456 still has not arrived',
	'٥',
	'besh',
	'五分',
	'10',
	'8/10',
	'Thanks!',
	'4+',
];

function corpusTexts(): Array<{ text: string; min: number; max: number }> {
	const file = path.resolve(__dirname, '..', '..', '..', 'shared', 'corpus', 'replies.dev.jsonl');
	if (!fs.existsSync(file)) return SAMPLE.map((text) => ({ text, min: 1, max: 5 }));
	return fs
		.readFileSync(file, 'utf8')
		.split('\n')
		.filter(Boolean)
		.map((l) => JSON.parse(l) as { text: string; scale: [number, number] })
		.map((r) => ({ text: r.text, min: r.scale[0], max: r.scale[1] }));
}

function adversarial(): Array<[string, string]> {
	const rnd = (n: number, seed: number) => {
		let s = seed;
		let out = '';
		for (let i = 0; i < n; i++) {
			s = (s * 1103515245 + 12345) & 0x7fffffff;
			out += String.fromCharCode(s % 0xffff);
		}
		return out;
	};
	return [
		['10 KB of digits', '4'.repeat(10_240)],
		['10 KB of "4-4-4-…"', '4-'.repeat(5_120)],
		['10 KB of "5 5 5 …"', '5 '.repeat(5_120)],
		['10 KB of stars', '⭐'.repeat(5_120)],
		['10 KB of spaces', ' '.repeat(10_240)],
		['10 KB of separators', ',;:-–—()/|，、：；'.repeat(700)],
		['10 KB of "4.5,"', '4.5,'.repeat(2_560)],
		['10 KB random UTF-16 (lone surrogates)', rnd(10_240, 7)],
		['10 KB of control characters', '\u0000\u0001\u0007\u001b\u007f'.repeat(2_048)],
		['10 KB of words', 'пять five cinco fünf beş '.repeat(400)],
		['10 KB of "STOP "', 'STOP '.repeat(2_048)],
		['10 KB of CJK', '给三分吧等太久了十分'.repeat(1_024)],
		['100 KB mixed', `${'оценка 4 '.repeat(5_000)}${'⭐'.repeat(20_000)}`],
	];
}

function coreThroughput(): BenchResult[] {
	const rows = corpusTexts();
	for (let i = 0; i < 20_000; i++) parseReply(rows[i % rows.length].text, rows[i % rows.length]); // warm-up
	let n = 0;
	const t0 = process.hrtime.bigint();
	let elapsed = 0;
	while (elapsed < 2_000) {
		for (let k = 0; k < 1_000; k++) {
			const r = rows[n % rows.length];
			parseReply(r.text, { min: r.min, max: r.max });
			n++;
		}
		elapsed = Number(process.hrtime.bigint() - t0) / 1e6;
	}
	const results: BenchResult[] = [
		{ name: 'core: replies parsed per second (one core)', value: (n / elapsed) * 1000, unit: 'replies/s', note: `${rows.length} distinct replies, 14 languages; aim ≥ 300,000` },
	];
	let worst = 0;
	let worstName = '';
	for (const [name, text] of adversarial()) {
		let max = 0;
		for (let k = 0; k < 5; k++) {
			const s = process.hrtime.bigint();
			parseReply(text);
			max = Math.max(max, Number(process.hrtime.bigint() - s) / 1e6);
		}
		if (max > worst) {
			worst = max;
			worstName = name;
		}
	}
	results.push({ name: 'core: worst time of one adversarial input', value: worst, unit: 'ms', note: worstName });
	return results;
}

async function nodeVsSet(items: number): Promise<BenchResult[]> {
	const texts = JSON.stringify(SAMPLE);
	const wf = workflow(
		'bench-parse-vs-set',
		[
			manualTrigger(),
			{
				name: 'Generate',
				type: 'n8n-nodes-base.set',
				typeVersion: 3.4,
				parameters: {
					mode: 'raw',
					jsonOutput: `={{ JSON.stringify({ items: Array.from({ length: ${items} }, (_, i) => ({ id: i, phone: '+99890' + (1000000 + i), text: ${texts}[i % ${SAMPLE.length}] })) }) }}`,
					options: {},
				},
			},
			{ name: 'Items', type: 'n8n-nodes-base.splitOut', typeVersion: 1, parameters: { fieldToSplitOut: 'items', options: {} } },
			{
				name: 'Parse CSI Reply',
				type: `${PKG}.parseCsiReply`,
				typeVersion: 1,
				parameters: { text: '={{ $json.text }}', scale: '1-5', options: {} },
			},
			{
				name: 'Edit Fields',
				type: 'n8n-nodes-base.set',
				typeVersion: 3.4,
				parameters: {
					mode: 'manual',
					assignments: { assignments: [{ id: 'a1', name: 'reply', value: '={{ $json.text }}', type: 'string' }] },
					includeOtherFields: true,
					options: {},
				},
			},
		],
		[
			['Start', 'Generate'],
			['Generate', 'Items'],
			['Items', 'Parse CSI Reply'],
			['Items', 'Edit Fields'],
		],
	);
	const n8n = await N8n.create();
	try {
		const id = await n8n.importWorkflow(wf);
		const r = await n8n.execute(id);
		if (r.code !== 0 || !r.run) throw new Error(`bench workflow failed:\n${r.stdout.slice(-3000)}\n${r.stderr.slice(-3000)}`);
		const runData = r.run.data.resultData.runData as Record<string, Array<{ executionTime: number; data?: { main: unknown[][] } }>>;
		const parseMs = runData['Parse CSI Reply'][0].executionTime;
		const setMs = runData['Edit Fields'][0].executionTime;
		const parsed = runData['Parse CSI Reply'][0].data?.main[0]?.length ?? 0;
		const set = runData['Edit Fields'][0].data?.main[0]?.length ?? 0;
		if (parsed !== items || set !== items) throw new Error(`expected ${items} items from both nodes, got ${parsed} and ${set}`);
		return [
			{ name: `n8n: Parse CSI Reply, ${items.toLocaleString('en-US')} items`, value: parseMs, unit: 'ms' },
			{ name: `n8n: Edit Fields (Set), same items, one expression field`, value: setMs, unit: 'ms' },
			{ name: 'n8n: Parse CSI Reply time / Edit Fields time', value: parseMs / setMs, unit: '×', note: 'aim ≤ 1.5' },
		];
	} finally {
		await n8n.dispose();
	}
}

export async function run(): Promise<BenchResult[]> {
	const items = Number(process.env.CSI_BENCH_PARSE_ITEMS ?? 100_000);
	return [...coreThroughput(), ...(await nodeVsSet(items))];
}
