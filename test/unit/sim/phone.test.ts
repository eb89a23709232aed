// The demo's SMS gateway (test/sim/phone): Twilio Messages API, signed inbound webhooks and delivery
// reports to a fake n8n, the event stream, the loopback-only rule and the phone page.
import { createServer, get, type IncomingHttpHeaders, type Server } from 'http';
import type { AddressInfo } from 'net';
import { twilioProvider } from '../../../nodes/core/providers/twilio';
import {
	isLoopbackUrl,
	parseTwimlMessages,
	startDemoGateway,
	type DemoGateway,
	type DemoGatewayOptions,
} from '../../sim/phone';

const SID = 'AC' + '5'.repeat(32);
const TOKEN = 'phone-test-auth-token';
const AUTH = 'Basic ' + Buffer.from(`${SID}:${TOKEN}`).toString('base64');
const RU = '+79161234567';
const CN = '+8613812345678';

interface Received {
	method: string;
	url: string;
	headers: IncomingHttpHeaders;
	body: string;
}

/** A stand-in for n8n's CSI Reply Trigger: records requests and answers with `answer`. */
async function fakeN8n(
	answer: (
		r: Received,
		base: string,
	) => { status: number; headers?: Record<string, string>; body: string },
) {
	const received: Received[] = [];
	let base = '';
	const server: Server = createServer((req, res) => {
		let body = '';
		req.setEncoding('utf8');
		req.on('data', (c: string) => (body += c));
		req.on('end', () => {
			const r = { method: req.method ?? '', url: req.url ?? '', headers: req.headers, body };
			received.push(r);
			const a = answer(r, base);
			res.writeHead(a.status, a.headers);
			res.end(a.body);
		});
	});
	await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', () => resolve()));
	base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
	return {
		base,
		received,
		close: () => new Promise<void>((resolve) => server.close(() => resolve())),
	};
}

type Fake = Awaited<ReturnType<typeof fakeN8n>>;

function inbound(base: string, r: Received) {
	return {
		url: base + r.url,
		method: r.method,
		headers: r.headers as Record<string, string>,
		body: r.body,
	};
}

/** Answers like the CSI Reply Trigger: 403 for a bad signature, else TwiML with the auto-reply for replies. */
function triggerLike(autoReply?: string) {
	return (r: Received, base: string) => {
		const req = inbound(base, r);
		if (!twilioProvider.verifyWebhook(req, TOKEN).ok)
			return { status: 403, body: 'Signature verification failed' };
		const events = twilioProvider.parseWebhook(req);
		const res = twilioProvider.webhookResponse(events, { autoReply });
		return {
			status: res.status,
			headers: res.headers,
			body: typeof res.body === 'string' ? res.body : '',
		};
	};
}

async function waitFor<T>(fn: () => T | undefined, timeoutMs = 3000): Promise<T> {
	const deadline = Date.now() + timeoutMs;
	for (;;) {
		const v = fn();
		if (v !== undefined && v !== false) return v;
		if (Date.now() > deadline) throw new Error('condition not met in time');
		await new Promise((r) => setTimeout(r, 10));
	}
}

const open: Array<{ close(): Promise<void> }> = [];
async function gateway(extra: Partial<DemoGatewayOptions> = {}): Promise<DemoGateway> {
	const gw = await startDemoGateway({
		accountSid: SID,
		authToken: TOKEN,
		phones: [RU, CN],
		deliveryDelayMs: 5,
		...extra,
	});
	open.push(gw);
	return gw;
}
async function fake(answer: Parameters<typeof fakeN8n>[0]): Promise<Fake> {
	const f = await fakeN8n(answer);
	open.push(f);
	return f;
}
afterEach(async () => {
	while (open.length) await open.pop()!.close();
});

