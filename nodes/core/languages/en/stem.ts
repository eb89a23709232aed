/**
 * Light English stemmer (Porter step 1 class): plurals, -ed/-ing with e-restoration and undoubling, -ly.
 * Expects lower case.
 */
const VOWEL = /[aeiouy]/;

function hasVowel(s: string): boolean {
	return VOWEL.test(s);
}

function fixStem(s: string): string {
	if (/(at|bl|iz)$/.test(s)) return `${s}e`;
	if (/([^aeiouylsz])\1$/.test(s)) return s.slice(0, -1);
	return s;
}

/** Stem of a lower-case English word ("rude"/"rudeness" stay apart; "waiting"/"waited" → "wait"). */
export function stemEn(word: string): string {
	let w = word.replace(/'s$/, '');
	if (w.length <= 3) return w;
	if (w.endsWith('sses')) w = w.slice(0, -2);
	else if (w.endsWith('ies')) w = `${w.slice(0, -3)}y`;
	else if (w.endsWith('s') && !/(ss|us|is)$/.test(w)) w = w.slice(0, -1);
	if (w.endsWith('eed')) {
		if (w.length > 4) w = w.slice(0, -1);
	} else if (w.endsWith('ed') && hasVowel(w.slice(0, -2)) && w.length > 4) {
		w = fixStem(w.slice(0, -2));
	} else if (w.endsWith('ing') && hasVowel(w.slice(0, -3)) && w.length > 5) {
		w = fixStem(w.slice(0, -3));
	}
	if (w.endsWith('ly') && w.length > 5) w = w.slice(0, -2);
	return w;
}
