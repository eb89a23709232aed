import { send } from '../../../../nodes/core/providers/telnyx/send';
import type { ProviderConfig, SendSuccess } from '../../../../nodes/core/providers/types';
import { startSmsSimulator, type SmsSimulator } from '../../../sim/server';
import { execute, parseFixture, sendVia } from './send-helpers';

const config: ProviderConfig = { apiKey: 'KEYabc', messagingProfileId: 'prof-1' };
const input = { to: '+18665550001', from: '+18445550001', text: 'Rate your visit 1-5', statusCallbackUrl: 'https://hooks.example.com/t', reference: 'r1' };

describe('telnyx send: request shape', () => {
	it('JSON POST /v2/messages with +E.164, profile, webhook_url; Bearer auth', () => {
		const r = send.applyAuth(send.buildSendRequest(input, config), config);
		expect(r).toMatchObject({ method: 'POST', url: 'https://api.telnyx.com/v2/messages', bodyType: 'json' });
		expect(r.headers.Authorization).toBe('Bearer KEYabc');
		expect(r.body).toEqual({ from: '+18445550001', to: '+18665550001', text: 'Rate your visit 1-5', messaging_profile_id: 'prof-1', webhook_url: 'https://hooks.example.com/t' });
	});
	it('no from: number pool via messaging profile (extra overrides config)', () => {
		const r = send.buildSendRequest({ to: '+18665550001', text: 'x', extra: { messagingProfileId: 'prof-2' } }, config);
		expect(r.body).toEqual({ to: '+18665550001', text: 'x', messaging_profile_id: 'prof-2' });
	});
	it('test request is GET /v2/balance', () => {
		expect(send.buildTestRequest(config)).toMatchObject({ method: 'GET', url: 'https://api.telnyx.com/v2/balance' });
	});
});

describe('telnyx send: response parsing', () => {
	it('200 → data.id, queued, parts', () => {
		expect(parseFixture(send, 'telnyx', 'send-200')).toMatchObject({ ok: true, messageId: '40385f64-5717-4562-b3fc-2c963f66afa6', status: 'queued', segments: 1 });
	});
	it.each([
		['error-40300', '40300', 'opted_out', false],
		['error-40310', '40310', 'invalid_number', false],
		['error-10009', '10009', 'auth', false],
		['error-10004', '10004', 'invalid_request', false],
		['error-10011', '10011', 'rate_limited', true],
	])('%s → %s %s', (name, code, kind, retryable) => {
		expect(parseFixture(send, 'telnyx', name)).toMatchObject({ ok: false, code, kind, retryable });
	});
	it('message joins title and detail', () => {
		expect(parseFixture(send, 'telnyx', 'error-40300')).toMatchObject({
			message: "Blocked due to STOP message: Messages cannot be sent from '+18445550001' to '+18665550001' due to an existing block rule.",
		});
	});
	it('Retry-After as HTTP date is measured against the Date header (30 s)', () => {
		expect(parseFixture(send, 'telnyx', 'error-10011')).toMatchObject({ retryAfter: 30 });
	});
});

describe('telnyx send: against the simulator', () => {
	let sim: SmsSimulator;
	let cfg: ProviderConfig;
	beforeAll(async () => {
		sim = await startSmsSimulator({ providers: ['telnyx'] });
		cfg = { ...sim.credentials.telnyx, baseUrl: sim.baseUrl('telnyx') };
	});
	afterEach(() => sim.reset());
	afterAll(() => sim.close());

	it('round trip → uuid; UCS-2 text encoded by provider', async () => {
		const r = (await sendVia(send, { ...input, text: 'Оцените 1–5' }, cfg)) as SendSuccess;
		expect(r.ok).toBe(true);
		expect(r.messageId).toMatch(/^[0-9a-f-]{36}$/);
		expect((r.raw as { data: { encoding: string } }).data.encoding).toBe('UCS-2');
	});
	it('bad key → 10009 auth', async () => {
		expect(await sendVia(send, input, { ...cfg, apiKey: 'nope' })).toMatchObject({ kind: 'auth', code: '10009', httpStatus: 401 });
	});
	it('STOP-blocked recipient (40300) → opted_out, not retryable', async () => {
		sim.inject('telnyx', { code: '40300', to: '+18665550001' });
		expect(await sendVia(send, input, cfg)).toMatchObject({ ok: false, kind: 'opted_out', code: '40300', retryable: false, message: expect.stringContaining('Blocked due to STOP message') });
	});
	it('429, 500, timeout are retryable', async () => {
		sim.inject('telnyx', { status: 429, retryAfter: 2 });
		expect(await sendVia(send, input, cfg)).toMatchObject({ kind: 'rate_limited', retryAfter: 2, code: '10011' });
		sim.inject('telnyx', { status: 500 });
		expect(await sendVia(send, input, cfg)).toMatchObject({ kind: 'server_error', retryable: true, code: '10007' });
		sim.inject('telnyx', { hang: true });
		expect(await sendVia(send, input, cfg, 150)).toMatchObject({ kind: 'timeout' });
	});
	it('simulator rejects numbers without + (10016)', async () => {
		expect(await sendVia(send, { ...input, to: '18665550001' }, cfg)).toMatchObject({ code: '10016', kind: 'invalid_number' });
	});
	it('test request', async () => {
		expect((await execute(send.applyAuth(send.buildTestRequest(cfg), cfg))).status).toBe(200);
	});
});
