// Workflow templates "B" inside a real n8n (pinned 2.41.1), installed from the packed tarball:
// csi-reply-to-score (+ its Google Sheets variant), csi-low-score-recovery and csi-weekly-report, imported from
// workflows/*.json with only a user's edits (credentials created under the templates' names, webhook URLs of the
// loopback Slack / SMTP stand-ins). The demo SMS gateway (Twilio wire format) sends the customers' replies as
// signed webhooks; Data Table rows, the SMS the gateway received, Slack posts and the e-mail prove the outcome.
import { optOutConfirmationText, repromptText, thankYouText } from '../../nodes/core/reply';
import { startDemoGateway, type DemoGateway } from '../sim/phone/gateway';
import { twilioStatus } from '../sim/webhooks/twilio';
import {
	startFakeSlack,
	startSmtpReceiver,
	parseMime,
	type FakeSlack,
	type SmtpReceiver,
} from '../sim/receivers';
import fixture from './fixtures/templates-b/surveys.json';
import { insertRows, rows, waitForRows, type DataTableRow } from './harness/dataTables';
import { N8n, delay, type CredentialJson } from './harness/n8n';
import { loadTemplate, nodeByName, readTemplate, type TemplateJson } from './harness/templates';

const ACCOUNT_SID = 'AC5ef8732a3c49700934481addd5ce1659';
const AUTH_TOKEN = 'example-csi-e2e-twilio-token';
const BUSINESS_NUMBER = '+15005550006';
const SCALE = { min: 1, max: 5 };

type Key = (typeof fixture.surveys)[number]['key'];
const S = Object.fromEntries(fixture.surveys.map((s) => [s.key, s])) as Record<
	Key,
	(typeof fixture.surveys)[number]
>;

const CREDENTIALS = (gw: DemoGateway, smtpPort: number): CredentialJson[] => [
	{
		id: 'csiBTwilio000001',
		name: 'Twilio CSI account',
		type: 'twilioCsiApi',
		data: { accountSid: ACCOUNT_SID, authToken: AUTH_TOKEN, baseUrl: gw.twilioBaseUrl },
	},
	{
		id: 'csiBSmtp00000001',
		name: 'CSI SMTP',
		type: 'smtp',
		data: {
			host: '127.0.0.1',
			port: smtpPort,
			secure: false,
			disableStartTls: true,
			user: '',
			password: '',
		},
	},
	{
		id: 'csiBGSheets00001',
		name: 'Google Sheets account',
		type: 'googleSheetsOAuth2Api',
		data: { clientId: 'csi-e2e.apps.googleusercontent.com', clientSecret: 'example-client-secret' },
	},
];

/** Node name → [type, parameters] of the storage-independent part of a reply template, and its edges. */
// The Data Table version's inbox (exactly-once replies, re-drive of died executions; docs/scale-out.md) needs
// conditional updates that Google Sheets does not have: the Sheets variant is the same chain without it.
const INBOX_NODES = [
	'Every Minute',
	'Stuck Replies',
	'Note Re-drive',
	'Still Open?',
	'As Reply Event',
	'New Delivery?',
	'Record in Inbox',
	'Acknowledge Provider',
	'With Inbox Row',
	'Inbox Copies',
	'First Copy?',
	'Drop Copy',
	'Decided Already?',
	'Record Decision',
	'Won the Decision?',
	'Reread Inbox',
	'Recorded Decision',
	'Has Message Id?',
	'First Event Row',
	'Drop Later Event Rows',
	'Inbox Done',
];
const INBOX_BYPASS: Record<string, string> = {
	'New Delivery?': 'One Event at a Time',
	'Inbox Copies': 'Find Pending Survey',
	'Record Decision': 'Decide',
	'Has Message Id?': 'Opt-Out?',
	'Inbox Done': 'One Event at a Time',
};

