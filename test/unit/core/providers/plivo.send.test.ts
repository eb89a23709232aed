import { send } from '../../../../nodes/core/providers/plivo/send';
import type { ProviderConfig, SendSuccess } from '../../../../nodes/core/providers/types';
import { startSmsSimulator, type SmsSimulator } from '../../../sim/server';
import { decodeBasic, execute, parseFixture, sendVia } from './send-helpers';

const config: ProviderConfig = { authId: 'MAABCDEF', authToken: 'tok' };
const input = { to: '+14155551234', from: '+14155550000', text: '你好，请为我们打分 1-5', statusCallbackUrl: 'https://hooks.example.com/p', reference: 'r1', unicode: true };

describe('plivo send: request shape', () => {
	it('JSON POST /v1/Account/{auth_id}/Message/ with src/dst digits, url+method for callback', () => {
		const r = send.buildSendRequest(input, config);
		expect(r).toMatchObject({ method: 'POST', url: 'https://api.plivo.com/v1/Account/MAABCDEF/Message/', bodyType: 'json' });
		expect(r.body).toEqual({ src: '14155550000', dst: '14155551234', text: input.text, type: 'sms', url: 'https://hooks.example.com/p', method: 'POST' });
	});

	it('no from → powerpack_uuid; "<" cannot sneak into dst', () => {
		const r = send.buildSendRequest({ to: '+1415<5551234', text: 'x' }, { ...config, powerpackUuid: 'pp-1' });
		expect(r.body).toEqual({ powerpack_uuid: 'pp-1', dst: '14155551234', text: 'x', type: 'sms' });
	});

	it('Basic auth with auth id/token; test request is GET account', () => {
		const r = send.applyAuth(send.buildSendRequest(input, config), config);
		expect(decodeBasic(r.headers.Authorization)).toBe('MAABCDEF:tok');
		expect(send.buildTestRequest(config)).toMatchObject({ method: 'GET', url: 'https://api.plivo.com/v1/Account/MAABCDEF/' });
	});
});

describe('plivo send: response parsing', () => {
	it('202 → message_uuid[0]', () => {
		expect(parseFixture(send, 'plivo', 'send-202')).toMatchObject({ ok: true, messageId: 'db3ce55a-7f1d-11e1-8ea7-1231380bc196', status: 'queued' });
	});
	it.each([
		['error-400-dst', 'invalid_number', false, 'invalid dst parameter: 99890'],
		['error-400-src', 'invalid_request', false, 'Missing mandatory parameter: src or powerpack_uuid'],
		['error-401', 'auth', false, 'Authentication failed'],
		['error-402-balance', 'insufficient_funds', false, 'Insufficient credit in account'],
		['error-429', 'rate_limited', true, 'too many requests'],
	])('%s → %s', (name, kind, retryable, message) => {
		expect(parseFixture(send, 'plivo', name)).toMatchObject({ ok: false, kind, retryable, message });
	});
	it('429 carries retryAfter', () => {
		expect(parseFixture(send, 'plivo', 'error-429')).toMatchObject({ retryAfter: 3, code: '429' });
	});
});

describe('plivo send: against the simulator', () => {
	let sim: SmsSimulator;
	let cfg: ProviderConfig;
	beforeAll(async () => {
		sim = await startSmsSimulator({ providers: ['plivo'] });
		cfg = { ...sim.credentials.plivo, baseUrl: sim.baseUrl('plivo') };
	});
	afterEach(() => sim.reset());
	afterAll(() => sim.close());

	it('round trip → uuid', async () => {
		const r = (await sendVia(send, input, cfg)) as SendSuccess;
		expect(r.ok).toBe(true);
		expect(r.messageId).toMatch(/^[0-9a-f-]{36}$/);
		expect(sim.requests('plivo', 'send')[0].body).toMatchObject({ dst: '14155551234', src: '14155550000', text: input.text });
	});
	it('bad token → auth', async () => {
		expect(await sendVia(send, input, { ...cfg, authToken: 'bad' })).toMatchObject({ ok: false, kind: 'auth', httpStatus: 401 });
	});
	it('invalid destination → invalid_number with Plivo text', async () => {
		expect(await sendVia(send, { ...input, to: '+12' }, cfg)).toMatchObject({ kind: 'invalid_number', message: 'invalid dst parameter: 12' });
	});
	it('429, 500, timeout are retryable', async () => {
		sim.inject('plivo', { status: 429 });
		expect(await sendVia(send, input, cfg)).toMatchObject({ kind: 'rate_limited', retryable: true, retryAfter: 1 });
		sim.inject('plivo', { status: 500 });
		expect(await sendVia(send, input, cfg)).toMatchObject({ kind: 'server_error', retryable: true });
		sim.inject('plivo', { hang: true });
		expect(await sendVia(send, input, cfg, 150)).toMatchObject({ kind: 'timeout', retryable: true });
	});
	it('test request', async () => {
		const ans = await execute(send.applyAuth(send.buildTestRequest(cfg), cfg));
		expect(ans.status).toBe(200);
		expect(JSON.parse(ans.body)).toMatchObject({ auth_id: sim.credentials.plivo.authId });
	});
});
