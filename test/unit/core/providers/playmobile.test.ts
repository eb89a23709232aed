import fc from 'fast-check';
import { playmobileProvider as pm } from '../../../../nodes/core/providers/playmobile';
import { tashkentToIso, stripKeyword } from '../../../../nodes/core/providers/playmobile/webhook';
import { readSmsRequest } from '../../../../nodes/core/providers/playmobile/xml';
import { WebhookError, type InboundRequest } from '../../../../nodes/core/providers/types';

const post = (body: string, url = 'https://n8n.example/webhook/x/tok123'): InboundRequest => ({
	method: 'POST',
	url,
	headers: { 'content-type': 'text/xml' },
	body,
});

describe('Play Mobile send', () => {
	const input = {
		to: '+998901234567',
		text: 'Baholang 1-5',
		from: '3700',
		reference: 'srv_abc123',
	};
	it('builds the broker-api JSON exactly', () => {
		const req = pm.applyAuth(pm.buildSendRequest(input, { username: 'u', password: 'p' }), {
			username: 'u',
			password: 'p',
		});
		expect(req.url).toBe('https://send.smsxabar.uz/broker-api/send');
		expect(req.body).toEqual({
			messages: [
				{
					recipient: '998901234567',
					'message-id': 'srv_abc123',
					sms: { originator: '3700', content: { text: 'Baholang 1-5' } },
				},
			],
		});
		expect(req.headers.Authorization).toBe(`Basic ${Buffer.from('u:p').toString('base64')}`);
		expect(pm.messageIdOf?.(req)).toBe('srv_abc123');
	});
	it('uses the credential originator and refuses a send without sender', () => {
		const req = pm.buildSendRequest({ ...input, from: undefined }, { originator: '5700' });
		expect(JSON.stringify(req.body)).toContain('"originator":"5700"');
		expect(() => pm.buildSendRequest({ ...input, from: undefined }, {})).toThrow(
			/sender is required/,
		);
	});
	it('derives a bounded stable id when the reference does not fit', () => {
		const a = pm.buildSendRequest({ ...input, reference: 'x'.repeat(80) }, {});
		const id = pm.messageIdOf?.(a) ?? '';
		expect(id).toMatch(/^csi[0-9a-f]{29}$/);
		expect(pm.messageIdOf?.(pm.buildSendRequest({ ...input, reference: 'x'.repeat(80) }, {}))).toBe(
			id,
		);
	});
	it('200 plain text is success without id; 400 error-code is classified', () => {
		const ok = pm.parseSendResponse(200, 'Request is received');
		expect(ok).toMatchObject({ ok: true, messageId: '' });
		const cases: Array<[number, string]> = [
			[102, 'auth'],
			[202, 'invalid_number'],
			[401, 'invalid_request'],
			[404, 'invalid_request'],
			[100, 'server_error'],
		];
		for (const [code, kind] of cases) {
			const r = pm.parseSendResponse(400, { 'error-code': code, 'error-description': 'x' });
			expect(r).toMatchObject({ ok: false, code: String(code), kind });
		}
		expect(pm.parseSendResponse(401, '')).toMatchObject({ ok: false, kind: 'auth' });
		expect(pm.parseSendResponse(503, '')).toMatchObject({ ok: false, retryable: true });
	});
});

