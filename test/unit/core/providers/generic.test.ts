import { parseHeaderConfig, send } from '../../../../nodes/core/providers/generic/send';
import type {
	ProviderConfig,
	SendFailure,
	SendSuccess,
} from '../../../../nodes/core/providers/types';
import { startSmsSimulator, type SmsSimulator } from '../../../sim/server';
import { execute, sendVia } from './send-helpers';

/** Play Mobile (Uzbekistan) broker API. */
const PLAY_MOBILE_TEMPLATE =
	'{"messages":[{"recipient":"{{toDigits}}","message-id":"{{reference}}","sms":{"originator":"{{from}}","content":{"text":"{{text}}"}}}]}';
/** Aliyun SMS shape: template params are a JSON string inside JSON. */
const ALIYUN_TEMPLATE =
	'{"PhoneNumbers":"{{toDigits}}","SignName":"Shop","TemplateCode":"SMS_154950909","TemplateParam":"{\\"survey\\":\\"{{reference}}\\"}","OutId":"{{reference}}"}';
/** Tencent Cloud SMS shape. */
const TENCENT_TEMPLATE =
	'{"PhoneNumberSet":["{{to}}"],"SmsSdkAppId":"1400006666","SignName":"Shop","TemplateId":"1110","TemplateParamSet":["{{text}}"],"SessionContext":"{{reference}}"}';

const input = {
	to: '+998901234567',
	from: '3700',
	text: 'He said "rate us" \\ 1–5\nСпасибо',
	reference: 'survey-42:998901234567',
	statusCallbackUrl: 'https://hooks.example.com/g?a=1&b=2',
};

// The request/response/webhook contract of the generic gateway is in generic/cases.json (contract runner);
// here: its header parser, the three real-world shapes against the simulator, and template fuzzing.
describe('generic send: header configuration', () => {
	it('headers from JSON or lines', () => {
		expect(parseHeaderConfig('{"X-A":"1","X-N":2}')).toEqual({ 'X-A': '1', 'X-N': '2' });
		expect(parseHeaderConfig('X-A: 1\nX-B: a:b\n\nbad line')).toEqual({ 'X-A': '1', 'X-B': 'a:b' });
	});
});

