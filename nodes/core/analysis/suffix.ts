/** Suffix stripping for agglutinative languages (tr, uz, kk): repeated longest-suffix removal. */

/**
 * Removes up to `rounds` suffixes from `word` (longest first from `suffixes`), keeping at least `minStem`
 * letters. Deterministic and linear in the word length times the list size.
 */
export function stripSuffixes(
	word: string,
	suffixes: readonly string[],
	minStem: number,
	rounds: number,
): string {
	const sorted = sortedCache.get(suffixes) ?? sortByLength(suffixes);
	let w = word;
	for (let r = 0; r < rounds; r++) {
		let cut = 0;
		for (const s of sorted) {
			if (w.length - s.length >= minStem && w.endsWith(s)) {
				cut = s.length;
				break;
			}
		}
		if (cut === 0) break;
		w = w.slice(0, -cut);
	}
	return w;
}

const sortedCache = new WeakMap<readonly string[], string[]>();

function sortByLength(list: readonly string[]): string[] {
	const sorted = [...list].sort((a, b) => b.length - a.length);
	sortedCache.set(list, sorted);
	return sorted;
}
