import { randomBytes } from 'crypto';
import { messagebirdProvider } from '../../../../nodes/core/providers/messagebird';
import { WebhookError } from '../../../../nodes/core/providers/types';
import { messagebirdInbound, messagebirdSignatureJwt, messagebirdStatus } from '../../../sim/webhooks/messagebird';
import { NOW, expectNoSecret, post, recaseHeaders, tamperBody, webhookFixture, withoutHeader } from './webhook-helpers';

const KEY = randomBytes(24).toString('base64');
const HOOK = 'https://hooks.example.com/webhook/abc123/messagebird';

interface Vector {
	name: string;
	method: string;
	url: string;
	payload: string;
	token: string;
	reason: string | null;
}

describe('messagebird parseWebhook', () => {
	it('reads an inbound message (GET query)', () => {
		const url = `${HOOK}?${webhookFixture('messagebird', 'inbound.query.txt')}`;
		const [e] = messagebirdProvider.parseWebhook({ method: 'GET', url, headers: {}, body: '' });
		expect(e).toMatchObject({
			provider: 'messagebird',
			event: 'reply',
			from: '+31687654321',
			to: '+31612345678',
			text: '2 not happy',
			messageId: 'e7028180453e8a69d318686b17179500',
			receivedAt: '2016-05-03T14:26:57.000Z',
		});
	});

	it('reads a status report', () => {
		const url = `${HOOK}?${webhookFixture('messagebird', 'status.query.txt')}`;
		const [e] = messagebirdProvider.parseWebhook({ method: 'GET', url, headers: {}, body: '' });
		expect(e).toMatchObject({
			event: 'status',
			to: '+31612345678',
			messageId: 'efa6405d518d4c0c88cce11f7db775fb',
			status: 'failed',
			errorCode: '1',
			receivedAt: '2017-09-01T10:00:05.000Z',
		});
	});

	it.each([
		['scheduled', 'queued'],
		['buffered', 'queued'],
		['sent', 'sent'],
		['delivered', 'delivered'],
		['expired', 'undelivered'],
		['delivery_failed', 'failed'],
	])('maps %s → %s', (status, expected) => {
		const req = messagebirdStatus({ url: HOOK, signingSecret: KEY, id: 'm', recipient: '31612345678', status });
		expect(messagebirdProvider.parseWebhook(req)[0].status).toBe(expected);
	});

	it('reads the legacy receiver/payload/message_id names', () => {
		const [e] = messagebirdProvider.parseWebhook(post(HOOK, 'message_id=abc&receiver=3700&originator=31600000001&payload=4+good'));
		expect(e).toMatchObject({ event: 'reply', messageId: 'abc', to: '3700', from: '+31600000001', text: '4 good' });
	});

	it('rejects bodies that are not MessageBird webhooks', () => {
		expect(() => messagebirdProvider.parseWebhook(post(HOOK, 'hello=world'))).toThrow(WebhookError);
		expect(() => messagebirdProvider.parseWebhook(post(HOOK, '{"status":"sent"}'))).toThrow(WebhookError);
	});
});

describe('messagebird verifyWebhook', () => {
	const ref = JSON.parse(webhookFixture('messagebird', 'reference-vectors.json')) as { secret: string; now: string; vectors: Vector[] };

	it.each(ref.vectors.map((v) => [v.name, v] as const))('published reference vector: %s', (_name, v) => {
		const req = { method: v.method, url: v.url, headers: { 'MessageBird-Signature-JWT': v.token }, body: v.payload };
		const result = messagebirdProvider.verifyWebhook(req, ref.secret, { now: Date.parse(ref.now) });
		expect(result).toEqual(v.reason === null ? { ok: true } : { ok: false, reason: v.reason });
	});

	it('accepts simulated GET and POST webhooks; header in any case', () => {
		const get = messagebirdInbound({ url: HOOK, signingSecret: KEY, originator: '31687654321', recipient: '31612345678', body: '5', nowMs: NOW });
		expect(messagebirdProvider.verifyWebhook(get, KEY, { now: NOW })).toEqual({ ok: true });
		expect(messagebirdProvider.verifyWebhook(recaseHeaders(get, 'lower'), KEY, { now: NOW })).toEqual({ ok: true });
		const postReq = messagebirdStatus({ url: HOOK, signingSecret: KEY, id: 'm1', recipient: '316', status: 'delivered', transport: 'POST', nowMs: NOW });
		expect(messagebirdProvider.verifyWebhook(postReq, KEY, { now: NOW })).toEqual({ ok: true });
	});

	it('rejects forged, tampered, replayed and unsigned webhooks', () => {
		const req = messagebirdStatus({ url: HOOK, signingSecret: KEY, id: 'm1', recipient: '316', status: 'delivered', transport: 'POST', nowMs: NOW });
		expect(messagebirdProvider.verifyWebhook(req, 'other-key', { now: NOW })).toEqual({ ok: false, reason: 'bad_signature' });
		expect(messagebirdProvider.verifyWebhook(tamperBody(req, 'status=delivered', 'status=expired'), KEY, { now: NOW })).toEqual({
			ok: false,
			reason: 'bad_signature',
		});
		expect(messagebirdProvider.verifyWebhook({ ...req, url: `${HOOK}?x=1` }, KEY, { now: NOW })).toEqual({ ok: false, reason: 'bad_signature' });
		expect(messagebirdProvider.verifyWebhook(req, KEY, { now: NOW + 120_000 })).toEqual({ ok: false, reason: 'expired' });
		expect(messagebirdProvider.verifyWebhook(withoutHeader(req, 'messagebird-signature-jwt'), KEY, { now: NOW })).toEqual({
			ok: false,
			reason: 'missing_signature',
		});
		expect(messagebirdProvider.verifyWebhook(req, '', { now: NOW })).toEqual({ ok: false, reason: 'missing_secret' });
		// a token without payload_hash does not cover a non-empty body
		const noPayloadHash = { ...req, headers: { 'MessageBird-Signature-JWT': messagebirdSignatureJwt(KEY, HOOK, '', NOW) } };
		expect(messagebirdProvider.verifyWebhook(noPayloadHash, KEY, { now: NOW })).toEqual({ ok: false, reason: 'bad_signature' });
		expectNoSecret(messagebirdProvider.verifyWebhook(req, KEY, { now: NOW }), KEY);
	});

	it('webhookResponse is 200', () => {
		expect(messagebirdProvider.webhookResponse([])).toEqual({ status: 200, headers: { 'Content-Type': 'text/plain' }, body: 'OK' });
	});
});
