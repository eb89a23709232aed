import { randomBytes } from 'crypto';
import { joinParts } from '../../../../nodes/core/providers/webhook-shared';
import { vonageProvider } from '../../../../nodes/core/providers/vonage';
import { WebhookError } from '../../../../nodes/core/providers/types';
import {
	vonageDlr,
	vonageInbound,
	vonageMessagesInboundPayload,
	vonageMessagesJwt,
	vonageSignedRequest,
	vonageSmsSignature,
} from '../../../sim/webhooks/vonage';
import { NOW, expectNoSecret, post, recaseHeaders, tamperBody, webhookFixture } from './webhook-helpers';

const SECRET = randomBytes(16).toString('hex');
const HOOK = 'https://hooks.example.com/webhook/abc123/vonage';

describe('vonage parseWebhook (SMS API)', () => {
	it('reads an inbound GET webhook', () => {
		const url = `${HOOK}?${webhookFixture('vonage', 'inbound.query.txt')}`;
		const [e] = vonageProvider.parseWebhook({ method: 'GET', url, headers: {}, body: '' });
		expect(e).toEqual({
			provider: 'vonage',
			event: 'reply',
			from: '+447700900001',
			to: '+447700900000',
			text: '4 все хорошо',
			messageId: '0A0000000123ABCD1',
			receivedAt: '2024-05-01T10:00:00.000Z',
			raw: expect.objectContaining({ keyword: '4', type: 'unicode' }),
		});
	});

	it('returns concat part info and joinParts joins a complete set in order', () => {
		const p1 = vonageProvider.parseWebhook(post(HOOK, webhookFixture('vonage', 'concat-part1.form.txt')))[0];
		const p2 = vonageProvider.parseWebhook(post(HOOK, webhookFixture('vonage', 'concat-part2.form.txt')))[0];
		expect(p1.part).toEqual({ reference: '108', index: 1, total: 2 });
		expect(p2.part).toEqual({ reference: '108', index: 2, total: 2 });
		const joined = joinParts([p2, p1]);
		expect(joined).toHaveLength(1);
		expect(joined[0]).toMatchObject({
			event: 'reply',
			text: 'The service was great but the waiting time was far too long, I waited for forty minutes. Score 3',
			messageId: '0B0000000123ABCD1',
			segments: 2,
			receivedAt: '2024-05-01T10:00:01.000Z',
		});
		expect(joined[0].part).toBeUndefined();
		expect(joinParts([p2])).toEqual([p2]);
	});

	it('reads a JSON delivery receipt (to = sender id, msisdn = recipient)', () => {
		const [e] = vonageProvider.parseWebhook(post(HOOK, webhookFixture('vonage', 'dlr.json'), { 'Content-Type': 'application/json' }));
		expect(e).toMatchObject({
			event: 'status',
			from: 'AcmeInc',
			to: '+447700900000',
			messageId: '0A0000001234567B',
			status: 'failed',
			errorCode: '6',
			receivedAt: '2020-01-01T12:00:00.000Z',
		});
	});

	it.each([
		['delivered', 'delivered'],
		['accepted', 'sent'],
		['buffered', 'sent'],
		['expired', 'undelivered'],
		['failed', 'failed'],
		['rejected', 'failed'],
		['unknown', undefined],
	])('maps DLR status %s → %s and drops err-code 0', (status, expected) => {
		const req = vonageDlr({ url: HOOK, secret: SECRET, msisdn: '447700900000', to: 'Acme', messageId: 'X1', status });
		const [e] = vonageProvider.parseWebhook(req);
		expect(e.status).toBe(expected);
		expect(e.errorCode).toBeUndefined();
	});

	it('rejects bodies that are not Vonage webhooks', () => {
		expect(() => vonageProvider.parseWebhook(post(HOOK, 'foo=bar'))).toThrow(WebhookError);
		expect(() => vonageProvider.parseWebhook(post(HOOK, '{"msisdn":"1"}'))).toThrow(WebhookError);
		expect(() => vonageProvider.parseWebhook(post(HOOK, '{not json', { 'content-type': 'application/json' }))).toThrow(WebhookError);
	});
});

describe('vonage parseWebhook (Messages API)', () => {
	it('reads an inbound SMS', () => {
		const [e] = vonageProvider.parseWebhook(post(HOOK, webhookFixture('vonage', 'messages-inbound.json')));
		expect(e).toMatchObject({
			event: 'reply',
			from: '+447700900001',
			to: '+447700900000',
			text: '10 excellent',
			messageId: 'aaaaaaaa-bbbb-cccc-dddd-0123456789ab',
			receivedAt: '2025-02-03T12:14:25.000Z',
			segments: 1,
		});
	});
	it('reads a rejected status with its error code', () => {
		const [e] = vonageProvider.parseWebhook(post(HOOK, webhookFixture('vonage', 'messages-status-rejected.json')));
		expect(e).toMatchObject({ event: 'status', status: 'failed', errorCode: '1320', receivedAt: '2023-05-01T14:00:00.000Z' });
	});
});

