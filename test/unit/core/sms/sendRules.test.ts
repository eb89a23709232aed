import {
	backoffDelay,
	checkFatigue,
	checkSendWindow,
	createRateLimiter,
	findBlockedWords,
} from '../../../../nodes/core/sms';

const at = (iso: string): Date => new Date(iso);

describe('checkSendWindow', () => {
	const tashkent = { start: '09:00', end: '21:00', timeZone: 'Asia/Tashkent' }; // UTC+5, no DST

	it('Asia/Tashkent daytime window', () => {
		// 2024-03-15 is a Friday. 03:00Z = 08:00 local.
		expect(checkSendWindow(at('2024-03-15T03:00:00Z'), tashkent)).toEqual({
			allowed: false,
			nextAllowedAt: '2024-03-15T04:00:00.000Z',
			reason: 'outside_hours',
		});
		expect(checkSendWindow(at('2024-03-15T04:00:00Z'), tashkent)).toEqual({ allowed: true });
		expect(checkSendWindow(at('2024-03-15T15:59:59Z'), tashkent)).toEqual({ allowed: true });
		expect(checkSendWindow(Date.parse('2024-03-15T16:00:00Z'), tashkent)).toEqual({
			allowed: false,
			nextAllowedAt: '2024-03-16T04:00:00.000Z',
			reason: 'outside_hours',
		});
	});

	it('days of week (ISO 1 = Monday)', () => {
		const weekdays = { ...tashkent, days: [1, 2, 3, 4, 5] };
		// Saturday 11:00 local → Monday 09:00 local.
		expect(checkSendWindow(at('2024-03-16T06:00:00Z'), weekdays)).toEqual({
			allowed: false,
			nextAllowedAt: '2024-03-18T04:00:00.000Z',
			reason: 'day_not_allowed',
		});
		// Friday 22:00 local → Monday.
		expect(checkSendWindow(at('2024-03-15T17:00:00Z'), weekdays)).toEqual({
			allowed: false,
			nextAllowedAt: '2024-03-18T04:00:00.000Z',
			reason: 'outside_hours',
		});
		// Sunday only.
		expect(checkSendWindow(at('2024-03-17T06:00:00Z'), { ...tashkent, days: [7] })).toEqual({
			allowed: true,
		});
	});

	it('a window crossing midnight (Europe/Moscow, UTC+3)', () => {
		const night = { start: '22:00', end: '08:00', timeZone: 'Europe/Moscow' };
		// 2024-06-10 is a Monday.
		expect(checkSendWindow(at('2024-06-10T20:00:00Z'), night)).toEqual({ allowed: true }); // Mon 23:00
		expect(checkSendWindow(at('2024-06-11T04:59:00Z'), night)).toEqual({ allowed: true }); // Tue 07:59
		expect(checkSendWindow(at('2024-06-11T05:00:00Z'), night)).toEqual({
			allowed: false,
			nextAllowedAt: '2024-06-11T19:00:00.000Z',
			reason: 'outside_hours',
		});
		expect(checkSendWindow(at('2024-06-11T18:59:00Z'), night)).toMatchObject({
			nextAllowedAt: '2024-06-11T19:00:00.000Z',
		});
	});

	it('a night window belongs to the day it starts on', () => {
		const mondayNight = { start: '22:00', end: '08:00', timeZone: 'Europe/Moscow', days: [1] };
		expect(checkSendWindow(at('2024-06-11T04:30:00Z'), mondayNight)).toEqual({ allowed: true }); // Tue 07:30
		expect(checkSendWindow(at('2024-06-11T20:00:00Z'), mondayNight)).toEqual({
			allowed: false,
			nextAllowedAt: '2024-06-17T19:00:00.000Z',
			reason: 'day_not_allowed',
		});
		// Monday 03:00 is Sunday's night.
		expect(checkSendWindow(at('2024-06-10T00:00:00Z'), mondayNight)).toEqual({
			allowed: false,
			nextAllowedAt: '2024-06-10T19:00:00.000Z',
			reason: 'day_not_allowed',
		});
	});

	it('Asia/Shanghai (UTC+8)', () => {
		const w = { start: '09:00', end: '20:00', timeZone: 'Asia/Shanghai' };
		expect(checkSendWindow(at('2024-01-01T13:00:00Z'), w)).toMatchObject({
			nextAllowedAt: '2024-01-02T01:00:00.000Z',
		});
		expect(checkSendWindow(at('2024-01-01T00:59:00Z'), w)).toMatchObject({
			nextAllowedAt: '2024-01-01T01:00:00.000Z',
		});
		expect(checkSendWindow(at('2024-01-01T01:00:00Z'), w)).toEqual({ allowed: true });
	});

	it('America/New_York spring-forward day (2024-03-10, 02:00 EST → 03:00 EDT at 07:00Z)', () => {
		const day = { start: '09:00', end: '17:00', timeZone: 'America/New_York' };
		// Saturday 18:00 EST → Sunday 09:00 EDT = 13:00Z (not 14:00Z).
		expect(checkSendWindow(at('2024-03-09T23:00:00Z'), day)).toMatchObject({
			nextAllowedAt: '2024-03-10T13:00:00.000Z',
		});
		expect(checkSendWindow(at('2024-03-10T05:00:00Z'), day)).toMatchObject({
			nextAllowedAt: '2024-03-10T13:00:00.000Z',
		});
		expect(checkSendWindow(at('2024-03-10T13:00:00Z'), day)).toEqual({ allowed: true });
		expect(checkSendWindow(at('2024-03-10T12:59:00Z'), day)).toMatchObject({ allowed: false });
		// A start inside the skipped hour opens when the clock jumps (03:00 EDT = 07:00Z).
		const gap = { start: '02:30', end: '05:00', timeZone: 'America/New_York' };
		expect(checkSendWindow(at('2024-03-10T05:00:00Z'), gap)).toMatchObject({
			nextAllowedAt: '2024-03-10T07:00:00.000Z',
		});
		expect(checkSendWindow(at('2024-03-10T07:00:00Z'), gap)).toEqual({ allowed: true });
		// A window lying entirely in the skipped hour does not open that day: next is Monday 02:00 EDT = 06:00Z.
		const inGap = { start: '02:00', end: '02:30', timeZone: 'America/New_York' };
		expect(checkSendWindow(at('2024-03-10T05:00:00Z'), inGap)).toMatchObject({
			nextAllowedAt: '2024-03-11T06:00:00.000Z',
		});
		// The next day it is a normal 02:30 EDT = 06:30Z.
		expect(checkSendWindow(at('2024-03-10T09:00:00Z'), gap)).toMatchObject({
			nextAllowedAt: '2024-03-11T06:30:00.000Z',
		});
	});

	it('America/New_York fall-back day (2024-11-03, 02:00 EDT → 01:00 EST at 06:00Z)', () => {
		const day = { start: '09:00', end: '17:00', timeZone: 'America/New_York' };
		expect(checkSendWindow(at('2024-11-03T04:00:00Z'), day)).toMatchObject({
			nextAllowedAt: '2024-11-03T14:00:00.000Z',
		});
		// 01:30 happens twice: the window opens at the first one (EDT, 05:30Z)…
		const early = { start: '01:30', end: '03:00', timeZone: 'America/New_York' };
		expect(checkSendWindow(at('2024-11-03T04:00:00Z'), early)).toMatchObject({
			nextAllowedAt: '2024-11-03T05:30:00.000Z',
		});
		// …and at 01:10 EST (06:10Z, after the clock went back) it reopens at 01:30 EST (06:30Z).
		expect(checkSendWindow(at('2024-11-03T06:10:00Z'), early)).toMatchObject({
			nextAllowedAt: '2024-11-03T06:30:00.000Z',
		});
		// The clock going back into the window without passing its start: 00:30–01:30, at 01:45 EDT (05:45Z)
		// the clock goes back to 01:00 EST at 06:00Z, which is inside the window.
		const shortNight = { start: '00:30', end: '01:30', timeZone: 'America/New_York' };
		expect(checkSendWindow(at('2024-11-03T05:45:00Z'), shortNight)).toMatchObject({
			nextAllowedAt: '2024-11-03T06:00:00.000Z',
		});
	});

	it('a skipped calendar day (Samoa, Friday 2011-12-30) is skipped', () => {
		// Wednesday 10:00 local (UTC-10) → the next Friday that exists is 2012-01-06, 09:00 at UTC+14.
		const fridays = { start: '09:00', end: '17:00', timeZone: 'Pacific/Apia', days: [5] };
		expect(checkSendWindow(at('2011-12-28T20:00:00Z'), fridays)).toEqual({
			allowed: false,
			nextAllowedAt: '2012-01-05T19:00:00.000Z',
			reason: 'day_not_allowed',
		});
	});

	it('start == end allows whole days; 24:00 is the end of the day', () => {
		expect(
			checkSendWindow(at('2024-03-15T23:30:00Z'), {
				start: '00:00',
				end: '00:00',
				timeZone: 'UTC',
			}),
		).toEqual({
			allowed: true,
		});
		expect(
			checkSendWindow(at('2024-03-16T12:00:00Z'), {
				start: '00:00',
				end: '00:00',
				timeZone: 'UTC',
				days: [5],
			}),
		).toEqual({
			allowed: false,
			nextAllowedAt: '2024-03-22T00:00:00.000Z',
			reason: 'day_not_allowed',
		});
		expect(
			checkSendWindow(at('2024-03-15T23:59:00Z'), {
				start: '18:00',
				end: '24:00',
				timeZone: 'UTC',
			}),
		).toEqual({
			allowed: true,
		});
	});

	it('rejects invalid configuration', () => {
		const now = at('2024-03-15T12:00:00Z');
		expect(() => checkSendWindow(now, { start: '25:00', end: '10:00', timeZone: 'UTC' })).toThrow(
			RangeError,
		);
		expect(() => checkSendWindow(now, { start: '9', end: '10:00', timeZone: 'UTC' })).toThrow(
			/HH:mm/,
		);
		expect(() => checkSendWindow(now, { start: '24:00', end: '10:00', timeZone: 'UTC' })).toThrow(
			RangeError,
		);
		expect(() =>
			checkSendWindow(now, { start: '09:00', end: '10:00', timeZone: 'Mars/Olympus' }),
		).toThrow(/time zone/);
		expect(() => checkSendWindow(now, { start: '09:00', end: '10:00', timeZone: '' })).toThrow(
			/time zone/,
		);
		expect(() =>
			checkSendWindow(now, { start: '09:00', end: '10:00', timeZone: 'UTC', days: [] }),
		).toThrow(/weekdays/);
		expect(() =>
			checkSendWindow(now, { start: '09:00', end: '10:00', timeZone: 'UTC', days: [0] }),
		).toThrow(RangeError);
		expect(() =>
			checkSendWindow(new Date('x'), { start: '09:00', end: '10:00', timeZone: 'UTC' }),
		).toThrow(/now/);
	});
});

