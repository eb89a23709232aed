// The load of issue 14 on one real n8n (SQLite, n8n's default settings but lazy expression isolates, as
// docs/trigger.md recommends for reply volume): 2,000 genuinely signed Twilio replies (CSI_LOAD_REPLIES;
// `npm test` uses 2,000 too), 12 in flight, into CSI Reply Trigger → Parse CSI Reply, and the same load into n8n's built-in
// Webhook node → Parse CSI Reply in the same test. Every reply answered 2xx must have exactly one
// successful execution within 60 s of the last request, and the n8n process's peak memory must stay within
// 20% of the built-in Webhook node's run. Each run gets its own n8n process (a restart on the same
// database), so the peak memory of one run is not carried into the other.
import { delay } from './harness/n8n';
import {
	createReplyStack,
	executionsByMessage,
	fireOnce,
	messageSid,
	ok,
	percentile,
	signedReply,
	statusCounts,
	type ReplyStack,
} from './harness/replyLoad';

const REPLIES = Number(process.env.CSI_LOAD_REPLIES ?? 2000);
const IN_FLIGHT = Number(process.env.CSI_LOAD_IN_FLIGHT ?? 12);
const SETTLE_MS = 60_000;
const WARMUP = 20;

interface RunReport {
	which: 'trigger' | 'builtin';
	answered2xx: number;
	non2xx: Record<string, number>;
	seconds: number;
	answersPerS: number;
	p50ms: number;
	p95ms: number;
	/** Seconds from the last answer until every 2xx reply had its successful execution (or the deadline). */
	settleS: number;
	peakRssMb: number;
	executions: Record<string, number>;
	missing: number;
	duplicated: number;
	successPerS: number;
}

async function loadRun(
	stack: ReplyStack,
	which: 'trigger' | 'builtin',
	run: string,
): Promise<RunReport> {
	const { n8n } = stack;
	const wf = which === 'trigger' ? stack.triggerWf : stack.builtinWf;
	const url = stack.url(which);
	// warm the path (module loading, credential cache, database connections)
	await fireOnce(
		n8n,
		Array.from({ length: WARMUP }, (_, i) => signedReply(url, `w${run}`, i)),
		IN_FLIGHT,
	);
	await delay(2000);
	const requests = Array.from({ length: REPLIES }, (_, i) => signedReply(url, run, i));
	const result = await fireOnce(n8n, requests, IN_FLIGHT);
	const answered = new Set<string>();
	const non2xx: Record<string, number> = {};
	result.statuses.forEach((s, i) => {
		if (ok(s)) answered.add(messageSid(run, i));
		else non2xx[String(s)] = (non2xx[String(s)] ?? 0) + 1;
	});
	const lastAnswer = Date.now();
	let peak = result.peakRssMb;
	// Within 60 s of the last request every 2xx reply must have its successful execution.
	const deadline = lastAnswer + SETTLE_MS;
	let list = await n8n.allExecutions(wf, false);
	for (;;) {
		peak = Math.max(peak, n8n.peakRssMb());
		const success = list.filter((e) => e.status === 'success').length;
		const open = list.filter((e) => e.status === 'new' || e.status === 'running').length;
		if ((success >= answered.size + WARMUP && open === 0) || Date.now() > deadline) break;
		await delay(1000);
		list = await n8n.allExecutions(wf, false);
	}
	const settleS = (Date.now() - lastAnswer) / 1000;
	peak = Math.max(peak, n8n.peakRssMb());
	const { byMessage } = await executionsByMessage(n8n, wf);
	let missing = 0;
	let duplicated = 0;
	for (const sid of answered) {
		const successes = (byMessage.get(sid) ?? []).filter((s) => s === 'success').length;
		if (successes === 0) missing++;
		if (successes > 1) duplicated++;
	}
	const runList = list.filter((e) => {
		const started = e.startedAt ? Date.parse(e.startedAt) : 0;
		return started >= lastAnswer - result.seconds * 1000 - 1000;
	});
	const stops = runList
		.filter((e) => e.status === 'success' && e.stoppedAt)
		.map((e) => Date.parse(e.stoppedAt as string));
	const lastStop = stops.length > 0 ? Math.max(...stops) : lastAnswer;
	const successSpan = Math.max(
		result.seconds,
		(lastStop - (lastAnswer - result.seconds * 1000)) / 1000,
	);
	return {
		which,
		answered2xx: answered.size,
		non2xx,
		seconds: result.seconds,
		answersPerS: REPLIES / result.seconds,
		p50ms: percentile(result.latencies, 50),
		p95ms: percentile(result.latencies, 95),
		settleS,
		peakRssMb: peak,
		executions: statusCounts(runList),
		missing,
		duplicated,
		successPerS: (answered.size - missing) / successSpan,
	};
}

