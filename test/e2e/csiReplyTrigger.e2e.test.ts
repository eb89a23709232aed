// CSI Reply Trigger inside a real n8n (pinned 2.41.1 on Node 24), installed from the packed tarball: one
// active workflow per provider, called with requests signed exactly as each provider signs them
// (test/sim/webhooks), on n8n's own webhook URL (WEBHOOK_URL = http://127.0.0.1:<port>/).
import { randomUUID } from 'crypto';
import { N8n, delay, nodeOutput, type CredentialJson, type ExecutionSummary } from './harness/n8n';
import { PKG, workflow } from './harness/workflows';
import { startSmsSimulator, type SmsSimulator } from '../sim/server';
import { PLIVO_SIM_APP_ID } from '../sim/providers/plivo';
import * as wh from '../sim/webhooks';

const TRIGGER = 'CSI Reply Trigger';

const TWILIO_TOKEN = 'example-twilio-auth-token';
const PLIVO_TOKEN = 'example-plivo-auth-token';
const VONAGE_SIG = 'vonage-signature-secret-01';
const MB_SIGNING_FIXTURE = 'messagebird-signing-key-01';
const SINCH_SECRET = 'sinch-callback-hmac-secret';
const GENERIC_HMAC = 'generic-gateway-hmac-secret';
const INFOBIP_BASIC = { username: 'infobip-hook', password: 'infobip-hook-pass' };
const telnyxKeys = wh.telnyx.telnyxKeyPair();

type Provider =
	| 'twilio'
	| 'vonage'
	| 'plivo'
	| 'telnyx'
	| 'infobip'
	| 'messagebird'
	| 'sinch'
	| 'generic';

const CRED_TYPE: Record<Provider, string> = {
	twilio: 'twilioCsiApi',
	vonage: 'vonageCsiApi',
	plivo: 'plivoCsiApi',
	telnyx: 'telnyxCsiApi',
	infobip: 'infobipCsiApi',
	messagebird: 'messageBirdCsiApi',
	sinch: 'sinchCsiApi',
	generic: 'genericSmsCsiApi',
};

function credentials(sim: SmsSimulator): CredentialJson[] {
	const c = sim.credentials;
	const data: Record<Provider, Record<string, unknown>> = {
		twilio: {
			accountSid: c.twilio.accountSid,
			authToken: TWILIO_TOKEN,
			baseUrl: sim.baseUrl('twilio'),
		},
		vonage: {
			apiKey: c.vonage.apiKey,
			apiSecret: c.vonage.apiSecret,
			signatureSecret: VONAGE_SIG,
			signatureMethod: 'sha256',
			baseUrl: sim.baseUrl('vonage'),
		},
		plivo: { authId: c.plivo.authId, authToken: PLIVO_TOKEN, baseUrl: sim.baseUrl('plivo') },
		telnyx: {
			apiKey: c.telnyx.apiKey,
			messagingProfileId: c.telnyx.messagingProfileId,
			publicKey: telnyxKeys.publicKeyBase64,
			baseUrl: sim.baseUrl('telnyx'),
		},
		infobip: {
			apiKey: c.infobip.apiKey,
			baseUrl: sim.baseUrl('infobip'),
			webhookUsername: INFOBIP_BASIC.username,
			webhookPassword: INFOBIP_BASIC.password,
		},
		messagebird: {
			apiKey: c.messagebird.apiKey,
			signingSecret: MB_SIGNING_FIXTURE,
			baseUrl: sim.baseUrl('messagebird'),
		},
		sinch: {
			servicePlanId: c.sinch.servicePlanId,
			apiToken: c.sinch.apiToken,
			region: 'eu',
			baseUrl: sim.baseUrl('sinch'),
			webhookSecret: SINCH_SECRET,
		},
		generic: { baseUrl: sim.baseUrl('generic'), authType: 'none', webhookHmacSecret: GENERIC_HMAC },
	};
	return (Object.keys(data) as Provider[]).map((p) => ({
		id: `csi-${p}`,
		name: `${p} (simulator)`,
		type: CRED_TYPE[p],
		data: data[p],
	}));
}

interface Hook {
	id: string;
	webhookId: string;
	path: string;
}