describe('checkFatigue', () => {
	const now = at('2024-01-20T00:00:00Z');

	it('allows recipients never surveyed', () => {
		expect(checkFatigue(null, now, 30)).toEqual({ allowed: true });
		expect(checkFatigue(undefined, now, 30)).toEqual({ allowed: true });
		expect(checkFatigue('  ', now, 30)).toEqual({ allowed: true });
	});

	it('blocks until last + days × 24 h', () => {
		expect(checkFatigue('2024-01-01T00:00:00Z', now, 30)).toEqual({
			allowed: false,
			reason: 'surveyed_recently',
			lastSurveyedAt: '2024-01-01T00:00:00.000Z',
			nextAllowedAt: '2024-01-31T00:00:00.000Z',
		});
		expect(checkFatigue('2024-01-01T00:00:00Z', at('2024-01-31T00:00:00Z'), 30)).toEqual({
			allowed: true,
		});
		expect(
			checkFatigue('2024-01-01T00:00:00Z', Date.parse('2024-01-30T23:59:59.999Z'), 30),
		).toMatchObject({ allowed: false });
		expect(checkFatigue('2024-01-01T05:00:00+05:00', now, 19)).toEqual({ allowed: true });
		expect(checkFatigue('2024-01-01T05:00:00+05:00', now, 20)).toMatchObject({
			nextAllowedAt: '2024-01-21T00:00:00.000Z',
		});
	});

	it('reads Dates, epoch milliseconds and epoch seconds', () => {
		const expected = {
			allowed: false,
			lastSurveyedAt: '2024-01-01T00:00:00.000Z',
			nextAllowedAt: '2024-01-31T00:00:00.000Z',
		};
		expect(checkFatigue(at('2024-01-01T00:00:00Z'), now, 30)).toMatchObject(expected);
		expect(checkFatigue(1704067200000, now, 30)).toMatchObject(expected);
		expect(checkFatigue(1704067200, now, 30)).toMatchObject(expected);
		expect(checkFatigue('1704067200', now, 30)).toMatchObject(expected);
		expect(checkFatigue('1704067200000', now, 30)).toMatchObject(expected);
	});

	it('a future last-survey time blocks; days ≤ 0 disables the rule', () => {
		expect(checkFatigue('2024-02-01T00:00:00Z', now, 1)).toMatchObject({
			allowed: false,
			nextAllowedAt: '2024-02-02T00:00:00.000Z',
		});
		expect(checkFatigue('2024-01-19T00:00:00Z', now, 0)).toEqual({ allowed: true });
	});

	it('throws a clear error for an unreadable date', () => {
		expect(() => checkFatigue('yesterday-ish', now, 30)).toThrow(
			/Invalid last survey date 'yesterday-ish'/,
		);
		expect(() => checkFatigue(NaN, now, 30)).toThrow(/Invalid last survey date/);
		expect(() => checkFatigue(new Date('nope'), now, 30)).toThrow(/Invalid last survey date/);
	});
});