function sendSms(gw: DemoGateway, form: Record<string, string>, auth = AUTH) {
	return fetch(`${gw.twilioBaseUrl}/2010-04-01/Accounts/${SID}/Messages.json`, {
		method: 'POST',
		headers: {
			Authorization: auth,
			'Content-Type': 'application/x-www-form-urlencoded',
			Accept: 'application/json',
		},
		body: new URLSearchParams(form).toString(),
	});
}

describe('Twilio Messages API', () => {
	it('accepts an authenticated send, answers like Twilio and records the outbound message', async () => {
		const gw = await gateway({ deliveryDelayMs: 60_000 });
		const res = await sendSms(gw, { To: RU, From: gw.fromNumber, Body: 'Оцените нас от 1 до 5' });
		expect(res.status).toBe(201);
		const body = (await res.json()) as Record<string, unknown>;
		expect(body.sid).toMatch(/^SM[0-9a-f]{32}$/);
		expect(body).toMatchObject({
			account_sid: SID,
			to: RU,
			from: '+15005550006',
			body: 'Оцените нас от 1 до 5',
			status: 'queued',
			num_segments: '1',
		});
		const msgs = gw.messages();
		expect(msgs).toHaveLength(1);
		expect(msgs[0]).toMatchObject({
			sid: body.sid,
			phone: RU,
			direction: 'out',
			via: 'api',
			to: RU,
			from: '+15005550006',
			text: 'Оцените нас от 1 до 5',
			status: 'queued',
		});
		// the parsed answer is what the Send CSI Survey node reads
		const parsed = twilioProvider.parseSendResponse(201, body);
		expect(parsed).toMatchObject({ ok: true, messageId: body.sid });
	});

	it('refuses a wrong auth token (20003) and invalid sends (21602) without recording them', async () => {
		const gw = await gateway();
		const denied = await sendSms(
			gw,
			{ To: RU, From: gw.fromNumber, Body: 'x' },
			'Basic ' + Buffer.from(`${SID}:wrong`).toString('base64'),
		);
		expect(denied.status).toBe(401);
		expect(await denied.json()).toMatchObject({ code: 20003 });
		const noBody = await sendSms(gw, { To: RU, From: gw.fromNumber });
		expect(noBody.status).toBe(400);
		expect(await noBody.json()).toMatchObject({ code: 21602 });
		expect(gw.messages()).toEqual([]);
	});

	it('serves the credential test endpoint (GET /Accounts/{sid}.json) behind Basic auth', async () => {
		const gw = await gateway();
		const ok = await fetch(`${gw.twilioBaseUrl}/2010-04-01/Accounts/${SID}.json`, {
			headers: { Authorization: AUTH },
		});
		expect(ok.status).toBe(200);
		expect(await ok.json()).toMatchObject({ sid: SID, status: 'active' });
		const no = await fetch(`${gw.twilioBaseUrl}/2010-04-01/Accounts/${SID}.json`);
		expect(no.status).toBe(401);
	});

	it('posts Twilio-signed delivery reports (sent, then delivered) to the StatusCallback', async () => {
		const f = await fake(triggerLike());
		const gw = await gateway();
		const res = await sendSms(gw, {
			To: CN,
			From: gw.fromNumber,
			Body: '请评价',
			StatusCallback: `${f.base}/webhook/csi?x=1`,
		});
		const sid = ((await res.json()) as { sid: string }).sid;
		await waitFor(
			() =>
				gw.messages()[0]?.reports?.length === 2 &&
				gw.messages()[0].reports!.every((r) => r.httpStatus === 200),
		);
		expect(f.received).toHaveLength(2);
		const events = f.received.map((r) => {
			expect(r.url).toBe('/webhook/csi?x=1');
			expect(twilioProvider.verifyWebhook(inbound(f.base, r), TOKEN)).toEqual({ ok: true });
			return twilioProvider.parseWebhook(inbound(f.base, r))[0];
		});
		expect(events.map((e) => [e.event, e.status, e.messageId, e.to])).toEqual([
			['status', 'sent', sid, CN],
			['status', 'delivered', sid, CN],
		]);
		expect(new URLSearchParams(f.received[1].body).get('AccountSid')).toBe(SID);
		expect(gw.messages()[0].status).toBe('delivered');
	});

	it('falls back to statusWebhookUrl and ends unreachable numbers as undelivered (30003)', async () => {
		const f = await fake(triggerLike());
		const gw = await gateway({ statusWebhookUrl: `${f.base}/status`, unreachable: [CN] });
		await sendSms(gw, { To: CN, From: gw.fromNumber, Body: 'hi' });
		await waitFor(() => f.received.length === 2);
		const last = new URLSearchParams(f.received[1].body);
		expect([last.get('MessageStatus'), last.get('ErrorCode')]).toEqual(['undelivered', '30003']);
		await waitFor(() => gw.messages()[0].reports?.[1]?.httpStatus);
		expect(gw.messages()[0]).toMatchObject({ status: 'undelivered', errorCode: '30003' });
	});
});

