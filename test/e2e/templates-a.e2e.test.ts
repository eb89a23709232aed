// Workflow templates part A in a real n8n (pinned 2.41.1): csi-setup-data-tables.json and the five
// "interaction closed → survey" templates, imported from workflows/*.json as a user would (credential created
// under the template's name, Settings edited: sender, shorter delay, send window), fed with each source's real
// webhook payload (test/e2e/fixtures/<source>/), against the loopback Twilio simulator. Asserts the answer the
// source gets, the exact SMS sent, and the csi_surveys / csi_events rows in n8n's Data Tables.
import * as fs from 'node:fs';
import * as path from 'node:path';
import { buildSurveyMessage, resolveSurveyLanguage } from '../../nodes/core/sms';
import { startSmsSimulator, type RecordedRequest, type SmsSimulator } from '../sim/server';
import { getTable, insertRows, rows, waitForRows, type DataTableRow } from './harness/dataTables';
import { N8n, type ExecutionSummary } from './harness/n8n';
import {
	credentialRefs,
	loadTemplate,
	nodeByName,
	readTemplate,
	type TemplateJson,
} from './harness/templates';

const FIXTURES = path.join(__dirname, 'fixtures');
const fixture = (file: string) => fs.readFileSync(path.join(FIXTURES, file), 'utf8');
const SENDER = '+15017122661';
const CREDENTIAL = { id: 'csiTplTwilio0001', name: 'Twilio CSI account', type: 'twilioCsiApi' };

type Json = Record<string, unknown>;
const SOURCES = ['zendesk', 'hubspot', 'freshdesk', 'salesforce', 'webhook'] as const;
type Source = (typeof SOURCES)[number];
const WF_ID: Record<Source | 'setup' | 'quiet', string> = {
	setup: 'csiTplSetup00001',
	zendesk: 'csiTplZendesk001',
	hubspot: 'csiTplHubspot001',
	freshdesk: 'csiTplFreshdesk1',
	salesforce: 'csiTplSalesforce',
	webhook: 'csiTplWebhook001',
	quiet: 'csiTplQuietHours',
};
const PATH: Record<Source, string> = {
	zendesk: '/webhook/csi-survey-zendesk',
	hubspot: '/webhook/csi-survey-hubspot',
	freshdesk: '/webhook/csi-survey-freshdesk',
	salesforce: '/webhook/csi-survey-salesforce',
	webhook: '/webhook/csi-survey',
};

/** The built-in text Send CSI Survey sends for a language on the 1–5 scale (hand-checked samples below). */
const surveyText = (language: string) =>
	buildSurveyMessage({
		language: resolveSurveyLanguage(language),
		scale: { min: 1, max: 5 },
		footer: false,
		withComment: true,
	});

const digits = (s: unknown) => String(s ?? '').replace(/\D/g, '');

