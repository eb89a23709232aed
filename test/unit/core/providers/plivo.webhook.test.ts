import { createHmac, randomBytes } from 'crypto';
import { plivoProvider } from '../../../../nodes/core/providers/plivo';
import { webhook as plivoWebhook } from '../../../../nodes/core/providers/plivo/webhook';
import { WebhookError } from '../../../../nodes/core/providers/types';
import { plivoInbound, plivoStatus, signPlivoForm } from '../../../sim/webhooks/plivo';
import { expectNoSecret, post, recaseHeaders, tamperBody, webhookFixture, withoutHeader } from './webhook-helpers';

const TOKEN = randomBytes(20).toString('base64');
const HOOK = 'https://hooks.example.com/webhook/abc123/plivo';

const b64 = (data: string) => createHmac('sha256', TOKEN).update(data).digest('base64');

describe('plivo parseWebhook', () => {
	it('reads an incoming message', () => {
		const [e] = plivoWebhook.parseWebhook(post(HOOK, webhookFixture('plivo', 'inbound.form.txt')), { now: 0 });
		expect(e).toEqual({
			provider: 'plivo',
			event: 'reply',
			from: '+998901234567',
			to: '+14155550100',
			text: '3 средне',
			messageId: '5b40ec5a-2f7b-11e9-9d0b-0242ac110003',
			receivedAt: '1970-01-01T00:00:00.000Z',
			segments: 1,
			raw: expect.objectContaining({ Type: 'sms', TotalRate: '0.00000' }),
		});
	});

	it('reads a failed status callback with error code and delivery report time (UTC)', () => {
		const [e] = plivoProvider.parseWebhook(post(HOOK, webhookFixture('plivo', 'status-failed.form.txt')));
		expect(e).toMatchObject({
			event: 'status',
			status: 'failed',
			errorCode: '200',
			from: '+14155550100',
			to: '+998901234567',
			messageId: 'db3ce55a-7f1d-11e1-8ea7-1231380bc196',
			receivedAt: '2024-05-01T10:00:05.456Z',
		});
	});

	it.each([
		['queued', 'queued'],
		['sent', 'sent'],
		['delivered', 'delivered'],
		['undelivered', 'undelivered'],
		['failed', 'failed'],
		['rejected', 'failed'],
	])('maps Status %s → %s', (status, expected) => {
		const req = plivoStatus({ url: HOOK, authToken: TOKEN, from: '1', to: '2', messageUuid: 'u', status });
		expect(plivoProvider.parseWebhook(req)[0].status).toBe(expected);
	});

	it('rejects bodies without MessageUUID', () => {
		expect(() => plivoProvider.parseWebhook(post(HOOK, 'From=1&Text=hi'))).toThrow(WebhookError);
	});
});