describe('generic send: three real-world shapes against the simulator', () => {
	let sim: SmsSimulator;
	beforeAll(async () => {
		sim = await startSmsSimulator({ providers: ['generic'] });
	});
	afterEach(() => sim.reset());
	afterAll(() => sim.close());

	const playMobile = (): ProviderConfig => ({
		url: `${sim.baseUrl('generic')}/broker-api/send`,
		bodyTemplate: PLAY_MOBILE_TEMPLATE,
		authType: 'basic',
		username: sim.credentials.generic.username,
		password: sim.credentials.generic.password,
	});

	it('Play Mobile: Basic auth, exact body shape; text survives quotes/backslashes/newlines', async () => {
		const r = (await sendVia(send, input, playMobile())) as SendSuccess;
		expect(r).toMatchObject({ ok: true, messageId: '' });
		const [req] = sim.requests('generic', 'send');
		expect(req.body).toEqual({
			messages: [
				{
					recipient: '998901234567',
					'message-id': input.reference,
					sms: { originator: '3700', content: { text: input.text } },
				},
			],
		});
	});
	it('Play Mobile: wrong password → auth; bad recipient → error-description', async () => {
		expect(await sendVia(send, input, { ...playMobile(), password: 'x' })).toMatchObject({
			ok: false,
			kind: 'auth',
			httpStatus: 401,
		});
		expect(await sendVia(send, { ...input, to: '+99' }, playMobile())).toMatchObject({
			ok: false,
			code: '102',
			message: 'Invalid recipient',
		});
	});
	it('Aliyun shape: header auth, nested JSON-string param, BizId back; illegal number fails with HTTP 200', async () => {
		const cfg: ProviderConfig = {
			url: `${sim.baseUrl('generic')}/aliyun/send`,
			bodyTemplate: ALIYUN_TEMPLATE,
			authType: 'header',
			authHeaderName: 'X-Api-Key',
			authHeaderSecret: sim.credentials.generic.apiKey,
			successPath: 'Code',
			successValue: 'OK',
			messageIdPath: 'BizId',
			errorMessagePath: 'Message',
		};
		const china = { ...input, to: '+8618511122233', reference: 'survey-7' };
		const ok = (await sendVia(send, china, cfg)) as SendSuccess;
		expect(ok.messageId).toMatch(/\^0$/);
		expect(sim.requests('generic', 'send')[0].body).toMatchObject({
			PhoneNumbers: '8618511122233',
			TemplateParam: '{"survey":"survey-7"}',
		});
		const bad = (await sendVia(send, { ...china, to: '+86123' }, cfg)) as SendFailure;
		expect(bad).toMatchObject({
			ok: false,
			code: 'isv.MOBILE_NUMBER_ILLEGAL',
			kind: 'invalid_number',
			httpStatus: 200,
		});
		expect(await sendVia(send, china, { ...cfg, authHeaderSecret: 'x' })).toMatchObject({
			kind: 'auth',
			code: 'InvalidAccessKeyId.NotFound',
		});
	});
	it('Tencent shape: bearer, SerialNo back; auth error arrives as HTTP 200 Response.Error', async () => {
		const cfg: ProviderConfig = {
			url: `${sim.baseUrl('generic')}/tencent/send`,
			bodyTemplate: TENCENT_TEMPLATE,
			token: sim.credentials.generic.token,
			successPath: 'Response.SendStatusSet[0].Code',
			successValue: 'Ok',
			messageIdPath: 'Response.SendStatusSet[0].SerialNo',
			errorCodePath: 'Response.Error.Code, Response.SendStatusSet[0].Code',
			errorMessagePath: 'Response.Error.Message, Response.SendStatusSet[0].Message',
		};
		const r = (await sendVia(send, { ...input, to: '+8618511122233' }, cfg)) as SendSuccess;
		expect(r.messageId).toMatch(/^5000:[0-9a-f]{20}$/);
		expect(sim.requests('generic', 'send')[0].body).toMatchObject({
			PhoneNumberSet: ['+8618511122233'],
			TemplateParamSet: [input.text],
			SessionContext: input.reference,
		});
		expect(await sendVia(send, input, { ...cfg, token: 'bad' })).toMatchObject({
			ok: false,
			code: 'AuthFailure.SecretIdNotFound',
			kind: 'auth',
			httpStatus: 200,
		});
	});
	it('faults: 429 / 503 / timeout are retryable', async () => {
		sim.inject('generic', { status: 429, retryAfter: 2 });
		expect(await sendVia(send, input, playMobile())).toMatchObject({
			kind: 'rate_limited',
			retryAfter: 2,
			retryable: true,
		});
		sim.inject('generic', { status: 503 });
		expect(await sendVia(send, input, playMobile())).toMatchObject({
			kind: 'server_error',
			retryable: true,
			retryAfter: 1,
		});
		sim.inject('generic', { hang: true });
		expect(await sendVia(send, input, playMobile(), 150)).toMatchObject({
			kind: 'timeout',
			retryable: true,
		});
	});
	it('test request (origin) authenticates with Basic', async () => {
		const cfg = { ...playMobile(), testUrl: `${sim.baseUrl('generic')}/` };
		expect((await execute(send.applyAuth(send.buildTestRequest(cfg), cfg))).status).toBe(200);
	});
	it('/sent shows the log', async () => {
		await sendVia(send, input, playMobile());
		const res = await fetch(`${sim.url}/sent`);
		const log = (await res.json()) as Array<{ provider: string; endpoint: string }>;
		expect(log).toHaveLength(1);
		expect(log[0]).toMatchObject({ provider: 'generic', endpoint: 'send' });
	});
});

describe('generic send: template edge cases', () => {
	it('a template that is valid JSON but not an object is rejected', () => {
		expect(() =>
			send.buildSendRequest(input, { url: 'https://x', bodyTemplate: '["{{to}}"]' }),
		).toThrow('must be a JSON object');
	});
	it('any text survives a JSON template unchanged (fuzz)', () => {
		const texts = ['"', '\\', '\u0000\u001f', '\u2028', '}{', '{{text}}', '😀 مرحبا 你好', '\\"}]'];
		for (const text of texts) {
			const r = send.buildSendRequest(
				{ to: '+1', text },
				{ url: 'https://x', bodyTemplate: '{"m":"{{text}}","n":["{{text}}"]}' },
			);
			expect(r.body).toEqual({ m: text, n: [text] });
		}
	});
});
