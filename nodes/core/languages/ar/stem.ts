/** Stemming for ar: identity (themes count the word forms as writtenar). */
export function stemAr(word: string): string {
	return word;
}
