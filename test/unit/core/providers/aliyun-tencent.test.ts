import { aliyunProvider as al } from '../../../../nodes/core/providers/aliyun';
import { tencentProvider as tc } from '../../../../nodes/core/providers/tencent';
import {
	WebhookError,
	type InboundRequest,
	type SendInput,
} from '../../../../nodes/core/providers/types';

const json = (body: unknown, url = 'https://h/webhook/t/tok'): InboundRequest => ({
	method: 'POST',
	url,
	headers: { 'content-type': 'application/json' },
	body: JSON.stringify(body),
});
const input: SendInput = {
	to: '+8613800000000',
	text: '【示例】您的工单T-1已处理，满意请回1-5',
	reference: 'srv1',
	template: { id: 'SMS_123', params: [{ name: 'ticket', value: 'T-1' }] },
};

describe('Alibaba Cloud SMS', () => {
	it('SendSms form body and signed headers', () => {
		const cfg = { accessKeyId: 'AK', accessKeySecret: 'SK', signName: '示例', now: 0, nonce: 'n' };
		const req = al.applyAuth(al.buildSendRequest(input, cfg), cfg);
		expect(req.url).toBe('https://dysmsapi.aliyuncs.com/');
		const params = Object.fromEntries(new URLSearchParams(String(req.body)));
		expect(params).toEqual({
			PhoneNumbers: '8613800000000',
			SignName: '示例',
			TemplateCode: 'SMS_123',
			TemplateParam: '{"ticket":"T-1"}',
			OutId: 'srv1',
		});
		expect(req.headers['x-acs-action']).toBe('SendSms');
		expect(req.headers['x-acs-version']).toBe('2017-05-25');
		expect(req.headers.Authorization).toMatch(
			/^ACS3-HMAC-SHA256 Credential=AK,SignedHeaders=content-type;host;x-acs-action;x-acs-content-sha256;x-acs-date;x-acs-signature-nonce;x-acs-version,Signature=[0-9a-f]{64}$/,
		);
		expect(() => al.buildSendRequest({ ...input, template: undefined }, cfg)).toThrow(
			/approved templates only/,
		);
		expect(() => al.buildSendRequest(input, {})).toThrow(/Sign Name/);
	});
	it('Code OK → BizId; isv.* classified; per-number limits are not retried', () => {
		expect(
			al.parseSendResponse(200, {
				Code: 'OK',
				Message: 'OK',
				BizId: '9006197469364984^0',
				RequestId: 'r',
			}),
		).toMatchObject({ ok: true, messageId: '9006197469364984^0' });
		const cases: Array<[string, string, boolean]> = [
			['isv.BUSINESS_LIMIT_CONTROL', 'rate_limited', false],
			['Throttling.User', 'rate_limited', true],
			['isv.MOBILE_NUMBER_ILLEGAL', 'invalid_number', false],
			['isv.AMOUNT_NOT_ENOUGH', 'insufficient_funds', false],
			['isv.SMS_TEMPLATE_ILLEGAL', 'invalid_request', false],
			['isv.SOMETHING_NEW', 'invalid_request', false],
			['isp.SYSTEM_ERROR', 'server_error', true],
		];
		for (const [code, kind, retryable] of cases)
			expect(al.parseSendResponse(200, { Code: code, Message: 'm' })).toMatchObject({
				ok: false,
				code,
				kind,
				retryable,
			});
		expect(
			al.parseSendResponse(400, { Code: 'SignatureDoesNotMatch', Message: 'x' }),
		).toMatchObject({ ok: false, kind: 'auth' });
	});
	it('SmsUp batch of 3 → 3 replies; SmsReport → status; answer', () => {
		const up = [1, 2, 3].map((n) => ({
			phone_number: `1380000000${n}`,
			content: String(n + 2),
			send_time: '2024-05-01 18:00:0' + n,
			dest_code: '1234',
			sequence_id: 100 + n,
		}));
		const events = al.parseWebhook(json(up));
		expect(events).toHaveLength(3);
		expect(events[2]).toMatchObject({
			event: 'reply',
			from: '+8613800000003',
			text: '5',
			messageId: '103',
			receivedAt: '2024-05-01T10:00:03.000Z',
			to: '1234',
		});
		const [r] = al.parseWebhook(
			json([
				{
					phone_number: '13800000000',
					send_time: '2017-01-01 00:00:00',
					report_time: '2017-01-01 00:00:05',
					success: false,
					err_code: 'MK:0012',
					err_msg: 'x',
					sms_size: '1',
					biz_id: '12345^0',
					out_id: 'srv1',
				},
			]),
		);
		expect(r).toMatchObject({
			event: 'status',
			messageId: '12345^0',
			status: 'undelivered',
			errorCode: 'MK:0012',
			receivedAt: '2016-12-31T16:00:05.000Z',
		});
		expect(al.webhookResponse([])).toMatchObject({
			status: 200,
			body: '{"code":0,"msg":"接收成功"}',
		});
		for (const bad of [[], [{ foo: 1 }], 'x', [1]])
			expect(() => al.parseWebhook(json(bad))).toThrow(WebhookError);
	});
});

