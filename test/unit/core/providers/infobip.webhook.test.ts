import { infobipProvider } from '../../../../nodes/core/providers/infobip';
import { WebhookError } from '../../../../nodes/core/providers/types';
import { infobipDeliveryReports, infobipInbound } from '../../../sim/webhooks/infobip';
import { basicAuthHeader } from '../../../sim/webhooks/types';
import { expectNoSecret, post, webhookFixture } from './webhook-helpers';

const HOOK = 'https://hooks.example.com/webhook/abc123/infobip';

describe('infobip parseWebhook', () => {
	it('turns a batch of inbound messages into one reply each (cleanText when a keyword was stripped)', () => {
		const events = infobipProvider.parseWebhook(post(HOOK, webhookFixture('infobip', 'inbound-batch.json')));
		expect(events.map((e) => [e.event, e.from, e.to, e.text, e.messageId, e.receivedAt, e.segments])).toEqual([
			['reply', '+998901234567', '+385921004026', '4 xizmat yaxshi', '817790313235066447', '2019-11-09T16:00:00.000Z', 1],
			['reply', '+77011234567', '+385921004026', '5 отлично', '817790313235066448', '2019-11-09T16:00:05.000Z', 1],
		]);
	});

	it('turns a batch of delivery reports into one status each', () => {
		const events = infobipProvider.parseWebhook(post(HOOK, webhookFixture('infobip', 'dlr-batch.json')));
		expect(events.map((e) => [e.event, e.to, e.messageId, e.status, e.errorCode, e.receivedAt, e.segments])).toEqual([
			['status', '+41793026727', '4182823130164432', 'delivered', undefined, '2019-11-09T16:00:00.000Z', 1],
			['status', '+41793026728', '4182823130164433', 'undelivered', '27', '2019-11-09T16:00:03.000Z', 2],
			['status', '+41793026729', '4182823130164434', 'failed', undefined, '2019-11-09T16:00:04.000Z', 1],
		]);
	});

	it.each([
		['PENDING', undefined, 'queued'],
		['DELIVERED', 'DELIVERED_TO_HANDSET', 'delivered'],
		['DELIVERED', 'DELIVERED_TO_OPERATOR', 'sent'],
		['UNDELIVERABLE', undefined, 'undelivered'],
		['EXPIRED', undefined, 'undelivered'],
		['REJECTED', undefined, 'failed'],
	] as const)('maps %s/%s → %s', (groupName, name, expected) => {
		const req = infobipDeliveryReports(HOOK, [{ messageId: '1', to: '41793026727', groupName, name }]);
		expect(infobipProvider.parseWebhook(req)[0].status).toBe(expected);
	});

	it('rejects bodies without results[]', () => {
		for (const body of ['{}', '{"results":{}}', '{"results":[{"from":"1"}]}', 'results=1', '[]']) {
			expect(() => infobipProvider.parseWebhook(post(HOOK, body))).toThrow(WebhookError);
		}
	});
});

describe('infobip verifyWebhook', () => {
	it('does not sign; checks Basic auth', () => {
		expect(infobipProvider.signsWebhooks).toBe(false);
		const opts = { username: 'csi', password: 'p@ss:word' };
		const good = infobipInbound(HOOK, [{ from: '1', to: '2', text: '5' }], { basic: { username: 'csi', password: 'p@ss:word' } });
		expect(infobipProvider.verifyWebhook(good, '', opts)).toEqual({ ok: true });
		const lower = { ...good, headers: { authorization: good.headers.Authorization } };
		expect(infobipProvider.verifyWebhook(lower, '', opts)).toEqual({ ok: true });
		const bad = { ...good, headers: { Authorization: basicAuthHeader('csi', 'wrong') } };
		expect(infobipProvider.verifyWebhook(bad, '', opts)).toEqual({ ok: false, reason: 'unauthorized' });
		expect(infobipProvider.verifyWebhook({ ...good, headers: {} }, '', opts)).toEqual({ ok: false, reason: 'unauthorized' });
		expectNoSecret(infobipProvider.verifyWebhook(bad, '', opts), 'p@ss:word');
	});

	it('checks a URL token (query parameter or last path segment), or the secret as token', () => {
		const body = webhookFixture('infobip', 'inbound-batch.json');
		expect(infobipProvider.verifyWebhook(post(`${HOOK}?token=s3cr3t`, body), '', { token: 's3cr3t' })).toEqual({ ok: true });
		expect(infobipProvider.verifyWebhook(post(`${HOOK}/s3cr3t`, body), '', { token: 's3cr3t' })).toEqual({ ok: true });
		expect(infobipProvider.verifyWebhook(post(`${HOOK}?token=nope`, body), '', { token: 's3cr3t' })).toEqual({ ok: false, reason: 'unauthorized' });
		expect(infobipProvider.verifyWebhook(post(`${HOOK}?token=s3cr3t`, body), 's3cr3t')).toEqual({ ok: true });
		expect(infobipProvider.verifyWebhook(post(HOOK, body), 's3cr3t')).toEqual({ ok: false, reason: 'unauthorized' });
		expect(infobipProvider.verifyWebhook(post(HOOK, body), '')).toEqual({ ok: false, reason: 'missing_secret' });
	});

	it('requires both checks when both are configured', () => {
		const req = infobipInbound(`${HOOK}?token=t1`, [{ from: '1', to: '2', text: '5' }], { basic: { username: 'u', password: 'p' } });
		expect(infobipProvider.verifyWebhook(req, '', { username: 'u', password: 'p', token: 't1' })).toEqual({ ok: true });
		expect(infobipProvider.verifyWebhook(req, '', { username: 'u', password: 'p', token: 't2' })).toEqual({ ok: false, reason: 'unauthorized' });
	});

	it('webhookResponse is 200 JSON', () => {
		expect(infobipProvider.webhookResponse([]).status).toBe(200);
	});
});