describe('findBlockedWords', () => {
	it('matches whole words case-insensitively in Latin and Cyrillic', () => {
		expect(findBlockedWords('You are an IDIOT!', ['idiot', 'dumb'])).toEqual(['idiot']);
		expect(findBlockedWords('First class service', ['ass'])).toEqual([]);
		expect(findBlockedWords('Ты ДУРАК.', ['дурак'])).toEqual(['дурак']);
		expect(findBlockedWords('дураковатый ответ', ['дурак'])).toEqual([]);
		expect(findBlockedWords('Ötzi ÖTZI', ['ötzi'])).toEqual(['ötzi']);
		expect(findBlockedWords('a total scam company', ['SCAM company', 'scam'])).toEqual([
			'SCAM company',
			'scam',
		]);
		expect(findBlockedWords('scam2024 is not scam', ['scam'])).toEqual(['scam']);
		expect(findBlockedWords('scam2024', ['scam'])).toEqual([]);
	});

	it('matches CJK and Thai words as substrings', () => {
		expect(findBlockedWords('你们是骗子公司', ['骗子', '垃圾'])).toEqual(['骗子']);
		expect(findBlockedWords('このサービスは最悪です', ['最悪'])).toEqual(['最悪']);
		expect(findBlockedWords('บริการแย่มาก', ['แย่'])).toEqual(['แย่']);
	});

	it('normalises full-width forms, ignores empty and duplicate words, never throws', () => {
		expect(findBlockedWords('ＳＰＡＭ here', ['spam'])).toEqual(['spam']);
		expect(findBlockedWords('spam spam', ['spam', 'spam', '', '  '])).toEqual(['spam']);
		expect(findBlockedWords(undefined as unknown as string, ['x'])).toEqual([]);
		expect(findBlockedWords('x', undefined as unknown as string[])).toEqual([]);
		expect(findBlockedWords('x', [3 as unknown as string, 'x'])).toEqual(['x']);
	});
});