describe('plivo verifyWebhook V3', () => {
	it('signs exactly the string Plivo’s SDK builds (hand-checked bases)', () => {
		const url = 'https://example.com/plivo?b=2&a=1';
		const postWithQuery = post(url, 'To=2&From=1', {
			'X-Plivo-Signature-V3': b64('https://example.com/plivo?a=1&b=2.From1To2.n1'),
			'X-Plivo-Signature-V3-Nonce': 'n1',
		});
		expect(plivoProvider.verifyWebhook(postWithQuery, TOKEN)).toEqual({ ok: true });
		const postNoQuery = post('https://example.com/plivo', 'To=2&From=1', {
			'X-Plivo-Signature-V3': b64('https://example.com/plivo?From1To2.n1'),
			'X-Plivo-Signature-V3-Nonce': 'n1',
		});
		expect(plivoProvider.verifyWebhook(postNoQuery, TOKEN)).toEqual({ ok: true });
		const get = {
			method: 'GET',
			url,
			headers: { 'X-Plivo-Signature-V3': b64('https://example.com/plivo?a=1&b=2.n1'), 'X-Plivo-Signature-V3-Nonce': 'n1' },
			body: '',
		};
		expect(plivoProvider.verifyWebhook(get, TOKEN)).toEqual({ ok: true });
	});

	it('accepts a signed fixture and simulated callbacks; any listed signature matches', () => {
		const body = webhookFixture('plivo', 'inbound.form.txt');
		const req = post(HOOK, body, signPlivoForm(TOKEN, HOOK, body));
		expect(plivoProvider.verifyWebhook(req, TOKEN)).toEqual({ ok: true });
		const inbound = plivoInbound({ url: HOOK, authToken: TOKEN, from: '998901234567', to: '14155550100', text: '5' });
		expect(plivoProvider.verifyWebhook(inbound, TOKEN)).toEqual({ ok: true });
		const multi = { ...inbound, headers: { ...inbound.headers, 'X-Plivo-Signature-V3': `AAAA,${inbound.headers['X-Plivo-Signature-V3']}` } };
		expect(plivoProvider.verifyWebhook(multi, TOKEN)).toEqual({ ok: true });
		expect(plivoProvider.verifyWebhook(recaseHeaders(inbound, 'lower'), TOKEN)).toEqual({ ok: true });
	});

	it('rejects forged, tampered and unsigned callbacks', () => {
		const req = plivoStatus({ url: HOOK, authToken: TOKEN, from: '14155550100', to: '998901234567', messageUuid: 'u1', status: 'delivered' });
		expect(plivoProvider.verifyWebhook(req, 'x'.repeat(40))).toEqual({ ok: false, reason: 'bad_signature' });
		expect(plivoProvider.verifyWebhook(tamperBody(req, 'Status=delivered', 'Status=failed'), TOKEN)).toEqual({ ok: false, reason: 'bad_signature' });
		expect(plivoProvider.verifyWebhook({ ...req, url: `${HOOK}/other` }, TOKEN)).toEqual({ ok: false, reason: 'bad_signature' });
		expect(plivoProvider.verifyWebhook({ ...req, headers: { ...req.headers, 'X-Plivo-Signature-V3-Nonce': 'other' } }, TOKEN).reason).toBe(
			'bad_signature',
		);
		expect(plivoProvider.verifyWebhook(withoutHeader(req, 'X-Plivo-Signature-V3'), TOKEN)).toEqual({ ok: false, reason: 'missing_signature' });
		expect(plivoProvider.verifyWebhook(req, '')).toEqual({ ok: false, reason: 'missing_secret' });
		expectNoSecret(plivoProvider.verifyWebhook(req, TOKEN), TOKEN);
	});
});

describe('plivo verifyWebhook V2', () => {
	it('verifies URL-without-query + nonce, selected automatically or by mode', () => {
		const req = plivoInbound({ url: `${HOOK}?x=1`, authToken: TOKEN, from: '1', to: '2', text: 'hi', version: 'v2' });
		expect(plivoProvider.verifyWebhook(req, TOKEN)).toEqual({ ok: true });
		expect(plivoProvider.verifyWebhook(req, TOKEN, { mode: 'v2' })).toEqual({ ok: true });
		expect(plivoProvider.verifyWebhook(req, TOKEN, { mode: 'v3' })).toEqual({ ok: false, reason: 'missing_signature' });
		expect(plivoProvider.verifyWebhook(req, 'wrong')).toEqual({ ok: false, reason: 'bad_signature' });
		const nonce = req.headers['X-Plivo-Signature-V2-Nonce'];
		expect(req.headers['X-Plivo-Signature-V2']).toBe(b64(`${HOOK}${nonce}`));
	});
});

describe('plivo webhookResponse', () => {
	it('answers XML, with a Message auto-reply from the receiving number', () => {
		const events = plivoProvider.parseWebhook(post(HOOK, webhookFixture('plivo', 'inbound.form.txt')));
		expect(plivoProvider.webhookResponse(events)).toEqual({
			status: 200,
			headers: { 'Content-Type': 'application/xml' },
			body: '<?xml version="1.0" encoding="utf-8"?><Response/>',
		});
		expect(plivoProvider.webhookResponse(events, { autoReply: 'Rahmat & <3' }).body).toBe(
			'<?xml version="1.0" encoding="utf-8"?><Response><Message src="14155550100" dst="998901234567" type="sms">Rahmat &amp; &lt;3</Message></Response>',
		);
	});
});
