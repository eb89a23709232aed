/** Stemming for de: identity (themes count the word forms as writtende). */
export function stemDe(word: string): string {
	return word;
}
