// Queue mode: a steady stream of Twilio-signed replies while the webhook processor is stopped with SIGTERM and
// with SIGKILL, and the main with SIGTERM and with SIGKILL, each started again. The simulated provider retries
// every non-2xx answer and network error. Afterwards every reply answered 2xx has reached a final state: its survey
// is answered once and it has exactly one event row. Replies refused while a process was down are counted.
// CSI_QUEUE_STREAM_RATE (replies/s, default 2): the stream has to stay below what the stack scores per second on
// 2 shared cores (3.7–5.3 replies/s measured), or the backlog a restart leaves never drains: answers then take
// longer than the provider's 30 s, every retry is one more execution, and the stack is overloaded rather than
// restarted (docs/scale-out.md, "Overload"). At 4/s that happened on this machine at every revision tried.
import { delay, freePort, type N8n } from '../harness/n8n';
import { startReadinessGate, type ReadinessGate } from '../harness/readinessGate';
import {
	postReply,
	scoreOf,
	sidOf,
	startReplyStack,
	until,
	untilSettled,
	type ReplyStack,
} from './replyStack';

const RATE = Number(process.env.CSI_QUEUE_STREAM_RATE ?? 2);
const t0 = Date.now();
/** Progress on stderr as it happens (jest prints console output only at the end). */
const note = (m: string) =>
	process.stderr.write(`[restarts +${Math.round((Date.now() - t0) / 1000)} s] ${m}\n`);

describe('queue mode: a reply stream across SIGTERM / SIGKILL of the webhook processor and the main', () => {
	let s: ReplyStack;
	const PHASES: Array<[label: string, who: 'webhook' | 'main', signal: NodeJS.Signals]> = [
		['webhook SIGTERM', 'webhook', 'SIGTERM'],
		['webhook SIGKILL', 'webhook', 'SIGKILL'],
		['main SIGTERM', 'main', 'SIGTERM'],
		['main SIGKILL', 'main', 'SIGKILL'],
	];
	const N = Math.ceil(RATE * 40) * PHASES.length;

	let gate: ReadinessGate;

	beforeAll(async () => {
		// Providers reach the webhook processor through a load balancer that routes only to a ready process
		// (GET /healthz/readiness), as docs/scale-out.md tells users to deploy: while its migrations run, n8n
		// answers every request 200 "n8n is starting up". The balancer's URL is every process's WEBHOOK_URL.
		const gatePort = await freePort();
		s = await startReplyStack({
			workers: 2,
			webhooks: 1,
			stuckAfterMinutes: 1,
			env: { WEBHOOK_URL: `http://127.0.0.1:${gatePort}/` },
		});
		gate = await startReadinessGate({ port: gatePort, upstreams: () => [s.targets[0].baseUrl] });
		await s.seed(N);
	}, 600_000);

	afterAll(async () => {
		await gate?.stop();
		await s?.stop();
	});

	test(
		'every reply answered 2xx reaches a final state, once',
		async () => {
			const hook = s.targets[0];
			const status = new Array<number>(N).fill(0);
			const refused = new Array<number>(N).fill(0);
			const deadline = Date.now() + 20 * 60_000;
			const inflight: Array<Promise<void>> = [];
			// per reply: settled, attempts so far, last answer — printed if some request never settles
			const settled = new Array<boolean>(N).fill(false);
			const attempts = new Array<number>(N).fill(0);
			const last = new Array<number>(N).fill(-1);
			let i = 0;
			const stream = (async () => {
				while (i < N) {
					const k = i++;
					inflight.push(
						postReply(gate, k, deadline, undefined, (st) => {
							attempts[k]++;
							last[k] = st;
						}).then((r) => {
							status[k] = r.status;
							refused[k] = r.retries;
							settled[k] = true;
						}),
					);
					await delay(1000 / RATE);
				}
			})();
			const perPhase = Math.floor(N / PHASES.length);
			for (const [p, [, who, signal]] of PHASES.entries()) {
				await until(async () => i >= p * perPhase + perPhase / 3, 10 * 60_000, 200);
				const proc: N8n = who === 'main' ? s.q.main : hook;
				note(`${PHASES[p][0]} at reply ${i}`);
				await proc.kill(signal);
				await delay(2000);
				// the same port again: the provider keeps calling the same URL
				await proc.start(180_000);
				note(`${who} started again at reply ${i}`);
			}
			await stream;
			note(`all ${N} replies posted`);
			// every attempt is bounded (30 s) and retries stop at the deadline, so this cap only turns a hang into
			// a report: which replies never settled, after how many attempts, with which last answer
			const cap = new Promise<'cap'>((resolve) => {
				const t = setTimeout(() => resolve('cap'), Math.max(0, deadline - Date.now()) + 120_000);
				t.unref();
			});
			if ((await Promise.race([Promise.all(inflight), cap])) === 'cap') {
				const open = settled.flatMap((x, k) => (x ? [] : [k]));
				note(
					`${open.length} replies never settled: ` +
						open
							.slice(0, 20)
							.map((k) => `#${k} (${attempts[k]} attempts, last ${last[k]})`)
							.join(', '),
				);
			}
			const ok = status.filter((x) => x >= 200 && x < 300).length;
			note(`all answered: 2xx ${ok}`);
			const answered = async () =>
				(await s.surveys()).filter((r) => r.status === 'answered').length;
			await untilSettled(
				async () => (await answered()) >= ok,
				async () => {
					const n = await answered();
					note(`surveys answered ${n} of ${ok}`);
					return n;
				},
			);
			const surveys = await s.surveys();
			const events = (await s.events()).filter((e) => e.kind !== 'sent');
			const perSid = new Map<string, number>();
			for (const e of events)
				perSid.set(String(e.messageId), (perSid.get(String(e.messageId)) ?? 0) + 1);
			let lost = 0;
			let duplicated = 0;
			for (let k = 0; k < N; k++) {
				if (status[k] < 200 || status[k] >= 300) continue;
				const survey = surveys.find((r) => r.surveyId === `Q-${k}`);
				const c = perSid.get(sidOf(k)) ?? 0;
				if (c === 0 || survey?.status !== 'answered' || survey.score !== scoreOf(k)) lost++;
				if (c > 1) duplicated += c - 1;
			}
			const retried = refused.filter((x) => x > 0).length;
			console.log(
				`queue mode restarts: ${N} replies at ${RATE}/s across ${PHASES.map((x) => x[0]).join(', ')}: ` +
					`answered 2xx ${ok}, refused at first and retried ${retried} (503 from the load balancer: ${gate.refused}), lost ${lost}, duplicated ${duplicated}`,
			);
			expect(ok).toBe(N);
			expect({ lost, duplicated }).toEqual({ lost: 0, duplicated: 0 });
		},
		45 * 60_000,
	);
});
