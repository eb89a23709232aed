// Survey conversations in a real n8n (pinned 2.41.1) with the packed package and n8n's Data Tables:
// csi-survey-conversation (reply → next question), csi-survey-reminders (schedule, time set per run through
// "Run Now" { now }), csi-survey-from-webhook (two interactions → the older survey superseded), imported from
// workflows/*.json with only a user's edits. The demo SMS gateway (Twilio wire format, signed webhooks) plays
// the customers; the survey rows and the SMS the gateway received prove the outcome.
import { thankYouText } from '../../nodes/core/reply';
import { commentPromptText, reminderText } from '../../nodes/core/survey';
import { startDemoGateway, type DemoGateway } from '../sim/phone/gateway';
import { insertRows, rows, waitForRows, type DataTableRow } from './harness/dataTables';
import { N8n, delay, type CredentialJson } from './harness/n8n';
import { loadTemplate, nodeByName, readTemplate, type TemplateJson } from './harness/templates';

const ACCOUNT_SID = 'AC7d3b1c9a0e4f45b2a6c8d0e1f2a3b4c5';
const AUTH_TOKEN = 'example-csi-conversation-token';
const BUSINESS = '+15005550006';
const SCALE = { min: 1, max: 5 };
const H = 3_600_000;

describe('survey conversations (templates) in real n8n', () => {
	let n8n: N8n;
	let gw: DemoGateway;
	const ids: Record<string, string> = {};
	const paths: Record<string, string> = {};
	const t0 = Date.now();
	let seq = 0;

	const credentials = (g: DemoGateway): CredentialJson[] => [
		{
			id: 'csiConvTwilio001',
			name: 'Twilio CSI account',
			type: 'twilioCsiApi',
			data: { accountSid: ACCOUNT_SID, authToken: AUTH_TOKEN, baseUrl: g.twilioBaseUrl },
		},
	];
	const iso = (ms: number) => new Date(ms).toISOString();
	/** A pending survey row as the survey senders write it. */
	async function seedSurvey(phone: string, language: string, extra: Record<string, unknown> = {}) {
		const surveyId = `conv-${++seq}`;
		await insertRows(n8n, 'csi_surveys', [
			{
				surveyId,
				phone,
				ticketId: `T${seq}`,
				operator: 'Aziz',
				source: 'webhook',
				language,
				scaleMin: 1,
				scaleMax: 5,
				provider: 'twilio',
				messageId: `SM${String(seq).padStart(32, '0')}`,
				sentAt: iso(t0 - H),
				expiresAt: iso(t0 + 72 * H),
				attempts: 0,
				status: 'pending',
				...extra,
			},
		]);
		return surveyId;
	}
	const survey = async (surveyId: string) =>
		(await rows(n8n, 'csi_surveys')).find((r) => r.surveyId === surveyId) as DataTableRow;
	const waitSurvey = async (surveyId: string, ok: (r: DataTableRow) => boolean) =>
		(
			await waitForRows(n8n, 'csi_surveys', (all) =>
				all.some((r) => r.surveyId === surveyId && ok(r)),
			)
		).find((r) => r.surveyId === surveyId) as DataTableRow;
	const apiSms = (phone: string) =>
		gw
			.messages()
			.filter((m) => m.via === 'api' && m.phone === phone)
			.map((m) => m.text);
	async function waitSms(phone: string, count: number) {
		const deadline = Date.now() + 30_000;
		while (Date.now() < deadline) {
			if (apiSms(phone).length >= count) return apiSms(phone);
			await delay(200);
		}
		throw new Error(
			`expected ${count} SMS to ${phone}, got ${JSON.stringify(apiSms(phone))}\n${n8n.logTail(40)}`,
		);
	}
	/** The customer answers; waits for n8n's next SMS (or for the row when none is expected). */
	async function say(phone: string, text: string, expectSms: number) {
		const r = await gw.reply(phone, text);
		expect({ status: r.status, error: r.error }).toEqual({ status: 200, error: undefined });
		return expectSms > 0 ? waitSms(phone, expectSms) : apiSms(phone);
	}

	beforeAll(async () => {
		gw = await startDemoGateway({
			accountSid: ACCOUNT_SID,
			authToken: AUTH_TOKEN,
			fromNumber: BUSINESS,
			deliveryDelayMs: 30,
		});
		n8n = await N8n.create({ env: { NO_PROXY: '127.0.0.1,localhost', GENERIC_TIMEZONE: 'UTC' } });
		await n8n.importCredentials(credentials(gw));
		ids.setup = await n8n.importWorkflow(loadTemplate('csi-setup-data-tables'));
		ids.conv = await n8n.importWorkflow(
			loadTemplate('csi-survey-conversation', {
				assignments: { Settings: { replyFrom: BUSINESS } },
			}),
		);
		// the same template, edited for a CSAT-then-NPS survey (own trigger URL)
		ids.nps = await n8n.importWorkflow(
			loadTemplate('csi-survey-conversation', {
				name: 'CSAT then NPS',
				assignments: {
					Settings: { replyFrom: BUSINESS, askNps: true, askComment: false, reasonMax: 0 },
				},
				edit: (wf: TemplateJson) => {
					nodeByName(wf, 'CSI Reply Trigger').webhookId = '6f1c2e3d-4b5a-4c6d-8e7f-9a0b1c2d3e4f';
				},
			}),
		);
		ids.reminders = await n8n.importWorkflow(
			loadTemplate('csi-survey-reminders', {
				assignments: {
					Settings: {
						sender: BUSINESS,
						windowStart: '00:00',
						windowEnd: '24:00',
						reminderAfterHours: 24,
						maxReminders: 1,
					},
				},
			}),
		);
		ids.sender = await n8n.importWorkflow(
			loadTemplate('csi-survey-from-webhook', {
				assignments: {
					Settings: {
						sender: BUSINESS,
						delayMinutes: 0.01,
						fatigueDays: 0,
						windowStart: '00:00',
						windowEnd: '24:00',
						language: 'ru',
					},
				},
			}),
		);
		await n8n.start();
		await n8n.activate(ids.setup);
		await n8n.waitForWebhook('/webhook/csi-setup');
		const setup = await n8n.request('/webhook/csi-setup', { method: 'POST' });
		expect(setup.status).toBe(200);
		await setup.text();
		for (const id of [ids.conv, ids.nps, ids.reminders, ids.sender]) await n8n.activate(id);
		const trigger = (wf: TemplateJson) =>
			`/webhook/${nodeByName(wf, 'CSI Reply Trigger').webhookId}/csi-reply`;
		paths.conv = trigger(readTemplate('csi-survey-conversation'));
		paths.nps = '/webhook/6f1c2e3d-4b5a-4c6d-8e7f-9a0b1c2d3e4f/csi-reply';
		for (const p of [paths.conv, paths.nps, '/webhook/csi-reminders', '/webhook/csi-survey'])
			await n8n.waitForWebhook(p);
		gw.setWebhookUrl(`${n8n.baseUrl}${paths.conv}`);
	}, 300_000);

	afterAll(async () => {
		await n8n?.dispose();
		await gw?.close();
	});

	test('bare "4" → comment prompt → comment stored, thank-you', async () => {
		const phone = '+79161110001';
		const id = await seedSurvey(phone, 'ru');
		expect(await say(phone, '4', 1)).toEqual([commentPromptText('ru')]);
		expect(await survey(id)).toMatchObject({ status: 'pending', score: 4, attempts: 1 });
		const sms = await say(phone, 'Оператор всё объяснил', 2);
		expect(sms[1]).toBe(thankYouText('ru', 4, SCALE));
		expect(await waitSurvey(id, (r) => r.status === 'answered')).toMatchObject({
			score: 4,
			comment: 'Оператор всё объяснил',
			attempts: 2,
		});
	});

	test('"1" → reason question → "долго ждал" → reason stored → comment → thank-you; "2" reads staff', async () => {
		const phone = '+79161110002';
		const id = await seedSurvey(phone, 'ru');
		const [question] = await say(phone, '1', 1);
		expect(question).toContain('Что пошло не так');
		expect(question).toContain('1 – долгое ожидание');
		expect(await say(phone, 'долго ждал', 2)).toEqual([question, commentPromptText('ru')]);
		expect(await survey(id)).toMatchObject({ status: 'pending', score: 1, reason: 'wait_time' });
		const sms = await say(phone, 'минут сорок на линии', 3);
		expect(sms[2]).toBe(thankYouText('ru', 1, SCALE));
		expect(await waitSurvey(id, (r) => r.status === 'answered')).toMatchObject({
			score: 1,
			reason: 'wait_time',
			comment: 'минут сорок на линии',
		});

		const other = '+79161110003';
		const id2 = await seedSurvey(other, 'ru');
		await say(other, '1', 1);
		await say(other, '2', 2);
		expect(await waitSurvey(id2, (r) => r.reason === 'staff_attitude')).toMatchObject({
			score: 1,
			status: 'pending',
		});
	});

	test('"5" then a second and third SMS → one survey with score and the joined comment; nothing unmatched', async () => {
		const phone = '+79161110004';
		const id = await seedSurvey(phone, 'ru');
		await say(phone, '5', 1);
		await say(phone, 'оператор был очень вежлив,', 2);
		await waitSurvey(id, (r) => r.status === 'answered');
		await say(phone, 'и всё решил быстро', 0);
		const row = await waitSurvey(id, (r) => String(r.comment).includes('быстро'));
		expect(row).toMatchObject({
			status: 'answered',
			score: 5,
			comment: 'оператор был очень вежлив, и всё решил быстро',
		});
		expect((await rows(n8n, 'csi_surveys')).filter((r) => r.phone === phone)).toHaveLength(1);
		await delay(1000);
		expect(apiSms(phone)).toHaveLength(2); // comment prompt + thank-you, no re-prompt for the late part
		const events = (await rows(n8n, 'csi_events')).filter((e) => e.phone === phone);
		expect(events.map((e) => e.kind).sort()).toEqual(['comment', 'reply']);
	});

	test('CSAT then NPS: a two-question survey', async () => {
		gw.setWebhookUrl(`${n8n.baseUrl}${paths.nps}`);
		try {
			const phone = '+447700900105';
			const id = await seedSurvey(phone, 'en');
			const [nps] = await say(phone, '4', 1);
			expect(nps).toBe('How likely are you to recommend us to a friend? Reply 0 to 10.');
			const sms = await say(phone, '9', 2);
			expect(sms[1]).toBe(thankYouText('en', 4, SCALE));
			const row = await waitSurvey(id, (r) => r.status === 'answered');
			expect(row.score).toBe(4);
			expect(JSON.parse(String(row.state)).answers).toMatchObject({
				score: { score: 4 },
				nps: { score: 9 },
			});
		} finally {
			gw.setWebhookUrl(`${n8n.baseUrl}${paths.conv}`);
		}
	});

	test('reminders: once after H hours, never twice, never after an answer, a started conversation or an opt-out', async () => {
		const due = '+79161110010';
		const answered = '+79161110011';
		const optedOut = '+79161110012';
		const talking = '+79161110013';
		const dueId = await seedSurvey(due, 'ru');
		await seedSurvey(answered, 'ru', { status: 'answered', attempts: 1, score: 5 });
		await seedSurvey(optedOut, 'ru');
		await insertRows(n8n, 'csi_optouts', [{ phone: optedOut, optedOutAt: iso(t0), text: 'STOP' }]);
		await seedSurvey(talking, 'ru', { attempts: 1, score: 2 });
		const run = async (now: number) => {
			const before = (await n8n.executions(ids.reminders)).length;
			const res = await n8n.request('/webhook/csi-reminders', {
				method: 'POST',
				headers: { 'content-type': 'application/json' },
				body: JSON.stringify({ now: iso(now) }),
			});
			expect(res.status).toBe(200);
			await res.text();
			await n8n.waitForExecutions(ids.reminders, before + 1, 60_000);
			await delay(500);
		};
		const all = [due, answered, optedOut, talking];
		await run(t0 + 2 * H); // 3 hours after the survey: too early
		expect(all.flatMap(apiSms)).toEqual([]);
		await run(t0 + 25 * H);
		expect(await waitSms(due, 1)).toEqual([reminderText('ru', SCALE)]);
		expect(await survey(dueId)).toMatchObject({
			attempt: 2,
			status: 'pending',
			remindedAt: iso(t0 + 25 * H),
		});
		await run(t0 + 50 * H); // maxReminders 1
		expect(all.map((p) => [p, apiSms(p).length])).toEqual([
			[due, 1],
			[answered, 0],
			[optedOut, 0],
			[talking, 0],
		]);
		// the reminded customer answers: the row says which attempt got the answer
		await say(due, '5', 2);
		expect(await survey(dueId)).toMatchObject({ attempt: 2, score: 5 });
		const kinds = (await rows(n8n, 'csi_events')).filter((e) => e.phone === due).map((e) => e.kind);
		expect(kinds).toEqual(['reminded']);
	});

	test('two interactions for one phone → the older survey is superseded, the reply goes to the newer', async () => {
		const phone = '+79161110020';
		const post = async (ticketId: string) => {
			const res = await n8n.request('/webhook/csi-survey', {
				method: 'POST',
				headers: { 'content-type': 'application/json' },
				body: JSON.stringify({ phone, ticketId, operator: 'Dilnoza', language: 'ru' }),
			});
			expect(res.status).toBe(202);
			await res.text();
		};
		await post('A-1');
		// the row exists from the intake on; the older survey is the one already sent (`pending`)
		await waitForRows(n8n, 'csi_surveys', (all) =>
			all.some((r) => r.phone === phone && r.ticketId === 'A-1' && r.status === 'pending'),
		);
		await post('A-2');
		// the older is superseded when the newer is sent, before the newer's own row says `pending`
		const both = await waitForRows(
			n8n,
			'csi_surveys',
			(all) =>
				all.some((r) => r.phone === phone && r.ticketId === 'A-1' && r.status === 'superseded') &&
				all.some((r) => r.phone === phone && r.ticketId === 'A-2' && r.status === 'pending'),
		);
		const older = both.find((r) => r.ticketId === 'A-1') as DataTableRow;
		const newer = both.find((r) => r.phone === phone && r.ticketId === 'A-2') as DataTableRow;
		expect(newer.status).toBe('pending');
		expect(older.supersededBy).toBe(newer.surveyId);
		await waitSms(phone, 2);
		await say(phone, '5 спасибо', 3);
		expect(await waitSurvey(String(newer.surveyId), (r) => r.status === 'answered')).toMatchObject({
			score: 5,
			comment: 'спасибо',
			ticketId: 'A-2',
		});
		expect((await survey(String(older.surveyId))).status).toBe('superseded');
	});
});
