import { parseHeaderConfig, send } from '../../../../nodes/core/providers/generic/send';
import type { ProviderConfig, SendFailure, SendSuccess } from '../../../../nodes/core/providers/types';
import { startSmsSimulator, type SmsSimulator } from '../../../sim/server';
import { decodeBasic, execute, parseFixture, sendVia } from './send-helpers';

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

describe('generic send: request building', () => {
	it('JSON template: placeholders are JSON-escaped (quotes, backslash, newline, unicode)', () => {
		const r = send.buildSendRequest(input, { url: 'https://send.example.uz/broker-api/send', bodyTemplate: PLAY_MOBILE_TEMPLATE });
		expect(r).toMatchObject({ method: 'POST', url: 'https://send.example.uz/broker-api/send', bodyType: 'json' });
		expect(r.headers['Content-Type']).toBe('application/json');
		expect(r.body).toEqual({
			messages: [{ recipient: '998901234567', 'message-id': 'survey-42:998901234567', sms: { originator: '3700', content: { text: input.text } } }],
		});
	});

	it('placeholders in the URL are URL-encoded; GET has no body', () => {
		const r = send.buildSendRequest(input, { url: 'https://gw.example.com/send?to={{to}}&msg={{text}}&cb={{statusCallbackUrl}}', method: 'get' });
		expect(r.method).toBe('GET');
		expect(r.bodyType).toBe('none');
		expect(r.url).toBe(
			`https://gw.example.com/send?to=%2B998901234567&msg=${encodeURIComponent(input.text)}&cb=${encodeURIComponent(input.statusCallbackUrl)}`,
		);
	});

	it('form templates: query-string style and JSON-object style; values raw (the encoder escapes)', () => {
		const a = send.buildSendRequest(input, { url: 'https://x', bodyType: 'form', bodyTemplate: 'to={{to}}&text={{text}}&id={{reference}}&u={{unicode}}' });
		expect(a).toMatchObject({ bodyType: 'form', body: { to: '+998901234567', text: input.text, id: input.reference, u: 'false' } });
		expect(a.headers['Content-Type']).toBe('application/x-www-form-urlencoded');
		const b = send.buildSendRequest({ ...input, unicode: true }, { url: 'https://x', bodyType: 'form', bodyTemplate: '{"phone":"{{toDigits}}","msg":"{{text}}","u":"{{unicode}}"}' });
		expect(b.body).toEqual({ phone: '998901234567', msg: input.text, u: 'true' });
	});

	it('default bodies without a template; extra.* placeholders; unknown placeholders left as they are', () => {
		expect(send.buildSendRequest({ to: '+1555', text: 'hi' }, { url: 'https://x' }).body).toEqual({ to: '+1555', text: 'hi' });
		const r = send.buildSendRequest({ to: '+1555', text: 'hi', extra: { templateId: 77 } }, { url: 'https://x', bodyTemplate: '{"t":"{{extra.templateId}}","z":"{{nope}}"}' });
		expect(r.body).toEqual({ t: '77', z: '{{nope}}' });
	});

	it('a template that is not JSON is a clear configuration error', () => {
		expect(() => send.buildSendRequest(input, { url: 'https://x', bodyTemplate: '{"to": {{to}}' })).toThrow(/not valid JSON/);
		expect(() => send.buildSendRequest(input, { bodyTemplate: '{}' })).toThrow('"url" is required');
	});

	it('headers from JSON or lines; explicit Content-Type kept', () => {
		expect(parseHeaderConfig('{"X-A":"1","X-N":2}')).toEqual({ 'X-A': '1', 'X-N': '2' });
		expect(parseHeaderConfig('X-A: 1\nX-B: a:b\n\nbad line')).toEqual({ 'X-A': '1', 'X-B': 'a:b' });
		const r = send.buildSendRequest(input, { url: 'https://x', headers: 'Content-Type: application/json; charset=utf-8' });
		expect(r.headers['Content-Type']).toBe('application/json; charset=utf-8');
	});

	it('auth: basic, bearer, header, none (explicit or inferred)', () => {
		const base = send.buildSendRequest(input, { url: 'https://x' });
		expect(decodeBasic(send.applyAuth(base, { authType: 'basic', username: 'u', password: 'пароль' }).headers.Authorization)).toBe('u:пароль');
		expect(send.applyAuth(base, { token: 't0k' }).headers.Authorization).toBe('Bearer t0k');
		expect(send.applyAuth(base, { authType: 'header', authHeaderName: 'X-Api-Key', authHeaderSecret: 'v' }).headers['X-Api-Key']).toBe('v');
		expect(send.applyAuth(base, { authType: 'none', token: 'ignored' })).toEqual(base);
	});

	it('test request: testUrl, else GET of the send URL origin', () => {
		expect(send.buildTestRequest({ url: 'https://send.example.uz/broker-api/send' })).toMatchObject({ method: 'GET', url: 'https://send.example.uz', bodyType: 'none' });
		expect(send.buildTestRequest({ url: 'https://x/send', testUrl: 'https://x/balance', testMethod: 'post' })).toMatchObject({ method: 'POST', url: 'https://x/balance' });
	});
});

