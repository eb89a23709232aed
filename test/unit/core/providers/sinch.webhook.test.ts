import { randomBytes } from 'crypto';
import { sinchProvider } from '../../../../nodes/core/providers/sinch';
import { WebhookError } from '../../../../nodes/core/providers/types';
import { signSinch, sinchBatchReport, sinchInbound, sinchRecipientReport } from '../../../sim/webhooks/sinch';
import { NOW, expectNoSecret, post, tamperBody, webhookFixture, withoutHeader } from './webhook-helpers';

const HOOK = 'https://hooks.example.com/webhook/abc123/sinch';
const SECRET = randomBytes(16).toString('hex');

describe('sinch parseWebhook', () => {
	it('reads an MO text', () => {
		const [e] = sinchProvider.parseWebhook(post(HOOK, webhookFixture('sinch', 'mo_text.json')));
		expect(e).toMatchObject({
			provider: 'sinch',
			event: 'reply',
			from: '+16051234567',
			to: '+13185551234',
			text: '非常满意 5',
			messageId: '01FC66621XXXXX119Z8PMV1QPQ',
			receivedAt: '2022-08-24T14:15:22.000Z',
		});
	});

	it('reads a recipient delivery report', () => {
		const [e] = sinchProvider.parseWebhook(post(HOOK, webhookFixture('sinch', 'recipient_dr.json')));
		expect(e).toMatchObject({
			event: 'status',
			to: '+12345678910',
			messageId: '01FC66621XXXXX119Z8PMV1QPQ',
			status: 'failed',
			errorCode: '402',
			receivedAt: '2022-08-30T08:16:08.930Z',
		});
	});

	it('turns a batch delivery report into one status per recipient', () => {
		const events = sinchProvider.parseWebhook(post(HOOK, webhookFixture('sinch', 'batch_dr.json')));
		expect(events.map((e) => [e.to, e.status, e.errorCode])).toEqual([
			['+46701111111', 'delivered', undefined],
			['+46702222222', 'delivered', undefined],
			['+46703333333', 'undelivered', '402'],
		]);
	});

	it.each([
		['Queued', 'queued'],
		['Dispatched', 'sent'],
		['Delivered', 'delivered'],
		['Failed', 'failed'],
		['Rejected', 'failed'],
		['Aborted', 'failed'],
		['Cancelled', 'failed'],
		['Expired', 'undelivered'],
		['Unknown', undefined],
	])('maps %s → %s', (status, expected) => {
		const req = sinchRecipientReport(HOOK, { batchId: 'b', recipient: '4670', status, code: 401 });
		expect(sinchProvider.parseWebhook(req)[0].status).toBe(expected);
	});

	it('rejects unknown callback types and non-JSON', () => {
		for (const body of ['{"type":"weird"}', '{}', 'type=mo_text', '{"type":"mo_text"}']) {
			expect(() => sinchProvider.parseWebhook(post(HOOK, body))).toThrow(WebhookError);
		}
	});
});

describe('sinch verifyWebhook', () => {
	it('verifies the HMAC signature when Sinch sends one', () => {
		const req = sinchInbound(HOOK, { from: '16051234567', to: '13185551234', body: '5' }, { hmacSecret: SECRET, nowMs: NOW });
		expect(sinchProvider.verifyWebhook(req, SECRET, { now: NOW })).toEqual({ ok: true });
		expect(sinchProvider.verifyWebhook(req, 'other', { now: NOW })).toEqual({ ok: false, reason: 'bad_signature' });
		expect(sinchProvider.verifyWebhook(tamperBody(req, '"body":"5"', '"body":"1"'), SECRET, { now: NOW })).toEqual({
			ok: false,
			reason: 'bad_signature',
		});
		expect(sinchProvider.verifyWebhook(req, SECRET, { now: NOW + 400_000 })).toEqual({ ok: false, reason: 'expired' });
		const noSig = withoutHeader(req, 'x-sinch-webhook-signature');
		expect(sinchProvider.verifyWebhook(noSig, SECRET, { now: NOW, mode: 'hmac' })).toEqual({ ok: false, reason: 'missing_signature' });
		expectNoSecret(sinchProvider.verifyWebhook(req, SECRET, { now: NOW }), SECRET);
		const body = webhookFixture('sinch', 'recipient_dr.json');
		const signed = post(HOOK, body, signSinch(SECRET, body, 'nonce-1', Math.floor(NOW / 1000)));
		expect(sinchProvider.verifyWebhook(signed, SECRET, { now: NOW })).toEqual({ ok: true });
	});

	it('falls back to Basic auth / URL token for unsigned callbacks', () => {
		const req = sinchBatchReport(HOOK, { batchId: 'b', statuses: [{ code: 0, status: 'Delivered', recipients: ['4670'] }] }, {
			basic: { username: 'sinch', password: 'pw' },
		});
		expect(sinchProvider.verifyWebhook(req, '', { username: 'sinch', password: 'pw' })).toEqual({ ok: true });
		expect(sinchProvider.verifyWebhook(req, '', { username: 'sinch', password: 'nope' })).toEqual({ ok: false, reason: 'unauthorized' });
		expect(sinchProvider.verifyWebhook({ ...req, url: `${HOOK}?token=abc` }, 'abc')).toEqual({ ok: true });
		expect(sinchProvider.verifyWebhook(req, 'abc')).toEqual({ ok: false, reason: 'unauthorized' });
		expect(sinchProvider.signsWebhooks).toBe(false);
	});
});
