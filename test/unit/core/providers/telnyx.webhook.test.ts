import { telnyxProvider } from '../../../../nodes/core/providers/telnyx';
import { WebhookError } from '../../../../nodes/core/providers/types';
import { signTelnyx, telnyxInbound, telnyxKeyPair, telnyxStatus } from '../../../sim/webhooks/telnyx';
import { NOW, expectNoSecret, post, recaseHeaders, tamperBody, webhookFixture, withoutHeader } from './webhook-helpers';

const HOOK = 'https://hooks.example.com/webhook/abc123/telnyx';
const keys = telnyxKeyPair();
const other = telnyxKeyPair();

describe('telnyx parseWebhook', () => {
	it('reads message.received', () => {
		const [e] = telnyxProvider.parseWebhook(post(HOOK, webhookFixture('telnyx', 'message.received.json')));
		expect(e).toMatchObject({
			provider: 'telnyx',
			event: 'reply',
			from: '+18665550001',
			to: '+18445550001',
			text: 'Hello, World! 5 stars',
			messageId: '7ee4241c-f127-47e5-9c34-3aac291f8058',
			receivedAt: '2019-01-23T18:10:02.574Z',
			segments: 1,
		});
	});

	it('reads message.finalized with the recipient status and first error code', () => {
		const [e] = telnyxProvider.parseWebhook(post(HOOK, webhookFixture('telnyx', 'message.finalized.json')));
		expect(e).toMatchObject({
			event: 'status',
			from: '+13125550001',
			to: '+13125550002',
			messageId: 'ac012c8b-2d8c-4fb6-b4e0-ae3a3d4b1a55',
			status: 'undelivered',
			errorCode: '40300',
			receivedAt: '2019-12-09T21:32:14.148Z',
		});
	});

	it.each([
		['queued', 'queued'],
		['sending', 'queued'],
		['sent', 'sent'],
		['delivery_unconfirmed', 'sent'],
		['delivered', 'delivered'],
		['delivery_failed', 'undelivered'],
		['expired', 'undelivered'],
		['sending_failed', 'failed'],
	])('maps %s → %s', (status, expected) => {
		const req = telnyxStatus({ url: HOOK, privateKey: keys.privateKey, id: 'm1', from: '+1', to: '+2', status });
		expect(telnyxProvider.parseWebhook(req)[0].status).toBe(expected);
	});

	it('rejects non-Telnyx bodies', () => {
		for (const body of ['{}', '{"data":{"event_type":"call.initiated","payload":{"id":"x"}}}', 'To=1', '']) {
			expect(() => telnyxProvider.parseWebhook(post(HOOK, body))).toThrow(WebhookError);
		}
	});
});

describe('telnyx verifyWebhook', () => {
	const opts = { now: NOW };
	const req = telnyxInbound({ url: HOOK, privateKey: keys.privateKey, from: '+998901234567', to: '+18445550001', text: '4', nowMs: NOW });

	it('accepts an Ed25519-signed request with the portal public key (base64 raw 32 bytes)', () => {
		expect(Buffer.from(keys.publicKeyBase64, 'base64')).toHaveLength(32);
		expect(telnyxProvider.verifyWebhook(req, keys.publicKeyBase64, opts)).toEqual({ ok: true });
		expect(telnyxProvider.verifyWebhook(recaseHeaders(req, 'upper'), keys.publicKeyBase64, opts)).toEqual({ ok: true });
		const body = webhookFixture('telnyx', 'message.finalized.json');
		const signed = post(HOOK, body, signTelnyx(keys.privateKey, body, Math.floor(NOW / 1000)));
		expect(telnyxProvider.verifyWebhook(signed, keys.publicKeyBase64, opts)).toEqual({ ok: true });
	});

	it('rejects forged, tampered, replayed and unsigned requests', () => {
		expect(telnyxProvider.verifyWebhook(req, other.publicKeyBase64, opts)).toEqual({ ok: false, reason: 'bad_signature' });
		expect(telnyxProvider.verifyWebhook(tamperBody(req, '"text":"4"', '"text":"1"'), keys.publicKeyBase64, opts)).toEqual({
			ok: false,
			reason: 'bad_signature',
		});
		const shifted = { ...req, headers: { ...req.headers, 'telnyx-timestamp': String(Math.floor(NOW / 1000) + 1) } };
		expect(telnyxProvider.verifyWebhook(shifted, keys.publicKeyBase64, opts)).toEqual({ ok: false, reason: 'bad_signature' });
		expect(telnyxProvider.verifyWebhook(req, keys.publicKeyBase64, { now: NOW + 301_000 })).toEqual({ ok: false, reason: 'expired' });
		expect(telnyxProvider.verifyWebhook(req, keys.publicKeyBase64, { now: NOW - 301_000 })).toEqual({ ok: false, reason: 'expired' });
		expect(telnyxProvider.verifyWebhook(withoutHeader(req, 'telnyx-signature-ed25519'), keys.publicKeyBase64, opts)).toEqual({
			ok: false,
			reason: 'missing_signature',
		});
		expect(telnyxProvider.verifyWebhook(withoutHeader(req, 'telnyx-timestamp'), keys.publicKeyBase64, opts).reason).toBe('missing_signature');
		expect(telnyxProvider.verifyWebhook(req, '', opts)).toEqual({ ok: false, reason: 'missing_secret' });
		expect(telnyxProvider.verifyWebhook(req, 'not-a-key', opts)).toEqual({ ok: false, reason: 'malformed' });
		expectNoSecret(telnyxProvider.verifyWebhook(req, keys.publicKeyBase64, opts), keys.publicKeyBase64);
	});

	it('webhookResponse is 200', () => {
		expect(telnyxProvider.webhookResponse([]).status).toBe(200);
	});
});
