import { randomBytes } from 'crypto';
import { twilioProvider } from '../../../../nodes/core/providers/twilio';
import { webhook as twilioWebhook } from '../../../../nodes/core/providers/twilio/webhook';
import { verifyWebhook } from '../../../../nodes/core/providers/registry';
import { WebhookError } from '../../../../nodes/core/providers/types';
import { formEncode } from '../../../sim/webhooks/types';
import { signTwilioForm, twilioInbound, twilioJson, twilioSignature, twilioStatus } from '../../../sim/webhooks/twilio';
import { NOW, expectNoSecret, post, recaseHeaders, tamperBody, webhookFixture, withoutHeader } from './webhook-helpers';

const TOKEN = randomBytes(16).toString('hex');
const URL_ = 'https://hooks.example.com/webhook/abc123/twilio?survey=42';

describe('twilio parseWebhook', () => {
	it('reads an incoming message (form POST) from the documented parameters', () => {
		const events = twilioWebhook.parseWebhook(post(URL_, webhookFixture('twilio', 'inbound.form.txt')), { now: NOW });
		expect(events).toHaveLength(1);
		const e = events[0];
		expect(e).toMatchObject({
			provider: 'twilio',
			event: 'reply',
			from: '+14155550123',
			to: '+14155550100',
			text: '5 - очень доволен! & thanks',
			messageId: 'SM1a2b3c4d5e6f7a8b9c0d1e2f3a4b5c6d',
			segments: 2,
			receivedAt: '2024-05-01T10:00:00.000Z',
		});
		expect(e.status).toBeUndefined();
		expect((e.raw as Record<string, string>).AccountSid).toBe('AC0a1b2c3d4e5f6a7b8c9d0e1f2a3b4c5d');
	});

	it('reads a status callback with ErrorCode', () => {
		const [e] = twilioProvider.parseWebhook(post(URL_, webhookFixture('twilio', 'status-undelivered.form.txt')));
		expect(e).toMatchObject({
			event: 'status',
			status: 'undelivered',
			errorCode: '30003',
			from: '+14155550100',
			to: '+998901234567',
			text: '',
			messageId: 'SM9f8e7d6c5b4a39281706f5e4d3c2b1a0',
		});
	});

	it.each([
		['accepted', 'queued'],
		['scheduled', 'queued'],
		['queued', 'queued'],
		['sending', 'queued'],
		['sent', 'sent'],
		['delivered', 'delivered'],
		['read', 'delivered'],
		['undelivered', 'undelivered'],
		['failed', 'failed'],
		['canceled', 'failed'],
	])('maps MessageStatus %s → %s', (status, expected) => {
		const req = twilioStatus({ url: URL_, authToken: TOKEN, messageSid: 'SMx', status, from: '+1415', to: '+998901234567' });
		expect(twilioProvider.parseWebhook(req)[0].status).toBe(expected);
	});

	it('reads a GET webhook from the query string', () => {
		const url = `${URL_}&${formEncode({ MessageSid: 'SM1', From: '+15005550006', To: '+15005550001', Body: '4 ok', SmsStatus: 'received' })}`;
		const [e] = twilioProvider.parseWebhook({ method: 'GET', url, headers: {}, body: '' });
		expect(e).toMatchObject({ event: 'reply', from: '+15005550006', text: '4 ok', messageId: 'SM1' });
	});

	it.each([
		['JSON that is not Twilio', '{"hello":"world"}'],
		['form without MessageSid', 'From=%2B1&Body=hi'],
		['broken JSON', '{"MessageSid":'],
		['a JSON array', '[1,2]'],
	])('rejects %s with WebhookError 400', (_name, body) => {
		expect(() => twilioProvider.parseWebhook(post(URL_, body))).toThrow(WebhookError);
		try {
			twilioProvider.parseWebhook(post(URL_, body));
		} catch (e) {
			expect((e as WebhookError).status).toBe(400);
		}
	});
});