describe('Play Mobile XML push', () => {
	it('parses the documented example and converts Tashkent time to UTC', () => {
		const events = pm.parseWebhook(
			post(
				'<?xml version="1.0" encoding="UTF-8"?><sms-request version="1.0"><message id="1107962" msisdn="998999999999" submit-date="2016-11-22 15:10:32"><content type="text/plain">5</content></message></sms-request>',
			),
		);
		expect(events).toEqual([
			expect.objectContaining({
				provider: 'playmobile',
				event: 'reply',
				from: '+998999999999',
				text: '5',
				messageId: '1107962',
				receivedAt: '2016-11-22T10:10:32.000Z',
			}),
		]);
	});
	it('reads several messages, entities and CDATA', () => {
		const xml = `<sms-request version="1.0">
  <message id="1" msisdn="998901111111" submit-date="2024-01-01 00:30:00"><content type="text/plain">4 &amp; yaxshi &lt;3 &#x1F600;</content></message>
  <message id='2' msisdn='998902222222' submit-date='2024-01-01 05:00:00'><content type="text/plain"><![CDATA[2 <bad> & slow]]></content></message>
</sms-request>`;
		const events = pm.parseWebhook(post(xml));
		expect(events.map((e) => [e.messageId, e.from, e.text, e.receivedAt])).toEqual([
			['1', '+998901111111', '4 & yaxshi <3 😀', '2023-12-31T19:30:00.000Z'],
			['2', '+998902222222', '2 <bad> & slow', '2024-01-01T00:00:00.000Z'],
		]);
	});
	it('strips a shared short number keyword', () => {
		expect(stripKeyword('CSI 5', 'csi')).toBe('5');
		expect(stripKeyword('csi:4 good', 'CSI')).toBe('4 good');
		expect(stripKeyword('CSIX 5', 'CSI')).toBe('CSIX 5');
		const [e] = pm.parseWebhook(
			post(
				'<sms-request><message id="9" msisdn="998901234567"><content>CSI 3</content></message></sms-request>',
			),
			{ keyword: 'CSI', now: 0 } as never,
		);
		expect(e.text).toBe('3');
		expect(tashkentToIso('not a date')).toBeUndefined();
	});
	it('junk, JSON, truncated XML and messages without id → 400', () => {
		for (const body of [
			'',
			'{"messages":[]}',
			'<sms-request><message id="1" msisdn="9989"',
			'<sms-request></sms-request>',
			'<sms-request><message msisdn="998901234567"><content>5</content></message></sms-request>',
			'<sms-request><message id="1" msisdn="1"><content><![CDATA[5</content></message></sms-request>',
		]) {
			expect(() => pm.parseWebhook(post(body))).toThrow(WebhookError);
		}
	});
	it('never throws anything but WebhookError on arbitrary text (property)', () => {
		const piece = fc.constantFrom(
			'<sms-request>',
			'</sms-request>',
			'<message id="1" msisdn="998901234567">',
			'<message ',
			'</message>',
			'<content type="text/plain">',
			'</content>',
			'<![CDATA[',
			']]>',
			'&amp;',
			'&#99999999;',
			'&#x',
			'"',
			"'",
			'5',
		);
		fc.assert(
			fc.property(
				fc.array(fc.oneof(piece, fc.string({ maxLength: 20 })), { maxLength: 30 }),
				(parts) => {
					try {
						const events = pm.parseWebhook(post(parts.join('')));
						for (const e of events) expect(typeof e.text).toBe('string');
					} catch (error) {
						expect(error).toBeInstanceOf(WebhookError);
					}
				},
			),
			{ numRuns: 400 },
		);
	});
	it('is linear on large documents', () => {
		const one = '<message id="1" msisdn="998901234567"><content>5</content></message>';
		const xml = `<sms-request>${one.repeat(900)}</sms-request>`;
		const t = Date.now();
		expect(readSmsRequest(xml)).toHaveLength(900);
		expect(Date.now() - t).toBeLessThan(1000);
	});
	it('verifies with the secret path token or Basic auth; answers 200', () => {
		expect(pm.verifyWebhook(post('<x/>'), 'tok123').ok).toBe(true);
		expect(pm.verifyWebhook(post('<x/>'), 'other').ok).toBe(false);
		const basic = {
			...post('<x/>'),
			headers: { authorization: `Basic ${Buffer.from('a:b').toString('base64')}` },
		};
		expect(pm.verifyWebhook(basic, '', { username: 'a', password: 'b' }).ok).toBe(true);
		expect(pm.verifyWebhook(basic, '', { username: 'a', password: 'c' }).ok).toBe(false);
		expect(pm.webhookResponse([]).status).toBe(200);
	});
});
