import { webhook as genericWebhook } from '../../../../nodes/core/providers/generic/webhook';
import { genericProvider } from '../../../../nodes/core/providers/generic';
import { WebhookError } from '../../../../nodes/core/providers/types';
import { joinParts } from '../../../../nodes/core/providers/webhook-shared';
import { genericWebhook as simGeneric } from '../../../sim/webhooks/generic';
import { expectNoSecret, post, webhookFixture } from './webhook-helpers';

const HOOK = 'https://hooks.example.com/webhook/abc123/generic';

describe('generic parseWebhook', () => {
	it('reads common field names without configuration', () => {
		const [e] = genericProvider.parseWebhook(post(HOOK, JSON.stringify({ from: '998901234567', to: '3700', text: '5', id: 'x1', timestamp: '2024-05-01T15:00:00+05:00' })));
		expect(e).toMatchObject({ provider: 'generic', event: 'reply', from: '+998901234567', to: '3700', text: '5', messageId: 'x1', receivedAt: '2024-05-01T10:00:00.000Z' });
		const [s] = genericProvider.parseWebhook(post(HOOK, 'id=m9&status=DELIVRD&to=998901234567'));
		expect(s).toMatchObject({ event: 'status', messageId: 'm9', status: 'delivered', to: '+998901234567' });
	});

	it('uses configured paths, an items array and an event marker', () => {
		const options = {
			itemsPath: 'data.messages',
			fromPath: 'msg.sender',
			toPath: 'msg.receiver',
			textPath: 'msg.content',
			idPath: 'msg.ref',
			timestampPath: 'msg.ts',
		};
		const events = genericWebhook.parseWebhook(post(HOOK, webhookFixture('generic', 'custom-batch.json')), options);
		expect(events.map((e) => [e.event, e.from, e.to, e.text, e.messageId, e.receivedAt])).toEqual([
			['reply', '+998901112233', '3700', '5 juda yaxshi', 'm-1', '2024-05-01T05:00:00.000Z'],
			['reply', '+998904445566', '3700', '2', 'm-2', '2024-05-01T05:01:00.000Z'],
		]);
		const status = genericWebhook.parseWebhook(
			post(HOOK, JSON.stringify({ kind: 'dlr', data: { id: 'q1', st: 'ok-final', err: 'E1' } })),
			{ eventPath: 'kind', idPath: 'data.id', statusPath: 'data.st', errorCodePath: 'data.err', statusMap: { 'ok-final': 'delivered' } },
		);
		expect(status[0]).toMatchObject({ event: 'status', messageId: 'q1', status: 'delivered', errorCode: 'E1' });
	});

	it('returns part info from configured paths and joins complete sets', () => {
		const opts = { partRefPath: 'udh.ref', partIndexPath: 'udh.seq', partTotalPath: 'udh.total' };
		const mk = (seq: number, text: string) =>
			genericWebhook.parseWebhook(post(HOOK, JSON.stringify({ from: '77011234567', to: '1', text, id: `p${seq}`, udh: { ref: 7, seq, total: 3 } })), opts)[0];
		const parts = [mk(3, 'c'), mk(1, 'a'), mk(2, 'b')];
		expect(parts[1].part).toEqual({ reference: '7', index: 1, total: 3 });
		const [joined] = joinParts(parts);
		expect(joined).toMatchObject({ text: 'abc', messageId: 'p1', segments: 3 });
		expect(joinParts(parts.slice(0, 2))).toHaveLength(2);
	});

	it('rejects replies without sender and statuses without id', () => {
		expect(() => genericProvider.parseWebhook(post(HOOK, '{"text":"5"}'))).toThrow(WebhookError);
		expect(() => genericProvider.parseWebhook(post(HOOK, '{"status":"delivered"}'))).toThrow(WebhookError);
		expect(() => genericWebhook.parseWebhook(post(HOOK, '{"a":1}'), { itemsPath: 'a' })).toThrow(WebhookError);
	});
});

describe('generic verifyWebhook', () => {
	const payload = { from: '998901234567', text: '5', id: 'g1' };

	it.each([
		['sha256', 'hex', ''],
		['sha1', 'base64', ''],
		['sha512', 'hex', 'sha512='],
	] as const)('verifies an HMAC-%s %s header over the raw body', (algorithm, encoding, prefix) => {
		const req = simGeneric(HOOK, payload, { hmac: { secret: 'k3y', header: 'X-Signature', algorithm, encoding, prefix } });
		const opts = { hmacHeader: 'x-signature', hmacAlgorithm: algorithm };
		expect(genericProvider.verifyWebhook(req, 'k3y', opts)).toEqual({ ok: true });
		expect(genericProvider.verifyWebhook(req, 'k3y', { ...opts, hmacEncoding: encoding })).toEqual({ ok: true });
		expect(genericProvider.verifyWebhook(req, 'other', opts)).toEqual({ ok: false, reason: 'bad_signature' });
		expect(genericProvider.verifyWebhook({ ...req, body: req.body.replace('"5"', '"1"') }, 'k3y', opts)).toEqual({ ok: false, reason: 'bad_signature' });
		expect(genericProvider.verifyWebhook({ ...req, headers: {} }, 'k3y', opts)).toEqual({ ok: false, reason: 'missing_signature' });
		expect(genericProvider.verifyWebhook(req, '', opts)).toEqual({ ok: false, reason: 'missing_secret' });
		expectNoSecret(genericProvider.verifyWebhook(req, 'k3y', opts), 'k3y');
	});

	it('checks Basic auth and URL tokens', () => {
		const req = simGeneric(`${HOOK}?token=tt`, payload, { basic: { username: 'a', password: 'b' } }, 'form');
		expect(genericProvider.verifyWebhook(req, '', { username: 'a', password: 'b' })).toEqual({ ok: true });
		expect(genericProvider.verifyWebhook(req, '', { username: 'a', password: 'c' })).toEqual({ ok: false, reason: 'unauthorized' });
		expect(genericProvider.verifyWebhook(req, 'tt')).toEqual({ ok: true });
		expect(genericProvider.verifyWebhook(req, '', { token: 'tt', mode: 'token' })).toEqual({ ok: true });
		expect(genericProvider.parseWebhook(req)[0]).toMatchObject({ from: '+998901234567', text: '5' });
	});

	it('answers 200 {ok:true}', () => {
		expect(genericProvider.webhookResponse([])).toEqual({ status: 200, headers: { 'Content-Type': 'application/json' }, body: '{"ok":true}' });
	});
});