describe('Tencent Cloud SMS', () => {
	const cfg = {
		secretId: 'AKID',
		secretKey: 'SK',
		smsSdkAppId: '1400000000',
		signName: '示例',
		now: 1_700_000_000_000,
	};
	it('SendSms JSON and TC3 headers', () => {
		const req = tc.applyAuth(tc.buildSendRequest(input, cfg), cfg);
		expect(JSON.parse(String(req.body))).toEqual({
			PhoneNumberSet: ['+8613800000000'],
			SmsSdkAppId: '1400000000',
			TemplateId: 'SMS_123',
			TemplateParamSet: ['T-1'],
			SignName: '示例',
			SessionContext: 'srv1',
		});
		expect(req.headers).toMatchObject({
			'X-TC-Action': 'SendSms',
			'X-TC-Version': '2021-01-11',
			'X-TC-Region': 'ap-guangzhou',
			'X-TC-Timestamp': '1700000000',
		});
		expect(req.headers.Authorization).toMatch(
			/^TC3-HMAC-SHA256 Credential=AKID\/2023-11-14\/sms\/tc3_request, SignedHeaders=content-type;host, Signature=[0-9a-f]{64}$/,
		);
		expect(() => tc.buildSendRequest({ ...input, template: undefined }, cfg)).toThrow(
			/approved templates only/,
		);
	});
	it('per-number Code Ok, per-number errors, Response.Error', () => {
		const ok = {
			Response: {
				SendStatusSet: [
					{
						SerialNo: '5000:1',
						PhoneNumber: '+8613800000000',
						Fee: 1,
						SessionContext: 'srv1',
						Code: 'Ok',
						Message: 'send success',
						IsoCode: 'CN',
					},
				],
				RequestId: 'r',
			},
		};
		expect(tc.parseSendResponse(200, ok)).toMatchObject({
			ok: true,
			messageId: '5000:1',
			segments: 1,
		});
		const per = (code: string) => ({
			Response: { SendStatusSet: [{ SerialNo: '', Code: code, Message: 'm' }], RequestId: 'r' },
		});
		expect(tc.parseSendResponse(200, per('LimitExceeded.PhoneNumberDailyLimit'))).toMatchObject({
			ok: false,
			kind: 'rate_limited',
			retryable: false,
		});
		expect(
			tc.parseSendResponse(200, per('InvalidParameterValue.IncorrectPhoneNumber')),
		).toMatchObject({ ok: false, kind: 'invalid_number' });
		expect(tc.parseSendResponse(200, per('FailedOperation.PhoneNumberInBlacklist'))).toMatchObject({
			ok: false,
			kind: 'opted_out',
		});
		expect(
			tc.parseSendResponse(200, {
				Response: { Error: { Code: 'AuthFailure.SignatureFailure', Message: 'x' }, RequestId: 'r' },
			}),
		).toMatchObject({ ok: false, kind: 'auth' });
		expect(
			tc.parseSendResponse(200, {
				Response: { Error: { Code: 'RequestLimitExceeded', Message: 'x' } },
			}),
		).toMatchObject({ ok: false, kind: 'rate_limited', retryable: true });
		expect(
			tc.parseSendResponse(200, {
				Response: { Error: { Code: 'InternalError.Timeout', Message: 'x' } },
			}),
		).toMatchObject({ kind: 'server_error', retryable: true });
	});
	it('status array and reply object callbacks; answer', () => {
		const st = tc.parseWebhook(
			json([
				{
					user_receive_time: '2015-10-17 08:03:04',
					nationcode: '86',
					mobile: '13800000000',
					report_status: 'SUCCESS',
					errmsg: 'DELIVRD',
					description: 'ok',
					sid: '5000:1',
				},
				{
					user_receive_time: '2015-10-17 08:03:04',
					nationcode: '86',
					mobile: '13800000001',
					report_status: 'FAIL',
					errmsg: 'MK:0001',
					description: 'x',
					sid: '5000:2',
				},
			]),
		);
		expect(st.map((e) => [e.messageId, e.status, e.errorCode, e.to, e.receivedAt])).toEqual([
			['5000:1', 'delivered', undefined, '+8613800000000', '2015-10-17T00:03:04.000Z'],
			['5000:2', 'undelivered', 'MK:0001', '+8613800000001', '2015-10-17T00:03:04.000Z'],
		]);
		const [r] = tc.parseWebhook(
			json({
				extend: '',
				mobile: '13800000000',
				nationcode: '86',
				sign: '示例',
				text: '4 不错',
				time: 1457336869,
			}),
		);
		expect(r).toMatchObject({
			event: 'reply',
			from: '+8613800000000',
			text: '4 不错',
			receivedAt: '2016-03-07T07:47:49.000Z',
		});
		expect(tc.webhookResponse([]).body).toBe('{"result":0,"errmsg":"OK"}');
		for (const bad of [[], {}, { mobile: '1' }, 'x'])
			expect(() => tc.parseWebhook(json(bad))).toThrow(WebhookError);
	});
});
