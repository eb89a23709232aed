// Reply parser benchmarks:
// 1. core throughput on one core (replies/s) over realistic replies in many languages;
// 2. worst time of adversarial inputs (10 KB junk, long runs of digits/separators/stars, lone surrogates…);
// 3. the Parse CSI Reply node on 100,000 items in a real n8n vs the built-in Edit Fields (Set) node setting one
//    field from an expression on the same items (per-node executionTime from n8n's run data).
import { spawnSync } from 'node:child_process';
import * as path from 'node:path';
import { ensureRuntime } from '../n8n-runtime';
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

/**
 * The core's numbers come from a plain `node` child process running the built package (scripts/bench/parse-core.js):
 * no dev-time transpiler or loader hooks in the measured process, one core, on the pinned Node 24 n8n runs on
 * (scripts/n8n-runtime.js), not on whatever Node runs this script.
 */
function coreThroughput(): BenchResult[] {
	const node = ensureRuntime().node;
	const r = spawnSync(node, [path.join(__dirname, 'parse-core.js')], {
		encoding: 'utf8',
	});
	if (r.status !== 0) throw new Error(`parse core benchmark failed: ${r.stderr}`);
	const m = JSON.parse(r.stdout) as {
		rate: number;
		distinct: number;
		inputs: string;
		corpus: boolean;
		worstMs: number;
		worstName: string;
		worstMaxMs: number;
		worstMaxName: string;
		node: string;
	};
	if (!m.corpus) {
		console.log(
			`  NOTE: ../shared/corpus is missing: the parser core is measured on ${m.inputs}, not on the corpus`,
		);
	}
	return [
		{
			name: 'core: replies parsed per second (one core)',
			value: m.rate,
			unit: 'replies/s',
			note: `best of 3 rounds of 1.5 s over ${m.inputs}, Node ${m.node}; aim ≥ 300,000`,
		},
		{
			name: 'core: adversarial input, worst median of 9 calls',
			value: m.worstMs,
			unit: 'ms',
			note: `${m.worstName}; aim ≤ 5 ms`,
		},
		{
			name: 'core: adversarial input, worst single call (incl. cold)',
			value: m.worstMaxMs,
			unit: 'ms',
			note: `${m.worstMaxName}; aim ≤ 5 ms`,
		},
	];
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
			{
				name: 'Items',
				type: 'n8n-nodes-base.splitOut',
				typeVersion: 1,
				parameters: { fieldToSplitOut: 'items', options: {} },
			},
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
					assignments: {
						assignments: [{ id: 'a1', name: 'reply', value: '={{ $json.text }}', type: 'string' }],
					},
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
		if (r.code !== 0 || !r.run)
			throw new Error(`bench workflow failed:\n${r.stdout.slice(-3000)}\n${r.stderr.slice(-3000)}`);
		const runData = r.run.data.resultData.runData as Record<
			string,
			Array<{ executionTime: number; data?: { main: unknown[][] } }>
		>;
		const parseMs = runData['Parse CSI Reply'][0].executionTime;
		const setMs = runData['Edit Fields'][0].executionTime;
		const parsed = runData['Parse CSI Reply'][0].data?.main[0]?.length ?? 0;
		const set = runData['Edit Fields'][0].data?.main[0]?.length ?? 0;
		if (parsed !== items || set !== items)
			throw new Error(`expected ${items} items from both nodes, got ${parsed} and ${set}`);
		return [
			{
				name: `n8n: Parse CSI Reply, ${items.toLocaleString('en-US')} items`,
				value: parseMs,
				unit: 'ms',
				note: `the ${SAMPLE.length} built-in sample replies in turn`,
			},
			{
				name: `n8n: Edit Fields (Set), same items, one expression field`,
				value: setMs,
				unit: 'ms',
			},
			{
				name: 'n8n: Parse CSI Reply time / Edit Fields time',
				value: parseMs / setMs,
				unit: '×',
				note: 'aim ≤ 1.5',
			},
		];
	} finally {
		await n8n.dispose();
	}
}

export async function run(): Promise<BenchResult[]> {
	const items = Number(process.env.CSI_BENCH_PARSE_ITEMS ?? 100_000);
	return [...coreThroughput(), ...(await nodeVsSet(items))];
}