describe('replies from a simulated phone', () => {
	it('posts a correctly signed Twilio inbound webhook and records the TwiML auto-reply', async () => {
		const auto = 'Спасибо! <3 & 谢谢';
		const f = await fake(triggerLike(auto));
		const gw = await gateway({ webhookUrl: '' });
		gw.setWebhookUrl(`${f.base}/webhook/abc/csi-reply`);
		const result = await gw.reply(RU, '4, долго ждал');
		expect(result.status).toBe(200);
		expect(result.error).toBeUndefined();
		expect(f.received).toHaveLength(1);
		const r = f.received[0];
		expect(r.method).toBe('POST');
		expect(r.headers['content-type']).toBe('application/x-www-form-urlencoded');
		expect(twilioProvider.verifyWebhook(inbound(f.base, r), TOKEN)).toEqual({ ok: true });
		expect(twilioProvider.verifyWebhook(inbound(f.base, r), 'another-token')).toEqual({
			ok: false,
			reason: 'bad_signature',
		});
		const p = new URLSearchParams(r.body);
		expect(p.get('From')).toBe(RU);
		expect(p.get('To')).toBe('+15005550006');
		expect(p.get('Body')).toBe('4, долго ждал');
		expect(p.get('MessageSid')).toMatch(/^SM[0-9a-f]{32}$/);
		expect(p.get('MessageSid')).toBe(result.message.sid);
		expect([
			p.get('AccountSid'),
			p.get('NumMedia'),
			p.get('NumSegments'),
			p.get('SmsStatus'),
			p.get('ApiVersion'),
		]).toEqual([SID, '0', '1', 'received', '2010-04-01']);
		expect(result.replies.map((m) => [m.direction, m.via, m.text, m.phone, m.inReplyTo])).toEqual([
			['out', 'twiml', auto, RU, result.message.sid],
		]);
		const msgs = gw.messages();
		expect(msgs.map((m) => [m.direction, m.via, m.text])).toEqual([
			['in', 'phone', '4, долго ждал'],
			['out', 'twiml', auto],
		]);
		expect(msgs[0]).toMatchObject({
			status: 'received',
			webhook: { httpStatus: 200, url: `${f.base}/webhook/abc/csi-reply` },
		});
	});

	it('records n8n refusing the webhook (bad signature → 403) as a failed reply', async () => {
		const f = await fake(triggerLike('never'));
		const gw = await gateway({ authToken: `${TOKEN}-rotated`, webhookUrl: `${f.base}/hook` });
		const result = await gw.reply(CN, '5 服务很好');
		expect(result.status).toBe(403);
		expect(result.replies).toEqual([]);
		expect(gw.messages()).toHaveLength(1);
		expect(gw.messages()[0]).toMatchObject({
			direction: 'in',
			status: 'failed',
			webhook: { httpStatus: 403, error: 'n8n answered HTTP 403' },
		});
	});

	it('without a webhook URL calls nothing and says why; invalid input is refused', async () => {
		const gw = await gateway();
		const result = await gw.reply(RU, '5');
		expect(result.status).toBe(0);
		expect(result.error).toMatch(/No webhook URL/);
		expect(gw.messages()[0].status).toBe('failed');
		await expect(gw.reply('12345', 'x')).rejects.toThrow(/E\.164/);
		await expect(gw.reply(RU, '   ')).rejects.toThrow(/empty/);
	});

	it('STOP opts the number out like Twilio: confirmation, 21610 on sends, TwiML blocked; START undoes it', async () => {
		const f = await fake(triggerLike('Вы отписаны'));
		const gw = await gateway({ webhookUrl: `${f.base}/hook`, deliveryDelayMs: 60_000 });
		const stop = await gw.reply(RU, ' stop ');
		expect(stop.status).toBe(200);
		expect(stop.replies.map((m) => [m.via, m.status, m.errorCode])).toEqual([
			['carrier', 'queued', undefined],
			['twiml', 'failed', '21610'],
		]);
		expect(gw.state().phones.find((p) => p.number === RU)?.optedOut).toBe(true);
		const blocked = await sendSms(gw, { To: RU, From: gw.fromNumber, Body: 'survey' });
		expect(blocked.status).toBe(400);
		expect(await blocked.json()).toMatchObject({ code: 21610 });
		await gw.reply(RU, 'START');
		expect((await sendSms(gw, { To: RU, From: gw.fromNumber, Body: 'survey' })).status).toBe(201);
	});

	it('POST /api/reply takes JSON only and goes the same path', async () => {
		const f = await fake(triggerLike('ok'));
		const gw = await gateway({ webhookUrl: `${f.base}/hook` });
		const form = await fetch(`${gw.url}/api/reply`, {
			method: 'POST',
			headers: { 'Content-Type': 'application/x-www-form-urlencoded' },
			body: 'from=%2B79161234567&text=5',
		});
		expect(form.status).toBe(415);
		const res = await fetch(`${gw.url}/api/reply`, {
			method: 'POST',
			headers: { 'Content-Type': 'application/json' },
			body: JSON.stringify({ from: CN, text: 'مرحبا ٥' }),
		});
		expect(res.status).toBe(200);
		const body = (await res.json()) as { status: number; replies: Array<{ text: string }> };
		expect(body.status).toBe(200);
		expect(body.replies.map((r) => r.text)).toEqual(['ok']);
		expect(new URLSearchParams(f.received[0].body).get('Body')).toBe('مرحبا ٥');
		const bad = await fetch(`${gw.url}/api/reply`, {
			method: 'POST',
			headers: { 'Content-Type': 'application/json' },
			body: JSON.stringify({ from: 'nobody', text: 'x' }),
		});
		expect(bad.status).toBe(400);
	});

	it('learns the webhook URL n8n registers through IncomingPhoneNumbers (SmsUrl of the business number)', async () => {
		const gw = await gateway();
		const list = await fetch(
			`${gw.twilioBaseUrl}/2010-04-01/Accounts/${SID}/IncomingPhoneNumbers.json?PhoneNumber=%2B15005550006`,
			{ headers: { Authorization: AUTH } },
		);
		const numbers = ((await list.json()) as { incoming_phone_numbers: Array<{ sid: string }> })
			.incoming_phone_numbers;
		expect(numbers).toHaveLength(1);
		const res = await fetch(
			`${gw.twilioBaseUrl}/2010-04-01/Accounts/${SID}/IncomingPhoneNumbers/${numbers[0].sid}.json`,
			{
				method: 'POST',
				headers: { Authorization: AUTH, 'Content-Type': 'application/x-www-form-urlencoded' },
				body:
					'SmsUrl=' + encodeURIComponent('http://127.0.0.1:5678/webhook/x/csi') + '&SmsMethod=POST',
			},
		);
		expect(res.status).toBe(200);
		expect(gw.webhookUrl()).toBe('http://127.0.0.1:5678/webhook/x/csi');
		expect(gw.state().webhookSource).toBe('registered');
	});
});

