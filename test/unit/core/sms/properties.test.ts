import fc from 'fast-check';
import {
	SUPPORTED_SURVEY_LANGUAGES,
	checkSendWindow,
	countSegments,
	findBlockedWords,
	isGsm7,
	normalizePhone,
	renderTemplate,
} from '../../../../nodes/core/sms';

const anyText = fc.oneof(
	fc.string({ maxLength: 400 }),
	fc.string({ unit: 'binary', maxLength: 300 }),
	fc.string({ unit: 'grapheme', maxLength: 200 }),
	fc
		.array(fc.constantFrom('a', '€', '^', '{', 'Я', '你', '😀', '\n', ' ', '@'), { maxLength: 400 })
		.map((a) => a.join('')),
);

const phoneLike = fc.oneof(
	fc.string({ maxLength: 40 }),
	fc.string({ unit: 'binary', maxLength: 40 }),
	fc
		.array(
			fc.constantFrom('+', '0', '1', '7', '8', '9', '4', ' ', '-', '(', ')', '٣', '９', '.', 'x'),
			{ maxLength: 25 },
		)
		.map((a) => a.join('')),
	fc.stringMatching(/^\+?[0-9]{1,18}$/),
);

const E164 = /^\+[1-9]\d{6,14}$/;

describe('properties', () => {
	it('countSegments never throws and its numbers are consistent', () => {
		fc.assert(
			fc.property(anyText, (text) => {
				const r = countSegments(text);
				expect(r.encoding).toBe(isGsm7(text) ? 'GSM-7' : 'UCS-2');
				const single = r.encoding === 'GSM-7' ? 160 : 70;
				const multi = r.encoding === 'GSM-7' ? 153 : 67;
				expect(r.characters).toBe(Array.from(text).length);
				if (r.encoding === 'UCS-2') expect(r.units).toBe(text.length);
				else expect(r.units).toBeGreaterThanOrEqual(text.length);
				if (r.units === 0) expect(r.segments).toBe(0);
				else if (r.units <= single)
					expect(r).toMatchObject({ segments: 1, perSegment: single, remaining: single - r.units });
				else {
					expect(r.perSegment).toBe(multi);
					// Every segment but the last holds perSegment or perSegment − 1 units (a 2-unit character moved on).
					const beforeLast = r.units - (multi - r.remaining);
					expect(beforeLast).toBeGreaterThanOrEqual((r.segments - 1) * (multi - 1));
					expect(beforeLast).toBeLessThanOrEqual((r.segments - 1) * multi);
					expect(r.segments).toBeGreaterThanOrEqual(Math.ceil(r.units / multi));
				}
				expect(r.remaining).toBeGreaterThanOrEqual(0);
				expect(r.remaining).toBeLessThan(r.perSegment + (r.units === 0 ? 1 : 0));
			}),
			{ numRuns: 400 },
		);
	});

	it('appending a character never lowers the segment count', () => {
		fc.assert(
			fc.property(anyText, fc.constantFrom('a', '€', 'Я', '😀'), (text, ch) => {
				const before = countSegments(text);
				const after = countSegments(text + ch);
				if (before.encoding === after.encoding)
					expect(after.segments).toBeGreaterThanOrEqual(before.segments);
			}),
			{ numRuns: 300 },
		);
	});

	it('normalizePhone never throws; ok results are E.164 and idempotent', () => {
		const countries = fc.constantFrom(
			undefined,
			'RU',
			'UZ',
			'CN',
			'US',
			'GB',
			'DE',
			'BR',
			'KR',
			'AU',
			'JP',
			'BY',
			'xx',
		);
		fc.assert(
			fc.property(phoneLike, countries, (input, defaultCountry) => {
				const r = normalizePhone(input, defaultCountry ? { defaultCountry } : undefined);
				if (r.ok) {
					expect(r.e164).toMatch(E164);
					expect(r.e164).toBe(`+${r.callingCode}${r.nationalNumber}`);
					const again = normalizePhone(r.e164);
					expect(again.ok && again.e164).toBe(r.e164);
				} else {
					expect(typeof r.reason).toBe('string');
					expect(r.message.length).toBeGreaterThan(0);
				}
			}),
			{ numRuns: 1500 },
		);
	});

	it('text readers never throw on arbitrary input', () => {
		fc.assert(
			fc.property(anyText, fc.array(anyText, { maxLength: 5 }), (text, words) => {
				expect(Array.isArray(findBlockedWords(text, words))).toBe(true);
				expect(typeof renderTemplate(text, { a: text, b: { c: 1 } })).toBe('string');
			}),
			{ numRuns: 300 },
		);
	});

	it('checkSendWindow: allowed now, or nextAllowedAt is later and allowed', () => {
		const zones = fc.constantFrom(
			'Asia/Tashkent',
			'Asia/Shanghai',
			'Europe/Moscow',
			'America/New_York',
			'Europe/London',
			'Australia/Sydney',
		);
		const hhmm = fc
			.tuple(fc.integer({ min: 0, max: 23 }), fc.constantFrom(0, 15, 30, 45))
			.map(([h, m]) => `${String(h).padStart(2, '0')}:${String(m).padStart(2, '0')}`);
		const days = fc.uniqueArray(fc.integer({ min: 1, max: 7 }), { minLength: 1, maxLength: 7 });
		const instant = fc.integer({ min: Date.UTC(2024, 0, 1), max: Date.UTC(2026, 0, 1) });
		fc.assert(
			fc.property(instant, hhmm, hhmm, zones, days, (now, start, end, timeZone, d) => {
				const window = { start, end, timeZone, days: d };
				const r = checkSendWindow(now, window);
				if (!r.allowed) {
					const next = Date.parse(r.nextAllowedAt);
					expect(next).toBeGreaterThan(now);
					expect(next - now).toBeLessThanOrEqual(8 * 86_400_000);
					expect(checkSendWindow(next, window)).toEqual({ allowed: true });
					// One minute earlier it was not allowed yet (nextAllowedAt is the earliest opening, at minute precision).
					if (next - 60_000 > now)
						expect(checkSendWindow(next - 60_000, window).allowed).toBe(false);
				}
			}),
			{ numRuns: 300 },
		);
	});

	it('every supported language is a string tag', () => {
		for (const l of SUPPORTED_SURVEY_LANGUAGES) expect(l).toMatch(/^[a-z]{2}(-[A-Z][a-z]{3})?$/);
	});
});
