// No reply lost across n8n restarts: a steady stream of genuinely signed Twilio replies into CSI Reply
// Trigger → Parse CSI Reply on one real n8n, through a SIGTERM restart and a SIGKILL restart. The simulated
// provider retries every non-2xx answer (connection refused included) until it gets a 2xx, as Twilio does
// with connection overrides / Telnyx / Vonage do on their own. Afterwards executions that n8n marked
// `crashed` (it died before they finished; the reply is in the execution) are re-driven through n8n's
// public API, as docs/trigger.md tells users to, and every reply must have exactly one successful execution.
import { N8n, delay } from './harness/n8n';
import {
	createReplyStack,
	executionMessageSid,
	executionsByMessage,
	messageSid,
	ok,
	send,
	signedReply,
	statusCounts,
	waitUntilSettled,
	type Attempt,
	type ReplyStack,
} from './harness/replyLoad';

const RATE_PER_S = Number(process.env.CSI_DURABILITY_RATE ?? 5);
/** Replies sent before, between and after the two restarts. */
const PHASE_REPLIES = Number(process.env.CSI_DURABILITY_PHASE ?? 50);
/** The simulated provider keeps at most this many requests open at once (all replies together). */
const IN_FLIGHT = 12;
/** Retries back off like a provider's retry queue: 1 s doubling up to 10 s, for at most ~10 minutes. */
const MAX_ATTEMPTS = 60;
const retryDelay = (attempt: number) =>
	Math.min(10_000, 1000 * 2 ** attempt) * (0.75 + Math.random() / 2);
/** Starts tried after a restart: n8n 2.41.1 on SQLite sometimes exits during its own start-up. */
const START_TRIES = 4;

type Phase = 'running' | 'shutting down' | 'down' | 'starting';

interface Delivery {
	sid: string;
	attempts: Array<Attempt & { phase: Phase }>;
}

