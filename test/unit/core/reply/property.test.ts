import fc from 'fast-check';

import { detectLanguage, parseReply, type ParseResult } from '../../../../nodes/core/reply';

const SCALES: Array<[number, number]> = [
	[1, 5],
	[0, 10],
	[1, 10],
	[1, 7],
	[-2, 2],
	[0, 100],
];
const SEPARATORS =
	/^[\s\u200b-\u200f\u202a-\u202e\u2066-\u2069\u061c\ufeff,;:\-–—()/|，、：；（）／｜،؛‒―‐−]/u;

function checkInvariants(text: string, r: ParseResult, min: number, max: number): void {
	expect(r.valid).toBe(r.score !== null);
	expect(r.scale).toEqual({ min, max });
	if (r.score !== null) {
		expect(Number.isInteger(r.score)).toBe(true);
		expect(r.score).toBeGreaterThanOrEqual(min);
		expect(r.score).toBeLessThanOrEqual(max);
		expect(r.reason).toBe('ok');
		expect(r.optOut).toBe(false);
		// the comment never starts or ends with a separator
		if (r.comment.length > 0) {
			expect(SEPARATORS.test(r.comment)).toBe(false);
			expect(SEPARATORS.test([...r.comment].reverse().join(''))).toBe(false);
		}
	} else {
		expect(r.comment).toBe(text.trim());
		expect(r.reason).not.toBe('ok');
	}
	if (r.optOut) {
		expect(r.score).toBeNull();
		expect(r.reason).toBe('opt_out');
	}
	expect(typeof r.language).toBe('string');
	expect(typeof r.ratingText).toBe('string');
}

const rating = fc.oneof(
	fc.integer({ min: 1, max: 5 }).map((n) => ({ n, text: String(n) })),
	fc.integer({ min: 1, max: 5 }).map((n) => ({ n, text: `${n}/5` })),
	fc.integer({ min: 1, max: 5 }).map((n) => ({ n, text: `Оценка ${n}` })),
	fc.integer({ min: 1, max: 5 }).map((n) => ({ n, text: `${n}分` })),
	fc.integer({ min: 1, max: 5 }).map((n) => ({ n, text: '⭐'.repeat(n) })),
	fc.integer({ min: 1, max: 5 }).map((n) => ({ n, text: `${n} stars` })),
	fc.constantFrom(
		{ n: 5, text: 'пятёрка' },
		{ n: 4, text: 'четыре' },
		{ n: 3, text: 'three' },
		{ n: 5, text: '五分' },
		{ n: 4, text: '④' },
		{ n: 2, text: '2️⃣' },
		{ n: 5, text: 'beş' },
		{ n: 4, text: 'Nota 4' },
	),
);
/** comment text without digits, number words, opt-out words or rating framing: letters and punctuation */
const commentWord = fc.constantFrom(
	'Спасибо',
	'всё',
	'хорошо',
	'курьер',
	'вежливый',
	'great',
	'service',
	'thanks',
	'客服',
	'很好',
	'muy',
	'bien',
	'sehr',
	'gut',
	'çok',
	'iyi',
	'شكرا',
	'bagus',
	'tốt',
	'accha',
	'<br>',
	'👍',
	'😊',
);
const commentText = fc
	.array(fc.tuple(commentWord, fc.constantFrom(' ', ', ', '! ', '. ', '\u00a0')), {
		minLength: 1,
		maxLength: 6,
	})
	.map((parts) => parts.map(([w, sep], i) => (i === parts.length - 1 ? w : w + sep)).join(''));

