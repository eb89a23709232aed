/** Stemming for id: identity (themes count the word forms as writtenid). */
export function stemId(word: string): string {
	return word;
}
