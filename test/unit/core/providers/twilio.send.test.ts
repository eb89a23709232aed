import { send } from '../../../../nodes/core/providers/twilio/send';
import type { ProviderConfig, SendFailure, SendSuccess } from '../../../../nodes/core/providers/types';
import { startSmsSimulator, type SmsSimulator } from '../../../sim/server';
import { decodeBasic, execute, parseFixture, sendVia } from './send-helpers';

const SID = 'AC00000000000000000000000000000001';
const config: ProviderConfig = { accountSid: SID, authToken: 'tok-1' };
const input = {
	to: '+15558675310',
	from: '+14155552345',
	text: 'Как прошёл визит? Ответьте 1–5 & спасибо',
	statusCallbackUrl: 'https://hooks.example.com/twilio?x=1',
	reference: 'survey-42',
	unicode: true,
};

describe('twilio send: request shape', () => {
	it('builds a form POST to the Messages resource', () => {
		const r = send.buildSendRequest(input, config);
		expect(r.method).toBe('POST');
		expect(r.url).toBe(`https://api.twilio.com/2010-04-01/Accounts/${SID}/Messages.json`);
		expect(r.bodyType).toBe('form');
		expect(r.headers['Content-Type']).toBe('application/x-www-form-urlencoded');
		expect(r.body).toEqual({
			To: '+15558675310',
			From: '+14155552345',
			Body: input.text,
			StatusCallback: 'https://hooks.example.com/twilio?x=1',
		});
	});

	it('uses MessagingServiceSid from config or extra, trims the base URL, adds no idempotency field', () => {
		const r = send.buildSendRequest(
			{ to: '+15558675310', text: 'hi', extra: { messagingServiceSid: 'MG1' } },
			{ ...config, baseUrl: 'http://127.0.0.1:9/twilio/' },
		);
		expect(r.url).toBe(`http://127.0.0.1:9/twilio/2010-04-01/Accounts/${SID}/Messages.json`);
		expect(r.body).toEqual({ To: '+15558675310', MessagingServiceSid: 'MG1', Body: 'hi' });
		const r2 = send.buildSendRequest({ to: '+1', text: 'x' }, { ...config, messagingServiceSid: 'MG2' });
		expect((r2.body as Record<string, string>).MessagingServiceSid).toBe('MG2');
	});

	it('throws a clear error without accountSid', () => {
		expect(() => send.buildSendRequest(input, {})).toThrow('Twilio: the credential field "accountSid" is required');
	});

	it('authenticates with account SID + token, or with an API key', () => {
		const r = send.applyAuth(send.buildSendRequest(input, config), config);
		expect(decodeBasic(r.headers.Authorization)).toBe(`${SID}:tok-1`);
		const k = send.applyAuth(send.buildSendRequest(input, config), { ...config, apiKeySid: 'SKabc', apiKeySecret: 's3cr3t' });
		expect(decodeBasic(k.headers.Authorization)).toBe('SKabc:s3cr3t');
		expect(k.url).toContain(`/Accounts/${SID}/`);
	});

	it('test request is GET of the account resource', () => {
		const t = send.buildTestRequest(config);
		expect(t).toMatchObject({ method: 'GET', url: `https://api.twilio.com/2010-04-01/Accounts/${SID}.json`, bodyType: 'none' });
	});
});

describe('twilio send: response parsing (real formats)', () => {
	it('201 → sid, queued, segments', () => {
		const r = parseFixture(send, 'twilio', 'send-201-queued') as SendSuccess;
		expect(r).toMatchObject({ ok: true, provider: 'twilio', messageId: 'SM1f0e8ae6ade43cb3c0ce4525424e404f', status: 'queued', segments: 2 });
	});

	it.each([
		['error-21211', 'invalid_number', '21211', 400],
		['error-21614', 'invalid_number', '21614', 400],
		['error-21610', 'opted_out', '21610', 400],
		['error-21408', 'invalid_request', '21408', 400],
		['error-20003', 'auth', '20003', 401],
		['error-20005', 'insufficient_funds', '20005', 401],
	])('%s → %s (permanent)', (name, kind, code, status) => {
		const r = parseFixture(send, 'twilio', name) as SendFailure;
		expect(r).toMatchObject({ ok: false, kind, code, retryable: false, httpStatus: status });
		expect(r.message.length).toBeGreaterThan(5);
	});

	it('keeps the provider message verbatim', () => {
		const r = parseFixture(send, 'twilio', 'error-21610') as SendFailure;
		expect(r.message).toBe('Attempt to send to unsubscribed recipient');
	});

	it('429 → rate_limited, retryable, Retry-After seconds', () => {
		expect(parseFixture(send, 'twilio', 'error-20429')).toMatchObject({ kind: 'rate_limited', retryable: true, retryAfter: 7, code: '20429' });
	});

	it('500 → server_error retryable; non-JSON 502 body is kept as message', () => {
		expect(parseFixture(send, 'twilio', 'error-500')).toMatchObject({ kind: 'server_error', retryable: true, code: '20500' });
		expect(send.parseSendResponse(502, '<html>Bad gateway</html>')).toMatchObject({ kind: 'server_error', retryable: true, code: '502', message: '<html>Bad gateway</html>' });
	});

	it('2xx without sid is a permanent unknown failure', () => {
		expect(send.parseSendResponse(201, {})).toMatchObject({ ok: false, code: 'missing_message_id', retryable: false });
	});
});