function triggerWorkflow(
	provider: Provider,
	parameters: Record<string, unknown>,
	webhookId: string,
) {
	return workflow(
		`csi-reply-trigger-${provider}`,
		[
			{
				name: TRIGGER,
				type: `${PKG}.csiReplyTrigger`,
				typeVersion: 1,
				webhookId,
				parameters: { provider, events: 'both', verify: true, options: {}, ...parameters },
				credentials: {
					[CRED_TYPE[provider]]: { id: `csi-${provider}`, name: `${provider} (simulator)` },
				},
			},
		],
		[],
	);
}

const WORKFLOWS: Record<Provider, Record<string, unknown>> = {
	twilio: {
		registerWebhook: true,
		phoneNumber: '+15005550006',
		options: { autoReply: 'Спасибо! Thanks & bye' },
	},
	vonage: { registerWebhook: true, vonageCallbacks: 'both' },
	plivo: { registerWebhook: true, plivoAppId: PLIVO_SIM_APP_ID, options: { dedupeSeconds: 120 } },
	telnyx: { registerWebhook: true },
	infobip: {},
	messagebird: {},
	sinch: {},
	generic: {
		fieldPaths: {
			itemsPath: 'messages',
			fromPath: 'sender',
			textPath: 'content',
			idPath: 'msg_id',
		},
		options: { hmacHeader: 'X-Gateway-Signature' },
	},
};

