/** Stemming for fr: identity (themes count the word forms as writtenfr). */
export function stemFr(word: string): string {
	return word;
}
