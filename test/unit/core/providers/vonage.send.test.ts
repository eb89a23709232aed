import { send } from '../../../../nodes/core/providers/vonage/send';
import type { ProviderConfig, SendFailure, SendSuccess } from '../../../../nodes/core/providers/types';
import { startSmsSimulator, type SmsSimulator } from '../../../sim/server';
import { execute, fullUrl, parseFixture, sendVia } from './send-helpers';

const config: ProviderConfig = { apiKey: 'k1', apiSecret: 's1' };
const input = { to: '+998 90 123-45-67', from: '+447700900001', text: 'Оцените визит 1–5', reference: 'survey-42', statusCallbackUrl: 'https://hooks.example.com/v', unicode: true };

describe('vonage send: request shape', () => {
	it('form POST /sms/json with digits-only to, type=unicode, client-ref, callback', () => {
		const r = send.buildSendRequest(input, config);
		expect(r).toMatchObject({ method: 'POST', url: 'https://rest.nexmo.com/sms/json', bodyType: 'form' });
		expect(r.headers['Content-Type']).toBe('application/x-www-form-urlencoded');
		expect(r.body).toEqual({ from: '447700900001', to: '998901234567', text: input.text, type: 'unicode', 'client-ref': 'survey-42', callback: 'https://hooks.example.com/v' });
	});

	it('GSM text: no type; alphanumeric sender kept; client-ref capped at 100 chars', () => {
		const r = send.buildSendRequest({ to: '+447700900000', from: 'MyShop', text: 'Rate us 1-5', unicode: false, reference: 'x'.repeat(150) }, config);
		const body = r.body as Record<string, string>;
		expect(body.type).toBeUndefined();
		expect(body.from).toBe('MyShop');
		expect(body['client-ref']).toHaveLength(100);
	});

	it('applyAuth puts api_key/api_secret in the form body; test request gets them as query', () => {
		const r = send.applyAuth(send.buildSendRequest(input, config), config);
		expect(r.body).toMatchObject({ api_key: 'k1', api_secret: 's1', to: '998901234567' });
		expect(r.headers.Authorization).toBeUndefined();
		const t = send.applyAuth(send.buildTestRequest(config), config);
		expect(fullUrl(t)).toBe('https://rest.nexmo.com/account/get-balance?api_key=k1&api_secret=s1');
		expect(t.method).toBe('GET');
	});
});

describe('vonage send: response parsing', () => {
	it('status 0 → message-id, segments from message-count', () => {
		expect(parseFixture(send, 'vonage', 'send-200-ok')).toMatchObject({ ok: true, messageId: '0C000000217B7F02', segments: 1, status: 'queued' });
		expect(parseFixture(send, 'vonage', 'send-200-multipart')).toMatchObject({ ok: true, messageId: '0C000000217B7F03', segments: 2 });
	});

	it.each([
		['status-1-throttled', '1', 'rate_limited', true],
		['status-2-missing', '2', 'invalid_request', false],
		['status-3-invalid', '3', 'invalid_request', false],
		['status-4-credentials', '4', 'auth', false],
		['status-5-internal', '5', 'server_error', true],
		['status-6-invalid-message', '6', 'invalid_number', false],
		['status-7-barred', '7', 'opted_out', false],
		['status-9-quota', '9', 'insufficient_funds', false],
		['status-15-sender', '15', 'invalid_request', false],
		['status-29-whitelist', '29', 'invalid_request', false],
	])('HTTP 200 with %s → code %s, %s, retryable=%s', (name, code, kind, retryable) => {
		const r = parseFixture(send, 'vonage', name) as SendFailure;
		expect(r).toMatchObject({ ok: false, code, kind, retryable, httpStatus: 200 });
	});

	it('error-text is kept verbatim', () => {
		expect((parseFixture(send, 'vonage', 'status-2-missing') as SendFailure).message).toBe('Missing to param');
	});

	it('HTTP 429 → rate_limited with Retry-After', () => {
		expect(parseFixture(send, 'vonage', 'http-429')).toMatchObject({ kind: 'rate_limited', retryable: true, retryAfter: 2, message: 'Too Many Requests' });
	});
});

describe('vonage send: against the simulator', () => {
	let sim: SmsSimulator;
	let cfg: ProviderConfig;
	beforeAll(async () => {
		sim = await startSmsSimulator({ providers: ['vonage'] });
		cfg = { ...sim.credentials.vonage, baseUrl: sim.baseUrl('vonage') };
	});
	afterEach(() => sim.reset());
	afterAll(() => sim.close());

	it('round trip: unicode flag and client-ref reach the API, id back', async () => {
		const r = (await sendVia(send, input, cfg)) as SendSuccess;
		expect(r).toMatchObject({ ok: true, segments: 1 });
		expect(r.messageId).toMatch(/^[0-9A-F]{16}$/);
		const [req] = sim.requests('vonage', 'send');
		expect(req.body).toMatchObject({ type: 'unicode', to: '998901234567', 'client-ref': 'survey-42', api_key: sim.credentials.vonage.apiKey });
	});

	it('bad secret → HTTP 200 status 4 → auth', async () => {
		expect(await sendVia(send, input, { ...cfg, apiSecret: 'wrong' })).toMatchObject({ ok: false, code: '4', kind: 'auth', message: 'Bad Credentials' });
	});

	it('long unicode text → several parts, segments counted', async () => {
		const r = await sendVia(send, { ...input, text: 'Ж'.repeat(100) }, cfg);
		expect(r).toMatchObject({ ok: true, segments: 2 });
	});

	it('injected throttling (status 1) is retryable; barred number (7) is opted_out', async () => {
		sim.inject('vonage', { code: '1' });
		expect(await sendVia(send, input, cfg)).toMatchObject({ kind: 'rate_limited', retryable: true });
		sim.inject('vonage', { code: '7', to: '998901234567' });
		expect(await sendVia(send, input, cfg)).toMatchObject({ kind: 'opted_out', code: '7', retryable: false, message: 'Number barred.' });
	});

	it('HTTP 429 / 500 / timeout', async () => {
		sim.inject('vonage', { status: 429, retryAfter: 4 });
		expect(await sendVia(send, input, cfg)).toMatchObject({ kind: 'rate_limited', retryAfter: 4, retryable: true });
		sim.inject('vonage', { status: 500 });
		expect(await sendVia(send, input, cfg)).toMatchObject({ kind: 'server_error', retryable: true, httpStatus: 500 });
		sim.inject('vonage', { hang: true });
		expect(await sendVia(send, input, cfg, 150)).toMatchObject({ kind: 'timeout', retryable: true });
	});

	it('test request: balance with good keys, 401 with bad', async () => {
		const ok = await execute(send.applyAuth(send.buildTestRequest(cfg), cfg));
		expect(ok.status).toBe(200);
		expect(JSON.parse(ok.body)).toHaveProperty('value');
		expect((await execute(send.applyAuth(send.buildTestRequest(cfg), { ...cfg, apiKey: 'x' }))).status).toBe(401);
	});
});
