// Queue mode: N surveys sent through the Twilio simulator by the csi-survey-from-webhook template (interactions
// posted in batches), one worker SIGKILLed while the batch is being sent and started again. The template records
// every survey (`intake`) before it answers the batch, and its own Every Minute sweeper finishes what died: intake
// rows are sent through the same path, rows left `sending` become `send_interrupted`. No recovery workflow.
// Afterwards each customer was texted at most once (the simulator's log) — exactly once unless their send was
// interrupted — and every survey is recorded exactly once, none left `intake` or `sending`.
// N: CSI_QUEUE_SURVEYS (default 2000).
import { delay } from '../harness/n8n';
import { createQueueStack, type QueueStack } from '../harness/queueStack';
import { rows, type DataTableRow } from '../harness/dataTables';
import { loadTemplate } from '../harness/templates';
import { startSmsSimulator, type SmsSimulator } from '../../sim/server';
import { phoneOf, pool, until } from './replyStack';

const N = Number(process.env.CSI_QUEUE_SURVEYS ?? 2000);
const BATCH = 100;
const SURVEY_WF = 'CsiQueueSurvey01';
const SETUP_WF = 'CsiQueueSetup002';

const digits = (s: unknown) => String(s ?? '').replace(/\D/g, '');

describe('queue mode: surveys recorded before they are sent, nobody texted twice across a worker SIGKILL', () => {
	let q: QueueStack;
	let sim: SmsSimulator;

	beforeAll(async () => {
		sim = await startSmsSimulator({ providers: ['twilio'] });
		q = await createQueueStack({
			workers: 2,
			webhooks: 1,
			env: { N8N_EXECUTIONS_QUEUE_RECOVERY_INTERVAL: '1', NO_PROXY: '127.0.0.1,localhost' },
		});
		const c = sim.credentials.twilio;
		await q.main.importCredentials([
			{
				id: 'CsiQueueTwilio02',
				name: 'Twilio CSI account',
				type: 'twilioCsiApi',
				data: { accountSid: c.accountSid, authToken: c.authToken, baseUrl: sim.baseUrl('twilio') },
			},
		]);
		await q.main.importWorkflow(loadTemplate('csi-setup-data-tables', { id: SETUP_WF }) as never);
		await q.main.importWorkflow(
			loadTemplate('csi-survey-from-webhook', {
				id: SURVEY_WF,
				assignments: {
					Settings: {
						sender: '+15005550006',
						delayMinutes: 0.02,
						windowStart: '00:00',
						windowEnd: '24:00',
						sweepAfterMinutes: 1,
					},
				},
			}) as never,
		);
		await q.main.publish(SETUP_WF);
		await q.main.publish(SURVEY_WF);
		await q.start();
		const hook = q.webhooks[0];
		await hook.waitForWebhook('/webhook/csi-setup', 'POST', 120_000);
		await hook.waitForWebhook('/webhook/csi-survey', 'POST', 120_000);
		const setup = await hook.request('/webhook/csi-setup', { method: 'POST' });
		expect(setup.status).toBe(200);
		await setup.text();
	}, 600_000);

	afterAll(async () => {
		await q?.stop();
		await sim?.close();
	});

	test(
		`${N} surveys in batches of ${BATCH}, one worker killed mid-batch`,
		async () => {
			const hook = q.webhooks[0];
			const batches = Math.ceil(N / BATCH);
			await pool(batches, 4, async (b) => {
				const interactions = Array.from({ length: Math.min(BATCH, N - b * BATCH) }, (_, k) => {
					const i = b * BATCH + k;
					return { phone: phoneOf(i), ticketId: `QS-${i}`, operator: 'Op', language: 'en' };
				});
				for (;;) {
					const res = await hook.request('/webhook/csi-survey', {
						method: 'POST',
						headers: { 'content-type': 'application/json' },
						body: JSON.stringify({ interactions }),
					});
					await res.text();
					if (res.status < 300) return;
					await delay(500);
				}
			});
			const sends = () => sim.requests('twilio', 'send');
			await until(async () => sends().length >= N * 0.4, 10 * 60_000, 200);
			await q.workers[0].kill('SIGKILL');
			const atKill = sends().length;
			await delay(3000);
			await q.workers[0].start(180_000);

			// done: every interaction has its survey row and none is still `intake` or `sending` (the sweeper sent the
			// intake rows whose execution died and turned their `sending` rows into pending / send_interrupted)
			const open = (r: DataTableRow) => r.status === 'intake' || r.status === 'sending';
			const settled = await until(
				async () => {
					const all = await rows(q.main, 'csi_surveys');
					return all.length >= N && !all.some(open);
				},
				10 * 60_000,
				5000,
			);
			const surveys = await rows(q.main, 'csi_surveys');
			const texts = new Map<string, number>();
			for (const r of sends())
				texts.set(digits(r.recipient), (texts.get(digits(r.recipient)) ?? 0) + 1);
			const rowsPer = new Map<string, number>();
			for (const r of surveys)
				rowsPer.set(digits(r.phone), (rowsPer.get(digits(r.phone)) ?? 0) + 1);
			let textedTwice = 0;
			let notRecorded = 0;
			let recordedTwice = 0;
			let interruptedNotTexted = 0;
			for (let i = 0; i < N; i++) {
				const p = digits(phoneOf(i));
				if ((texts.get(p) ?? 0) > 1) textedTwice++;
				const n = rowsPer.get(p) ?? 0;
				if (n === 0) notRecorded++;
				if (n > 1) recordedTwice++;
				if (!texts.get(p)) interruptedNotTexted++;
			}
			const interrupted = surveys.filter((r) => r.reason === 'send_interrupted').length;
			const sending = surveys.filter(open).length;
			console.log(
				`queue mode surveys: ${N} surveys, 1 worker killed (after ${atKill} SMS), texted twice ${textedTwice}, ` +
					`recorded twice ${recordedTwice}, not recorded ${notRecorded}, still intake/sending ${sending}; ` +
					`${interrupted} sends interrupted by the kill (${interruptedNotTexted} customers not texted, none re-sent)`,
			);
			expect(settled).toBe(true);
			expect({ textedTwice, recordedTwice, notRecorded, sending }).toEqual({
				textedTwice: 0,
				recordedTwice: 0,
				notRecorded: 0,
				sending: 0,
			});
			// a customer not texted must be one whose send was interrupted, never a silent gap
			expect(interruptedNotTexted).toBeLessThanOrEqual(interrupted);
			// its own waits (the batches, then the settling) can take 10 minutes each on a loaded machine
		},
		30 * 60_000,
	);
});
