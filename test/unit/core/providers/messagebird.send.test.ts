import { send } from '../../../../nodes/core/providers/messagebird/send';
import type { ProviderConfig, SendSuccess } from '../../../../nodes/core/providers/types';
import { startSmsSimulator, type SmsSimulator } from '../../../sim/server';
import { execute, parseFixture, sendVia } from './send-helpers';

const config: ProviderConfig = { apiKey: 'live_abc' };
const input = { to: '+31612345678', from: 'YourBrand', text: 'Wie war Ihr Besuch? 1–5', reference: 'survey-42', statusCallbackUrl: 'https://hooks.example.com/mb', unicode: true };

describe('messagebird send: request shape', () => {
	it('JSON POST /messages with msisdn recipients, datacoding, reference + reportUrl; AccessKey auth', () => {
		const r = send.applyAuth(send.buildSendRequest(input, config), config);
		expect(r).toMatchObject({ method: 'POST', url: 'https://rest.messagebird.com/messages', bodyType: 'json' });
		expect(r.headers.Authorization).toBe('AccessKey live_abc');
		expect(r.body).toEqual({ originator: 'YourBrand', recipients: ['31612345678'], body: input.text, datacoding: 'unicode', reference: 'survey-42', reportUrl: 'https://hooks.example.com/mb' });
	});
	it('datacoding plain / auto; numeric originator loses +', () => {
		expect(send.buildSendRequest({ to: '+1', from: '+3197010', text: 'x', unicode: false }, config).body).toMatchObject({ datacoding: 'plain', originator: '3197010' });
		expect(send.buildSendRequest({ to: '+1', text: 'x' }, config).body).toMatchObject({ datacoding: 'auto' });
	});
	it('test request is GET /balance', () => {
		expect(send.buildTestRequest(config)).toMatchObject({ method: 'GET', url: 'https://rest.messagebird.com/balance' });
	});
});

describe('messagebird send: response parsing', () => {
	it('201 → id, sent', () => {
		expect(parseFixture(send, 'messagebird', 'send-201')).toMatchObject({ ok: true, messageId: 'e8077d803532c0b5937c639b60216938', status: 'sent' });
	});
	it.each([
		['error-2', '2', 'auth', false],
		['error-9-recipients', '9', 'invalid_number', false],
		['error-9-originator', '9', 'invalid_request', false],
		['error-25', '25', 'insufficient_funds', false],
		['error-99', '99', 'server_error', true],
	])('%s → %s %s', (name, code, kind, retryable) => {
		expect(parseFixture(send, 'messagebird', name)).toMatchObject({ ok: false, code, kind, retryable });
	});
	it('description is the message', () => {
		expect(parseFixture(send, 'messagebird', 'error-25')).toMatchObject({ message: 'Not enough balance', httpStatus: 422 });
	});
});

describe('messagebird send: against the simulator', () => {
	let sim: SmsSimulator;
	let cfg: ProviderConfig;
	beforeAll(async () => {
		sim = await startSmsSimulator({ providers: ['messagebird'] });
		cfg = { ...sim.credentials.messagebird, baseUrl: sim.baseUrl('messagebird') };
	});
	afterEach(() => sim.reset());
	afterAll(() => sim.close());

	it('round trip → 32-hex id; datacoding reaches the API', async () => {
		const r = (await sendVia(send, input, cfg)) as SendSuccess;
		expect(r.messageId).toMatch(/^[0-9a-f]{32}$/);
		expect(sim.requests('messagebird', 'send')[0].body).toMatchObject({ datacoding: 'unicode', recipients: ['31612345678'], reference: 'survey-42' });
	});
	it('duplicates are not deduplicated by the simulator (two sends, two ids)', async () => {
		const a = (await sendVia(send, input, cfg)) as SendSuccess;
		const b = (await sendVia(send, input, cfg)) as SendSuccess;
		expect(a.messageId).not.toBe(b.messageId);
		expect(sim.requests('messagebird', 'send')).toHaveLength(2);
	});
	it('bad key → code 2 auth; missing originator → code 9', async () => {
		expect(await sendVia(send, input, { ...cfg, apiKey: 'x' })).toMatchObject({ kind: 'auth', code: '2', httpStatus: 401 });
		expect(await sendVia(send, { ...input, from: undefined }, cfg)).toMatchObject({ kind: 'invalid_request', code: '9', message: 'originator is required' });
	});
	it('25 balance, 429, 500, timeout', async () => {
		sim.inject('messagebird', { code: '25' });
		expect(await sendVia(send, input, cfg)).toMatchObject({ kind: 'insufficient_funds', retryable: false });
		sim.inject('messagebird', { status: 429 });
		expect(await sendVia(send, input, cfg)).toMatchObject({ kind: 'rate_limited', retryable: true });
		sim.inject('messagebird', { status: 500 });
		expect(await sendVia(send, input, cfg)).toMatchObject({ kind: 'server_error', code: '99' });
		sim.inject('messagebird', { hang: true });
		expect(await sendVia(send, input, cfg, 150)).toMatchObject({ kind: 'timeout' });
	});
	it('test request', async () => {
		expect((await execute(send.applyAuth(send.buildTestRequest(cfg), cfg))).status).toBe(200);
	});
});
