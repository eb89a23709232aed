// Play Mobile, Eskiz, Alibaba Cloud, Tencent Cloud and SMSC.ru inside a real n8n (pinned 2.41.1), installed
// from the packed tarball, against the loopback simulators: surveys sent (template mode for the China clouds,
// signatures checked by the simulators), replies and delivery reports received by CSI Reply Trigger in each
// provider's wire format, Eskiz's expired token renewed by exactly one login, and every credential's Test.
import { randomUUID } from 'crypto';
import { startSmsSimulator, type SmsSimulator } from '../sim/server';
import { basicCredentials } from '../sim/util';
import * as wh from '../sim/webhooks';
import { N8n, delay, nodeOutput, type ExecutionSummary } from './harness/n8n';
import { PKG, itemsSource, workflow } from './harness/workflows';

const P = ['playmobile', 'eskiz', 'aliyun', 'tencent', 'smsc'] as const;
type Id = (typeof P)[number];
const TYPE: Record<Id, string> = {
	playmobile: 'playMobileCsiApi',
	eskiz: 'eskizCsiApi',
	aliyun: 'aliyunCsiApi',
	tencent: 'tencentCloudCsiApi',
	smsc: 'smscCsiApi',
};
const TOKEN: Record<Id, string> = {
	playmobile: 'pm-hook-token-7f3a91',
	eskiz: 'eskiz-hook-token-21bd',
	aliyun: 'aliyun-hook-token-c0de',
	tencent: 'tencent-hook-token-9a9a',
	smsc: 'smsc-hook-token-4242',
};
const SECRET_FIELD: Record<Id, string> = {
	playmobile: 'password',
	eskiz: 'password',
	aliyun: 'accessKeySecret',
	tencent: 'secretKey',
	smsc: 'password',
};
const credId = (p: Id) => `cred${p}00000000000`.slice(0, 16);
const credRef = (p: Id) => ({ [TYPE[p]]: { id: credId(p), name: `${p} sim` } });

function credentialData(sim: SmsSimulator, p: Id): Record<string, unknown> {
	const c = sim.credentials;
	const base = { baseUrl: sim.baseUrl(p), webhookToken: TOKEN[p] };
	switch (p) {
		case 'playmobile':
			return {
				...base,
				username: c.playmobile.username,
				password: c.playmobile.password,
				originator: '3700',
			};
		case 'eskiz':
			// A token from an earlier login that has expired since: the first send gets 401.
			return {
				...base,
				email: c.eskiz.email,
				password: c.eskiz.password,
				from: '4546',
				token: 'eyJ.expired-token',
			};
		case 'aliyun':
			return {
				...base,
				accessKeyId: c.aliyun.accessKeyId,
				accessKeySecret: c.aliyun.accessKeySecret,
				signName: c.aliyun.signName,
			};
		case 'tencent':
			return {
				...base,
				secretId: c.tencent.secretId,
				secretKey: c.tencent.secretKey,
				smsSdkAppId: c.tencent.smsSdkAppId,
				signName: c.tencent.signName,
				region: 'ap-guangzhou',
			};
		case 'smsc':
			return { ...base, login: c.smsc.login, password: c.smsc.password, sender: 'CSIShop' };
	}
}

function sendWorkflow(p: Id, items: unknown[], parameters: Record<string, unknown>) {
	const src = itemsSource(items);
	return workflow(
		`send-${p}`,
		[
			...src.nodes,
			{
				name: 'Send',
				type: `${PKG}.sendCsiSurvey`,
				typeVersion: 1,
				parameters: { provider: p, phone: '={{ $json.phone }}', ...parameters },
				credentials: credRef(p),
			},
		],
		[...src.edges, [src.last, 'Send']],
	);
}

const TEMPLATE_PARAMS = { parameter: [{ name: 'ticket', value: '={{ $json.ticket }}' }] };

