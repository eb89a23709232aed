import { send } from '../../../../nodes/core/providers/infobip/send';
import type { ProviderConfig, SendSuccess } from '../../../../nodes/core/providers/types';
import { startSmsSimulator, type SmsSimulator } from '../../../sim/server';
import { execute, parseFixture, sendVia } from './send-helpers';

const config: ProviderConfig = { apiKey: 'ib-key', baseUrl: 'abcd12.api.infobip.com' };
const input = { to: '+998901234567', from: 'InfoSMS', text: 'Xizmatimizni 1-5 baholang', statusCallbackUrl: 'https://hooks.example.com/ib', reference: 'survey-42-998901234567' };

describe('infobip send: request shape', () => {
	it('POST /sms/3/messages with the v3 body on the personal base URL; App auth', () => {
		const r = send.applyAuth(send.buildSendRequest(input, config), config);
		expect(r).toMatchObject({ method: 'POST', url: 'https://abcd12.api.infobip.com/sms/3/messages', bodyType: 'json' });
		expect(r.headers.Authorization).toBe('App ib-key');
		expect(r.body).toEqual({
			messages: [
				{
					sender: 'InfoSMS',
					destinations: [{ to: '998901234567', messageId: 'survey-42-998901234567' }],
					content: { text: 'Xizmatimizni 1-5 baholang' },
					webhooks: { delivery: { url: 'https://hooks.example.com/ib' }, contentType: 'application/json', callbackData: 'survey-42-998901234567' },
				},
			],
		});
	});
	it('default base URL; no reference → no messageId; applicationId goes to options.platform', () => {
		const r = send.buildSendRequest({ to: '+41793026727', text: 'x', extra: { applicationId: 'app-1' } }, { apiKey: 'k' });
		expect(r.url).toBe('https://api.infobip.com/sms/3/messages');
		expect(r.body).toEqual({ messages: [{ destinations: [{ to: '41793026727' }], content: { text: 'x' }, options: { platform: { applicationId: 'app-1' } } }] });
	});
	it('test request is GET /account/1/balance', () => {
		expect(send.buildTestRequest(config)).toMatchObject({ method: 'GET', url: 'https://abcd12.api.infobip.com/account/1/balance' });
	});
});

describe('infobip send: response parsing', () => {
	it('PENDING → messageId, segments', () => {
		expect(parseFixture(send, 'infobip', 'send-200-pending')).toMatchObject({ ok: true, messageId: 'survey-42-998901234567', status: 'queued', segments: 2 });
	});
	it.each([
		['send-200-rejected-credits', 'REJECTED_NOT_ENOUGH_CREDITS', 'insufficient_funds', false],
		['send-200-rejected-duplicate', 'REJECTED_DUPLICATE_MESSAGE_ID', 'invalid_request', false],
		['send-200-rejected-destination', 'REJECTED_INVALID_DESTINATION', 'invalid_number', false],
		['error-401', 'UNAUTHORIZED', 'auth', false],
		['error-500', 'E500', 'server_error', true],
		['error-429', 'TOO_MANY_REQUESTS', 'rate_limited', true],
	])('%s → %s %s', (name, code, kind, retryable) => {
		expect(parseFixture(send, 'infobip', name)).toMatchObject({ ok: false, code, kind, retryable });
	});
	it('E400 lists violations in the message', () => {
		expect(parseFixture(send, 'infobip', 'error-400-e400')).toMatchObject({
			kind: 'invalid_request',
			code: 'E400',
			message: 'Request cannot be processed. (messages[0].destinations[0].to: must not be blank)',
		});
	});
});

describe('infobip send: against the simulator', () => {
	let sim: SmsSimulator;
	let cfg: ProviderConfig;
	beforeAll(async () => {
		sim = await startSmsSimulator({ providers: ['infobip'], rejectDuplicateIds: true });
		cfg = { ...sim.credentials.infobip, baseUrl: sim.baseUrl('infobip') };
	});
	afterEach(() => sim.reset());
	afterAll(() => sim.close());

	it('round trip: our reference is the message id; a retried send with it is rejected as duplicate', async () => {
		const r = (await sendVia(send, input, cfg)) as SendSuccess;
		expect(r).toMatchObject({ ok: true, messageId: 'survey-42-998901234567' });
		expect(await sendVia(send, input, cfg)).toMatchObject({ ok: false, code: 'REJECTED_DUPLICATE_MESSAGE_ID', retryable: false });
		expect(sim.requests('infobip', 'send')).toHaveLength(2);
	});
	it('without reference Infobip assigns an id', async () => {
		const r = (await sendVia(send, { ...input, reference: undefined }, cfg)) as SendSuccess;
		expect(r.messageId).toMatch(/^[0-9a-f]{36}$/);
	});
	it('bad key → 401 auth', async () => {
		expect(await sendVia(send, input, { ...cfg, apiKey: 'bad' })).toMatchObject({ kind: 'auth', code: 'UNAUTHORIZED', message: 'Invalid login details' });
	});
	it('injected REJECTED_NOT_ENOUGH_CREDITS, 429, 500, timeout', async () => {
		sim.inject('infobip', { code: 'REJECTED_NOT_ENOUGH_CREDITS' });
		expect(await sendVia(send, { ...input, reference: 'a1' }, cfg)).toMatchObject({ kind: 'insufficient_funds', retryable: false });
		sim.inject('infobip', { status: 429 });
		expect(await sendVia(send, { ...input, reference: 'a2' }, cfg)).toMatchObject({ kind: 'rate_limited', retryable: true, retryAfter: 1 });
		sim.inject('infobip', { status: 500 });
		expect(await sendVia(send, { ...input, reference: 'a3' }, cfg)).toMatchObject({ kind: 'server_error', code: 'E500' });
		sim.inject('infobip', { hang: true });
		expect(await sendVia(send, { ...input, reference: 'a4' }, cfg, 150)).toMatchObject({ kind: 'timeout', retryable: true });
	});
	it('test request', async () => {
		const ans = await execute(send.applyAuth(send.buildTestRequest(cfg), cfg));
		expect(ans.status).toBe(200);
		expect(JSON.parse(ans.body)).toHaveProperty('currency');
	});
});