describe('vonage verifyWebhook (SMS API sig)', () => {
	const opts = { now: NOW };

	it('computes the documented md5hash string (sorted, & and = in values → _)', () => {
		const params = { b: 'x=y&z', a: '1', timestamp: '1714557600' };
		const req = post(HOOK, 'a=1&b=x%3Dy%26z&timestamp=1714557600&sig=' + vonageSmsSignature(params, SECRET, 'md5hash'));
		expect(vonageProvider.verifyWebhook(req, SECRET, { now: 1714557600000 })).toEqual({ ok: true });
	});

	it.each(['GET', 'POST-form', 'POST-json'] as const)('accepts a signed inbound message sent as %s', (transport) => {
		const req = vonageInbound({ url: HOOK, secret: SECRET, msisdn: '447700900001', to: '447700900000', text: 'a=b & 5', transport, nowMs: NOW });
		expect(vonageProvider.verifyWebhook(req, SECRET, opts)).toEqual({ ok: true });
		expect(vonageProvider.parseWebhook(req)[0].text).toBe('a=b & 5');
	});

	it.each(['md5', 'sha1', 'sha256', 'sha512'] as const)('accepts HMAC-%s (detected and explicit mode)', (method) => {
		const req = vonageDlr({ url: HOOK, secret: SECRET, msisdn: '447700900000', to: 'Acme', messageId: 'X', status: 'delivered', method, nowMs: NOW });
		expect(vonageProvider.verifyWebhook(req, SECRET, opts)).toEqual({ ok: true });
		expect(vonageProvider.verifyWebhook(req, SECRET, { ...opts, mode: method })).toEqual({ ok: true });
		expect(vonageProvider.verifyWebhook(req, SECRET, { ...opts, mode: 'md5hash' }).reason).toBe('bad_signature');
	});

	it('rejects forged, tampered, replayed and unsigned requests', () => {
		const req = vonageInbound({ url: HOOK, secret: SECRET, msisdn: '447700900001', to: '447700900000', text: 'Score 5', nowMs: NOW });
		expect(vonageProvider.verifyWebhook(req, 'another-secret', opts)).toEqual({ ok: false, reason: 'bad_signature' });
		expect(vonageProvider.verifyWebhook(tamperBody(req, 'Score+5', 'Score+1'), SECRET, opts)).toEqual({ ok: false, reason: 'bad_signature' });
		expect(vonageProvider.verifyWebhook(req, SECRET, { now: NOW + 301_000 })).toEqual({ ok: false, reason: 'expired' });
		expect(vonageProvider.verifyWebhook(req, SECRET, { now: NOW + 301_000, toleranceSeconds: 600 })).toEqual({ ok: true });
		const unsigned = vonageProvider.verifyWebhook(post(HOOK, webhookFixture('vonage', 'concat-part1.form.txt')), SECRET, opts);
		expect(unsigned).toEqual({ ok: false, reason: 'missing_signature' });
		expect(vonageProvider.verifyWebhook(req, '', opts)).toEqual({ ok: false, reason: 'missing_secret' });
		expectNoSecret(vonageProvider.verifyWebhook(req, SECRET, opts), SECRET);
	});

	it('requires the signed timestamp', () => {
		const params = { msisdn: '1', to: '2', messageId: 'x', text: 'hi' };
		const body = `msisdn=1&to=2&messageId=x&text=hi&sig=${vonageSmsSignature(params, SECRET, 'md5hash')}`;
		expect(vonageProvider.verifyWebhook(post(HOOK, body), SECRET, opts)).toEqual({ ok: false, reason: 'malformed' });
		const signed = vonageSignedRequest(HOOK, params, SECRET, { nowMs: NOW });
		expect(vonageProvider.verifyWebhook(signed, SECRET, opts).ok).toBe(true);
	});
});

describe('vonage verifyWebhook (Messages API JWT)', () => {
	const payload = vonageMessagesInboundPayload('447700900001', '447700900000', '5', NOW);

	it('accepts a signed webhook; header name in any case', () => {
		const req = vonageMessagesJwt(HOOK, SECRET, payload, NOW);
		expect(vonageProvider.verifyWebhook(req, SECRET, { now: NOW })).toEqual({ ok: true });
		expect(vonageProvider.verifyWebhook(recaseHeaders(req, 'lower'), SECRET, { now: NOW })).toEqual({ ok: true });
		expect(vonageProvider.verifyWebhook(req, SECRET, { now: NOW, mode: 'jwt' })).toEqual({ ok: true });
		expect(vonageProvider.parseWebhook(req)[0]).toMatchObject({ event: 'reply', text: '5', from: '+447700900001' });
	});

	it('rejects a wrong secret, a changed body, an old token and a missing token', () => {
		const req = vonageMessagesJwt(HOOK, SECRET, payload, NOW);
		expect(vonageProvider.verifyWebhook(req, 'nope', { now: NOW })).toEqual({ ok: false, reason: 'bad_signature' });
		expect(vonageProvider.verifyWebhook(tamperBody(req, '"text":"5"', '"text":"1"'), SECRET, { now: NOW })).toEqual({
			ok: false,
			reason: 'bad_signature',
		});
		expect(vonageProvider.verifyWebhook(req, SECRET, { now: NOW + 600_000 })).toEqual({ ok: false, reason: 'expired' });
		expect(vonageProvider.verifyWebhook({ ...req, headers: {} }, SECRET, { now: NOW, mode: 'jwt' })).toEqual({
			ok: false,
			reason: 'missing_signature',
		});
		expect(vonageProvider.verifyWebhook({ ...req, headers: { Authorization: 'Bearer a.b' } }, SECRET, { now: NOW })).toEqual({
			ok: false,
			reason: 'malformed',
		});
	});
});

describe('vonage webhookResponse', () => {
	it('answers 204', () => {
		expect(vonageProvider.webhookResponse([])).toEqual({ status: 204, headers: {}, body: '' });
	});
});
