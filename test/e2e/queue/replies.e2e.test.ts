// Queue mode (PostgreSQL, Redis, main + 2 workers + 2 webhook processors): N genuinely Twilio-signed replies for
// N pending surveys, 16 in flight, 10% redelivered by the simulated provider (same MessageSid; half of them at the
// same moment on the other webhook processor, half after the first answer), one worker SIGKILLed in the middle
// and started again. Afterwards every survey has exactly one final state and every reply exactly one event row.
// N: CSI_QUEUE_REPLIES (default 2000 — what fits the CI budget on 2 shared cores; the issue asks for 5000).
import { delay } from '../harness/n8n';
import { psql } from '../harness/services';
import {
	pool,
	postReply,
	scoreOf,
	sidOf,
	startReplyStack,
	untilSettled,
	type ReplyStack,
} from './replyStack';

const N = Number(process.env.CSI_QUEUE_REPLIES ?? 2000);
const IN_FLIGHT = 16;
/** Minutes the provider keeps retrying a refused reply, and jest's cap for the test: both grow with N (about 2
 * replies/s end to end on 2 shared cores). */
const RETRY_MINUTES = Math.max(15, Math.ceil(N / 60));
const TEST_MINUTES = Math.max(30, Math.ceil(N / 40));

describe('queue mode: replies recorded exactly once across a worker SIGKILL and redeliveries', () => {
	let s: ReplyStack;

	beforeAll(async () => {
		s = await startReplyStack({ workers: 2, webhooks: 2, stuckAfterMinutes: 1 });
		await s.seed(N);
	}, 600_000);

	afterAll(async () => {
		await s?.stop();
	});

	test(
		`${N} signed replies, 10% redelivered, one worker killed: lost 0, duplicated 0`,
		async () => {
			const [a, b] = s.targets;
			const redelivered = new Set<number>();
			for (let i = 0; i < N; i += 10) redelivered.add(i);
			const answered = new Array<number>(N).fill(0);
			let sent = 0;
			let killed = 0;
			let killing: Promise<void> | undefined;
			const deadline = Date.now() + RETRY_MINUTES * 60_000;
			const started = Date.now();
			await pool(N, IN_FLIGHT, async (i) => {
				const target = i % 2 === 0 ? a : b;
				const other = target === a ? b : a;
				if (redelivered.has(i) && (i / 10) % 2 === 0) {
					// the provider sends the same message to both webhook processors at the same moment
					const [r1, r2] = await Promise.all([
						postReply(target, i, deadline),
						postReply(other, i, deadline),
					]);
					answered[i] = Math.max(r1.status, r2.status);
				} else {
					const r = await postReply(target, i, deadline);
					answered[i] = r.status;
					// redelivery after the first answer (the provider did not see it, or retried anyway)
					if (redelivered.has(i)) await postReply(other, i, deadline);
				}
				sent++;
				if (sent === Math.floor(N * 0.4) && !killing) {
					killing = (async () => {
						await s.q.workers[0].kill('SIGKILL');
						killed++;
						await delay(3000);
						await s.q.workers[0].start(180_000);
					})();
				}
			});
			await killing;
			const sendSeconds = (Date.now() - started) / 1000;
			const notAnswered = answered.filter((x) => x < 200 || x >= 300).length;

			const finalStates = new Set(['answered', 'gave_up', 'opted_out', 'expired', 'failed']);
			// until every survey is final, for as long as the workers keep finishing replies
			const finalCount = async () =>
				(await s.surveys()).filter((r) => finalStates.has(String(r.status))).length;
			const settled = await untilSettled(async () => (await finalCount()) === N, finalCount);
			console.log(
				`queue mode: sent in ${((Date.now() - started) / 1000).toFixed(0)} s; every survey final before progress stopped: ${settled}`,
			);
			const surveys = await s.surveys();
			const events = (await s.events()).filter((e) => e.kind !== 'sent');
			const inbox = await s.inbox();

			const perSid = new Map<string, number>();
			for (const e of events)
				perSid.set(String(e.messageId), (perSid.get(String(e.messageId)) ?? 0) + 1);
			let lost = 0;
			let duplicated = 0;
			const wrong: string[] = [];
			const lostSids: string[] = [];
			for (let i = 0; i < N; i++) {
				const c = perSid.get(sidOf(i)) ?? 0;
				if (c === 0) {
					lost++;
					lostSids.push(sidOf(i));
				}
				if (c > 1) duplicated += c - 1;
			}
			// what n8n itself stored for a lost reply (its executions), for the post-mortem
			for (const sid of lostSids.slice(0, 10))
				console.log(
					`lost ${sid}: inbox ${JSON.stringify(inbox.filter((r) => r.messageId === sid))}; executions\n` +
						psql(
							s.q.pg,
							`SELECT e.id, e.status, e.mode, e."createdAt", e."startedAt", e."stoppedAt", e."retryOf", e."retrySuccessId" FROM execution_entity e JOIN execution_data d ON d."executionId" = e.id WHERE d.data LIKE '%${sid}%' ORDER BY e.id`,
						),
				);
			for (const r of surveys) {
				const i = Number(String(r.surveyId).slice(2));
				if (r.status !== 'answered' || r.score !== scoreOf(i) || r.attempts !== 1)
					wrong.push(`${r.surveyId}: ${r.status} score ${r.score} attempts ${r.attempts}`);
			}
			const unmatched = events.filter((e) => e.kind !== 'reply').length;
			const inboxOpen = inbox.filter(
				(r) => !['done', 'duplicate'].includes(String(r.status)),
			).length;
			console.log(
				`queue mode: ${N} replies, ${redelivered.size} redelivered, ${killed} worker killed, lost ${lost}, duplicated ${duplicated}` +
					` (sent in ${sendSeconds.toFixed(0)} s, ${(N / sendSeconds).toFixed(1)} replies/s; not answered 2xx: ${notAnswered};` +
					` surveys not answered once: ${wrong.length}; non-reply events: ${unmatched}; inbox rows open: ${inboxOpen})`,
			);
			expect(killed).toBe(1);
			expect(notAnswered).toBe(0);
			expect({ lost, duplicated, unmatched }).toEqual({ lost: 0, duplicated: 0, unmatched: 0 });
			expect(wrong.slice(0, 20)).toEqual([]);
			expect(surveys).toHaveLength(N);
		},
		TEST_MINUTES * 60_000,
	);
});