describe('backoffDelay', () => {
	const fixed = (r: number) => () => r;

	it('grows exponentially without jitter and caps at maxMs', () => {
		expect(backoffDelay(1, { jitter: 0 })).toBe(1000);
		expect(backoffDelay(2, { jitter: 0 })).toBe(2000);
		expect(backoffDelay(3, { jitter: 0 })).toBe(4000);
		expect(backoffDelay(7, { jitter: 0 })).toBe(60_000);
		expect(backoffDelay(1000, { jitter: 0, baseMs: 500, maxMs: 10_000 })).toBe(10_000);
	});

	it('applies full and partial jitter', () => {
		expect(backoffDelay(3, { jitter: 1, random: fixed(0) })).toBe(0);
		expect(backoffDelay(3, { jitter: 1, random: fixed(0.25) })).toBe(1000);
		expect(backoffDelay(3, { random: fixed(0) })).toBe(2000); // default jitter 0.5
		expect(backoffDelay(3, { random: fixed(0.5) })).toBe(3000);
		expect(backoffDelay(3, { jitter: 0.2, random: fixed(0) })).toBe(3200);
	});

	it('honours Retry-After up to maxMs', () => {
		expect(backoffDelay(1, { retryAfterSeconds: 30, random: fixed(0) })).toBe(30_000);
		expect(backoffDelay(1, { retryAfterSeconds: 600, random: fixed(0) })).toBe(60_000);
		expect(backoffDelay(1, { retryAfterSeconds: 600, maxMs: 120_000, random: fixed(0) })).toBe(
			120_000,
		);
		expect(backoffDelay(6, { retryAfterSeconds: 1, jitter: 0 })).toBe(32_000);
	});

	it('stays within [0, maxMs] and tolerates bad input', () => {
		for (let attempt = -2; attempt < 80; attempt++) {
			for (const r of [0, 0.3, 0.999999]) {
				const d = backoffDelay(attempt, { baseMs: 250, maxMs: 30_000, random: fixed(r) });
				expect(d).toBeGreaterThanOrEqual(0);
				expect(d).toBeLessThanOrEqual(30_000);
				expect(Number.isInteger(d)).toBe(true);
			}
		}
		expect(backoffDelay(NaN, { jitter: 0 })).toBe(1000);
		expect(backoffDelay(2, { jitter: 5, random: fixed(0) })).toBe(0);
		expect(backoffDelay(2, { baseMs: -1, jitter: 0 })).toBe(2000);
		expect(
			backoffDelay(2, {
				jitter: 1,
				random: () => {
					throw new Error('boom');
				},
			}),
		).toBe(0);
		expect(backoffDelay(2, { jitter: 1, random: fixed(NaN) })).toBe(0);
	});
});

