/**
 * A fixed set of words, each with a non-zero number, as a character trie in typed arrays: looking up a
 * span of a text walks its characters (and usually stops after one or two) instead of slicing the span
 * and hashing it into a `Map`.
 */
export class WordTrie {
	/** Per transition slot: parent node + 1 (0 = empty slot), character, child node. */
	private readonly slotNode: Int32Array;
	private readonly slotChar: Uint16Array;
	private readonly slotChild: Int32Array;
	private readonly mask: number;
	/** Per node: the number of the word ending there (0 = none). */
	private readonly values: Int32Array;

	/** `words`: word → number (non-zero). */
	constructor(words: ReadonlyMap<string, number>) {
		let chars = 0;
		for (const w of words.keys()) chars += w.length;
		let size = 16;
		while (size < chars * 2) size *= 2;
		this.slotNode = new Int32Array(size);
		this.slotChar = new Uint16Array(size);
		this.slotChild = new Int32Array(size);
		this.mask = size - 1;
		this.values = new Int32Array(chars + 1);
		let nodes = 1;
		for (const [w, value] of words) {
			let node = 0;
			for (let i = 0; i < w.length; i++) {
				const c = w.charCodeAt(i);
				let child = this.child(node, c);
				if (child < 0) {
					child = nodes++;
					let slot = this.slotOf(node, c);
					while (this.slotNode[slot] !== 0) slot = (slot + 1) & this.mask;
					this.slotNode[slot] = node + 1;
					this.slotChar[slot] = c;
					this.slotChild[slot] = child;
				}
				node = child;
			}
			this.values[node] = value;
		}
	}

	private slotOf(node: number, c: number): number {
		return (Math.imul(node + 1, 0x9e3779b1) ^ Math.imul(c, 0x85ebca6b)) & this.mask;
	}

	/** The node one character `c` below `node` (the root is 0), -1 when no word goes on that way. */
	child(node: number, c: number): number {
		for (let slot = this.slotOf(node, c); ; slot = (slot + 1) & this.mask) {
			const n = this.slotNode[slot];
			if (n === 0) return -1;
			if (n === node + 1 && this.slotChar[slot] === c) return this.slotChild[slot];
		}
	}

	/** The number of the word ending at `node`, 0 when none does. */
	valueAt(node: number): number {
		return this.values[node];
	}

	/** The number of the word `text[from, to)`, 0 when it is not one of the words. */
	get(text: string, from: number, to: number): number {
		let node = 0;
		for (let i = from; i < to; i++) {
			node = this.child(node, text.charCodeAt(i));
			if (node < 0) return 0;
		}
		return this.values[node];
	}
}