describe('CIS and China providers in real n8n', () => {
	let n8n: N8n;
	let sim: SmsSimulator;
	const hooks = {} as Record<Id, { id: string; path: string }>;
	const sent = {} as Record<Id, Array<Record<string, unknown>>>;
	const urlOf = (p: Id, token = TOKEN[p]) => `${n8n.baseUrl}${hooks[p].path}?token=${token}`;

	async function post(r: wh.SimWebhookRequest) {
		const u = new URL(r.url);
		const res = await n8n.request(u.pathname + u.search, {
			method: 'POST',
			headers: r.headers,
			body: r.body,
		});
		return {
			status: res.status,
			type: res.headers.get('content-type') ?? '',
			body: await res.text(),
		};
	}
	async function runs(p: Id, count: number): Promise<ExecutionSummary[]> {
		const list = await n8n.waitForExecutions(hooks[p].id, count, 30_000);
		await delay(600);
		return list;
	}
	const triggerItems = (e: ExecutionSummary) => nodeOutput(e.data, 'CSI Reply Trigger');
	async function execSend(p: Id, items: unknown[], parameters: Record<string, unknown>) {
		const id = await n8n.importWorkflow(sendWorkflow(p, items, parameters));
		const { code, run, stderr } = await n8n.execute(id);
		if (code !== 0 || !run) throw new Error(`send-${p} failed (${code}): ${stderr.slice(-2000)}`);
		return nodeOutput(run, 'Send').map((j) => j.survey as Record<string, unknown>);
	}

	beforeAll(async () => {
		sim = await startSmsSimulator({ providers: [...P] });
		n8n = await N8n.create();
		await n8n.importCredentials(
			P.map((p) => ({
				id: credId(p),
				name: `${p} sim`,
				type: TYPE[p],
				data: credentialData(sim, p),
			})),
		);
		for (const p of P) {
			const webhookId = randomUUID();
			const id = await n8n.importWorkflow(
				workflow(
					`trigger-${p}`,
					[
						{
							name: 'CSI Reply Trigger',
							type: `${PKG}.csiReplyTrigger`,
							typeVersion: 1,
							webhookId,
							parameters: {
								provider: p,
								events: 'both',
								verify: true,
								options: {},
								...(p === 'playmobile' ? { playmobileKeyword: 'CSI' } : {}),
							},
							credentials: credRef(p),
						},
					],
					[],
				),
			);
			hooks[p] = { id, path: `/webhook/${webhookId}/csi-reply` };
		}
		await n8n.start();
		for (const p of P) {
			await n8n.activate(hooks[p].id);
			await n8n.waitForWebhook(hooks[p].path, 'POST');
		}
	}, 300_000);

	afterAll(async () => {
		await n8n?.dispose();
		await sim?.close();
	});

	test('Play Mobile: survey sent in the broker-api JSON with Basic auth; our message-id is the message id', async () => {
		sent.playmobile = await execSend(
			'playmobile',
			[{ phone: '+998901234567' }, { phone: '998 93 765 43 21' }],
			{
				from: '3700',
				language: 'uz',
				defaultCountry: 'UZ',
			},
		);
		const reqs = sim.requests('playmobile', 'send');
		expect(reqs).toHaveLength(2);
		expect(basicCredentials(reqs[0].headers.authorization)).toEqual({
			user: 'csi_broker',
			password: 'pm-secret-1',
		});
		const body = reqs[0].body as { messages: Array<Record<string, unknown>> };
		expect(body.messages[0]).toMatchObject({
			recipient: '998901234567',
			sms: { originator: '3700' },
		});
		expect(sent.playmobile[0].messageId).toBe(body.messages[0]['message-id']);
		expect(sent.playmobile[0].messageId).toBe(sent.playmobile[0].surveyId);
	});

	test('Play Mobile: XML push with 2 replies → one run, 2 items, Tashkent time → UTC, keyword stripped; no token → 401', async () => {
		const denied = await post(
			wh.playmobile.playmobileReplies(urlOf('playmobile', 'wrong'), [
				{ id: '1', msisdn: '998901234567', text: '5', submitDate: '2024-05-01 15:10:32' },
			]),
		);
		expect(denied.status).toBe(401);
		const junk = await post({
			method: 'POST',
			url: urlOf('playmobile'),
			headers: { 'Content-Type': 'text/xml' },
			body: '<sms-request><message id="1"',
		});
		// Malformed XML is refused by n8n's own XML body parser (422) before the node; well-formed XML that is
		// not an <sms-request> is refused by the node (400). Neither starts an execution.
		expect(junk.status).toBe(422);
		const other = await post({
			method: 'POST',
			url: urlOf('playmobile'),
			headers: { 'Content-Type': 'text/xml' },
			body: '<sms-response><status>ok</status></sms-response>',
		});
		expect(other.status).toBe(400);
		const ok = await post(
			wh.playmobile.playmobileReplies(urlOf('playmobile'), [
				{
					id: '1107962',
					msisdn: '998901234567',
					text: 'CSI 5 zo‘r',
					submitDate: '2024-05-01 15:10:32',
				},
				{
					id: '1107963',
					msisdn: '998937654321',
					text: '2 <sekin> & yomon',
					submitDate: '2024-05-01 15:11:00',
					cdata: true,
				},
			]),
		);
		expect(ok.status).toBe(200);
		const [run] = await runs('playmobile', 1);
		expect(triggerItems(run)).toEqual([
			expect.objectContaining({
				provider: 'playmobile',
				event: 'reply',
				from: '+998901234567',
				text: '5 zo‘r',
				messageId: '1107962',
				receivedAt: '2024-05-01T10:10:32.000Z',
			}),
			expect.objectContaining({
				from: '+998937654321',
				text: '2 <sekin> & yomon',
				receivedAt: '2024-05-01T10:11:00.000Z',
			}),
		]);
	});

	test('Alibaba Cloud: template mode → signed SendSms with TemplateCode/TemplateParam; survey text is what the customer reads', async () => {
		sent.aliyun = await execSend(
			'aliyun',
			[
				{ phone: '+8613800000001', ticket: 'T-1' },
				{ phone: '+8613800000002', ticket: 'T-2' },
				{ phone: '+8613800000003', ticket: 'T-3' },
			],
			{
				messageSource: 'template',
				templateId: 'SMS_460000001',
				templateText: '您的工单${ticket}已处理，请回复1-5为本次服务评分',
				templateParameters: TEMPLATE_PARAMS,
			},
		);
		const reqs = sim.requests('aliyun', 'send');
		expect(reqs.map((r) => r.responseStatus)).toEqual([200, 200, 200]);
		const form = Object.fromEntries(new URLSearchParams(reqs[0].rawBody));
		expect(form).toMatchObject({
			PhoneNumbers: '8613800000001',
			SignName: '示例客服',
			TemplateCode: 'SMS_460000001',
			TemplateParam: '{"ticket":"T-1"}',
		});
		expect(String(reqs[0].headers.authorization)).toMatch(
			/^ACS3-HMAC-SHA256 Credential=LTAI5tSimulatedKey01,/,
		);
		expect(sent.aliyun[0]).toMatchObject({
			text: '【示例客服】您的工单T-1已处理，请回复1-5为本次服务评分',
			encoding: 'UCS-2',
			segments: 1,
		});
		expect(String(sent.aliyun[0].messageId)).toMatch(/\^0$/);
	});

	test('Alibaba Cloud: SmsUp batch of 3 → 3 items; SmsReport → delivered/undelivered; answered {"code":0,"msg":"接收成功"}', async () => {
		const up = await post(
			wh.aliyun.aliyunSmsUp(urlOf('aliyun'), [
				{
					phone: '+8613800000001',
					content: '5 很好',
					sendTime: '2024-05-01 18:00:01',
					sequenceId: 101,
				},
				{ phone: '+8613800000002', content: '3', sendTime: '2024-05-01 18:00:02', sequenceId: 102 },
				{
					phone: '+8613800000003',
					content: 'TD',
					sendTime: '2024-05-01 18:00:03',
					sequenceId: 103,
				},
			]),
		);
		expect(up).toMatchObject({ status: 200, body: '{"code":0,"msg":"接收成功"}' });
		const report = await post(
			wh.aliyun.aliyunSmsReport(urlOf('aliyun'), [
				{ phone: '+8613800000001', bizId: String(sent.aliyun[0].messageId), success: true },
				{
					phone: '+8613800000002',
					bizId: String(sent.aliyun[1].messageId),
					success: false,
					errCode: 'MK:0012',
				},
			]),
		);
		expect(report.status).toBe(200);
		const list = await runs('aliyun', 2);
		const all = list.flatMap(triggerItems);
		expect(
			all.filter((e) => e.event === 'reply').map((e) => [e.from, e.text, e.receivedAt]),
		).toEqual([
			['+8613800000001', '5 很好', '2024-05-01T10:00:01.000Z'],
			['+8613800000002', '3', '2024-05-01T10:00:02.000Z'],
			['+8613800000003', 'TD', '2024-05-01T10:00:03.000Z'],
		]);
		expect(
			all.filter((e) => e.event === 'status').map((e) => [e.messageId, e.status, e.errorCode]),
		).toEqual([
			[sent.aliyun[0].messageId, 'delivered', undefined],
			[sent.aliyun[1].messageId, 'undelivered', 'MK:0012'],
		]);
	});

	test('Tencent Cloud: template mode → TC3-signed SendSms; reply and status callbacks; answered {"result":0,"errmsg":"OK"}', async () => {
		sent.tencent = await execSend('tencent', [{ phone: '+8613900000001', ticket: 'T-9' }], {
			messageSource: 'template',
			templateId: '2000001',
			templateText: '您的工单{1}已处理，请回复1-5为本次服务评分',
			templateParameters: TEMPLATE_PARAMS,
		});
		const [req] = sim.requests('tencent', 'send');
		expect(req.responseStatus).toBe(200);
		expect(JSON.parse(req.rawBody)).toMatchObject({
			PhoneNumberSet: ['+8613900000001'],
			TemplateId: '2000001',
			TemplateParamSet: ['T-9'],
			SignName: '示例客服',
			SmsSdkAppId: '1400000001',
		});
		expect(sent.tencent[0]).toMatchObject({
			text: '【示例客服】您的工单T-9已处理，请回复1-5为本次服务评分',
			providerSegments: 1,
		});
		const reply = await post(
			wh.tencent.tencentReply(urlOf('tencent'), {
				phone: '+8613900000001',
				text: '4 不错',
				sign: '示例客服',
				time: 1714557600,
			}),
		);
		expect(reply).toMatchObject({ status: 200, body: '{"result":0,"errmsg":"OK"}' });
		await post(
			wh.tencent.tencentStatus(urlOf('tencent'), [
				{ sid: String(sent.tencent[0].messageId), phone: '+8613900000001', ok: true },
			]),
		);
		const all = (await runs('tencent', 2)).flatMap(triggerItems);
		expect(all).toEqual(
			expect.arrayContaining([
				expect.objectContaining({
					event: 'reply',
					from: '+8613900000001',
					text: '4 不错',
					receivedAt: '2024-05-01T10:00:00.000Z',
				}),
				expect.objectContaining({
					event: 'status',
					messageId: sent.tencent[0].messageId,
					status: 'delivered',
				}),
			]),
		);
	});

	test('SMSC.ru (Russian two-way): send, inbound SMS on the number and delivery status', async () => {
		sent.smsc = await execSend('smsc', [{ phone: '+79161234567' }], { language: 'ru' });
		const [req] = sim.requests('smsc', 'send');
		expect(req.body).toMatchObject({
			phones: '79161234567',
			sender: 'CSIShop',
			fmt: '3',
			login: 'csi',
			psw: 'smsc-secret-1',
		});
		await post(
			wh.smsc.smscInbound(urlOf('smsc'), {
				phone: '+79161234567',
				to: '+79001112233',
				text: '5 всё хорошо',
				id: '501',
				sent: 1714557600,
			}),
		);
		await post(
			wh.smsc.smscStatus(urlOf('smsc'), {
				id: String(sent.smsc[0].messageId),
				phone: '+79161234567',
				status: 1,
			}),
		);
		const all = (await runs('smsc', 2)).flatMap(triggerItems);
		expect(all).toEqual(
			expect.arrayContaining([
				expect.objectContaining({
					event: 'reply',
					from: '+79161234567',
					to: '+79001112233',
					text: '5 всё хорошо',
				}),
				expect.objectContaining({
					event: 'status',
					messageId: sent.smsc[0].messageId,
					status: 'delivered',
				}),
			]),
		);
	});

	test('Eskiz: expired token → exactly one login for 3 messages; delivery report by request_id', async () => {
		sent.eskiz = await execSend(
			'eskiz',
			[{ phone: '+998901234567' }, { phone: '+998901234568' }, { phone: '+998901234569' }],
			{
				language: 'uz',
				statusCallbackUrl: urlOf('eskiz'),
				options: { concurrency: 3 },
			},
		);
		const all = sim.requests('eskiz');
		const logins = all.filter((r) => r.path === '/api/auth/login');
		const sends = sim.requests('eskiz', 'send');
		expect(logins).toHaveLength(1);
		expect(sends.map((r) => r.responseStatus)).toEqual([401, 200, 200, 200]);
		expect(sends[0].headers.authorization).toBe('Bearer eyJ.expired-token');
		const fresh = sends[1].headers.authorization;
		expect(sends.slice(1).every((r) => r.headers.authorization === fresh)).toBe(true);
		expect(sent.eskiz.map((s) => s.status)).toEqual(['queued', 'queued', 'queued']);
		expect((sends[1].body as Record<string, unknown>).callback_url).toBe(urlOf('eskiz'));
		await post(
			wh.eskiz.eskizStatus(urlOf('eskiz'), {
				requestId: String(sent.eskiz[0].messageId),
				phone: '+998901234567',
				status: 'DELIVRD',
			}),
		);
		const [run] = await runs('eskiz', 1);
		expect(triggerItems(run)).toEqual([
			expect.objectContaining({
				event: 'status',
				messageId: sent.eskiz[0].messageId,
				status: 'delivered',
			}),
		]);
	});

	test('credential Test for the 5 types: OK with the right secret, Error with a wrong one', async () => {
		for (const p of P) {
			sim.reset();
			const data = { ...credentialData(sim, p), token: '' };
			const good = await n8n.rest<{ data: { status: string; message: string } }>(
				'POST',
				'/credentials/test',
				{
					credentials: { id: credId(p), name: `${p} sim`, type: TYPE[p], data },
				},
			);
			expect({ p, result: good.body.data?.status, message: good.body.data?.message }).toMatchObject(
				{ p, result: 'OK' },
			);
			const bad = await n8n.rest<{ data: { status: string; message: string } }>(
				'POST',
				'/credentials/test',
				{
					credentials: {
						id: credId(p),
						name: `${p} sim`,
						type: TYPE[p],
						data: { ...data, [SECRET_FIELD[p]]: 'wrong-secret' },
					},
				},
			);
			expect({ p, result: bad.body.data?.status }).toEqual({ p, result: 'Error' });
			expect(sim.requests(p, 'test').length).toBeGreaterThanOrEqual(1);
		}
	});
});