describe('createRateLimiter', () => {
	it('spaces sends 1000/perSecond ms apart with a fake clock', () => {
		let t = 0;
		const limiter = createRateLimiter({ perSecond: 10, now: () => t });
		expect([limiter.reserve(), limiter.reserve(), limiter.reserve(), limiter.reserve()]).toEqual([
			0, 100, 200, 300,
		]);
		t = 50; // the next slot is at 400
		expect(limiter.reserve()).toBe(350);
		t = 2000; // idle: no debt is kept
		expect(limiter.reserve()).toBe(0);
		expect(limiter.reserve()).toBe(100);
	});

	it('follows the real schedule when the caller sleeps as told', () => {
		let t = 1_000_000;
		const limiter = createRateLimiter({ perSecond: 4, now: () => t });
		const sendTimes: number[] = [];
		for (let i = 0; i < 6; i++) {
			t += limiter.reserve();
			sendTimes.push(t - 1_000_000);
			t += 7; // the send itself takes 7 ms
		}
		expect(sendTimes).toEqual([0, 250, 500, 750, 1000, 1250]);
	});

	it('allows an initial burst', () => {
		const limiter = createRateLimiter({ perSecond: 10, burst: 3, now: () => 0 });
		expect([0, 1, 2, 3, 4].map(() => limiter.reserve())).toEqual([0, 0, 0, 100, 200]);
	});

	it('handles fractional rates and rounds waits up to whole ms', () => {
		const slow = createRateLimiter({ perSecond: 0.5, now: () => 0 });
		expect([slow.reserve(), slow.reserve()]).toEqual([0, 2000]);
		const three = createRateLimiter({ perSecond: 3, now: () => 0 });
		expect([three.reserve(), three.reserve(), three.reserve(), three.reserve()]).toEqual([
			0, 334, 667, 1000,
		]);
	});

	it('is monotonic when the clock goes backwards', () => {
		let t = 1000;
		const limiter = createRateLimiter({ perSecond: 10, now: () => t });
		expect(limiter.reserve()).toBe(0);
		t = 0;
		expect(limiter.reserve()).toBe(100);
		t = NaN;
		expect(limiter.reserve()).toBe(200);
	});

	it('rejects invalid rates', () => {
		expect(() => createRateLimiter({ perSecond: 0 })).toThrow(RangeError);
		expect(() => createRateLimiter({ perSecond: -1 })).toThrow(RangeError);
		expect(() => createRateLimiter({ perSecond: Infinity })).toThrow(RangeError);
		expect(() => createRateLimiter({ perSecond: 5, burst: 0 })).toThrow(/burst/);
	});

	it('uses the real clock by default', () => {
		const limiter = createRateLimiter({ perSecond: 1 });
		expect(limiter.reserve()).toBe(0);
		const second = limiter.reserve();
		expect(second).toBeGreaterThan(900);
		expect(second).toBeLessThanOrEqual(1000);
	});
});
