import fc from 'fast-check';
import {
	C_LETTER,
	C_NUMBER,
	C_OTHER,
	classAt,
	lowerCase,
	pairAt,
	runEnd,
} from '../../../../nodes/core/analysis/chars';

const LETTER = /^[\p{L}\p{M}]$/u;
const NUMBER = /^\p{N}$/u;

/** The class of each code point as the Unicode regexes say, stepping by code points like a `u` regex. */
function expectedClasses(text: string): { at: number; cls: number }[] {
	const out: { at: number; cls: number }[] = [];
	let at = 0;
	for (const ch of text) {
		out.push({ at, cls: LETTER.test(ch) ? C_LETTER : NUMBER.test(ch) ? C_NUMBER : C_OTHER });
		at += ch.length;
	}
	return out;
}

const texts = fc.oneof(
	fc.string(),
	fc.string({ unit: 'grapheme' }),
	fc.string({ unit: 'binary' }),
	fc.string({
		unit: fc.constantFrom('a', 'я', '好', '٣', '²', '\u0301', '\uD800', '\uDC00', '𝐀', '😀', ' '),
	}),
);

describe('character classes', () => {
	it('agree with \\p{L}\\p{M} and \\p{N} on every code point, lone surrogates included', () => {
		fc.assert(
			fc.property(texts, (text) => {
				for (const { at, cls } of expectedClasses(text)) {
					expect(classAt(text, at)).toBe(cls);
					expect(pairAt(text, at)).toBe(text.codePointAt(at)! > 0xffff);
				}
			}),
			{ numRuns: 500 },
		);
	});

	it('runEnd stops where a regex run of the class stops', () => {
		fc.assert(
			fc.property(texts, fc.nat(), (text, k) => {
				const starts = expectedClasses(text);
				if (starts.length === 0) return;
				const { at } = starts[k % starts.length];
				const re = /[\p{L}\p{M}]+/uy;
				re.lastIndex = at;
				const m = re.exec(text);
				expect(runEnd(text, at, C_LETTER)).toBe(m === null ? at : at + m[0].length);
			}),
			{ numRuns: 500 },
		);
	});

	it('lowerCase is toLowerCase, also when texts alternate', () => {
		fc.assert(
			fc.property(fc.array(texts, { maxLength: 6 }), (list) => {
				for (const t of [...list, ...list]) expect(lowerCase(t)).toBe(t.toLowerCase());
			}),
		);
	});
});