describe('parseReply properties', () => {
	it('never throws and keeps its invariants on arbitrary strings', () => {
		fc.assert(
			fc.property(fc.string({ maxLength: 200 }), fc.constantFrom(...SCALES), (s, [min, max]) => {
				checkInvariants(s, parseReply(s, { min, max }), min, max);
			}),
			{ numRuns: 500 },
		);
	});

	it('never throws on full Unicode, lone surrogates and control characters', () => {
		const unit = fc.oneof(
			fc.string({ unit: 'binary', maxLength: 100 }),
			fc.string({ unit: 'grapheme', maxLength: 60 }),
			fc
				.array(fc.integer({ min: 0, max: 0xffff }), { maxLength: 80 })
				.map((a) => String.fromCharCode(...a)),
		);
		fc.assert(
			fc.property(unit, fc.constantFrom(...SCALES), (s, [min, max]) => {
				checkInvariants(s, parseReply(s, { min, max }), min, max);
				expect(typeof detectLanguage(s)).toBe('string');
			}),
			{ numRuns: 500 },
		);
	});

	it('is deterministic', () => {
		fc.assert(
			fc.property(fc.string({ maxLength: 120 }), (s) => {
				expect(parseReply(s)).toEqual(parseReply(s));
				expect(parseReply(s, { min: 0, max: 10 })).toEqual(parseReply(s, { min: 0, max: 10 }));
			}),
			{ numRuns: 300 },
		);
	});

	it('finds a rating at the start of a reply and returns the rest as a substring comment', () => {
		fc.assert(
			fc.property(
				rating,
				fc.constantFrom(' ', ', ', '. ', ' - ', '\n', ' — '),
				commentText,
				(r, sep, comment) => {
					// a number word opening a reply must end its clause ("пять, спасибо"), by design
					fc.pre(!(sep === ' ' && /^\p{L}/u.test(r.text) && !/^Nota|^Оценка|stars$/u.test(r.text)));
					const text = `${r.text}${sep}${comment}`;
					const res = parseReply(text);
					expect(res.score).toBe(r.n);
					expect(text).toContain(res.comment);
					expect(res.comment).toBe(comment.trim().replace(/[\s,]+$/u, ''));
				},
			),
			{ numRuns: 300 },
		);
	});

	it('finds a rating at the end of a reply and returns the rest as a substring comment', () => {
		fc.assert(
			fc.property(
				commentText,
				fc.constantFrom(' ', ', ', '! ', '\n', ' - '),
				rating,
				(comment, sep, r) => {
					const text = `${comment}${sep}${r.text}`;
					const res = parseReply(text);
					expect(res.score).toBe(r.n);
					expect(text).toContain(res.comment);
					const expected = `${comment}${sep}`.replace(/[\s,\-\u00a0]+$/u, '');
					expect(res.comment).toBe(expected);
				},
			),
			{ numRuns: 300 },
		);
	});

	it('refuses two different ratings joined by "or"', () => {
		fc.assert(
			fc.property(
				fc.integer({ min: 1, max: 5 }),
				fc.integer({ min: 1, max: 5 }),
				fc.constantFrom(' или ', ' or ', ' ou ', '或', ' yoki ', ' oder '),
				(a, b, or) => {
					fc.pre(a !== b);
					const r = parseReply(`${a}${or}${b}`);
					expect(r.reason).toBe('ambiguous');
					expect(r.candidates).toEqual([a, b]);
				},
			),
		);
	});

	it('refuses every integer outside the scale', () => {
		fc.assert(
			fc.property(
				fc.constantFrom(...SCALES),
				fc.integer({ min: -50, max: 150 }),
				([min, max], n) => {
					const r = parseReply(String(n), { min, max });
					if (n >= min && n <= max) expect(r.score).toBe(n);
					else {
						expect(r.score).toBeNull();
						expect(r.reason).toBe('out_of_range');
					}
				},
			),
		);
	});
});

describe('adversarial inputs return the right kind of result', () => {
	it.each([
		['10 KB of digits', '4'.repeat(10_000), 'no_rating', null],
		['10 KB of 4-4-4-…', '4-'.repeat(5_000), 'ok', 4],
		['10 KB of 5 5 5 …', '5 '.repeat(5_000), 'ok', 5],
		['10 KB of stars', '⭐'.repeat(5_000), 'out_of_range', null],
		['10 KB of spaces', ' '.repeat(10_000), 'empty', null],
		['10 KB of NBSP and bidi marks', '\u00a0\u200f'.repeat(5_000), 'empty', null],
		['nested separators', '(('.repeat(2_500) + '))'.repeat(2_500), 'no_rating', null],
		['separator soup', ' , ; : - – — / | ，、：；'.repeat(400), 'no_rating', null],
		['lone surrogates', '\ud800'.repeat(10_000), 'no_rating', null],
		['control characters', '\u0000\u0001\u0002\u001f\u007f'.repeat(2_000), 'no_rating', null],
		['letters', 'x'.repeat(10_000), 'no_rating', null],
		['decimals', '4.5.'.repeat(2_500), 'no_rating', null],
		['a long comment then a rating', `${'Очень долго ждали мастера. '.repeat(400)}4`, 'ok', 4],
		['a rating then a long comment', `5. ${'great service '.repeat(800)}`, 'ok', 5],
	])('%s', (_name, text, reason, score) => {
		const r = parseReply(text);
		expect(r.reason).toBe(reason);
		expect(r.score).toBe(score);
		expect(r.valid).toBe(score !== null);
	});

	it('keeps the comment of a long reply verbatim', () => {
		const body = 'Очень долго ждали мастера. '.repeat(400).trim();
		expect(parseReply(`${body} 4`).comment).toBe(body);
		expect(parseReply(`Оценка 2\n${body}`).comment).toBe(body);
	});
});
