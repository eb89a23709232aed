import { readFileSync } from 'fs';
import { join } from 'path';
import { vonageProvider } from '../../../../nodes/core/providers/vonage';
import { genericProvider } from '../../../../nodes/core/providers/generic';
import type { NormalizedEvent } from '../../../../nodes/core/providers/types';
import {
	checkUrlToken,
	joinParts,
	parseWebhookForm,
	plusE164,
	safeEqual,
	verifyHmacJwt,
	headerValue,
	webhookTimestamp,
} from '../../../../nodes/core/providers/common';
import { signHmacJwt } from '../../../sim/webhooks/types';

const part = (
	from: string,
	ref: string,
	index: number,
	total: number,
	text: string,
): NormalizedEvent => ({
	provider: 'vonage',
	event: 'reply',
	from,
	to: '+1',
	text,
	messageId: `${ref}-${index}`,
	receivedAt: `2024-05-01T10:00:0${index}.000Z`,
	part: { reference: ref, index, total },
	raw: { index },
});

describe('joinParts', () => {
	it('joins complete sets in index order, keeps incomplete sets and other events in place', () => {
		const status: NormalizedEvent = {
			provider: 'vonage',
			event: 'status',
			from: '',
			to: '+2',
			text: '',
			messageId: 's',
			receivedAt: 'x',
			raw: {},
		};
		const out = joinParts([
			part('+7', 'r1', 2, 2, 'world'),
			status,
			part('+7', 'r1', 1, 2, 'hello '),
			part('+8', 'r1', 1, 2, 'other'),
		]);
		expect(out.map((e) => [e.event, e.text, e.messageId])).toEqual([
			['reply', 'hello world', 'r1-1'],
			['status', '', 's'],
			['reply', 'other', 'r1-1'],
		]);
		expect(out[0].raw).toEqual([{ index: 1 }, { index: 2 }]);
		expect(out[0].receivedAt).toBe('2024-05-01T10:00:01.000Z');
	});
	it('ignores duplicate parts and out-of-range indices', () => {
		const out = joinParts([
			part('+7', 'r', 1, 2, 'a'),
			part('+7', 'r', 1, 2, 'a'),
			part('+7', 'r', 2, 2, 'b'),
		]);
		expect(out.map((e) => e.text)).toEqual(['ab']);
		const bad = part('+7', 'r', 3, 2, 'x');
		expect(joinParts([bad])).toEqual([bad]);
	});
});

describe('webhook helpers', () => {
	it('reads headers in any case, first of repeated values', () => {
		expect(headerValue({ 'X-A': 'v', b: ['1', '2'] }, 'x-a')).toBe('v');
		expect(headerValue({ 'X-A': 'v', b: ['1', '2'] }, 'B')).toBe('1');
		expect(headerValue({ c: undefined }, 'c')).toBeUndefined();
	});
	it('parses form bodies with repeated keys and + as space', () => {
		expect(parseWebhookForm('a=1&a=2&b=x+y%26')).toEqual({ a: ['1', '2'], b: ['x y&'] });
	});
	it('adds + to digit-only numbers only', () => {
		expect([
			plusE164('998901234567'),
			plusE164('+998901234567'),
			plusE164('0044123456789'),
			plusE164('3700'),
			plusE164('AcmeInc'),
		]).toEqual(['+998901234567', '+998901234567', '+44123456789', '3700', 'AcmeInc']);
	});
	it('reads provider timestamps as UTC ISO', () => {
		expect(webhookTimestamp('2019-11-09T16:00:00.000+0000')).toBe('2019-11-09T16:00:00.000Z');
		expect(webhookTimestamp('2020-01-01 12:00:00')).toBe('2020-01-01T12:00:00.000Z');
		expect(webhookTimestamp('2024-05-01 10:00:05.456789')).toBe('2024-05-01T10:00:05.456Z');
		expect(webhookTimestamp('2016-05-03T14:26:57+02:00')).toBe('2016-05-03T12:26:57.000Z');
		expect(webhookTimestamp('1714557600')).toBe('2024-05-01T10:00:00.000Z');
		expect(webhookTimestamp('2024-13-45 10:00:00')).toBeUndefined();
		expect(webhookTimestamp('yesterday')).toBeUndefined();
	});
	it('compares in constant time with correct results', () => {
		expect(safeEqual('abc', 'abc')).toBe(true);
		expect(safeEqual('abc', 'abd')).toBe(false);
		expect(safeEqual('abc', 'abcd')).toBe(false);
	});
	it('verifies HMAC JWTs and refuses alg none / other algorithms', () => {
		const token = signHmacJwt({ a: 1 }, 'k');
		expect(verifyHmacJwt(token, 'k')).toEqual({ ok: true, claims: { a: 1 } });
		expect(verifyHmacJwt(token, 'x')).toEqual({ ok: false, reason: 'bad_signature' });
		const none = `${Buffer.from('{"alg":"none"}').toString('base64url')}.${Buffer.from('{"a":1}').toString('base64url')}.`;
		expect(verifyHmacJwt(none, 'k').ok).toBe(false);
		expect(verifyHmacJwt(signHmacJwt({ a: 1 }, 'k', 'HS512'), 'k')).toEqual({
			ok: false,
			reason: 'bad_signature',
		});
		expect(verifyHmacJwt(signHmacJwt({ a: 1 }, 'k', 'HS512'), 'k', ['HS512']).ok).toBe(true);
	});
	it('finds URL tokens in the query or the last path segment', () => {
		const req = (url: string) => ({ url, method: 'POST', headers: {}, body: '' });
		expect(checkUrlToken(req('https://h/x/tok%20en'), 'tok en').ok).toBe(true);
		expect(checkUrlToken(req('https://h/x/?token=t'), 't').ok).toBe(true);
		expect(checkUrlToken(req('https://h/x/t2'), 't')).toEqual({
			ok: false,
			reason: 'unauthorized',
		});
	});
});

describe('joinParts with Vonage concat parts (separate requests)', () => {
	const part = (name: string) =>
		vonageProvider.parseWebhook({
			method: 'POST',
			url: 'https://hooks.example.com/webhook/abc123/vonage',
			headers: {},
			body: readFileSync(join(__dirname, 'vonage', `webhook-${name}`), 'utf8'),
		})[0];
	test('a complete set is joined in order; an incomplete one stays as it is', () => {
		const p1 = part('concat-part1.form.txt');
		const p2 = part('concat-part2.form.txt');
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
});

describe('joinParts with generic-gateway parts from configured paths', () => {
	const opts = { partRefPath: 'udh.ref', partIndexPath: 'udh.seq', partTotalPath: 'udh.total' };
	const mk = (seq: number, text: string) =>
		genericProvider.parseWebhook(
			{
				method: 'POST',
				url: 'https://hooks.example.com/webhook/abc123/generic',
				headers: {},
				body: JSON.stringify({
					from: '77011234567',
					to: '1',
					text,
					id: `p${seq}`,
					udh: { ref: 7, seq, total: 3 },
				}),
			},
			opts,
		)[0];
	test('a complete set in any order is joined; an incomplete one is not', () => {
		const parts = [mk(3, 'c'), mk(1, 'a'), mk(2, 'b')];
		const [joined] = joinParts(parts);
		expect(joined).toMatchObject({ text: 'abc', messageId: 'p1', segments: 3 });
		expect(joinParts(parts.slice(0, 2))).toHaveLength(2);
	});
});
