// A word's entry (its table bits, number meaning, language vote) comes from one table built at load time; this
// checks it against asking every table directly, for every word the tables hold and for words they do not.
import fc from 'fast-check';

import { K_HAN, K_WORD, tokenize, type Tok } from '../../../../nodes/core/reply/tokenize';
import {
	HAN_TABLES,
	W_UNIT,
	WORD_TABLES,
	isUnitWord,
	type WordEntry,
} from '../../../../nodes/core/reply/words';
import { NUMBER_WORDS, OWN_WORDS, UNIT_STEMS } from '../../../../nodes/core/reply/lexicon';

/** The entry of `text` when it is one word or Han token, else undefined. */
function entryOf(text: string): WordEntry | undefined {
	const toks: Tok[] = [];
	tokenize(text, 0, text.length, toks);
	if (toks.length !== 1 || (toks[0].k !== K_WORD && toks[0].k !== K_HAN)) return undefined;
	return toks[0].x;
}

function expectedBits(w: string): { f: number; h: number } {
	let f = isUnitWord(w) ? W_UNIT : 0;
	for (const [set, bit] of WORD_TABLES) if (set.has(w)) f |= bit;
	let h = 0;
	for (const [set, bit] of HAN_TABLES) if (set.has(w)) h |= bit;
	return { f, h };
}

function checkEntry(x: WordEntry): void {
	const { f, h } = expectedBits(x.w);
	expect({ w: x.w, f: x.f, h: x.h }).toEqual({ w: x.w, f, h });
	expect(x.num).toBe(NUMBER_WORDS.get(x.w));
	expect(x.own).toBe(OWN_WORDS.get(x.w));
}

describe('word entries', () => {
	it('every single-token word of every table gets the bits of all the tables that hold it', () => {
		const words = new Set<string>();
		for (const [set] of [...WORD_TABLES, ...HAN_TABLES]) for (const w of set) words.add(w);
		for (const w of NUMBER_WORDS.keys()) words.add(w);
		let checked = 0;
		for (const w of words) {
			const x = entryOf(w);
			if (x === undefined || x.w !== w) continue;
			checkEntry(x);
			checked++;
		}
		// most table words are one token; a table that stopped reaching the entries would fail above
		expect(checked).toBeGreaterThan(words.size / 2);
	});

	it('words in no table get only the unit bit their stem gives', () => {
		for (const w of ['zzqx', 'кошка', 'ябл', '猫', 'ǆungla']) {
			const x = entryOf(w);
			expect(x).toBeDefined();
			if (x !== undefined) checkEntry(x);
		}
	});

	it('a word starting with a unit stem is a unit word, whatever follows', () => {
		for (const st of UNIT_STEMS) {
			expect(isUnitWord(st)).toBe(true);
			expect(isUnitWord(`${st}qz`)).toBe(true);
		}
		expect(isUnitWord('')).toBe(false);
	});

	it('random words agree with asking every table', () => {
		fc.assert(
			fc.property(fc.string({ minLength: 1, maxLength: 6, unit: 'grapheme' }), (s) => {
				const x = entryOf(s);
				if (x !== undefined) checkEntry(x);
			}),
			{ numRuns: 3000 },
		);
	});
});
