import {
	eskizLoginRequest,
	eskizProvider as ez,
	eskizTokenOf,
} from '../../../../nodes/core/providers/eskiz';
import { smscProvider as sc } from '../../../../nodes/core/providers/smsc';
import { encodeForm } from '../../../../nodes/core/providers/common';
import { WebhookError, type InboundRequest } from '../../../../nodes/core/providers/types';

const json = (body: unknown, url = 'https://h/webhook/t/tok'): InboundRequest => ({
	method: 'POST',
	url,
	headers: { 'content-type': 'application/json' },
	body: JSON.stringify(body),
});
const form = (body: Record<string, string>, url = 'https://h/webhook/t/tok'): InboundRequest => ({
	method: 'POST',
	url,
	headers: { 'content-type': 'application/x-www-form-urlencoded' },
	body: encodeForm(body),
});

describe('Eskiz', () => {
	it('login request and token reading', () => {
		const login = eskizLoginRequest({ email: 'a@b.uz', password: 'pw' });
		expect(login).toMatchObject({ method: 'POST', url: 'https://notify.eskiz.uz/api/auth/login' });
		expect(login.body).toEqual({ email: 'a@b.uz', password: 'pw' });
		expect(
			eskizTokenOf({ message: 'token_generated', data: { token: 'T1' }, token_type: 'bearer' }),
		).toBe('T1');
		expect(eskizTokenOf({ message: 'Invalid credentials' })).toBeUndefined();
	});
	it('send request, bearer auth and answers', () => {
		const req = ez.applyAuth(
			ez.buildSendRequest(
				{ to: '+998901234567', text: 'Baho 1-5', statusCallbackUrl: 'https://h/dlr/tok' },
				{ token: 'T1' },
			),
			{ token: 'T1' },
		);
		expect(req.url).toBe('https://notify.eskiz.uz/api/message/sms/send');
		expect(req.body).toEqual({
			mobile_phone: '998901234567',
			message: 'Baho 1-5',
			from: '4546',
			callback_url: 'https://h/dlr/tok',
		});
		expect(req.headers.Authorization).toBe('Bearer T1');
		expect(
			ez.parseSendResponse(200, {
				id: 'u-1',
				message: 'Waiting for SMS provider',
				status: 'waiting',
			}),
		).toMatchObject({ ok: true, messageId: 'u-1' });
		expect(
			ez.parseSendResponse(401, { message: 'Expired', status: 'token-invalid' }),
		).toMatchObject({ ok: false, kind: 'auth' });
		expect(
			ez.parseSendResponse(400, { message: 'Insufficient balance', status: 'error' }),
		).toMatchObject({ ok: false, kind: 'insufficient_funds' });
	});
	it('delivery reports (JSON and form), no replies', () => {
		const [e] = ez.parseWebhook(
			json({
				request_id: 'u-1',
				message_id: 'm-1',
				user_sms_id: 's1',
				country: 'UZ',
				phone_number: '998901234567',
				sms_count: 1,
				status: 'DELIVRD',
				status_date: '2024-05-01 12:00:00',
			}),
		);
		expect(e).toMatchObject({
			event: 'status',
			messageId: 'u-1',
			to: '+998901234567',
			status: 'delivered',
			receivedAt: '2024-05-01T07:00:00.000Z',
			segments: 1,
		});
		const [u] = ez.parseWebhook(
			form({ request_id: 'u-2', phone_number: '998901234567', status: 'UNDELIV' }),
		);
		expect(u).toMatchObject({ status: 'undelivered', errorCode: 'UNDELIV' });
		expect(() => ez.parseWebhook(json({ text: 'hi', from: '998901234567' }))).toThrow(WebhookError);
		expect(ez.verifyWebhook(json({}), 'tok').ok).toBe(true);
		expect(ez.verifyWebhook(json({}), 'nope').ok).toBe(false);
	});
});

describe('SMSC.ru', () => {
	it('send form, login added by applyAuth, answers classified', () => {
		const req = sc.applyAuth(
			sc.buildSendRequest(
				{ to: '+79161234567', text: 'Оцените 1-5', from: 'Shop', reference: 'srv-1' },
				{},
			),
			{ login: 'l', password: 'p' },
		);
		expect(req.url).toBe('https://smsc.ru/sys/send.php');
		expect(req.body).toEqual({
			phones: '79161234567',
			mes: 'Оцените 1-5',
			charset: 'utf-8',
			fmt: '3',
			cost: '3',
			sender: 'Shop',
			id: 'srv-1',
			login: 'l',
			psw: 'p',
		});
		expect(sc.applyAuth(sc.buildTestRequest({}), { apiKey: 'K' }).qs).toEqual({
			fmt: '3',
			apikey: 'K',
		});
		expect(() => sc.applyAuth(sc.buildTestRequest({}), {})).toThrow(/API key/);
		expect(sc.parseSendResponse(200, { id: 77, cnt: 2 })).toMatchObject({
			ok: true,
			messageId: '77',
			segments: 2,
		});
		const kinds: Array<[number, string]> = [
			[2, 'auth'],
			[3, 'insufficient_funds'],
			[7, 'invalid_number'],
			[9, 'rate_limited'],
			[6, 'invalid_request'],
		];
		for (const [code, kind] of kinds)
			expect(sc.parseSendResponse(200, { error: 'x', error_code: code })).toMatchObject({
				ok: false,
				kind,
				code: String(code),
			});
	});
	it('handler callbacks: inbound SMS and status', () => {
		const [r] = sc.parseWebhook(
			form({
				phone: '79161234567',
				mes: '5 спасибо',
				to: '79001112233',
				id: '501',
				sent: '1714557600',
			}),
		);
		expect(r).toMatchObject({
			event: 'reply',
			from: '+79161234567',
			to: '+79001112233',
			text: '5 спасибо',
			messageId: '501',
			receivedAt: '2024-05-01T10:00:00.000Z',
		});
		const [s] = sc.parseWebhook(
			form({ id: '77', phone: '79161234567', status: '1', err: '0', time: '01.05.2024 13:00:00' }),
		);
		expect(s).toMatchObject({
			event: 'status',
			messageId: '77',
			status: 'delivered',
			receivedAt: '2024-05-01T10:00:00.000Z',
		});
		const [f] = sc.parseWebhook(form({ id: '78', phone: '79161234567', status: '20', err: '255' }));
		expect(f).toMatchObject({ status: 'undelivered', errorCode: '255' });
		expect(() => sc.parseWebhook(form({ foo: 'bar' }))).toThrow(WebhookError);
	});
});
