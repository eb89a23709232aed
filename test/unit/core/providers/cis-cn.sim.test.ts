// The new providers' send side against their loopback simulators: real HTTP, auth/signature checked by
// the simulator's independent implementation, injected faults classified.
import { aliyunProvider } from '../../../../nodes/core/providers/aliyun';
import { eskizProvider } from '../../../../nodes/core/providers/eskiz';
import { playmobileProvider } from '../../../../nodes/core/providers/playmobile';
import { smscProvider } from '../../../../nodes/core/providers/smsc';
import { tencentProvider } from '../../../../nodes/core/providers/tencent';
import type { SendInput } from '../../../../nodes/core/providers/types';
import { startSmsSimulator, type SmsSimulator } from '../../../sim/server';
import { execute, sendVia } from './send-helpers';

let sim: SmsSimulator;
beforeAll(async () => {
	sim = await startSmsSimulator({
		providers: ['playmobile', 'eskiz', 'aliyun', 'tencent', 'smsc'],
	});
});
afterEach(() => sim.reset());
afterAll(() => sim.close());

const uz: SendInput = {
	to: '+998901234567',
	text: 'Xizmatimizni 1-5 baholang',
	from: '3700',
	reference: 'srv_1',
};
const cn: SendInput = {
	to: '+8613800000000',
	text: '您的工单T-1已处理，请回复1-5为本次服务评分',
	reference: 'srv_2',
	template: { id: 'SMS_460000001', params: [{ name: 'ticket', value: 'T-1' }] },
};

describe('Play Mobile', () => {
	it('send → 200 text, our message-id; wrong password → 401 auth; faults classified', async () => {
		const cfg = { ...sim.credentials.playmobile, baseUrl: sim.baseUrl('playmobile') };
		expect(await sendVia(playmobileProvider, uz, cfg)).toMatchObject({ ok: true, messageId: '' });
		expect(playmobileProvider.messageIdOf?.(playmobileProvider.buildSendRequest(uz, cfg))).toBe(
			'srv_1',
		);
		expect(await sendVia(playmobileProvider, uz, { ...cfg, password: 'x' })).toMatchObject({
			ok: false,
			kind: 'auth',
			httpStatus: 401,
		});
		expect(await sendVia(playmobileProvider, { ...uz, to: '+79161234567' }, cfg)).toMatchObject({
			ok: false,
			code: '202',
			kind: 'invalid_number',
		});
		sim.inject('playmobile', { code: '102' });
		expect(await sendVia(playmobileProvider, uz, cfg)).toMatchObject({
			ok: false,
			code: '102',
			kind: 'auth',
		});
		sim.inject('playmobile', { status: 503 });
		expect(await sendVia(playmobileProvider, uz, cfg)).toMatchObject({
			ok: false,
			retryable: true,
		});
	});
});

describe('Eskiz', () => {
	it('login → token → send; expired token → 401 auth', async () => {
		const base = sim.baseUrl('eskiz');
		const login = await execute(
			eskizProvider.preAuthentication!.loginRequest({ ...sim.credentials.eskiz, baseUrl: base }),
		);
		const token = eskizProvider.preAuthentication!.readToken(login.status, login.body);
		const cfg = { baseUrl: base, token };
		expect(await sendVia(eskizProvider, uz, cfg)).toMatchObject({
			ok: true,
			messageId: expect.stringMatching(/^[0-9a-f-]{36}$/),
		});
		sim.inject('eskiz', { code: 'token_expired' });
		expect(await sendVia(eskizProvider, uz, cfg)).toMatchObject({
			ok: false,
			kind: 'auth',
			httpStatus: 401,
		});
		expect(await sendVia(eskizProvider, uz, cfg)).toMatchObject({ ok: false, kind: 'auth' });
		const bad = await execute(
			eskizProvider.preAuthentication!.loginRequest({ email: 'x@y', password: 'n', baseUrl: base }),
		);
		expect(() => eskizProvider.preAuthentication!.readToken(bad.status, bad.body)).toThrow(
			/wrong e-mail or password/,
		);
	});
});

