/** Stemming for es: identity (themes count the word forms as writtenes). */
export function stemEs(word: string): string {
	return word;
}