describe(`CSI Reply Trigger under load in real n8n (${REPLIES} signed replies, ${IN_FLIGHT} in flight)`, () => {
	let stack: ReplyStack & { start(): Promise<void> };

	beforeAll(async () => {
		// All runs with n8n's lazy expression isolates, as docs/trigger.md recommends (CSI_LOAD_LAZY_ISOLATES=false
		// for n8n's default; measured: about 40 MB more peak for the trigger, the built-in node unchanged).
		stack = await createReplyStack({
			env: { N8N_EXPRESSION_ENGINE_LAZY_ACQUIRE: process.env.CSI_LOAD_LAZY_ISOLATES ?? 'true' },
		});
		await stack.start();
	});

	afterAll(async () => {
		await stack?.n8n.dispose();
	});

	it(
		'records every acknowledged reply exactly once, with memory close to the built-in Webhook node',
		async () => {
			const tag = Date.now().toString(16).slice(-6);
			// Two rounds in alternating order (built-in, trigger, trigger, built-in), each run on a fresh n8n
			// process: a single run's peak memory swings by a few hundred MB with the garbage collector's timing
			// (one built-in run peaked at 864 MB, the others at 1,137–1,159 MB), so each side's highest peak is
			// compared, and every trigger run must record every reply once.
			const order: Array<'builtin' | 'trigger'> = ['builtin', 'trigger', 'trigger', 'builtin'];
			const runs: RunReport[] = [];
			for (let k = 0; k < order.length; k++) {
				if (k > 0) {
					// a fresh n8n process on the same database, so the peak memory starts from scratch
					await stack.n8n.signalAndWait('SIGTERM', 60_000);
					await stack.start();
				}
				const r = await loadRun(stack, order[k], `${order[k][0]}${k}${tag}`);
				process.stdout.write(`load (${order[k]}, run ${k + 1}): ${JSON.stringify(r)}\n`);
				runs.push(r);
			}
			const of = (which: 'builtin' | 'trigger') => runs.filter((r) => r.which === which);
			const peak = (which: 'builtin' | 'trigger') => Math.max(...of(which).map((r) => r.peakRssMb));
			const rate = (which: 'builtin' | 'trigger') =>
				of(which).reduce((a, r) => a + r.successPerS, 0) / of(which).length;
			process.stdout.write(
				`load: trigger/built-in highest peak memory ${(peak('trigger') / peak('builtin')).toFixed(2)}× ` +
					`(${Math.round(peak('trigger'))} vs ${Math.round(peak('builtin'))} MB), ` +
					`recorded executions/s ${(rate('trigger') / rate('builtin')).toFixed(2)}× (2 shared cores: noisy)\n`,
			);

			for (const trigger of of('trigger')) {
				expect(trigger.missing).toBe(0);
				expect(trigger.duplicated).toBe(0);
				expect(trigger.answered2xx).toBeGreaterThan(REPLIES * 0.9);
				expect(trigger.settleS).toBeLessThanOrEqual(SETTLE_MS / 1000 + 5);
			}
			expect(peak('trigger')).toBeLessThanOrEqual(peak('builtin') * 1.2);
			// four runs of 2,000 requests: ~9 min on 2 quiet cores (2026-12-03), far longer when the machine is shared
		},
		40 * 60_000,
	);
});
