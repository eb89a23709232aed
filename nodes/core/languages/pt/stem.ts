/** Stemming for pt: identity (themes count the word forms as writtenpt). */
export function stemPt(word: string): string {
	return word;
}