describe('twilio verifyWebhook', () => {
	const fixtureBody = webhookFixture('twilio', 'inbound.form.txt');
	const signed = post(URL_, fixtureBody, { 'X-Twilio-Signature': signTwilioForm(TOKEN, URL_, fixtureBody)['X-Twilio-Signature'] });

	it("matches Twilio's published example signatures", () => {
		const url = 'https://mycompany.com/myapp.php?foo=1&bar=2';
		const params = { CallSid: 'CA1234567890ABCDE', Caller: '+14158675310', Digits: '1234', From: '+14158675310', To: '+18005551212' };
		const req = post(url, formEncode(params), { 'X-Twilio-Signature': 'GvWf1cFY/Q7PnoempGyD5oXAezc=' });
		expect(twilioProvider.verifyWebhook(req, '12345')).toEqual({ ok: true });
		const older = { ...params, Caller: '+14158675309', From: '+14158675309' };
		const req2 = post(url, formEncode(older), { 'X-Twilio-Signature': 'RSOYDt4T1cUTdK1PDd93/VVr8B8=' });
		expect(twilioProvider.verifyWebhook(req2, '12345')).toEqual({ ok: true });
	});

	it('accepts a correctly signed fixture and a simulated inbound/status', () => {
		expect(twilioProvider.verifyWebhook(signed, TOKEN)).toEqual({ ok: true });
		const inbound = twilioInbound({ url: URL_, authToken: TOKEN, from: '+998901234567', to: '+14155550100', body: 'Rahmat, 5!' });
		expect(verifyWebhook('twilio', inbound, TOKEN)).toEqual({ ok: true });
		const status = twilioStatus({ url: URL_, authToken: TOKEN, messageSid: 'SM1', status: 'failed', errorCode: '30006', from: 'a', to: 'b' });
		expect(verifyWebhook('twilio', status, TOKEN)).toEqual({ ok: true });
	});

	it('rejects forged, tampered and unsigned requests with the right reason', () => {
		expect(twilioProvider.verifyWebhook(signed, 'wrong-token')).toEqual({ ok: false, reason: 'bad_signature' });
		expect(twilioProvider.verifyWebhook(tamperBody(signed, 'Body=5', 'Body=1'), TOKEN)).toEqual({ ok: false, reason: 'bad_signature' });
		expect(twilioProvider.verifyWebhook({ ...signed, url: URL_.replace('survey=42', 'survey=43') }, TOKEN)).toEqual({
			ok: false,
			reason: 'bad_signature',
		});
		expect(twilioProvider.verifyWebhook(withoutHeader(signed, 'x-twilio-signature'), TOKEN)).toEqual({ ok: false, reason: 'missing_signature' });
		expect(twilioProvider.verifyWebhook(signed, '')).toEqual({ ok: false, reason: 'missing_secret' });
		// an added parameter changes the signed data
		expect(twilioProvider.verifyWebhook({ ...signed, body: `${fixtureBody}&Extra=1` }, TOKEN).reason).toBe('bad_signature');
	});

	it('reads the signature header in any letter case', () => {
		expect(twilioProvider.verifyWebhook(recaseHeaders(signed, 'lower'), TOKEN).ok).toBe(true);
		expect(twilioProvider.verifyWebhook(recaseHeaders(signed, 'upper'), TOKEN).ok).toBe(true);
	});

	it('accepts the URL with or without the default port, like Twilio’s SDK', () => {
		const withPort = 'https://hooks.example.com:443/webhook/abc123/twilio?survey=42';
		const sig = twilioSignature(TOKEN, withPort, [['Body', 'hi']]);
		expect(twilioProvider.verifyWebhook(post(URL_, 'Body=hi', { 'X-Twilio-Signature': sig }), TOKEN).ok).toBe(true);
		const sig2 = twilioSignature(TOKEN, URL_, [['Body', 'hi']]);
		expect(twilioProvider.verifyWebhook(post(withPort, 'Body=hi', { 'X-Twilio-Signature': sig2 }), TOKEN).ok).toBe(true);
		// Like Twilio's SDK, any explicit port may be dropped; another host is never accepted.
		const otherPort = 'https://hooks.example.com:8443/webhook/abc123/twilio?survey=42';
		expect(twilioProvider.verifyWebhook(post(otherPort, 'Body=hi', { 'X-Twilio-Signature': sig2 }), TOKEN).ok).toBe(true);
		const otherHost = 'https://hooks.example.org/webhook/abc123/twilio?survey=42';
		expect(twilioProvider.verifyWebhook(post(otherHost, 'Body=hi', { 'X-Twilio-Signature': sig2 }), TOKEN).ok).toBe(false);
	});

	it('signs repeated keys with all their values, sorted', () => {
		const sig = twilioSignature(TOKEN, URL_, [
			['MediaUrl', 'b'],
			['MediaUrl', 'a'],
			['Body', 'x'],
		]);
		expect(twilioProvider.verifyWebhook(post(URL_, 'MediaUrl=b&Body=x&MediaUrl=a', { 'X-Twilio-Signature': sig }), TOKEN).ok).toBe(true);
		expect(twilioProvider.verifyWebhook(post(URL_, 'MediaUrl=b&Body=x', { 'X-Twilio-Signature': sig }), TOKEN).ok).toBe(false);
	});

	it('verifies JSON bodies through bodySHA256', () => {
		const req = twilioJson(URL_, TOKEN, { MessageSid: 'SM1', From: '+15005550006', Body: '5' });
		expect(twilioProvider.verifyWebhook(req, TOKEN)).toEqual({ ok: true });
		expect(twilioProvider.verifyWebhook(tamperBody(req, '"5"', '"1"'), TOKEN)).toEqual({ ok: false, reason: 'bad_signature' });
		expect(twilioProvider.parseWebhook(req)[0]).toMatchObject({ event: 'reply', text: '5', from: '+15005550006' });
	});

	it('never echoes the secret', () => {
		for (const token of [TOKEN, 'wrong', '']) expectNoSecret(twilioProvider.verifyWebhook(signed, token), TOKEN);
	});
});

describe('twilio webhookResponse', () => {
	const reply = twilioProvider.parseWebhook(post(URL_, webhookFixture('twilio', 'inbound.form.txt')));
	it('answers with empty TwiML', () => {
		expect(twilioProvider.webhookResponse(reply)).toEqual({
			status: 200,
			headers: { 'Content-Type': 'text/xml' },
			body: '<?xml version="1.0" encoding="UTF-8"?><Response/>',
		});
	});
	it('adds an XML-escaped auto-reply message for replies only', () => {
		expect(twilioProvider.webhookResponse(reply, { autoReply: 'Thanks <3 & "see" you' }).body).toBe(
			'<?xml version="1.0" encoding="UTF-8"?><Response><Message>Thanks &lt;3 &amp; &quot;see&quot; you</Message></Response>',
		);
		const status = twilioProvider.parseWebhook(post(URL_, webhookFixture('twilio', 'status-undelivered.form.txt')));
		expect(twilioProvider.webhookResponse(status, { autoReply: 'x' }).body).toBe('<?xml version="1.0" encoding="UTF-8"?><Response/>');
	});
});
