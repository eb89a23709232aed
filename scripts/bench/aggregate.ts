// Benchmark of the aggregation core and of the CSI Aggregate node against n8n's built-in Summarize node.
// (a) core: 1,000,000 responses grouped by operator and ISO week in a time zone (rows/s, ms, heap).
// (b) real n8n: N items made by a Set expression + Split Out, then the same items go to CSI Aggregate (mean and
//     count per operator) and to Summarize (average and count of score split by operator) in one execution;
//     each node's own `executionTime` from the run data is compared.
// Run: `npx tsx -e "require('./scripts/bench/aggregate').run().then(r => console.table(r))"` after a build/pack,
// with CSI_BENCH_ITEMS to change N (default 100000).
import { builtCore } from './built';
import { benchRows } from './rows';
import { N8n } from '../../test/e2e/harness/n8n';
import { PKG, manualTrigger, workflow } from '../../test/e2e/harness/workflows';

export interface BenchResult {
	name: string;
	value: number;
	unit: string;
	note?: string;
}

const MB = 1024 * 1024;

function round(n: number, digits = 1): number {
	const f = 10 ** digits;
	return Math.round(n * f) / f;
}

export function benchCore(n = 1_000_000): BenchResult[] {
	const { aggregateResponses } = builtCore();
	const rows = benchRows(n);
	const heapBefore = process.memoryUsage().heapUsed;
	const t0 = performance.now();
	const result = aggregateResponses(rows, {
		min: 1,
		max: 5,
		groupBy: ['operator'],
		period: 'week',
		timeZone: 'Europe/Moscow',
		themes: false,
	});
	const ms = performance.now() - t0;
	const heapAfter = process.memoryUsage().heapUsed;
	if (result.overall.count + result.overall.invalid !== n) throw new Error('core bench: rows lost');
	const note = `${n} rows, 20 operators × ${result.periods.length} ISO weeks (Europe/Moscow)`;
	return [
		{ name: 'aggregate core: time', value: round(ms), unit: 'ms', note },
		{
			name: 'aggregate core: throughput',
			value: Math.round(n / (ms / 1000)),
			unit: 'rows/s',
			note,
		},
		{
			name: 'aggregate core: heap used',
			value: round(heapAfter / MB),
			unit: 'MB',
			note: `after the run, input rows included (${round((heapAfter - heapBefore) / MB)} MB more than before it)`,
		},
	];
}

interface TimedRun {
	executionTime?: number;
	data?: { main?: Array<Array<{ json: Record<string, unknown> }> | null> };
	error?: { message: string };
}

