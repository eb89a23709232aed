// The survey templates' promise that nothing accepted is lost and nobody is texted twice, in a real n8n (pinned
// 2.41.1) with csi-survey-from-webhook imported from workflows/ and the loopback Twilio simulator:
// - the source's answer comes only after every survey of the batch has its `intake` row, so a batch is answered
//   2xx only once it is recorded;
// - the same interaction delivered twice at once, and again later, is one survey row and one SMS;
// - the Every Minute sweeper sends an `intake` row whose execution died (through the same opt-out, fatigue and
//   claim path) and turns a row left `sending` into `pending` / `send_interrupted` without texting again.
import { startSmsSimulator, type RecordedRequest, type SmsSimulator } from '../sim/server';
import { insertRows, rows, waitForRows, type DataTableRow } from './harness/dataTables';
import { N8n } from './harness/n8n';
import { loadTemplate, nodeByName, type TemplateJson } from './harness/templates';

const SENDER = '+15017122661';
const WF = { setup: 'csiIntakeSetup01', survey: 'csiIntakeSurvey1', sweep: 'csiIntakeSweep01' };
const digits = (s: unknown) => String(s ?? '').replace(/\D/g, '');

describe('survey templates: recorded before they are answered, finished by their sweeper', () => {
	let n8n: N8n;
	let sim: SmsSimulator;
	const smsTo = (e164: string): RecordedRequest[] =>
		sim.requests('twilio', 'send').filter((r) => digits(r.recipient) === digits(e164));
	const surveysFor = async (phone: string) =>
		(await rows(n8n, 'csi_surveys')).filter((r) => r.phone === phone);
	const post = async (path: string, body: unknown) => {
		const res = await n8n.request(path, {
			method: 'POST',
			headers: { 'content-type': 'application/json' },
			body: JSON.stringify(body),
		});
		return { status: res.status, body: await res.text() };
	};
	const settings = { sender: SENDER, delayMinutes: 0.02, windowStart: '00:00', windowEnd: '24:00' };

	beforeAll(async () => {
		sim = await startSmsSimulator({ providers: ['twilio'] });
		n8n = await N8n.create({ env: { NO_PROXY: '127.0.0.1,localhost' } });
		const c = sim.credentials.twilio;
		await n8n.importCredentials([
			{
				id: 'csiIntakeTwilio1',
				name: 'Twilio CSI account',
				type: 'twilioCsiApi',
				data: { accountSid: c.accountSid, authToken: c.authToken, baseUrl: sim.baseUrl('twilio') },
			},
		]);
		await n8n.importWorkflow(loadTemplate('csi-setup-data-tables', { id: WF.setup }));
		await n8n.importWorkflow(
			loadTemplate('csi-survey-from-webhook', {
				id: WF.survey,
				assignments: { Settings: settings },
			}),
		);
		// a second copy whose sweeper takes every row of its own source at once (sweepAfterMinutes 0)
		await n8n.importWorkflow(
			loadTemplate('csi-survey-from-webhook', {
				id: WF.sweep,
				name: 'CSI survey sweeper copy',
				assignments: {
					Settings: { ...settings, delayMinutes: 0, sweepAfterMinutes: 0 },
					Interaction: { source: 'sweep-test' },
				},
				edit: (t: TemplateJson) => {
					const hook = nodeByName(t, 'Interaction Webhook');
					hook.parameters.path = 'csi-survey-sweep';
					hook.webhookId = 'c5e1a0ff-0000-4000-8000-00000000feed';
					for (const name of ['Stale Intake', 'Stale Sending']) {
						const conditions = (
							nodeByName(t, name).parameters.filters as {
								conditions: Array<{ keyName: string; keyValue: string }>;
							}
						).conditions;
						conditions.find((x) => x.keyName === 'source')!.keyValue = 'sweep-test';
					}
				},
			}),
		);
		await n8n.start();
		await n8n.activate(WF.setup);
		await n8n.waitForWebhook('/webhook/csi-setup');
		expect((await post('/webhook/csi-setup', {})).status).toBe(200);
		// the survey workflows once their tables exist (their sweeper reads csi_surveys every minute)
		await n8n.activate(WF.survey);
		await n8n.activate(WF.sweep);
		await n8n.waitForWebhook('/webhook/csi-survey');
		await n8n.waitForWebhook('/webhook/csi-survey-sweep');
	});

	afterAll(async () => {
		await n8n?.dispose();
		await sim?.close();
	});

	const finalRow = (phone: string, timeoutMs = 60_000) =>
		waitForRows(
			n8n,
			'csi_surveys',
			(r) => r.some((x) => x.phone === phone && !['intake', 'sending'].includes(String(x.status))),
			timeoutMs,
		);

	test('a batch is answered 202 with its surveys already recorded; a repeated delivery (at once and later) is one row and one SMS', async () => {
		const phone = '+998901110001';
		const batch = { interactions: [{ phone, ticketId: 'T-1', operator: 'Aziza', language: 'uz' }] };
		const first = await post('/webhook/csi-survey', batch);
		expect(first).toEqual({ status: 202, body: JSON.stringify({ accepted: 1 }) });
		// answered after Record Intake: the row exists the moment the source hears 202
		const atAnswer = await surveysFor(phone);
		expect(atAnswer).toHaveLength(1);
		expect(atAnswer[0]).toMatchObject({ surveyId: `webhook:T-1:${phone}`, source: 'webhook' });
		expect(JSON.parse(String(atAnswer[0].payload))).toMatchObject({
			surveyKey: `webhook:T-1:${phone}`,
			ticketId: 'T-1',
			survey: { to: phone },
		});
		// the same interaction twice at once, and once more after the first survey went out
		const twice = await Promise.all([
			post('/webhook/csi-survey', batch),
			post('/webhook/csi-survey', batch),
		]);
		expect(twice.map((x) => x.status)).toEqual([202, 202]);
		await finalRow(phone);
		await new Promise((r) => setTimeout(r, 3000));
		expect((await post('/webhook/csi-survey', batch)).status).toBe(202);
		await new Promise((r) => setTimeout(r, 3000));
		const all = await surveysFor(phone);
		expect(all).toHaveLength(1);
		expect(all[0]).toMatchObject({ status: 'pending', reason: '' });
		expect(String(all[0].messageId)).toMatch(/^SM[0-9a-f]{32}$/);
		expect(smsTo(phone)).toHaveLength(1);
	});

	test('the sweeper sends an intake row whose execution died, once; a row left `sending` becomes send_interrupted and is not texted', async () => {
		const lost = '+998901110002';
		const cut = '+998901110003';
		const key = (t: string, p: string) => `sweep-test:${t}:${p}`;
		// what Record Intake stores: the interaction after Normalize Phone and Survey Key
		const payload = {
			phone: lost,
			ticketId: 'S-1',
			operator: 'Bekzod',
			language: 'ru',
			channel: 'phone',
			source: 'sweep-test',
			survey: { to: lost, language: 'ru', scale: { min: 1, max: 5 }, provider: 'twilio' },
			surveyKey: key('S-1', lost),
		};
		const base = {
			ticketId: '',
			operator: 'Bekzod',
			source: 'sweep-test',
			language: 'ru',
			provider: 'twilio',
		};
		await insertRows(n8n, 'csi_surveys', [
			{
				...base,
				surveyId: key('S-1', lost),
				phone: lost,
				ticketId: 'S-1',
				status: 'intake',
				payload: JSON.stringify(payload),
			},
			{
				...base,
				surveyId: key('S-2', cut),
				phone: cut,
				ticketId: 'S-2',
				status: 'sending',
				sentAt: new Date().toISOString(),
			},
		]);
		const done = await waitForRows(
			n8n,
			'csi_surveys',
			(r) =>
				r.some((x) => x.phone === lost && x.status === 'pending') &&
				r.some((x) => x.phone === cut && x.status === 'pending'),
			150_000,
		);
		const sent = done.find((x) => x.phone === lost) as DataTableRow;
		expect(sent).toMatchObject({ surveyId: key('S-1', lost), ticketId: 'S-1', operator: 'Bekzod' });
		expect(String(sent.messageId)).toMatch(/^SM[0-9a-f]{32}$/);
		expect(smsTo(lost)).toHaveLength(1);
		expect(done.find((x) => x.phone === cut)).toMatchObject({ reason: 'send_interrupted' });
		expect(smsTo(cut)).toHaveLength(0);
		// a minute later: nothing sent again, one row each
		await new Promise((r) => setTimeout(r, 65_000));
		expect(smsTo(lost)).toHaveLength(1);
		expect(await surveysFor(lost)).toHaveLength(1);
		expect(await surveysFor(cut)).toHaveLength(1);
		const events = (await rows(n8n, 'csi_events')).filter(
			(e) => e.phone === lost && e.kind === 'sent',
		);
		expect(events).toHaveLength(1);
	}, 300_000);
});
