import fc from 'fast-check';
import { WordTrie } from '../../../../nodes/core/analysis/trie';

describe('WordTrie', () => {
	it('finds exactly the words of its map, on any span of any text', () => {
		const word = fc.string({
			unit: fc.constantFrom('a', 'b', 'я', 'ё', '好', '\uD800', '😀'),
			maxLength: 5,
		});
		fc.assert(
			fc.property(
				fc.uniqueArray(word, { maxLength: 40 }),
				fc.array(fc.tuple(word, word)),
				(words, probes) => {
					const map = new Map(words.filter((w) => w !== '').map((w, i) => [w, i + 1]));
					const trie = new WordTrie(map);
					for (const w of map.keys()) expect(trie.get(`x${w}y`, 1, 1 + w.length)).toBe(map.get(w));
					for (const [a, b] of probes) {
						const text = a + b;
						expect(trie.get(text, 0, a.length)).toBe(map.get(a) ?? 0);
						expect(trie.get(text, a.length, text.length)).toBe(map.get(b) ?? 0);
					}
				},
			),
			{ numRuns: 300 },
		);
	});

	it('walks node by node: every prefix of a word is a node, its value only when it is a word', () => {
		const trie = new WordTrie(
			new Map([
				['плат', 1],
				['платеж', 2],
			]),
		);
		const values: number[] = [];
		let node = 0;
		for (const c of 'платежи') {
			node = trie.child(node, c.charCodeAt(0));
			if (node < 0) break;
			values.push(trie.valueAt(node));
		}
		expect(values).toEqual([0, 0, 0, 1, 0, 2]);
	});
});