export async function benchN8n(
	n = Number(process.env.CSI_BENCH_ITEMS ?? 100_000),
): Promise<BenchResult[]> {
	const items =
		`={{ Array.from({ length: ${n} }, (_, i) => ({ id: i, operator: 'op' + (i % 20), ` +
		`score: 1 + (Math.floor(i / 20) % 5), receivedAt: new Date(Date.UTC(2026, 0, 1) + (i % 90) * 86400000).toISOString() })) }}`;
	// n8n (execution order v1) runs sibling branches top to bottom; each order is run once and the times of
	// both runs are averaged, so neither node always pays for the garbage left by the Split Out.
	const build = (oursFirst: boolean) =>
		workflow(
			`bench-aggregate-vs-summarize-${oursFirst ? 'ours-first' : 'summarize-first'}`,
			[
				manualTrigger(),
				{
					name: 'Generate',
					type: 'n8n-nodes-base.set',
					typeVersion: 3.4,
					parameters: {
						mode: 'manual',
						assignments: {
							assignments: [{ id: 'a1', name: 'items', type: 'array', value: items }],
						},
						options: {},
					},
				},
				{
					name: 'Split',
					type: 'n8n-nodes-base.splitOut',
					typeVersion: 1,
					parameters: { fieldToSplitOut: 'items', options: {} },
				},
				{
					name: 'CSI Aggregate',
					type: `${PKG}.csiAggregate`,
					typeVersion: 1,
					position: [660, oursFirst ? -100 : 100],
					parameters: {
						scale: '1-5',
						scoreField: 'score',
						groupBy: 'operator',
						period: 'none',
						output: 'groups',
						options: { themes: false },
					},
				},
				{
					name: 'Summarize',
					type: 'n8n-nodes-base.summarize',
					typeVersion: 1.1,
					position: [660, oursFirst ? 100 : -100],
					parameters: {
						fieldsToSummarize: {
							values: [
								{ aggregation: 'average', field: 'score' },
								{ aggregation: 'count', field: 'score' },
							],
						},
						fieldsToSplitBy: 'operator',
						options: {},
					},
				},
			],
			[
				['Start', 'Generate'],
				['Generate', 'Split'],
				['Split', 'CSI Aggregate'],
				['Split', 'Summarize'],
			],
		);
	const n8n = await N8n.create();
	try {
		let oursMs = 0;
		let theirsMs = 0;
		let wall = 0;
		for (const oursFirst of [true, false]) {
			const id = await n8n.importWorkflow(build(oursFirst));
			const t0 = performance.now();
			const r = await n8n.execute(id);
			wall += (performance.now() - t0) / 2;
			if (r.code !== 0 || !r.run)
				throw new Error(`bench workflow failed (${r.code}):\n${r.stdout.slice(-2000)}`);
			const runData = r.run.data.resultData.runData as unknown as Record<string, TimedRun[]>;
			const timeOf = (node: string) => {
				const last = runData[node]?.[0];
				if (!last || last.error || typeof last.executionTime !== 'number')
					throw new Error(`${node} did not run: ${last?.error?.message}`);
				return last;
			};
			const ours = timeOf('CSI Aggregate');
			const theirs = timeOf('Summarize');
			// Same answer: mean and count of op0 (each operator's scores cycle 1..5, mean 3 when N is a multiple of 100).
			const ourOp0 = ours.data?.main?.[0]?.find((i) => i.json.operator === 'op0')?.json;
			const theirOp0 = theirs.data?.main?.[0]?.find((i) => i.json.operator === 'op0')?.json;
			if (
				!ourOp0 ||
				!theirOp0 ||
				ourOp0.count !== theirOp0.count_score ||
				Math.abs(Number(ourOp0.mean) - Number(theirOp0.average_score)) > 0.006
			)
				throw new Error(`results differ: ${JSON.stringify(ourOp0)} vs ${JSON.stringify(theirOp0)}`);
			oursMs += (ours.executionTime as number) / 2;
			theirsMs += (theirs.executionTime as number) / 2;
		}
		// Memory: the n8n process's peak resident set size, in executions with only one of the two nodes (and
		// one with neither, the cost of generating and splitting the items).
		const peak: Record<string, number | null> = {};
		for (const keep of ['none', 'CSI Aggregate', 'Summarize'] as const) {
			const wf = build(true);
			wf.nodes = wf.nodes.filter((x) => {
				const name = (x as { name: string }).name;
				return (name !== 'CSI Aggregate' && name !== 'Summarize') || name === keep;
			});
			const split = (wf.connections.Split as { main: Array<Array<{ node: string }>> }).main;
			split[0] = split[0].filter((c) => c.node === keep);
			wf.name = `bench-aggregate-memory-${keep}`;
			const r = await n8n.execute(await n8n.importWorkflow(wf));
			if (r.code !== 0) throw new Error(`memory run (${keep}) failed:\n${r.stdout.slice(-2000)}`);
			peak[keep] = r.peakRssMb;
		}
		const note = `${n} items, 20 operators, same executions (n8n CLI, both branch orders, mean of 2), node executionTime`;
		const memNote = 'peak RSS of the n8n execute process (VmHWM)';
		return [
			{ name: 'n8n: CSI Aggregate (mean+count per operator)', value: oursMs, unit: 'ms', note },
			{
				name: 'n8n: Summarize (average+count split by operator)',
				value: theirsMs,
				unit: 'ms',
				note,
			},
			{
				name: 'n8n: CSI Aggregate speed-up vs Summarize',
				value: round(theirsMs / Math.max(1, oursMs), 1),
				unit: '×',
				note,
			},
			{
				name: 'n8n: whole execution (generate, split, both nodes)',
				value: round(wall),
				unit: 'ms',
				note: 'wall time of `n8n execute`, mean of 2',
			},
			{
				name: 'n8n memory: generate + split only',
				value: round(peak.none ?? NaN),
				unit: 'MB',
				note: memNote,
			},
			{
				name: 'n8n memory: + CSI Aggregate',
				value: round(peak['CSI Aggregate'] ?? NaN),
				unit: 'MB',
				note: memNote,
			},
			{
				name: 'n8n memory: + Summarize',
				value: round(peak.Summarize ?? NaN),
				unit: 'MB',
				note: memNote,
			},
		];
	} finally {
		await n8n.dispose();
	}
}

export async function run(): Promise<BenchResult[]> {
	const core = benchCore();
	const inN8n = await benchN8n();
	return [...core, ...inN8n];
}