describe('CSI Reply Trigger in real n8n', () => {
	let n8n: N8n;
	let sim: SmsSimulator;
	const hooks = {} as Record<Provider, Hook>;
	const urlOf = (p: Provider) => `${n8n.baseUrl}${hooks[p].path}`;

	async function send(
		r: wh.SimWebhookRequest,
	): Promise<{ status: number; type: string; body: string }> {
		const target = new URL(r.url);
		const res = await n8n.request(target.pathname + target.search, {
			method: r.method,
			headers: r.headers,
			body: r.method === 'GET' ? undefined : r.body,
		});
		return {
			status: res.status,
			type: res.headers.get('content-type') ?? '',
			body: await res.text(),
		};
	}

	async function finished(p: Provider): Promise<ExecutionSummary[]> {
		return (await n8n.executions(hooks[p].id)).filter(
			(e) => e.finished || e.status === 'success' || e.status === 'error',
		);
	}

	/** Waits for exactly `count` executions (and that no more arrive within a short grace period). */
	async function expectExecutions(p: Provider, count: number): Promise<ExecutionSummary[]> {
		const list = await n8n.waitForExecutions(hooks[p].id, count, 30_000);
		await delay(800);
		const again = await finished(p);
		expect(again.length).toBe(count);
		return list.length === count ? list : again;
	}

	const items = (e: ExecutionSummary) => nodeOutput(e.data, TRIGGER);

	beforeAll(async () => {
		sim = await startSmsSimulator();
		n8n = await N8n.create();
		await n8n.importCredentials(credentials(sim));
		for (const p of Object.keys(WORKFLOWS) as Provider[]) {
			const webhookId = randomUUID();
			const id = await n8n.importWorkflow(triggerWorkflow(p, WORKFLOWS[p], webhookId));
			hooks[p] = { id, webhookId, path: `/webhook/${webhookId}/csi-reply` };
		}
		await n8n.start();
		for (const p of Object.keys(WORKFLOWS) as Provider[]) {
			await n8n.activate(hooks[p].id);
			await n8n.waitForWebhook(hooks[p].path, 'POST');
		}
	}, 300_000);

	afterAll(async () => {
		await n8n?.dispose();
		await sim?.close();
	});

	test('activation registered the trigger URL with Twilio, Telnyx, Vonage and Plivo (simulated APIs)', async () => {
		const basic = (u: string, p: string) => ({
			authorization: `Basic ${Buffer.from(`${u}:${p}`).toString('base64')}`,
		});
		const c = sim.credentials;
		const tw = (await (
			await fetch(
				`${sim.baseUrl('twilio')}/2010-04-01/Accounts/${c.twilio.accountSid}/IncomingPhoneNumbers.json?PhoneNumber=%2B15005550006`,
				{
					headers: basic(c.twilio.accountSid, c.twilio.authToken),
				},
			)
		).json()) as { incoming_phone_numbers: Array<{ sms_url: string; sms_method: string }> };
		expect(tw.incoming_phone_numbers[0]).toMatchObject({
			sms_url: urlOf('twilio'),
			sms_method: 'POST',
		});

		const tx = (await (
			await fetch(`${sim.baseUrl('telnyx')}/v2/messaging_profiles/${c.telnyx.messagingProfileId}`, {
				headers: { authorization: `Bearer ${c.telnyx.apiKey}` },
			})
		).json()) as { data: { webhook_url: string } };
		expect(tx.data.webhook_url).toBe(urlOf('telnyx'));

		const vg = (await (
			await fetch(
				`${sim.baseUrl('vonage')}/account/settings?api_key=${c.vonage.apiKey}&api_secret=${c.vonage.apiSecret}`,
				{ method: 'POST' },
			)
		).json()) as Record<string, string>;
		expect(vg).toMatchObject({
			'mo-callback-url': urlOf('vonage'),
			'dr-callback-url': urlOf('vonage'),
		});

		const pl = (await (
			await fetch(
				`${sim.baseUrl('plivo')}/v1/Account/${c.plivo.authId}/Application/${PLIVO_SIM_APP_ID}/`,
				{
					headers: basic(c.plivo.authId, c.plivo.authToken),
				},
			)
		).json()) as { message_url: string };
		expect(pl.message_url).toBe(urlOf('plivo'));
	});

	test('Twilio: forged, tampered and unsigned requests get 401/403 and start nothing; a signed reply gets TwiML and one execution', async () => {
		const signed = wh.twilio.twilioInbound({
			url: urlOf('twilio'),
			authToken: TWILIO_TOKEN,
			from: '+79161234567',
			to: '+15005550006',
			body: '5 Всё отлично',
		});
		const forged = wh.twilio.twilioInbound({
			url: urlOf('twilio'),
			authToken: 'not-the-token',
			from: '+79161234567',
			to: '+15005550006',
			body: '1',
		});
		const tampered = { ...signed, body: signed.body.replace('Body=5', 'Body=1') };
		const unsigned = {
			...signed,
			headers: { 'Content-Type': 'application/x-www-form-urlencoded' },
		};
		expect(tampered.body).not.toBe(signed.body);
		expect((await send(forged)).status).toBe(403);
		expect((await send(tampered)).status).toBe(403);
		const u = await send(unsigned);
		expect(u.status).toBe(401);
		expect(JSON.parse(u.body)).toEqual({ error: 'Unauthorized', reason: 'missing_signature' });

		const ok = await send(signed);
		expect(ok.status).toBe(200);
		expect(ok.type).toMatch(/^text\/xml/);
		expect(ok.body).toBe(
			'<?xml version="1.0" encoding="UTF-8"?><Response><Message>Спасибо! Thanks &amp; bye</Message></Response>',
		);

		const [run] = await expectExecutions('twilio', 1);
		const out = items(run);
		expect(out).toHaveLength(1);
		expect(out[0]).toMatchObject({
			provider: 'twilio',
			event: 'reply',
			from: '+79161234567',
			to: '+15005550006',
			text: '5 Всё отлично',
			messageId: 'SM0123456789abcdef0123456789abcdef',
			segments: 1,
		});
		expect(out[0].raw).toMatchObject({
			Body: '5 Всё отлично',
			AccountSid: 'AC0123456789abcdef0123456789abcdef',
		});
		expect(typeof out[0].receivedAt).toBe('string');
	});

	test('Twilio: a signed body that is not a Twilio webhook gets 400 and starts nothing; a status callback is a status item', async () => {
		const body = 'hello=world';
		const malformed = {
			method: 'POST' as const,
			url: urlOf('twilio'),
			headers: {
				'Content-Type': 'application/x-www-form-urlencoded',
				...wh.twilio.signTwilioForm(TWILIO_TOKEN, urlOf('twilio'), body),
			},
			body,
		};
		const bad = await send(malformed);
		expect(bad.status).toBe(400);
		expect(JSON.parse(bad.body)).toMatchObject({ error: 'Bad Request' });

		const status = wh.twilio.twilioStatus({
			url: urlOf('twilio'),
			authToken: TWILIO_TOKEN,
			messageSid: 'SMfeedfeedfeedfeedfeedfeedfeedfeed',
			status: 'undelivered',
			errorCode: '30003',
			from: '+15005550006',
			to: '+79161234567',
		});
		const r = await send(status);
		expect(r.status).toBe(200);
		expect(r.body).toBe('<?xml version="1.0" encoding="UTF-8"?><Response/>');
		const runs = await expectExecutions('twilio', 2);
		expect(items(runs[0])[0]).toMatchObject({
			event: 'status',
			status: 'undelivered',
			errorCode: '30003',
			messageId: 'SMfeedfeedfeedfeedfeedfeedfeedfeed',
			text: '',
		});
	});

	test('Vonage: signed GET inbound and signed JSON delivery receipt; wrong secret and replayed timestamp refused', async () => {
		const wrong = wh.vonage.vonageInbound({
			url: urlOf('vonage'),
			secret: 'wrong',
			msisdn: '998901234567',
			to: '447700900000',
			text: '4',
			method: 'sha256',
			transport: 'GET',
		});
		const replayed = wh.vonage.vonageInbound({
			url: urlOf('vonage'),
			secret: VONAGE_SIG,
			msisdn: '998901234567',
			to: '447700900000',
			text: '4',
			method: 'sha256',
			transport: 'GET',
			nowMs: Date.now() - 3600_000,
		});
		expect((await send(wrong)).status).toBe(403);
		const rp = await send(replayed);
		expect(rp.status).toBe(403);
		expect(JSON.parse(rp.body)).toEqual({ error: 'Forbidden', reason: 'expired' });

		const get = wh.vonage.vonageInbound({
			url: urlOf('vonage'),
			secret: VONAGE_SIG,
			msisdn: '998901234567',
			to: '447700900000',
			text: '4 yaxshi',
			method: 'sha256',
			transport: 'GET',
		});
		expect(get.method).toBe('GET');
		expect((await send(get)).status).toBe(204);
		const dlr = wh.vonage.vonageDlr({
			url: urlOf('vonage'),
			secret: VONAGE_SIG,
			msisdn: '998901234567',
			to: 'CSI',
			messageId: '0A00000012345678',
			status: 'delivered',
			method: 'sha256',
		});
		expect((await send(dlr)).status).toBe(204);

		const runs = await expectExecutions('vonage', 2);
		const all = runs.flatMap(items);
		expect(all.find((i) => i.event === 'reply')).toMatchObject({
			provider: 'vonage',
			from: '+998901234567',
			to: '+447700900000',
			text: '4 yaxshi',
		});
		expect(all.find((i) => i.event === 'status')).toMatchObject({
			status: 'delivered',
			messageId: '0A00000012345678',
			to: '+998901234567',
		});
	});

	test('Plivo: V3-signed reply starts one execution; the same message delivered again is dropped; bad signature refused', async () => {
		const reply = () =>
			wh.plivo.plivoInbound({
				url: urlOf('plivo'),
				authToken: PLIVO_TOKEN,
				from: '5511987654321',
				to: '14155550100',
				text: 'Nota 5, obrigado',
				messageUuid: 'c1a8f0a2-1111-4e2b-9d0b-0242ac110003',
			});
		const forged = wh.plivo.plivoInbound({
			url: urlOf('plivo'),
			authToken: 'nope',
			from: '5511987654321',
			to: '14155550100',
			text: '1',
		});
		expect((await send(forged)).status).toBe(403);
		const first = await send(reply());
		expect(first.status).toBe(200);
		expect(first.type).toMatch(/^application\/xml/);
		const second = await send(reply());
		expect(second.status).toBe(200);
		const [run] = await expectExecutions('plivo', 1);
		expect(items(run)).toEqual([
			expect.objectContaining({
				provider: 'plivo',
				event: 'reply',
				from: '+5511987654321',
				text: 'Nota 5, obrigado',
				segments: 1,
			}),
		]);
	});

	test('Telnyx: Ed25519-signed reply accepted; replayed, tampered and malformed requests refused without a run', async () => {
		const base = {
			url: urlOf('telnyx'),
			privateKey: telnyxKeys.privateKey,
			from: '+14155550123',
			to: '+18445550001',
		};
		const replay = wh.telnyx.telnyxInbound({ ...base, text: '2', nowMs: Date.now() - 600_000 });
		expect((await send(replay)).status).toBe(403);
		const fresh = wh.telnyx.telnyxInbound({
			...base,
			text: '5 stars',
			id: 'b0c3e8f1-0000-4000-8000-000000000001',
		});
		const tampered = { ...fresh, body: fresh.body.replace('5 stars', '1 star') };
		expect((await send(tampered)).status).toBe(403);

		// signed but not a Telnyx event → 400 from the trigger; invalid JSON declared as JSON → n8n's own 422
		const ts = Math.floor(Date.now() / 1000);
		const shape = '{"data":{"event_type":"message.received"}}';
		const notTelnyx = {
			method: 'POST' as const,
			url: urlOf('telnyx'),
			headers: {
				'Content-Type': 'application/json',
				...wh.telnyx.signTelnyx(telnyxKeys.privateKey, shape, ts),
			},
			body: shape,
		};
		expect((await send(notTelnyx)).status).toBe(400);
		const garbage = '{"data": nope';
		const asText = {
			method: 'POST' as const,
			url: urlOf('telnyx'),
			headers: {
				'Content-Type': 'text/plain',
				...wh.telnyx.signTelnyx(telnyxKeys.privateKey, garbage, ts),
			},
			body: garbage,
		};
		expect((await send(asText)).status).toBe(400);
		const asJson = {
			...asText,
			headers: { ...asText.headers, 'Content-Type': 'application/json' },
		};
		expect((await send(asJson)).status).toBe(422);

		expect((await send(fresh)).status).toBe(200);
		const [run] = await expectExecutions('telnyx', 1);
		expect(items(run)[0]).toMatchObject({
			provider: 'telnyx',
			event: 'reply',
			text: '5 stars',
			messageId: 'b0c3e8f1-0000-4000-8000-000000000001',
			from: '+14155550123',
		});
	});

	test('Infobip: a Basic-auth batch of three replies gives three items in one execution; no or wrong auth refused', async () => {
		const messages = [
			{ from: '998901234567', to: '3197010', text: '5' },
			{ from: '77011234567', to: '3197010', text: '3, долго ждал' },
			{ from: '8613800138000', to: '3197010', text: '非常满意 5分' },
		];
		expect((await send(wh.infobip.infobipInbound(urlOf('infobip'), messages))).status).toBe(401);
		expect(
			(
				await send(
					wh.infobip.infobipInbound(urlOf('infobip'), messages, {
						basic: { ...INFOBIP_BASIC, password: 'x' },
					}),
				)
			).status,
		).toBe(401);
		expect(
			(await send(wh.infobip.infobipInbound(urlOf('infobip'), messages, { basic: INFOBIP_BASIC })))
				.status,
		).toBe(200);
		const [run] = await expectExecutions('infobip', 1);
		expect(items(run).map((i) => [i.event, i.from, i.text])).toEqual([
			['reply', '+998901234567', '5'],
			['reply', '+77011234567', '3, долго ждал'],
			['reply', '+8613800138000', '非常满意 5分'],
		]);
	});

	test('MessageBird: JWT-signed GET inbound accepted; token for another URL refused', async () => {
		const other = wh.messagebird.messagebirdInbound({
			url: `${urlOf('messagebird')}x`,
			signingSecret: MB_SIGNING_FIXTURE,
			originator: '31612345678',
			recipient: '3197010',
			body: '1',
		});
		const moved = { ...other, url: other.url.replace('/csi-replyx?', '/csi-reply?') };
		expect((await send(moved)).status).toBe(403);
		const ok = wh.messagebird.messagebirdInbound({
			url: urlOf('messagebird'),
			signingSecret: MB_SIGNING_FIXTURE,
			originator: '31612345678',
			recipient: '3197010',
			body: 'Heel goed, 5',
			id: 'mb-0001',
		});
		expect((await send(ok)).status).toBe(200);
		const [run] = await expectExecutions('messagebird', 1);
		expect(items(run)[0]).toMatchObject({
			provider: 'messagebird',
			event: 'reply',
			from: '+31612345678',
			text: 'Heel goed, 5',
			messageId: 'mb-0001',
		});
	});

	test('Sinch: HMAC-signed MO and batch delivery report accepted; unsigned refused', async () => {
		expect(
			(
				await send(
					wh.sinch.sinchInbound(urlOf('sinch'), { from: '46701234567', to: '12345', body: '4' }),
				)
			).status,
		).toBe(401);
		expect(
			(
				await send(
					wh.sinch.sinchInbound(
						urlOf('sinch'),
						{ from: '46701234567', to: '12345', body: '4' },
						{ hmacSecret: 'wrong' },
					),
				)
			).status,
		).toBe(403);
		expect(
			(
				await send(
					wh.sinch.sinchInbound(
						urlOf('sinch'),
						{ from: '46701234567', to: '12345', body: '4 bra', id: 'sinch-mo-1' },
						{ hmacSecret: SINCH_SECRET },
					),
				)
			).status,
		).toBe(200);
		const report = wh.sinch.sinchBatchReport(
			urlOf('sinch'),
			{
				batchId: '01FC66621VHDBN119Z8PMV1QPA',
				statuses: [{ code: 0, status: 'Delivered', recipients: ['46701234567', '46701234568'] }],
			},
			{ hmacSecret: SINCH_SECRET },
		);
		expect((await send(report)).status).toBe(200);
		const runs = await expectExecutions('sinch', 2);
		const all = runs.flatMap(items);
		expect(all.filter((i) => i.event === 'reply')).toEqual([
			expect.objectContaining({ text: '4 bra', from: '+46701234567', messageId: 'sinch-mo-1' }),
		]);
		expect(all.filter((i) => i.event === 'status').map((i) => [i.to, i.status])).toEqual([
			['+46701234567', 'delivered'],
			['+46701234568', 'delivered'],
		]);
	});

	test('generic gateway: field paths and HMAC header; missing signature refused', async () => {
		const payload = {
			messages: [
				{ sender: '998935551122', to: '2580', content: 'Xizmat yaxshi, 5', msg_id: 'g-1' },
				{ sender: '998935551123', to: '2580', content: '2', msg_id: 'g-2' },
			],
		};
		expect((await send(wh.generic.genericWebhook(urlOf('generic'), payload))).status).toBe(401);
		const hmac = { secret: GENERIC_HMAC, header: 'X-Gateway-Signature', prefix: 'sha256=' };
		expect(
			(
				await send(
					wh.generic.genericWebhook(urlOf('generic'), payload, { hmac: { ...hmac, secret: 'x' } }),
				)
			).status,
		).toBe(403);
		expect(
			(await send(wh.generic.genericWebhook(urlOf('generic'), payload, { hmac }))).status,
		).toBe(200);
		const [run] = await expectExecutions('generic', 1);
		expect(items(run).map((i) => [i.provider, i.event, i.from, i.to, i.text, i.messageId])).toEqual(
			[
				['generic', 'reply', '+998935551122', '2580', 'Xizmat yaxshi, 5', 'g-1'],
				['generic', 'reply', '+998935551123', '2580', '2', 'g-2'],
			],
		);
	});

	test('n8n stays healthy; deactivating restores the provider settings', async () => {
		const health = await n8n.request('/healthz');
		expect(health.status).toBe(200);
		await n8n.api('POST', `/workflows/${hooks.twilio.id}/deactivate`);
		await n8n.api('POST', `/workflows/${hooks.telnyx.id}/deactivate`);
		const c = sim.credentials;
		const twilioUrl = async () =>
			(
				(await (
					await fetch(
						`${sim.baseUrl('twilio')}/2010-04-01/Accounts/${c.twilio.accountSid}/IncomingPhoneNumbers.json?PhoneNumber=%2B15005550006`,
						{
							headers: {
								authorization: `Basic ${Buffer.from(`${c.twilio.accountSid}:${c.twilio.authToken}`).toString('base64')}`,
							},
						},
					)
				).json()) as { incoming_phone_numbers: Array<{ sms_url: string }> }
			).incoming_phone_numbers[0].sms_url;
		const telnyxUrl = async () =>
			(
				(await (
					await fetch(
						`${sim.baseUrl('telnyx')}/v2/messaging_profiles/${c.telnyx.messagingProfileId}`,
						{ headers: { authorization: `Bearer ${c.telnyx.apiKey}` } },
					)
				).json()) as { data: { webhook_url: string } }
			).data.webhook_url;
		// n8n removes the webhooks of a deactivated workflow in the background: poll for up to 20 s
		const deadline = Date.now() + 20_000;
		let urls: string[] = [];
		while (Date.now() < deadline) {
			urls = [await twilioUrl(), await telnyxUrl()];
			if (urls.every((u) => u === '')) break;
			await delay(300);
		}
		expect(urls).toEqual(['', '']);
		// the deactivated trigger's path is gone
		const gone = await send(
			wh.twilio.twilioInbound({
				url: urlOf('twilio'),
				authToken: TWILIO_TOKEN,
				from: '+79161234567',
				to: '+15005550006',
				body: '5',
			}),
		);
		expect(gone.status).toBe(404);
		// the still-active workflows keep working
		const ok = wh.messagebird.messagebirdInbound({
			url: urlOf('messagebird'),
			signingSecret: MB_SIGNING_FIXTURE,
			originator: '31612345678',
			recipient: '3197010',
			body: '5',
			id: 'mb-0002',
		});
		expect((await send(ok)).status).toBe(200);
		await expectExecutions('messagebird', 2);
	});
});