describe('Alibaba Cloud', () => {
	it('signed SendSms accepted; wrong secret → SignatureDoesNotMatch auth; template checks; isv faults', async () => {
		const cfg = { ...sim.credentials.aliyun, baseUrl: sim.baseUrl('aliyun') };
		const ok = await sendVia(aliyunProvider, cn, cfg);
		expect(ok).toMatchObject({ ok: true, messageId: expect.stringMatching(/\^0$/) });
		expect(await sendVia(aliyunProvider, cn, { ...cfg, accessKeySecret: 'wrong' })).toMatchObject({
			ok: false,
			kind: 'auth',
			code: 'SignatureDoesNotMatch',
		});
		expect(
			await sendVia(aliyunProvider, { ...cn, template: { id: 'SMS_460000001', params: [] } }, cfg),
		).toMatchObject({
			ok: false,
			code: 'isv.TEMPLATE_MISSING_PARAMETERS',
			kind: 'invalid_request',
		});
		sim.inject('aliyun', { code: 'isv.BUSINESS_LIMIT_CONTROL' });
		expect(await sendVia(aliyunProvider, cn, cfg)).toMatchObject({
			ok: false,
			kind: 'rate_limited',
			retryable: false,
		});
		expect(
			(await execute(aliyunProvider.applyAuth(aliyunProvider.buildTestRequest(cfg), cfg))).status,
		).toBe(200);
	});
});

describe('Tencent Cloud', () => {
	it('signed SendSms accepted; wrong key → AuthFailure; per-number limit; test request', async () => {
		const cfg = { ...sim.credentials.tencent, baseUrl: sim.baseUrl('tencent') };
		const tcInput = {
			...cn,
			template: { id: '2000001', params: [{ name: 'ticket', value: 'T-1' }] },
		};
		expect(await sendVia(tencentProvider, tcInput, cfg)).toMatchObject({
			ok: true,
			messageId: expect.stringMatching(/^2019:/),
			segments: 1,
		});
		expect(await sendVia(tencentProvider, tcInput, { ...cfg, secretKey: 'wrong' })).toMatchObject({
			ok: false,
			kind: 'auth',
			code: 'AuthFailure.SignatureFailure',
		});
		sim.inject('tencent', { code: 'LimitExceeded.PhoneNumberDailyLimit' });
		expect(await sendVia(tencentProvider, tcInput, cfg)).toMatchObject({
			ok: false,
			kind: 'rate_limited',
			retryable: false,
		});
		const test = await execute(
			tencentProvider.applyAuth(tencentProvider.buildTestRequest(cfg), cfg),
		);
		expect(JSON.parse(test.body).Response.PhoneNumberInfoSet).toHaveLength(1);
	});
});

describe('SMSC.ru', () => {
	it('send with login or API key; wrong password → error_code 2 auth; balance test', async () => {
		const base = sim.baseUrl('smsc');
		const ru = { to: '+79161234567', text: 'Оцените нас от 1 до 5', reference: 'srv_3' };
		expect(
			await sendVia(smscProvider, ru, { login: 'csi', password: 'smsc-secret-1', baseUrl: base }),
		).toMatchObject({ ok: true, segments: 1 });
		expect(
			await sendVia(smscProvider, ru, { apiKey: 'smsc-api-key-1', baseUrl: base }),
		).toMatchObject({ ok: true });
		expect(
			await sendVia(smscProvider, ru, { login: 'csi', password: 'x', baseUrl: base }),
		).toMatchObject({ ok: false, code: '2', kind: 'auth' });
		sim.inject('smsc', { code: '3' });
		expect(
			await sendVia(smscProvider, ru, { apiKey: 'smsc-api-key-1', baseUrl: base }),
		).toMatchObject({ ok: false, kind: 'insufficient_funds' });
		const bal = await execute(
			smscProvider.applyAuth(smscProvider.buildTestRequest({ baseUrl: base }), {
				apiKey: 'smsc-api-key-1',
			}),
		);
		expect(JSON.parse(bal.body)).toEqual({ balance: '1520.75' });
	});
});