describe('CSI Reply Trigger durability in real n8n (SIGTERM and SIGKILL restarts)', () => {
	let stack: ReplyStack & { start(): Promise<void> };
	let n8n: N8n;

	beforeAll(async () => {
		// behind a health-checked load balancer, as docs/trigger.md tells users to run n8n: n8n 2.41.1 answers
		// every request 200 "n8n is starting up" while its migrations run, which no node can change
		stack = await createReplyStack({ gate: true });
		n8n = stack.n8n;
		await stack.start();
	});

	afterAll(async () => {
		await stack?.gate?.stop();
		await n8n?.dispose();
	});

	it('answers 2xx only for replies n8n has recorded; every reply is scored, none twice unless its delivery failed', async () => {
		const run = Date.now().toString(16).slice(-8);
		const url = stack.url('trigger');
		let phase: Phase = 'running';
		let stopped = false;
		const deliveries: Delivery[] = [];
		const tasks: Array<Promise<void>> = [];
		let index = 0;

		// The provider's connection pool: at most IN_FLIGHT requests open at once.
		let open = 0;
		const waiting: Array<() => void> = [];
		const limited = async <T>(fn: () => Promise<T>): Promise<T> => {
			if (open >= IN_FLIGHT) await new Promise<void>((r) => waiting.push(r));
			open++;
			try {
				return await fn();
			} finally {
				open--;
				waiting.shift()?.();
			}
		};
		// One reply: sent, and retried until it gets a 2xx (a provider's retry queue).
		const deliver = async (d: Delivery, i: number) => {
			const request = signedReply(url, run, i);
			for (let attempt = 0; attempt < MAX_ATTEMPTS && !stopped; attempt++) {
				const seenIn = phase;
				const a = await limited(() => send(request, 15_000));
				d.attempts.push({ ...a, phase: seenIn });
				if (ok(a.status)) return;
				await delay(retryDelay(attempt));
			}
		};
		// A steady stream of `count` new replies at RATE_PER_S.
		const stream = async (count: number) => {
			for (let k = 0; k < count; k++) {
				const i = index++;
				const d: Delivery = { sid: messageSid(run, i), attempts: [] };
				deliveries.push(d);
				tasks.push(deliver(d, i));
				await delay(1000 / RATE_PER_S);
			}
		};
		let selfExits = 0;
		let lastStartAt = 0;
		const restart = async (signal: NodeJS.Signals) => {
			phase = signal === 'SIGTERM' ? 'shutting down' : 'down';
			const ended = await n8n.signalAndWait(signal, 90_000);
			phase = 'starting';
			// what a process supervisor (systemd, Docker restart policy) does when n8n exits on its own
			for (let attempt = 1; ; attempt++) {
				try {
					await stack.start();
					break;
				} catch (error) {
					if (attempt >= START_TRIES) throw error;
					selfExits++;
					process.stdout.write(
						`n8n did not come up (try ${attempt}): ${(error as Error).message.split('\n')[0]}\n`,
					);
					await n8n.signalAndWait('SIGKILL', 10_000).catch(() => undefined);
				}
			}
			phase = 'running';
			lastStartAt = Date.now();
			return ended;
		};

		const streaming = (async () => {
			await stream(PHASE_REPLIES);
			await stream(PHASE_REPLIES);
			await stream(PHASE_REPLIES);
		})();
		let term: Awaited<ReturnType<typeof restart>>;
		let kill: Awaited<ReturnType<typeof restart>>;
		try {
			await delay((PHASE_REPLIES / RATE_PER_S) * 1000 * 0.7);
			term = await restart('SIGTERM');
			await delay(3000);
			kill = await restart('SIGKILL');
			await streaming;
			await Promise.all(tasks);
		} finally {
			// on a failure, let the simulated provider give up so nothing keeps running after the test
			stopped = true;
		}

		const settled = await waitUntilSettled(n8n, stack.triggerWf, 90_000);
		const before = statusCounts(settled);

		// Re-drive the replies whose execution n8n had to give up (crashed): the reply is in the execution.
		let { byMessage } = await executionsByMessage(n8n, stack.triggerWf);
		// Executions a killed process left `running` (n8n marks only those it finds in its event log as
		// crashed) are as stale as crashed ones: no process runs them any more.
		const crashed = (await n8n.allExecutions(stack.triggerWf, true)).filter(
			(e) =>
				e.status === 'crashed' ||
				e.status === 'error' ||
				((e.status === 'running' || e.status === 'new') &&
					Date.parse(e.startedAt ?? e.createdAt ?? '') < lastStartAt),
		);
		let redriven = 0;
		const redriveFailures: string[] = [];
		for (const e of crashed) {
			const sid = executionMessageSid(e);
			if (!sid || (byMessage.get(sid) ?? []).includes('success')) continue;
			try {
				await n8n.api('POST', `/executions/${e.id}/retry`, { loadWorkflow: true });
				redriven++;
			} catch (error) {
				redriveFailures.push(`${e.id} (${e.status}): ${(error as Error).message}`);
			}
		}
		await waitUntilSettled(n8n, stack.triggerWf, 60_000);
		let unknownExecutions = 0;
		({ byMessage, unknown: unknownExecutions } = await executionsByMessage(n8n, stack.triggerWf));

		const attempts = deliveries.flatMap((d) => d.attempts);
		const byPhase = (p: Phase, pred: (s: number) => boolean) =>
			attempts.filter((a) => a.phase === p && pred(a.status)).length;
		const unanswered = deliveries.filter((d) => !d.attempts.some((a) => ok(a.status)));
		const lost = deliveries.filter(
			(d) =>
				d.attempts.some((a) => ok(a.status)) && !(byMessage.get(d.sid) ?? []).includes('success'),
		);
		const successes = (d: Delivery) =>
			(byMessage.get(d.sid) ?? []).filter((s) => s === 'success').length;
		// At-least-once, as the provider sees it: a delivery whose answer n8n could not send before it stopped
		// can leave an execution that n8n runs after the restart (it re-runs executions it had only enqueued)
		// while the provider, which got no 2xx, delivers the reply again. Two executions are then right for the
		// trigger; recording the reply once is the inbox's job (the reply template keys it by message id).
		// A reply n8n never failed to answer must not run twice.
		const duplicatedAfterRetry = deliveries.filter(
			(d) => successes(d) > 1 && d.attempts.some((a) => !ok(a.status)),
		);
		const duplicated = deliveries.filter(
			(d) => successes(d) > 1 && !d.attempts.some((a) => !ok(a.status)),
		);
		const summary = {
			replies: deliveries.length,
			attempts: attempts.length,
			sigterm: term,
			sigkill: kill,
			okWhileShuttingDown: byPhase('shutting down', ok),
			nonOkWhileShuttingDown: byPhase('shutting down', (s) => !ok(s)),
			nonOkWhileDownOrStarting: byPhase('down', (s) => !ok(s)) + byPhase('starting', (s) => !ok(s)),
			nonOkWhileRunning: byPhase('running', (s) => !ok(s)),
			executionsBeforeRedrive: before,
			redriven,
			redriveFailures,
			n8nExitsDuringStart: selfExits,
			answered503ByLoadBalancer: stack.gate?.refused ?? 0,
			executionsWithoutReply: unknownExecutions,
			lost: lost.length,
			duplicated: duplicated.length,
			twiceAfterAFailedAnswer: duplicatedAfterRetry.length,
		};
		process.stdout.write(`trigger durability: ${JSON.stringify(summary)}\n`);
		for (const d of lost) {
			process.stdout.write(
				`lost ${d.sid}: attempts ${JSON.stringify(d.attempts)}, executions ${JSON.stringify(byMessage.get(d.sid) ?? [])}\n`,
			);
			// what n8n itself stored for it, beside what its API lists
			const rows = n8n.sqlite(
				`SELECT e.id, e.status, e.finished, e.mode, e.retryOf, e.createdAt, e.startedAt, e.stoppedAt FROM execution_entity e JOIN execution_data d ON d.executionId = e.id WHERE d.data LIKE '%${d.sid}%'`,
			);
			process.stdout.write(`  stored: ${JSON.stringify(rows)}\n`);
			for (const id of rows.map((r) => String(r.id)))
				process.stdout.write(
					`  log: ${n8n.logLines([`"${id}"`, `execution ${id}`, `ID ${id}`]).join('\n  log: ')}\n`,
				);
		}
		for (const d of [...duplicated, ...duplicatedAfterRetry])
			process.stdout.write(
				`twice ${d.sid}: attempts ${JSON.stringify(d.attempts)}, executions ${JSON.stringify(byMessage.get(d.sid) ?? [])}\n`,
			);
		if (lost.length > 0 && process.env.CSI_DIAG_DIR)
			process.stdout.write(`  n8n folder copied to ${n8n.copyFolder(process.env.CSI_DIAG_DIR)}\n`);
		if (lost.length > 0)
			process.stdout.write(
				`  recovery log: ${n8n.logLines(['ecover', 'rash', 'nqueued', 'Autodeactivated']).join('\n  recovery log: ')}\n`,
			);

		expect(unanswered.map((d) => d.sid)).toEqual([]);
		expect(lost.map((d) => d.sid)).toEqual([]);
		expect(duplicated.map((d) => d.sid)).toEqual([]);
		// the restarts really happened while replies were arriving, and were answered non-2xx then
		expect(summary.nonOkWhileDownOrStarting).toBeGreaterThan(0);
		// nothing stays open
		const { all } = await executionsByMessage(n8n, stack.triggerWf);
		expect(all.filter((e) => e.status === 'running' || e.status === 'new')).toEqual([]);
	});
});