describe('generic send: response parsing by configuration', () => {
	const aliyun: ProviderConfig = { url: 'https://x', successPath: 'Code', successValue: 'OK', messageIdPath: 'BizId', errorCodePath: 'Code', errorMessagePath: 'Message' };
	const tencent: ProviderConfig = {
		url: 'https://x',
		successPath: 'Response.SendStatusSet[0].Code',
		successValue: 'Ok',
		messageIdPath: 'Response.SendStatusSet[0].SerialNo',
		errorCodePath: 'Response.Error.Code, Response.SendStatusSet[0].Code',
		errorMessagePath: 'Response.Error.Message, Response.SendStatusSet[0].Message',
	};

	it('Play Mobile: 200 text without id → success with empty id (caller uses its reference)', () => {
		expect(parseFixture(send, 'generic', 'playmobile-200', {})).toMatchObject({ ok: true, messageId: '', raw: 'Request is received' });
	});
	it('Play Mobile 400 → error-code / error-description', () => {
		expect(parseFixture(send, 'generic', 'playmobile-400', {})).toMatchObject({ ok: false, code: '102', message: 'Invalid recipient', kind: 'invalid_number', retryable: false });
	});
	it('Aliyun shape: OK → BizId; HTTP 200 with another Code → failure with that code', () => {
		expect(parseFixture(send, 'generic', 'aliyun-ok', aliyun)).toMatchObject({ ok: true, messageId: '900619746936498440^0' });
		expect(parseFixture(send, 'generic', 'aliyun-illegal-number', aliyun)).toMatchObject({
			ok: false, code: 'isv.MOBILE_NUMBER_ILLEGAL', message: 'Invalid mobile number', kind: 'invalid_number', retryable: false, httpStatus: 200,
		});
	});
	it('Tencent shape: SerialNo; Response.Error and per-number errors', () => {
		expect(parseFixture(send, 'generic', 'tencent-ok', tencent)).toMatchObject({ ok: true, messageId: '5000:1045710669157053657849499619' });
		expect(parseFixture(send, 'generic', 'tencent-auth-error', tencent)).toMatchObject({ ok: false, code: 'AuthFailure.SignatureFailure', kind: 'auth' });
		expect(parseFixture(send, 'generic', 'tencent-number-error', tencent)).toMatchObject({ ok: false, code: 'InvalidParameterValue.IncorrectPhoneNumber', kind: 'invalid_number' });
	});
	it('messageIdPath set but absent in a 2xx → permanent missing_message_id', () => {
		expect(send.parseSendResponse(200, '{"status":"queued"}', {}, { messageIdPath: 'data.id' })).toMatchObject({ ok: false, code: 'missing_message_id', retryable: false });
	});
	it('truthy success flag without successValue', () => {
		expect(send.parseSendResponse(200, { success: true, id: 5 }, {}, { successPath: 'success', messageIdPath: 'id' })).toMatchObject({ ok: true, messageId: '5' });
		expect(send.parseSendResponse(200, { success: false, error: 'Insufficient balance' }, {}, { successPath: 'success' })).toMatchObject({ ok: false, kind: 'insufficient_funds', message: 'Insufficient balance' });
	});
	it('HTTP status classes without config: 401 auth, 429 retry, 5xx retry', () => {
		expect(send.parseSendResponse(401, 'nope')).toMatchObject({ kind: 'auth', retryable: false, code: '401', message: 'nope' });
		expect(send.parseSendResponse(429, '', { 'retry-after': '9' })).toMatchObject({ kind: 'rate_limited', retryAfter: 9 });
		expect(send.parseSendResponse(502, '')).toMatchObject({ kind: 'server_error', retryable: true });
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
			messages: [{ recipient: '998901234567', 'message-id': input.reference, sms: { originator: '3700', content: { text: input.text } } }],
		});
	});
	it('Play Mobile: wrong password → auth; bad recipient → error-description', async () => {
		expect(await sendVia(send, input, { ...playMobile(), password: 'x' })).toMatchObject({ ok: false, kind: 'auth', httpStatus: 401 });
		expect(await sendVia(send, { ...input, to: '+99' }, playMobile())).toMatchObject({ ok: false, code: '102', message: 'Invalid recipient' });
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
		expect(sim.requests('generic', 'send')[0].body).toMatchObject({ PhoneNumbers: '8618511122233', TemplateParam: '{"survey":"survey-7"}' });
		const bad = (await sendVia(send, { ...china, to: '+86123' }, cfg)) as SendFailure;
		expect(bad).toMatchObject({ ok: false, code: 'isv.MOBILE_NUMBER_ILLEGAL', kind: 'invalid_number', httpStatus: 200 });
		expect(await sendVia(send, china, { ...cfg, authHeaderSecret: 'x' })).toMatchObject({ kind: 'auth', code: 'InvalidAccessKeyId.NotFound' });
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
		expect(sim.requests('generic', 'send')[0].body).toMatchObject({ PhoneNumberSet: ['+8618511122233'], TemplateParamSet: [input.text], SessionContext: input.reference });
		expect(await sendVia(send, input, { ...cfg, token: 'bad' })).toMatchObject({ ok: false, code: 'AuthFailure.SecretIdNotFound', kind: 'auth', httpStatus: 200 });
	});
	it('faults: 429 / 503 / timeout are retryable', async () => {
		sim.inject('generic', { status: 429, retryAfter: 2 });
		expect(await sendVia(send, input, playMobile())).toMatchObject({ kind: 'rate_limited', retryAfter: 2, retryable: true });
		sim.inject('generic', { status: 503 });
		expect(await sendVia(send, input, playMobile())).toMatchObject({ kind: 'server_error', retryable: true, retryAfter: 1 });
		sim.inject('generic', { hang: true });
		expect(await sendVia(send, input, playMobile(), 150)).toMatchObject({ kind: 'timeout', retryable: true });
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
		expect(() => send.buildSendRequest(input, { url: 'https://x', bodyTemplate: '["{{to}}"]' })).toThrow('must be a JSON object');
	});
	it('any text survives a JSON template unchanged (fuzz)', () => {
		const texts = ['"', '\\', '\u0000\u001f', '\u2028', '}{', '{{text}}', '😀 مرحبا 你好', '\\"}]'];
		for (const text of texts) {
			const r = send.buildSendRequest({ to: '+1', text }, { url: 'https://x', bodyTemplate: '{"m":"{{text}}","n":["{{text}}"]}' });
			expect(r.body).toEqual({ m: text, n: [text] });
		}
	});
});