describe('twilio send: against the simulator', () => {
	let sim: SmsSimulator;
	let cfg: ProviderConfig;
	beforeAll(async () => {
		sim = await startSmsSimulator({ providers: ['twilio'] });
		cfg = { accountSid: sim.credentials.twilio.accountSid, authToken: sim.credentials.twilio.authToken, baseUrl: sim.baseUrl('twilio') };
	});
	afterEach(() => sim.reset());
	afterAll(() => sim.close());

	it('round trip: form body with + encoded, unicode text intact, SM id back', async () => {
		const r = (await sendVia(send, input, cfg)) as SendSuccess;
		expect(r.ok).toBe(true);
		expect(r.messageId).toMatch(/^SM[0-9a-f]{32}$/);
		expect(r.status).toBe('queued');
		const [req] = sim.requests('twilio', 'send');
		expect(req.rawBody).toContain('To=%2B15558675310');
		expect(req.body).toMatchObject({ To: '+15558675310', Body: input.text, StatusCallback: input.statusCallbackUrl });
	});

	it('API key auth is accepted', async () => {
		const r = await sendVia(send, input, { ...cfg, apiKeySid: sim.credentials.twilio.apiKeySid, apiKeySecret: sim.credentials.twilio.apiKeySecret });
		expect(r.ok).toBe(true);
	});

	it('wrong token → 20003 auth', async () => {
		expect(await sendVia(send, input, { ...cfg, authToken: 'nope' })).toMatchObject({ ok: false, kind: 'auth', code: '20003', httpStatus: 401, retryable: false });
	});

	it('simulator validates: invalid To → 21211 invalid_number', async () => {
		expect(await sendVia(send, { ...input, to: '12345' }, cfg)).toMatchObject({ kind: 'invalid_number', code: '21211' });
	});

	it('injected 429 → retryable with retryAfter; then the retry succeeds', async () => {
		sim.inject('twilio', { status: 429, retryAfter: 3 });
		expect(await sendVia(send, input, cfg)).toMatchObject({ ok: false, kind: 'rate_limited', retryable: true, retryAfter: 3 });
		expect((await sendVia(send, input, cfg)).ok).toBe(true);
		expect(sim.requests('twilio', 'send')).toHaveLength(2);
	});

	it('injected 503 → server_error retryable', async () => {
		sim.inject('twilio', { status: 503 });
		expect(await sendVia(send, input, cfg)).toMatchObject({ kind: 'server_error', retryable: true, httpStatus: 503 });
	});

	it('hang → timeout (retryable)', async () => {
		sim.inject('twilio', { hang: true });
		expect(await sendVia(send, input, cfg, 150)).toMatchObject({ ok: false, kind: 'timeout', retryable: true, code: 'ETIMEDOUT' });
	});

	it('21610 for one recipient only → opted_out, other recipients unaffected', async () => {
		sim.inject('twilio', { code: '21610', to: '+15005550004', times: Infinity });
		const blocked = await sendVia(send, { ...input, to: '+15005550004' }, cfg);
		expect(blocked).toMatchObject({ ok: false, kind: 'opted_out', code: '21610', message: 'Attempt to send to unsubscribed recipient', retryable: false });
		expect((await sendVia(send, input, cfg)).ok).toBe(true);
		expect((await sendVia(send, { ...input, to: '+15005550004' }, cfg)).ok).toBe(false);
	});

	it('credential test request authenticates', async () => {
		const ans = await execute(send.applyAuth(send.buildTestRequest(cfg), cfg));
		expect(ans.status).toBe(200);
		expect(JSON.parse(ans.body)).toMatchObject({ sid: sim.credentials.twilio.accountSid, status: 'active' });
		const bad = await execute(send.applyAuth(send.buildTestRequest(cfg), { ...cfg, authToken: 'x' }));
		expect(bad.status).toBe(401);
	});
});
