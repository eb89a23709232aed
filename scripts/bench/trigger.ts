// CSI Reply Trigger in a real n8n, measured by recorded work, not by answers: signed Twilio replies into
// "CSI Reply Trigger → Parse CSI Reply" vs n8n's built-in Webhook node (responseMode onReceived) →
// Parse CSI Reply, same bodies, same n8n database, same concurrency. For each run: successful executions
// per second (from the first request until the last of them has finished), answers per second, answer
// latency, and the peak memory of the n8n process (each run starts a fresh n8n process on the same
// database so the peak of one run is not carried into the next). Rounds alternate the order to even out
// the shared machine's noise.
import * as os from 'node:os';
import { delay } from '../../test/e2e/harness/n8n';
import {
	createReplyStack,
	executionsByMessage,
	fireOnce,
	messageSid,
	ok,
	percentile,
	signedReply,
	type ReplyStack,
} from '../../test/e2e/harness/replyLoad';
import type { BenchResult } from './types';

const REQUESTS = Number(process.env.CSI_BENCH_TRIGGER_REQUESTS ?? 500);
const CONCURRENCY = Number(process.env.CSI_BENCH_TRIGGER_CONCURRENCY ?? 12);
const ROUNDS = Number(process.env.CSI_BENCH_TRIGGER_ROUNDS ?? 2);
const WARMUP = 20;

interface Run {
	recordedPerS: number;
	answersPerS: number;
	p50: number;
	p95: number;
	peakMb: number;
	answered: number;
	recorded: number;
}

async function measure(
	stack: ReplyStack & { start(): Promise<void> },
	which: 'trigger' | 'builtin',
	run: string,
): Promise<Run> {
	const { n8n } = stack;
	await n8n.signalAndWait('SIGTERM', 60_000);
	await stack.start();
	const url = stack.url(which);
	const wf = which === 'trigger' ? stack.triggerWf : stack.builtinWf;
	await fireOnce(
		n8n,
		Array.from({ length: WARMUP }, (_, i) => signedReply(url, `w${run}`, i)),
		CONCURRENCY,
	);
	await delay(1000);
	const started = Date.now();
	const result = await fireOnce(
		n8n,
		Array.from({ length: REQUESTS }, (_, i) => signedReply(url, run, i)),
		CONCURRENCY,
	);
	const answered = new Set<string>();
	result.statuses.forEach((s, i) => ok(s) && answered.add(messageSid(run, i)));
	// until every answered reply has its successful execution (at most 2 minutes)
	let peak = result.peakRssMb;
	const deadline = Date.now() + 120_000;
	let byMessage = new Map<string, string[]>();
	let lastStop = Date.now();
	for (;;) {
		peak = Math.max(peak, n8n.peakRssMb());
		const list = await n8n.allExecutions(wf, false);
		const open = list.some((e) => e.status === 'new' || e.status === 'running');
		const stops = list
			.filter((e) => e.status === 'success' && e.stoppedAt && Date.parse(e.stoppedAt) >= started)
			.map((e) => Date.parse(e.stoppedAt as string));
		if (stops.length > 0) lastStop = Math.max(...stops);
		if ((!open && stops.length >= answered.size) || Date.now() > deadline) break;
		await delay(500);
	}
	({ byMessage } = await executionsByMessage(n8n, wf));
	let recorded = 0;
	for (const sid of answered) if ((byMessage.get(sid) ?? []).includes('success')) recorded++;
	return {
		recordedPerS: recorded / ((lastStop - started) / 1000),
		answersPerS: REQUESTS / result.seconds,
		p50: percentile(result.latencies, 50),
		p95: percentile(result.latencies, 95),
		peakMb: Math.max(peak, n8n.peakRssMb()),
		answered: answered.size,
		recorded,
	};
}

// The setting docs/trigger.md recommends for reply volume (both sides): without it n8n creates an expression
// isolate per concurrent webhook request of any trigger but its own Webhook node. CSI_BENCH_LAZY_ISOLATES=false
// measures n8n's default.
const LAZY_ISOLATES = process.env.CSI_BENCH_LAZY_ISOLATES ?? 'true';

export async function run(): Promise<BenchResult[]> {
	const stack = await createReplyStack({
		env: { N8N_EXPRESSION_ENGINE_LAZY_ACQUIRE: LAZY_ISOLATES },
	});
	try {
		await stack.start();
		const ours: Run[] = [];
		const builtin: Run[] = [];
		for (let round = 0; round < ROUNDS; round++) {
			const order: Array<'trigger' | 'builtin'> =
				round % 2 === 0 ? ['trigger', 'builtin'] : ['builtin', 'trigger'];
			for (const which of order) {
				const r = await measure(stack, which, `${which[0]}${round}${Date.now() % 1000}`);
				(which === 'trigger' ? ours : builtin).push(r);
			}
		}
		const mean = (xs: Run[], f: (r: Run) => number) => xs.reduce((a, r) => a + f(r), 0) / xs.length;
		const note = `${REQUESTS} signed replies × ${ROUNDS} rounds, ${CONCURRENCY} in flight, ${os.cpus().length} CPUs (shared), SQLite, N8N_EXPRESSION_ENGINE_LAZY_ACQUIRE=${LAZY_ISOLATES}`;
		const a = mean(ours, (r) => r.recordedPerS);
		const b = mean(builtin, (r) => r.recordedPerS);
		const lost = (xs: Run[]) => xs.reduce((s, r) => s + (r.answered - r.recorded), 0);
		return [
			{ name: 'CSI Reply Trigger: successful executions/s', value: a, unit: '/s', note },
			{ name: 'built-in Webhook node: successful executions/s', value: b, unit: '/s', note },
			{ name: 'trigger / built-in recorded throughput', value: a / b, unit: '×' },
			{ name: 'CSI Reply Trigger: answers/s', value: mean(ours, (r) => r.answersPerS), unit: '/s' },
			{
				name: 'built-in Webhook node: answers/s',
				value: mean(builtin, (r) => r.answersPerS),
				unit: '/s',
			},
			{
				name: 'CSI Reply Trigger: answer p50 / p95',
				value: mean(ours, (r) => r.p50),
				unit: `ms / ${Math.round(mean(ours, (r) => r.p95))} ms`,
			},
			{
				name: 'built-in Webhook node: answer p50 / p95',
				value: mean(builtin, (r) => r.p50),
				unit: `ms / ${Math.round(mean(builtin, (r) => r.p95))} ms`,
			},
			{
				name: 'CSI Reply Trigger: n8n peak memory',
				value: mean(ours, (r) => r.peakMb),
				unit: 'MB',
			},
			{
				name: 'built-in Webhook node: n8n peak memory',
				value: mean(builtin, (r) => r.peakMb),
				unit: 'MB',
			},
			{
				name: 'answered 2xx without a successful execution (trigger)',
				value: lost(ours),
				unit: 'replies',
			},
			{
				name: 'answered 2xx without a successful execution (built-in)',
				value: lost(builtin),
				unit: 'replies',
			},
		];
	} finally {
		await stack.n8n.dispose();
	}
}
