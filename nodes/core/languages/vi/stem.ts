/** Stemming for vi: identity (themes count the word forms as writtenvi). */
export function stemVi(word: string): string {
	return word;
}