describe('event stream', () => {
	it('sends a snapshot, then every new and changed message', async () => {
		const gw = await gateway({ deliveryDelayMs: 5 });
		const frames: Array<{ event: string; data: Record<string, unknown> }> = [];
		const req = get(`${gw.url}/api/events`, (res) => {
			expect(res.headers['content-type']).toMatch(/^text\/event-stream/);
			let buf = '';
			res.setEncoding('utf8');
			res.on('data', (c: string) => {
				buf += c;
				let i: number;
				while ((i = buf.indexOf('\n\n')) >= 0) {
					const block = buf.slice(0, i);
					buf = buf.slice(i + 2);
					const event = /^event: (.*)$/m.exec(block)?.[1];
					const data = /^data: (.*)$/m.exec(block)?.[1];
					if (event && data)
						frames.push({ event, data: JSON.parse(data) as Record<string, unknown> });
				}
			});
		});
		try {
			await waitFor(() => frames.length >= 1);
			expect(frames[0].event).toBe('snapshot');
			expect(frames[0].data).toMatchObject({
				fromNumber: '+15005550006',
				messages: [],
				phones: [
					{ number: RU, optedOut: false },
					{ number: CN, optedOut: false },
				],
			});
			const res = await sendSms(gw, { To: CN, From: gw.fromNumber, Body: '你好' });
			const sid = ((await res.json()) as { sid: string }).sid;
			const statuses = await waitFor(() => {
				const s = frames
					.filter((f) => f.event === 'message' && f.data.sid === sid)
					.map((f) => f.data.status);
				return s.includes('delivered') ? s : undefined;
			});
			expect(statuses).toEqual(['queued', 'sent', 'delivered']);
		} finally {
			req.destroy();
		}
	});

	it('GET /api/messages answers the same state for polling', async () => {
		const gw = await gateway({ resultsUrl: 'http://127.0.0.1:5678/webhook/results' });
		await sendSms(gw, { To: RU, From: gw.fromNumber, Body: 'a' });
		const state = (await (await fetch(`${gw.url}/api/messages`)).json()) as {
			messages: unknown[];
			resultsUrl: string;
		};
		expect(state.messages).toHaveLength(1);
		expect(state.resultsUrl).toBe('http://127.0.0.1:5678/webhook/results');
	});
});