describe('workflow templates A (setup + survey per source) in real n8n', () => {
	let n8n: N8n;
	let sim: SmsSimulator;

	const smsTo = (e164: string): RecordedRequest[] =>
		sim.requests('twilio', 'send').filter((r) => digits(r.recipient) === digits(e164));
	const post = async (
		p: string,
		body: string,
		contentType = 'application/json',
		headers: Record<string, string> = {},
	) => {
		const res = await n8n.request(p, {
			method: 'POST',
			headers: { 'content-type': contentType, ...headers },
			body,
		});
		return {
			status: res.status,
			contentType: res.headers.get('content-type') ?? '',
			text: await res.text(),
		};
	};
	// the survey templates' executions started by their source (their Every Minute sweeper starts others)
	const finished = async (wf: string, count: number) =>
		n8n.waitForExecutions(wf, count, 60_000, 'webhook');
	const surveysFor = async (phone: string) =>
		(await rows(n8n, 'csi_surveys')).filter((r) => r.phone === phone);
	const eventsFor = async (phone: string) =>
		(await rows(n8n, 'csi_events')).filter((r) => r.phone === phone);

	/** A user's edits to a survey template: sender, a 1.2 s delay, a send window open all day. */
	const userEdits = (extra: Json = {}) => ({
		Settings: {
			sender: SENDER,
			delayMinutes: 0.02,
			windowStart: '00:00',
			windowEnd: '24:00',
			...extra,
		},
	});

	beforeAll(async () => {
		sim = await startSmsSimulator({ providers: ['twilio'] });
		n8n = await N8n.create({ env: { NO_PROXY: '127.0.0.1,localhost' } });
		const c = sim.credentials.twilio;
		await n8n.importCredentials([
			{
				...CREDENTIAL,
				data: { accountSid: c.accountSid, authToken: c.authToken, baseUrl: sim.baseUrl('twilio') },
			},
		]);
		await n8n.importWorkflow(loadTemplate('csi-setup-data-tables', { id: WF_ID.setup }));
		const settings: Record<Source, Json> = {
			zendesk: {},
			hubspot: {},
			freshdesk: { defaultCountry: 'RU', language: 'ru' },
			salesforce: {},
			webhook: {},
		};
		for (const s of SOURCES) {
			await n8n.importWorkflow(
				loadTemplate(`csi-survey-from-${s}`, { id: WF_ID[s], assignments: userEdits(settings[s]) }),
			);
		}
		await n8n.start();
	});

	afterAll(async () => {
		await n8n?.dispose();
		await sim?.close();
	});

	test('templates: no secrets, no pinned data, credentials by name only, fixed ids, v1 execution order', () => {
		for (const file of ['csi-setup-data-tables', ...SOURCES.map((s) => `csi-survey-from-${s}`)]) {
			const wf = readTemplate(file);
			expect(wf.settings).toEqual({ executionOrder: 'v1' });
			expect(wf.pinData ?? {}).toEqual({});
			const ids = wf.nodes.map((n) => n.id);
			expect(new Set(ids).size).toBe(ids.length);
			for (const id of ids)
				expect(id).toMatch(/^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/);
			for (const n of wf.nodes.filter((x) => x.type === 'n8n-nodes-base.webhook')) {
				expect(n.webhookId).toMatch(
					/^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/,
				);
				expect(String(n.parameters.path)).toMatch(/^csi-[a-z-]+$/);
			}
			for (const ref of credentialRefs(wf))
				expect(ref).toEqual({
					node: ref.node,
					type: 'twilioCsiApi',
					name: 'Twilio CSI account',
					id: undefined,
				});
			expect(JSON.stringify(wf)).not.toMatch(/authToken|AC[0-9a-f]{32}|password/i);
		}
	});

	test('csi-setup-data-tables: POST /webhook/csi-setup creates csi_surveys, csi_events, csi_optouts, csi_inbox with the spec columns; a second run reuses them', async () => {
		await n8n.activate(WF_ID.setup);
		await n8n.waitForWebhook('/webhook/csi-setup');
		const first = await post('/webhook/csi-setup', '{}');
		expect(first.status).toBe(200);
		const answer = JSON.parse(first.text) as {
			ok: boolean;
			tables: Array<{ id: string; name: string }>;
		};
		expect(answer.ok).toBe(true);
		expect(answer.tables.map((t) => t.name)).toEqual([
			'csi_surveys',
			'csi_events',
			'csi_optouts',
			'csi_inbox',
		]);

		const again = JSON.parse((await post('/webhook/csi-setup', '{}')).text) as typeof answer;
		expect(again.tables.map((t) => t.id)).toEqual(answer.tables.map((t) => t.id));

		// compared as sets: the API lists columns by name
		const columns = async (name: string) =>
			((await getTable(n8n, name)).columns ?? []).map((c) => `${c.name}:${c.type}`).sort();
		expect(await columns('csi_surveys')).toEqual(
			[
				'surveyId:string',
				'phone:string',
				'ticketId:string',
				'operator:string',
				'source:string',
				'language:string',
				'scaleMin:number',
				'scaleMax:number',
				'provider:string',
				'messageId:string',
				'sentAt:date',
				'expiresAt:date',
				'attempts:number',
				'status:string',
				'score:number',
				'comment:string',
				'reason:string',
				'answeredAt:date',
				'state:string',
				'attempt:number',
				'remindedAt:date',
				'supersededBy:string',
				'payload:string',
			].sort(),
		);
		expect(await columns('csi_events')).toEqual(
			[
				'kind:string',
				'surveyId:string',
				'phone:string',
				'operator:string',
				'ticketId:string',
				'source:string',
				'score:number',
				'comment:string',
				'language:string',
				'reason:string',
				'messageId:string',
				'timestamp:date',
			].sort(),
		);
		expect(await columns('csi_optouts')).toEqual(
			['phone:string', 'optedOutAt:date', 'text:string'].sort(),
		);
		expect(await columns('csi_inbox')).toEqual(
			[
				'messageId:string',
				'provider:string',
				'phone:string',
				'to:string',
				'text:string',
				'receivedAt:date',
				'status:string',
				'decision:string',
				'redrives:number',
			].sort(),
		);

		// activate every survey template now that the tables exist
		for (const s of SOURCES) await n8n.activate(WF_ID[s]);
		for (const s of SOURCES) await n8n.waitForWebhook(PATH[s]);
	});

	test('imported by name: every credential reference resolves to the one "Twilio CSI account" credential', async () => {
		for (const s of SOURCES) {
			const wf = (await n8n.rest<{ data: TemplateJson }>('GET', `/workflows/${WF_ID[s]}`)).body
				.data;
			const refs = credentialRefs(wf);
			expect(refs.length).toBe(2);
			for (const r of refs)
				expect({ node: r.node, id: r.id, name: r.name }).toEqual({
					node: r.node,
					id: CREDENTIAL.id,
					name: CREDENTIAL.name,
				});
		}
	});

	/** Checks one sent survey: one SMS with the built-in text, a pending csi_surveys row and a "sent" event. */
	async function expectSurveyed(
		e164: string,
		expected: { ticketId: string; operator: string; source: Source; language: string },
	): Promise<{ survey: DataTableRow; event: DataTableRow }> {
		const [survey] = await waitForRows(
			n8n,
			'csi_surveys',
			// recorded before the source is answered (intake), claimed for the SMS (sending), completed after it
			(r) => r.some((x) => x.phone === e164 && !['intake', 'sending'].includes(String(x.status))),
			60_000,
		).then((r) => r.filter((x) => x.phone === e164));
		const event = (
			await waitForRows(
				n8n,
				'csi_events',
				(r) => r.some((x) => x.phone === e164 && x.kind === 'sent'),
				30_000,
			)
		).find((x) => x.phone === e164 && x.kind === 'sent') as DataTableRow;
		const sms = smsTo(e164);
		expect(sms).toHaveLength(1);
		expect(sms[0].responseStatus).toBe(201);
		expect(sms[0].body).toEqual({ To: e164, From: SENDER, Body: surveyText(expected.language) });
		expect(await surveysFor(e164)).toHaveLength(1);
		expect(survey).toMatchObject({
			phone: e164,
			ticketId: expected.ticketId,
			operator: expected.operator,
			source: expected.source,
			language: resolveSurveyLanguage(expected.language),
			scaleMin: 1,
			scaleMax: 5,
			provider: 'twilio',
			attempts: 0,
			status: 'pending',
			score: null,
			answeredAt: null,
		});
		expect(String(survey.messageId)).toMatch(/^SM[0-9a-f]{32}$/);
		expect(String(survey.surveyId).length).toBeGreaterThan(5);
		const sentAt = Date.parse(String(survey.sentAt));
		expect(Date.parse(String(survey.expiresAt)) - sentAt).toBe(48 * 3600_000);
		expect(Math.abs(Date.now() - sentAt)).toBeLessThan(120_000);
		expect(event).toMatchObject({
			kind: 'sent',
			surveyId: survey.surveyId,
			operator: expected.operator,
			ticketId: expected.ticketId,
			source: expected.source,
			language: survey.language,
			messageId: survey.messageId,
		});
		expect(Date.parse(String(event.timestamp))).toBe(sentAt);
		expect(await eventsFor(e164)).toHaveLength(1);
		return { survey, event };
	}

	test('Zendesk trigger webhook (JSON body with placeholders): 200 at once, one Russian survey to the requester, rows linked to the ticket and assignee', async () => {
		const res = await post(PATH.zendesk, fixture('zendesk/ticket-solved.json'));
		expect(res.status).toBe(200);
		expect(JSON.parse(res.text)).toEqual({ ok: true });
		expect(smsTo('+79123456789')).toHaveLength(0); // answered before the delay, nothing sent yet
		await expectSurveyed('+79123456789', {
			ticketId: '35436',
			operator: 'Олег Петров',
			source: 'zendesk',
			language: 'ru',
		});
		expect(surveyText('ru')).toBe(
			'Оцените наше обслуживание: ответьте цифрой от 1 (очень плохо) до 5 (отлично). Можно добавить комментарий.',
		);
	});

	test('HubSpot workflow webhook: customized body (ticket) and "include all properties" (contact) formats', async () => {
		const a = await post(PATH.hubspot, fixture('hubspot/ticket-closed.json'));
		expect(a.status).toBe(200);
		const b = await post(PATH.hubspot, fixture('hubspot/contact-all-properties.json'));
		expect(b.status).toBe(200);
		await expectSurveyed('+8613800138000', {
			ticketId: '1093520651',
			operator: 'Li Wei',
			source: 'hubspot',
			language: 'zh',
		});
		await expectSurveyed('+905321234567', {
			ticketId: '551',
			operator: '8421',
			source: 'hubspot',
			language: 'tr',
		});
	});

	test('Freshdesk automation webhook: national number normalized with Settings defaultCountry RU, language from Settings; Simple mode too', async () => {
		const a = await post(PATH.freshdesk, fixture('freshdesk/ticket-resolved.json'));
		expect(a.status).toBe(200);
		await expectSurveyed('+79125551234', {
			ticketId: '48213',
			operator: 'Мария Иванова',
			source: 'freshdesk',
			language: 'ru',
		});
		const b = await post(PATH.freshdesk, fixture('freshdesk/simple-mode.json'));
		expect(b.status).toBe(200);
		await expectSurveyed('+5511912345678', {
			ticketId: '48240',
			operator: 'João Souza',
			source: 'freshdesk',
			language: 'ru',
		});
	});

	test('Salesforce Outbound Message (SOAP, 2 notifications): answered with the SOAP Ack, one survey per Case', async () => {
		const res = await post(
			PATH.salesforce,
			fixture('salesforce/outbound-message-cases.xml'),
			'text/xml; charset=utf-8',
			{ SOAPAction: '""' },
		);
		expect(res.status).toBe(200);
		expect(res.contentType).toMatch(/^text\/xml/);
		expect(res.text).toContain(
			'<notificationsResponse xmlns="http://soap.sforce.com/2005/09/outbound"><Ack>true</Ack></notificationsResponse>',
		);
		expect(res.text).toMatch(
			/^<\?xml version="1.0" encoding="UTF-8"\?>\s*<soapenv:Envelope xmlns:soapenv="http:\/\/schemas.xmlsoap.org\/soap\/envelope\/">/,
		);
		await expectSurveyed('+34612345678', {
			ticketId: '00001026',
			operator: 'Lucía García',
			source: 'salesforce',
			language: 'es',
		});
		await expectSurveyed('+14155550199', {
			ticketId: '00001027',
			operator: 'Mark Chen',
			source: 'salesforce',
			language: 'en',
		});
		expect(smsTo('+34911234567')).toHaveLength(0); // ContactPhone is not used when ContactMobile is set
	});

	test('generic webhook: 202 {accepted: 1}, one Uzbek survey', async () => {
		const res = await post(PATH.webhook, fixture('webhook/call-ended.json'));
		expect(res.status).toBe(202);
		expect(JSON.parse(res.text)).toEqual({ accepted: 1 });
		await expectSurveyed('+998901234567', {
			ticketId: 'CALL-1042',
			operator: 'Dilnoza',
			source: 'webhook',
			language: 'uz',
		});
	});

	async function executionOf(wf: string, before: number): Promise<ExecutionSummary> {
		const list = await finished(wf, before + 1);
		return list[0];
	}
	const countFinished = async (wf: string) =>
		(await n8n.executions(wf)).filter(
			(e) => (e.finished || e.status === 'error' || e.status === 'success') && e.mode === 'webhook',
		).length;
	const outputOf = (e: ExecutionSummary, node: string, output = 0) =>
		(e.data?.resultData.runData[node]?.at(-1)?.data?.main?.[output] ?? []).map((i) => i.json);

	test('opted-out phone (row in csi_optouts): no SMS, no survey row', async () => {
		await insertRows(n8n, 'csi_optouts', [
			{ phone: '+998935550011', optedOutAt: new Date().toISOString(), text: 'STOP' },
		]);
		const before = await countFinished(WF_ID.webhook);
		const res = await post(PATH.webhook, fixture('webhook/opted-out-customer.json'));
		expect(res.status).toBe(202);
		const e = await executionOf(WF_ID.webhook, before);
		expect(e.status).toBe('success');
		expect(outputOf(e, 'Normalize Phone')).toHaveLength(1);
		expect(outputOf(e, 'Skip Opted-Out')).toHaveLength(0);
		expect(e.data?.resultData.runData['Send CSI Survey']).toBeUndefined();
		expect(smsTo('+998935550011')).toHaveLength(0);
		expect(await surveysFor('+998935550011')).toHaveLength(0);
		expect(await eventsFor('+998935550011')).toHaveLength(0);
	});

	test('fatigue: a phone surveyed 3 days ago (csi_surveys) is skipped with reason surveyed_recently; no SMS', async () => {
		const lastSentAt = new Date(Date.now() - 3 * 86_400_000).toISOString();
		await insertRows(n8n, 'csi_surveys', [
			{
				surveyId: 'old-1',
				phone: '+998947778899',
				ticketId: 'CALL-900',
				operator: 'Bekzod',
				source: 'webhook',
				sentAt: new Date(Date.now() - 40 * 86_400_000).toISOString(),
				status: 'answered',
			},
			{
				surveyId: 'old-2',
				phone: '+998947778899',
				ticketId: 'CALL-950',
				operator: 'Bekzod',
				source: 'webhook',
				sentAt: lastSentAt,
				status: 'answered',
			},
		]);
		const before = await countFinished(WF_ID.webhook);
		const res = await post(PATH.webhook, fixture('webhook/recently-surveyed-customer.json'));
		expect(res.status).toBe(202);
		const e = await executionOf(WF_ID.webhook, before);
		expect(e.status).toBe('success');
		const skipped = outputOf(e, 'Send CSI Survey', 2);
		expect(skipped).toHaveLength(1);
		expect(skipped[0]).toMatchObject({
			ticketId: 'CALL-1044',
			lastSurveyedAt: lastSentAt,
			survey: { status: 'skipped', reason: 'surveyed_recently', to: '+998947778899' },
		});
		expect(outputOf(e, 'Send CSI Survey', 0)).toHaveLength(0);
		expect(smsTo('+998947778899')).toHaveLength(0);
		expect((await surveysFor('+998947778899')).map((r) => r.surveyId)).toEqual(['old-1', 'old-2']);
		expect(await eventsFor('+998947778899')).toHaveLength(0);
	});

	test('bad phone: the source still gets its answer, nothing is sent, a "failed" event names the problem', async () => {
		const before = await countFinished(WF_ID.webhook);
		const sendsBefore = sim.requests('twilio', 'send').length;
		const res = await post(PATH.webhook, fixture('webhook/bad-phone.json'));
		expect(res.status).toBe(202);
		const e = await executionOf(WF_ID.webhook, before);
		expect(e.status).toBe('success');
		expect(outputOf(e, 'Normalize Phone', 3)).toHaveLength(1);
		expect(e.data?.resultData.runData['Wait After Interaction']).toBeUndefined();
		const failed = (await rows(n8n, 'csi_events')).filter((r) => r.ticketId === 'CALL-1045');
		expect(failed).toHaveLength(1);
		expect(failed[0]).toMatchObject({
			kind: 'failed',
			phone: 'call me back',
			operator: 'Bekzod',
			source: 'webhook',
			language: 'en',
		});
		expect(String(failed[0].reason)).toBe(
			'Item 0: phone "call me back" is not a valid phone number: invalid characters (expected E.164 like +998901234567 or a national number with Default Country set)',
		);
		expect(sim.requests('twilio', 'send').length).toBe(sendsBefore);
	});

	test('quiet hours: outside the send window the survey waits (execution waiting until nextAllowedAt), nothing sent yet', async () => {
		const now = new Date();
		const hh = (h: number) => String((now.getUTCHours() + h) % 24).padStart(2, '0');
		const wf = loadTemplate('csi-survey-from-webhook', {
			id: WF_ID.quiet,
			name: 'CSI quiet hours copy',
			assignments: {
				Settings: {
					sender: SENDER,
					delayMinutes: 0,
					windowStart: `${hh(2)}:00`,
					windowEnd: `${hh(3)}:00`,
					timeZone: 'UTC',
				},
			},
			edit: (t) => {
				const hook = nodeByName(t, 'Interaction Webhook');
				hook.parameters.path = 'csi-survey-quiet';
				hook.webhookId = 'c5e1a0ff-0000-4000-8000-00000000beef';
			},
		});
		await n8n.importWorkflow(wf);
		await n8n.activate(WF_ID.quiet);
		await n8n.waitForWebhook('/webhook/csi-survey-quiet');
		const res = await post(
			'/webhook/csi-survey-quiet',
			JSON.stringify({
				phone: '+4915112345690',
				ticketId: 'Q-1',
				operator: 'Jonas',
				language: 'de',
			}),
		);
		expect(res.status).toBe(202);
		const deadline = Date.now() + 60_000;
		let waiting: ExecutionSummary | undefined;
		while (Date.now() < deadline && !waiting) {
			waiting = (await n8n.executions(WF_ID.quiet)).find((x) => x.status === 'waiting');
			if (!waiting) await new Promise((r) => setTimeout(r, 300));
		}
		expect(waiting).toBeDefined();
		const full = await n8n.api<ExecutionSummary & { waitTill?: string }>(
			'GET',
			`/executions/${waiting!.id}?includeData=true`,
		);
		const next = new Date(now);
		next.setUTCHours(now.getUTCHours() + 2, 0, 0, 0);
		const deferred = outputOf(full, 'Send CSI Survey', 1);
		expect(deferred).toHaveLength(1);
		expect(deferred[0]).toMatchObject({
			survey: { status: 'deferred', reason: 'outside_hours', nextAllowedAt: next.toISOString() },
		});
		expect(full.waitTill && Date.parse(full.waitTill)).toBe(next.getTime());
		expect(smsTo('+4915112345690')).toHaveLength(0);
		// recorded before it is sent (docs/scale-out.md): one row, `deferred` while it waits, no provider message id yet
		const rowsNow = await surveysFor('+4915112345690');
		expect(rowsNow).toHaveLength(1);
		expect(rowsNow[0]).toMatchObject({
			status: 'deferred',
			reason: 'outside_hours',
			surveyId: 'webhook:Q-1:+4915112345690',
			messageId: '',
		});
	});
});