/** The reply template with its inbox nodes removed and the edges around them joined again. */
function withoutInbox(wf: TemplateJson): TemplateJson {
	const names = wf.nodes.map((n) => n.name);
	for (const n of INBOX_NODES)
		expect({ node: n, present: names.includes(n) }).toEqual({ node: n, present: true });
	const drop = new Set(INBOX_NODES);
	const connections = Object.fromEntries(
		Object.entries(wf.connections as Record<string, { main: Array<Array<{ node: string }>> }>)
			.filter(([from]) => !drop.has(from))
			.map(([from, c]) => [
				from,
				{
					main: c.main.map((targets) =>
						targets.map((t) => (drop.has(t.node) ? { ...t, node: INBOX_BYPASS[t.node] } : t)),
					),
				},
			]),
	);
	const nodes = wf.nodes
		.filter((n) => !drop.has(n.name))
		.map((n) =>
			n.name === 'Find Pending Survey'
				? JSON.parse(
						JSON.stringify(n).replace("$('One Event at a Time').item.json.from", '$json.from'),
					)
				: n.name === 'CSI Reply Trigger'
					? // the Sheets variant has no inbox to acknowledge after: n8n answers once the execution exists
						{
							...n,
							parameters: Object.fromEntries(
								Object.entries(n.parameters).filter(([k]) => k !== 'acknowledge'),
							),
						}
					: n,
		);
	return { ...wf, nodes, connections };
}

function shape(wf: TemplateJson, storage: Set<string>) {
	const nodes = Object.fromEntries(
		wf.nodes
			.filter((n) => n.type !== 'n8n-nodes-base.stickyNote' && !storage.has(n.name))
			.map((n) => [n.name, { type: n.type, typeVersion: n.typeVersion, parameters: n.parameters }]),
	);
	const edges: string[] = [];
	for (const [from, c] of Object.entries(
		wf.connections as Record<string, { main: Array<Array<{ node: string }>> }>,
	)) {
		c.main.forEach((targets, output) =>
			targets.forEach((t) => edges.push(`${from}[${output}] -> ${t.node}`)),
		);
	}
	return { nodes, edges: edges.sort() };
}