describe('loopback only', () => {
	it.each([
		'http://example.com/webhook',
		'http://10.0.0.1/hook',
		'http://127.0.0.1.nip.io/hook',
		'ftp://127.0.0.1/x',
		'not a url',
	])('refuses %s', async (url) => {
		expect(isLoopbackUrl(url)).toBe(false);
		await expect(
			startDemoGateway({ accountSid: SID, authToken: TOKEN, webhookUrl: url }),
		).rejects.toThrow(/127\.0\.0\.1/);
		const gw = await gateway();
		expect(() => gw.setWebhookUrl(url)).toThrow(/127\.0\.0\.1/);
		expect(() => gw.setStatusWebhookUrl(url)).toThrow(/127\.0\.0\.1/);
		expect(() => gw.setResultsUrl(url)).toThrow(/127\.0\.0\.1/);
	});

	it('accepts loopback URLs and answers only requests addressed to its loopback host', async () => {
		for (const u of [
			'http://127.0.0.1:5678/webhook/x',
			'http://localhost:5678/w',
			'https://127.1.2.3/x',
			'http://[::1]:80/x',
		])
			expect(isLoopbackUrl(u)).toBe(true);
		const gw = await gateway();
		expect(gw.url).toMatch(/^http:\/\/127\.0\.0\.1:\d+$/);
		const status = await new Promise<number>((resolve, reject) => {
			get(
				{ host: '127.0.0.1', port: gw.port, path: '/', headers: { Host: 'attacker.example' } },
				(res) => {
					res.resume();
					resolve(res.statusCode ?? 0);
				},
			).on('error', reject);
		});
		expect(status).toBe(421);
	});

	it('does not call a StatusCallback that is not on loopback', async () => {
		const gw = await gateway();
		await sendSms(gw, {
			To: RU,
			From: gw.fromNumber,
			Body: 'a',
			StatusCallback: 'https://example.com/status',
		});
		await waitFor(
			() => gw.messages()[0].status === 'delivered' && gw.messages()[0].reports?.length === 2,
		);
		expect(gw.messages()[0].reports!.map((r) => [r.httpStatus, r.error])).toEqual([
			[undefined, 'refused: https://example.com/status is not a loopback URL'],
			[undefined, 'refused: https://example.com/status is not a loopback URL'],
		]);
	});
});

