import { send } from '../../../../nodes/core/providers/sinch/send';
import type { ProviderConfig, SendSuccess } from '../../../../nodes/core/providers/types';
import { startSmsSimulator, type SmsSimulator } from '../../../sim/server';
import { execute, fullUrl, parseFixture, sendVia } from './send-helpers';

const config: ProviderConfig = { servicePlanId: 'plan1', apiToken: 'tok', region: 'eu' };
const input = { to: '+998901234567', from: 'YourBrand', text: 'Rate us 1-5', statusCallbackUrl: 'https://hooks.example.com/s', reference: 'survey-42' };

describe('sinch send: request shape', () => {
	it('POST /xms/v1/{plan}/batches on the region host; Bearer', () => {
		const r = send.applyAuth(send.buildSendRequest(input, config), config);
		expect(r).toMatchObject({ method: 'POST', url: 'https://eu.sms.api.sinch.com/xms/v1/plan1/batches', bodyType: 'json' });
		expect(r.headers.Authorization).toBe('Bearer tok');
		expect(r.body).toEqual({ from: 'YourBrand', to: ['+998901234567'], body: 'Rate us 1-5', delivery_report: 'per_recipient', callback_url: 'https://hooks.example.com/s', client_reference: 'survey-42' });
	});
	it.each([['us'], ['au'], ['br'], ['ca']])('region %s', (region) => {
		expect(send.buildSendRequest(input, { ...config, region }).url).toBe(`https://${region}.sms.api.sinch.com/xms/v1/plan1/batches`);
	});
	it('unknown region falls back to us; baseUrl overrides; no callback → no delivery_report', () => {
		const r = send.buildSendRequest({ to: '+1', text: 'x' }, { ...config, region: 'mars' });
		expect(r.url).toBe('https://us.sms.api.sinch.com/xms/v1/plan1/batches');
		expect(r.body).toEqual({ to: ['+1'], body: 'x' });
		expect(send.buildSendRequest(input, { ...config, baseUrl: 'http://127.0.0.1:1/sinch' }).url).toBe('http://127.0.0.1:1/sinch/xms/v1/plan1/batches');
	});
	it('test request: GET batches?page_size=1', () => {
		expect(fullUrl(send.buildTestRequest(config))).toBe('https://eu.sms.api.sinch.com/xms/v1/plan1/batches?page_size=1');
	});
});

describe('sinch send: response parsing', () => {
	it('201 → batch id', () => {
		expect(parseFixture(send, 'sinch', 'send-201')).toMatchObject({ ok: true, messageId: '01FC66621XXMSKSPQ5RZ6ZCNNP', status: 'queued' });
	});
	it.each([
		['error-400-format', 'syntax_invalid_parameter_format', 'invalid_number', false],
		['error-400-constraint', 'syntax_constraint_violation', 'invalid_request', false],
		['error-403-number-type', 'illegal_number_type', 'invalid_number', false],
		['error-401', '401', 'auth', false],
		['error-429', 'too_many_requests', 'rate_limited', true],
		['error-503', '503', 'server_error', true],
	])('%s → %s %s', (name, code, kind, retryable) => {
		expect(parseFixture(send, 'sinch', name)).toMatchObject({ ok: false, code, kind, retryable });
	});
});

describe('sinch send: against the simulator', () => {
	let sim: SmsSimulator;
	let cfg: ProviderConfig;
	beforeAll(async () => {
		sim = await startSmsSimulator({ providers: ['sinch'] });
		cfg = { ...sim.credentials.sinch, baseUrl: sim.baseUrl('sinch') };
	});
	afterEach(() => sim.reset());
	afterAll(() => sim.close());

	it('round trip → ULID-like batch id; client_reference echoed', async () => {
		const r = (await sendVia(send, input, cfg)) as SendSuccess;
		expect(r.messageId).toMatch(/^[0-9A-HJKMNP-TV-Z]{26}$/);
		expect(r.raw).toMatchObject({ client_reference: 'survey-42', delivery_report: 'per_recipient' });
	});
	it('bad token → 401 auth; wrong plan → 401', async () => {
		expect(await sendVia(send, input, { ...cfg, apiToken: 'x' })).toMatchObject({ kind: 'auth', httpStatus: 401 });
		expect(await sendVia(send, input, { ...cfg, servicePlanId: 'other' })).toMatchObject({ kind: 'auth' });
	});
	it('malformed number → syntax_invalid_parameter_format', async () => {
		expect(await sendVia(send, { ...input, to: '+0123' }, cfg)).toMatchObject({ code: 'syntax_invalid_parameter_format', kind: 'invalid_number' });
	});
	it('injected 403 illegal_number_type, 429, 500, timeout', async () => {
		sim.inject('sinch', { code: 'illegal_number_type' });
		expect(await sendVia(send, input, cfg)).toMatchObject({ kind: 'invalid_number', httpStatus: 403, retryable: false });
		sim.inject('sinch', { status: 429, retryAfter: 5 });
		expect(await sendVia(send, input, cfg)).toMatchObject({ kind: 'rate_limited', retryAfter: 5 });
		sim.inject('sinch', { status: 500 });
		expect(await sendVia(send, input, cfg)).toMatchObject({ kind: 'server_error', retryable: true });
		sim.inject('sinch', { hang: true });
		expect(await sendVia(send, input, cfg, 150)).toMatchObject({ kind: 'timeout' });
	});
	it('test request lists batches', async () => {
		await sendVia(send, input, cfg);
		const ans = await execute(send.applyAuth(send.buildTestRequest(cfg), cfg));
		expect(ans.status).toBe(200);
		expect(JSON.parse(ans.body)).toMatchObject({ page_size: 1, count: 1 });
	});
});