describe('CSI templates B (reply → score, low score recovery, weekly report) in real n8n', () => {
	let n8n: N8n;
	let gw: DemoGateway;
	let smtp: SmtpReceiver;
	let slack: FakeSlack;
	const ids: Record<string, string> = {};
	let triggerPath = '';
	const seededAt = Date.now();

	const surveyRow = async (surveyId: string) =>
		(await rows(n8n, 'csi_surveys')).find((r) => r.surveyId === surveyId);
	const waitSurvey = async (surveyId: string, ok: (r: DataTableRow) => boolean) =>
		(
			await waitForRows(n8n, 'csi_surveys', (all) =>
				all.some((r) => r.surveyId === surveyId && ok(r)),
			)
		).find((r) => r.surveyId === surveyId) as DataTableRow;
	const events = async () => rows(n8n, 'csi_events');
	const apiSms = (phone: string) =>
		gw.messages().filter((m) => m.via === 'api' && m.phone === phone);
	async function waitApiSms(phone: string, count: number, timeoutMs = 30_000) {
		const deadline = Date.now() + timeoutMs;
		while (Date.now() < deadline) {
			if (apiSms(phone).length >= count) return apiSms(phone);
			await delay(200);
		}
		throw new Error(
			`expected ${count} SMS to ${phone}, got ${JSON.stringify(apiSms(phone).map((m) => m.text))}\n${n8n.logTail(30)}`,
		);
	}
	async function reply(phone: string, text: string) {
		const r = await gw.reply(phone, text);
		expect({ status: r.status, error: r.error }).toEqual({ status: 200, error: undefined });
		return r;
	}

	beforeAll(async () => {
		gw = await startDemoGateway({
			accountSid: ACCOUNT_SID,
			authToken: AUTH_TOKEN,
			fromNumber: BUSINESS_NUMBER,
			deliveryDelayMs: 50,
		});
		smtp = await startSmtpReceiver();
		slack = await startFakeSlack();
		n8n = await N8n.create({ env: { NO_PROXY: '127.0.0.1,localhost', GENERIC_TIMEZONE: 'UTC' } });
		await n8n.importCredentials(CREDENTIALS(gw, smtp.port));

		ids.setup = await n8n.importWorkflow(loadTemplate('csi-setup-data-tables'));
		ids.recovery = await n8n.importWorkflow(
			loadTemplate('csi-low-score-recovery', {
				assignments: { 'Recovery Settings': { slackWebhookUrl: slack.url } },
			}),
		);
		ids.reply = await n8n.importWorkflow(loadTemplate('csi-reply-to-score'));
		ids.sheets = await n8n.importWorkflow(loadTemplate('csi-reply-to-score-google-sheets'));
		ids.report = await n8n.importWorkflow(
			loadTemplate('csi-weekly-report', {
				assignments: {
					'Report Settings': {
						emailTo: 'cx-team@csi.test',
						emailFrom: 'CSI reports <csi@csi.test>',
						slackWebhookUrl: `${slack.url}/weekly`,
					},
				},
			}),
		);
		await n8n.start();

		// Tables: helper A's setup template (webhook variant), then survey rows as the send templates write them.
		await n8n.activate(ids.setup);
		await n8n.waitForWebhook('/webhook/csi-setup');
		const setup = await n8n.request('/webhook/csi-setup', { method: 'POST' });
		expect(setup.status).toBe(200);
		await setup.text();
		const iso = (ms: number) => new Date(ms).toISOString();
		await insertRows(
			n8n,
			'csi_surveys',
			fixture.surveys.map((s) => ({
				surveyId: s.surveyId,
				phone: s.phone,
				ticketId: s.ticketId,
				operator: s.operator,
				source: s.source,
				language: s.language,
				scaleMin: 1,
				scaleMax: 5,
				provider: 'twilio',
				messageId: s.messageId,
				sentAt: iso(seededAt - s.sentMinutesAgo * 60_000),
				expiresAt: iso(
					seededAt -
						s.sentMinutesAgo * 60_000 +
						(s.sentMinutesAgo / 60 + s.expiresInHours) * 3_600_000,
				),
				attempts: 0,
				status: 'pending',
			})),
		);
		await insertRows(
			n8n,
			'csi_events',
			fixture.surveys.map((s) => ({
				kind: 'sent',
				surveyId: s.surveyId,
				phone: s.phone,
				operator: s.operator,
				ticketId: s.ticketId,
				source: s.source,
				language: s.language,
				messageId: s.messageId,
				timestamp: iso(seededAt - s.sentMinutesAgo * 60_000),
			})),
		);

		for (const id of [ids.recovery, ids.reply, ids.sheets, ids.report]) await n8n.activate(id);
		const webhookId = nodeByName(readTemplate('csi-reply-to-score'), 'CSI Reply Trigger').webhookId;
		triggerPath = `/webhook/${webhookId}/csi-reply`;
		await n8n.waitForWebhook(triggerPath);
		await n8n.waitForWebhook('/webhook/csi-report', 'GET');
		gw.setWebhookUrl(`${n8n.baseUrl}${triggerPath}`);
	}, 300_000);

	afterAll(async () => {
		await n8n?.dispose();
		await gw?.close();
		await smtp?.close();
		await slack?.close();
	});

	test('templates import with credentials matched by name and activate (the Google Sheets variant too)', async () => {
		for (const [file, id] of [
			['csi-reply-to-score', ids.reply],
			['csi-reply-to-score-google-sheets', ids.sheets],
			['csi-weekly-report', ids.report],
		] as const) {
			const wf = await n8n.api<{
				active: boolean;
				nodes: Array<{ name: string; credentials?: Record<string, { id: string; name: string }> }>;
			}>('GET', `/workflows/${id}`);
			expect({ file, active: wf.active }).toEqual({ file, active: true });
			const template = readTemplate(file);
			for (const node of template.nodes.filter((n) => n.credentials)) {
				const stored = wf.nodes.find((n) => n.name === node.name);
				for (const [type, ref] of Object.entries(node.credentials ?? {})) {
					expect(ref).toEqual({ name: expect.any(String) }); // templates carry names only
					const expectedId = CREDENTIALS(gw, smtp.port).find(
						(c) => c.type === type && c.name === ref.name,
					)?.id;
					if (expectedId)
						expect({ node: node.name, cred: stored?.credentials?.[type] }).toEqual({
							node: node.name,
							cred: { id: expectedId, name: ref.name },
						});
				}
			}
		}
		const recovery = await n8n.api<{ active: boolean }>('GET', `/workflows/${ids.recovery}`);
		expect(recovery.active).toBe(true);
	});

	test('Google Sheets variant: the same chain as the Data Table version (without its inbox) with Sheets storage nodes', () => {
		const dt = withoutInbox(readTemplate('csi-reply-to-score'));
		const gs = readTemplate('csi-reply-to-score-google-sheets');
		const storageDt = new Set(
			dt.nodes.filter((n) => n.type === 'n8n-nodes-base.dataTable').map((n) => n.name),
		);
		const storageGs = new Set(
			gs.nodes.filter((n) => n.type === 'n8n-nodes-base.googleSheets').map((n) => n.name),
		);
		expect([...storageGs].sort()).toEqual([...storageDt].sort());
		expect(storageDt.size).toBe(7);
		for (const n of gs.nodes.filter((x) => storageGs.has(x.name))) {
			expect(n.credentials).toEqual({ googleSheetsOAuth2Api: { name: 'Google Sheets account' } });
			expect(n.parameters.documentId).toEqual({
				__rl: true,
				mode: 'id',
				value: "={{ $('Settings').first().json.spreadsheetId }}",
			});
		}
		// Sheets have no "order by": the latest pending survey is picked by Sort + Limit after the lookup.
		const a = shape(dt, storageDt);
		const b = shape(gs, new Set([...storageGs, 'Latest First', 'Latest Pending Survey']));
		const strip = (x: unknown) =>
			JSON.parse(JSON.stringify(x, (k, v: unknown) => (k === 'id' ? undefined : v))) as Record<
				string,
				{ parameters: { assignments?: { assignments: Array<{ name: string }> } } }
			>;
		const gsNodes = strip(b.nodes);
		const settings = gsNodes.Settings.parameters.assignments!;
		expect(settings.assignments[0]).toMatchObject({
			name: 'spreadsheetId',
			value: 'YOUR_SPREADSHEET_ID',
		});
		settings.assignments = settings.assignments.filter((x) => x.name !== 'spreadsheetId');
		expect(gsNodes).toEqual(strip(a.nodes));
		const collapsed = b.edges
			.filter((e) => !e.startsWith('Find Pending Survey[') && !e.startsWith('Latest First['))
			.map((e) => e.replace('Latest Pending Survey[0]', 'Find Pending Survey[0]'));
		expect(collapsed.sort()).toEqual(a.edges);
		expect(b.edges).toEqual(
			expect.arrayContaining([
				'Find Pending Survey[0] -> Latest First',
				'Latest First[0] -> Latest Pending Survey',
			]),
		);
	});

	test('valid reply → latest pending survey answered, reply event, Russian thank-you SMS; the older pending survey stays pending', async () => {
		const r = await reply(S.rated.phone, '5 отлично');
		expect(r.body).toBe('<?xml version="1.0" encoding="UTF-8"?><Response/>');
		const row = await waitSurvey(S.rated.surveyId, (x) => x.status === 'answered');
		expect(row).toMatchObject({
			status: 'answered',
			score: 5,
			comment: 'отлично',
			attempts: 1,
			reason: 'ok',
		});
		expect(typeof row.answeredAt).toBe('string');
		expect(await surveyRow(S.older.surveyId)).toMatchObject({
			status: 'pending',
			attempts: 0,
			score: null,
		});
		const sms = await waitApiSms(S.rated.phone, 1);
		expect(sms.map((m) => [m.from, m.text])).toEqual([
			[BUSINESS_NUMBER, thankYouText('ru', 5, SCALE)],
		]);
		const ev = (await events()).filter(
			(e) => e.surveyId === S.rated.surveyId && e.kind === 'reply',
		);
		expect(ev).toHaveLength(1);
		expect(ev[0]).toMatchObject({
			phone: S.rated.phone,
			operator: 'Aziz',
			ticketId: '48213',
			source: 'zendesk',
			score: 5,
			comment: 'отлично',
			language: 'ru',
			reason: 'ok',
		});
	});

	test('invalid reply → re-prompt (survey stays pending, attempts 1) → valid reply → answered (attempts 2)', async () => {
		await reply(S.reprompt.phone, 'hmm, not sure');
		const pending = await waitSurvey(S.reprompt.surveyId, (x) => x.attempts === 1);
		expect(pending).toMatchObject({
			status: 'pending',
			attempts: 1,
			score: null,
			reason: 'no_rating',
			answeredAt: null,
		});
		const first = await waitApiSms(S.reprompt.phone, 1);
		expect(first[0].text).toBe(repromptText('en', SCALE, 1));
		expect(
			(await events()).filter((e) => e.surveyId === S.reprompt.surveyId && e.kind !== 'sent'),
		).toEqual([]);

		await reply(S.reprompt.phone, '4');
		const done = await waitSurvey(S.reprompt.surveyId, (x) => x.status === 'answered');
		expect(done).toMatchObject({ status: 'answered', attempts: 2, score: 4 });
		const both = await waitApiSms(S.reprompt.phone, 2);
		expect(both[1].text).toBe(thankYouText('en', 4, SCALE));
	});

	test('still not understood after the 2nd attempt → gave_up, an invalid reply event, no further SMS', async () => {
		await reply(S.giveup.phone, 'banana');
		await waitSurvey(S.giveup.surveyId, (x) => x.attempts === 1);
		await reply(S.giveup.phone, 'who is this');
		const row = await waitSurvey(S.giveup.surveyId, (x) => x.status === 'gave_up');
		expect(row).toMatchObject({ status: 'gave_up', attempts: 2, score: null, reason: 'no_rating' });
		const ev = (await events()).filter(
			(e) => e.surveyId === S.giveup.surveyId && e.kind === 'reply',
		);
		expect(ev.map((e) => [e.score, e.comment, e.reason])).toEqual([
			[null, 'who is this', 'no_rating'],
		]);
		await delay(1500);
		expect(apiSms(S.giveup.phone).map((m) => m.text)).toEqual([repromptText('en', SCALE, 1)]);
	});

	test('STOP → opted_out + csi_optouts; Twilio confirms it itself, so n8n sends nothing', async () => {
		const r = await reply(S.stop.phone, 'STOP');
		expect(r.replies.map((m) => m.via)).toEqual(['carrier']);
		const row = await waitSurvey(S.stop.surveyId, (x) => x.status === 'opted_out');
		expect(row).toMatchObject({ attempts: 1, reason: 'opt_out', score: null });
		const out = await waitForRows(n8n, 'csi_optouts', (all) =>
			all.some((o) => o.phone === S.stop.phone),
		);
		expect(out.filter((o) => o.phone === S.stop.phone).map((o) => o.text)).toEqual(['STOP']);
		expect(
			(await events()).filter((e) => e.surveyId === S.stop.surveyId && e.kind === 'optout'),
		).toHaveLength(1);
		await delay(1500);
		expect(apiSms(S.stop.phone)).toEqual([]);
	});

	test('"СТОП" (not a carrier keyword) → opted_out + csi_optouts + Russian confirmation SMS from n8n', async () => {
		await reply(S.stopRu.phone, 'СТОП');
		await waitSurvey(S.stopRu.surveyId, (x) => x.status === 'opted_out');
		await waitForRows(n8n, 'csi_optouts', (all) =>
			all.some((o) => o.phone === S.stopRu.phone && o.text === 'СТОП'),
		);
		const sms = await waitApiSms(S.stopRu.phone, 1);
		expect(sms.map((m) => m.text)).toEqual([optOutConfirmationText('ru')]);
	});

	test('reply after expiresAt → survey expired, reply kept as unmatched event', async () => {
		await reply(S.expired.phone, '3');
		const row = await waitSurvey(S.expired.surveyId, (x) => x.status === 'expired');
		expect(row).toMatchObject({
			status: 'expired',
			attempts: 0,
			score: null,
			reason: 'reply_after_expiry',
		});
		const ev = await waitForRows(n8n, 'csi_events', (all) =>
			all.some((e) => e.surveyId === S.expired.surveyId && e.kind === 'unmatched'),
		);
		expect(
			ev
				.filter((e) => e.surveyId === S.expired.surveyId && e.kind === 'unmatched')
				.map((e) => [e.comment, e.reason, e.score]),
		).toEqual([['3', 'reply_after_expiry', null]]);
		expect(apiSms(S.expired.phone)).toEqual([]);
	});

	test('reply from a phone without any survey → kept as unmatched event (reason no_survey), nothing else', async () => {
		const phone = '+8613800138000';
		await reply(phone, '非常满意 5分');
		const ev = await waitForRows(n8n, 'csi_events', (all) => all.some((e) => e.phone === phone));
		expect(
			ev
				.filter((e) => e.phone === phone)
				.map((e) => ({
					kind: e.kind,
					surveyId: e.surveyId,
					comment: e.comment,
					reason: e.reason,
					language: e.language,
				})),
		).toEqual([
			{
				kind: 'unmatched',
				surveyId: '',
				comment: '非常满意 5分',
				reason: 'no_survey',
				language: 'zh',
			},
		]);
		expect((await rows(n8n, 'csi_surveys')).some((s) => s.phone === phone)).toBe(false);
		expect(apiSms(phone)).toEqual([]);
	});

	test('opt-out from a phone without a pending survey is still recorded (csi_optouts, event optout) and confirmed', async () => {
		const phone = '+998935551122';
		await reply(phone, 'СТОП');
		const out = await waitForRows(n8n, 'csi_optouts', (all) => all.some((o) => o.phone === phone));
		expect(out.filter((o) => o.phone === phone).map((o) => o.text)).toEqual(['СТОП']);
		const ev = await waitForRows(n8n, 'csi_events', (all) => all.some((e) => e.phone === phone));
		expect(ev.filter((e) => e.phone === phone).map((e) => [e.kind, e.surveyId, e.reason])).toEqual([
			['optout', '', 'opt_out'],
		]);
		expect((await waitApiSms(phone, 1)).map((m) => m.text)).toEqual([optOutConfirmationText('ru')]);
	});

	test('delivery reports: delivered / undelivered of survey SMS logged with the survey; other statuses and messages ignored', async () => {
		const url = `${n8n.baseUrl}${triggerPath}`;
		const post = async (messageSid: string, status: string, to: string, errorCode?: string) => {
			const req = twilioStatus({
				url,
				authToken: AUTH_TOKEN,
				messageSid,
				status,
				from: BUSINESS_NUMBER,
				to,
				errorCode,
			});
			const res = await fetch(req.url, {
				method: req.method,
				headers: req.headers,
				body: req.body,
			});
			expect(res.status).toBe(200);
			await res.text();
		};
		await post(S.rated.messageId, 'sent', S.rated.phone);
		await post(S.rated.messageId, 'delivered', S.rated.phone);
		await post(S.undelivered.messageId, 'undelivered', S.undelivered.phone, '30003');
		await post('SMffffffffffffffffffffffffffffffff', 'delivered', '+12125550100');
		const all = await waitForRows(n8n, 'csi_events', (list) =>
			list.some((e) => e.kind === 'failed'),
		);
		const failedRow = await waitSurvey(S.undelivered.surveyId, (x) => x.status === 'failed');
		expect(failedRow).toMatchObject({ status: 'failed', reason: 'undelivered (error 30003)' });
		await delay(1500);
		const dlr = (await events()).filter((e) => e.kind === 'delivered' || e.kind === 'failed');
		expect(all.length).toBeGreaterThan(0);
		// Each report runs in its own execution, so the rows' order is the order the executions finished in.
		const byKind = dlr
			.map((e) => [e.kind, e.surveyId, e.operator, e.messageId, e.reason])
			.sort((a, b) => String(a[0]).localeCompare(String(b[0])));
		expect(byKind).toEqual([
			['delivered', S.rated.surveyId, 'Aziz', S.rated.messageId, ''],
			['failed', S.undelivered.surveyId, 'Aziz', S.undelivered.messageId, 'error 30003'],
		]);
		// a delivery report never touches an answered survey
		expect(await surveyRow(S.rated.surveyId)).toMatchObject({ status: 'answered' });
	});

	test('low score → answered, and the recovery workflow posts to Slack with a 24-hour deadline', async () => {
		await reply(S.low.phone, '1, péssimo atendimento');
		await waitSurvey(S.low.surveyId, (x) => x.status === 'answered');
		const deadline = Date.now() + 30_000;
		while (
			Date.now() < deadline &&
			!slack.posts.some((p) => String(p.body.text).includes(S.low.phone))
		)
			await delay(200);
		const posts = slack.posts.filter((p) => String(p.body.text).includes(S.low.phone));
		expect(posts).toHaveLength(1);
		const text = String(posts[0].body.text);
		expect(posts[0].path).toBe(new URL(slack.url).pathname);
		expect(text).toContain('Low CSI score 1/5 from +5511987654321 (ticket 48250), operator Marta');
		const m = / respond by (\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}\.\d{3}Z)$/.exec(text);
		expect(m).not.toBeNull();
		const due = Date.parse(m![1]);
		expect(Math.abs(due - (Date.now() + 24 * 3_600_000))).toBeLessThan(5 * 60_000);
		expect(JSON.stringify(posts[0].body.blocks)).toContain('péssimo atendimento');
		expect(JSON.stringify(posts[0].body.blocks)).toContain(`Respond by ${m![1]}`);
		const sms = await waitApiSms(S.low.phone, 1);
		expect(sms[0].text).toBe(thankYouText('pt', 1, SCALE));
		// the 4 and 5 before did not start the recovery
		expect(slack.posts.filter((p) => !p.path.endsWith('/weekly'))).toHaveLength(1);
	});

	test('every reply-workflow execution succeeded; the recovery ran once', async () => {
		const runs = await n8n.executions(ids.reply);
		expect(runs.length).toBeGreaterThanOrEqual(14);
		expect(
			runs
				.filter((e) => e.status !== 'success')
				.map((e) => [e.id, e.status, e.data?.resultData.error?.message]),
		).toEqual([]);
		const rec = await n8n.waitForExecutions(ids.recovery, 1);
		expect(rec.map((e) => e.status)).toEqual(['success']);
	});

	const expectReportNumbers = (html: string) => {
		const cell = (label: string) =>
			new RegExp(`${label}</t[hd]>\\s*<td[^>]*>([^<]*)<`).exec(html)?.[1];
		// rated 5, 4, 1 (+ one gave-up reply without a score); 9 surveys sent, 1 delivered, 1 failed, 3 opt-outs
		expect(cell('Rated responses')).toBe('3');
		expect(cell('Invalid replies')).toBe('1');
		expect(cell('Mean')).toBe('3.33');
		expect(cell('Median')).toBe('4.00');
		expect(cell('CSAT')).toBe('66.7%');
		expect(cell('Sent / delivered / failed')).toBe('9 / 1 / 1');
		expect(cell('Response rate')).toBe('44.4%');
		expect(cell('Opt-outs')).toBe('3 (33.3%)');
		expect(html).toContain('Aziz');
		expect(html).toContain('Marta');
	};

	test('on-demand report: GET /webhook/csi-report answers the HTML report with the hand-checked numbers', async () => {
		const res = await n8n.request('/webhook/csi-report?days=30');
		expect(res.status).toBe(200);
		expect(res.headers.get('content-type')).toMatch(/^text\/html/);
		const html = await res.text();
		expect(html).toMatch(/^<!doctype html>/i);
		expectReportNumbers(html);
		// The aspect table, overall and per operator, from the comments of the Data Table rows.
		expect(html).toContain('<h2>Aspects</h2>');
		expect(html).toContain('Aspects per operator');
		expect(html).toContain('<th>Product / service</th>');
		const perOperator = html.slice(html.indexOf('Aspects per operator'));
		expect(perOperator).toMatch(/<td>(?:Aziz|Marta)<\/td>/);
	});

	test('weekly run (the schedule trigger, run from the editor): e-mail through "CSI SMTP" with the SVG chart attached, Slack summary', async () => {
		const run = await n8n.rest<{ data?: { executionId?: string } }>(
			'POST',
			`/workflows/${ids.report}/run`,
			{ triggerToStartFrom: { name: 'Every Monday 09:00' } },
		);
		expect(run.status).toBe(200);
		const deadline = Date.now() + 60_000;
		while (Date.now() < deadline && smtp.mails.length === 0) await delay(250);
		expect(smtp.mails).toHaveLength(1);
		const mail = smtp.mails[0];
		expect(mail.to).toEqual(['cx-team@csi.test']);
		expect(mail.from).toBe('csi@csi.test');
		const { headers, parts } = parseMime(mail.raw);
		expect(headers.subject).toBe('CSI weekly report: CSAT 66.7%, mean 3.33 (3 ratings)');
		const html = parts.find((p) => /^text\/html/i.test(p.headers['content-type'] ?? ''));
		expectReportNumbers(html!.body.toString('utf8'));
		const chart = parts.find((p) => /^image\/svg\+xml/i.test(p.headers['content-type'] ?? ''));
		expect(chart?.headers['content-disposition']).toMatch(
			/^attachment; filename="?csi-report\.svg"?/,
		);
		expect(chart!.body.toString('utf8')).toMatch(/^<svg[\s\S]*<\/svg>\s*$/);
		const weeklyDue = Date.now() + 30_000;
		while (Date.now() < weeklyDue && !slack.posts.some((p) => p.path.endsWith('/weekly')))
			await delay(200);
		const weekly = slack.posts.filter((p) => p.path.endsWith('/weekly'));
		expect(weekly).toHaveLength(1);
		expect(String(weekly[0].body.text)).toContain(
			'CSAT 66.7%, mean 3.33, 3 ratings, response rate 44.4%',
		);
		expect(String(weekly[0].body.text)).toContain('• Aziz: mean 4.5, CSAT 100% (2)');
	});
});