describe('phone page', () => {
	it('serves the page with stable data-testid hooks and a strict CSP', async () => {
		const gw = await gateway();
		for (const p of ['/', '/phone']) {
			const res = await fetch(gw.url + p);
			expect(res.status).toBe(200);
			expect(res.headers.get('content-type')).toBe('text/html; charset=utf-8');
			expect(res.headers.get('content-security-policy')).toContain("default-src 'self'");
			const html = await res.text();
			for (const id of [
				'phone',
				'phone-number',
				'conversation',
				'reply-input',
				'reply-send',
				'quick-replies',
				'connection-status',
				'webhook-status',
				'results-panel',
				'results-frame',
				'opted-out',
				'send-error',
			]) {
				expect(html).toContain(`data-testid="${id}"`);
			}
			expect(html).not.toMatch(/https?:\/\/(?!127\.0\.0\.1)/);
		}
		const js = await fetch(gw.url + '/phone.js');
		expect(js.headers.get('content-type')).toBe('text/javascript; charset=utf-8');
		const code = await js.text();
		for (const id of ['message', 'message-text', 'message-status', 'message-time', 'quick-reply'])
			expect(code).toContain(`'data-testid': '${id}'`);
		expect(code).not.toMatch(/innerHTML|outerHTML|insertAdjacentHTML|document\.write/);
		expect((await fetch(gw.url + '/phone.css')).headers.get('content-type')).toBe(
			'text/css; charset=utf-8',
		);
		// the page carries the current state as an inert JSON block that no message text can break out of
		const evil = '</script><img src=x onerror=alert(1)> мир';
		await sendSms(gw, { To: RU, From: gw.fromNumber, Body: evil });
		const page = await (await fetch(gw.url)).text();
		expect(page).not.toContain('<img src=x');
		const block = /<script type="application\/json" id="initial-state">([^<]*)<\/script>/.exec(
			page,
		);
		expect(block).not.toBeNull();
		const initial = JSON.parse(block![1]) as {
			messages: Array<{ text: string }>;
			phones: Array<{ number: string }>;
		};
		expect(initial.messages.map((m) => m.text)).toEqual([evil]);
		expect(initial.phones.map((p) => p.number)).toEqual([RU, CN]);
		expect((await fetch(gw.url + '/nope')).status).toBe(404);
	});
});

describe('parseTwimlMessages', () => {
	it('reads Message text, Body children, entities, CDATA and attributes', () => {
		expect(
			parseTwimlMessages(
				'<?xml version="1.0" encoding="UTF-8"?><Response><Message>Спасибо &lt;3 &amp; &#x8C22;</Message></Response>',
			),
		).toEqual([{ text: 'Спасибо <3 & 谢' }]);
		expect(
			parseTwimlMessages(
				'<Response><Message to="+15551234567"><Body>Hi</Body><Media>http://x/y.png</Media></Message><Message><![CDATA[a < b]]></Message></Response>',
			),
		).toEqual([{ text: 'Hi', to: '+15551234567' }, { text: 'a < b' }]);
		expect(parseTwimlMessages('<?xml version="1.0" encoding="UTF-8"?><Response/>')).toEqual([]);
		expect(parseTwimlMessages('{"message":"Workflow was started"}')).toEqual([]);
	});
});
