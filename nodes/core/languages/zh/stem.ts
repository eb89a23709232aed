/** Stemming for zh: identity (themes count the word forms as written; words come from n-gram statistics). */
export function stemZh(word: string): string {
	return word;
}
