// Text folding for word matching: NFKC, lower case, accents/diacritics and hamza forms dropped, Turkish
// dotless ı, Vietnamese đ, apostrophe variants and Arabic-Indic digits unified, keycaps and emoji
// variation selectors removed, white space collapsed.

const ARABIC_DIGITS = /[\u0660-\u0669\u06f0-\u06f9]/g;

export function fold(text: string): string {
	return text
		.normalize('NFKC')
		.replace(ARABIC_DIGITS, (d) => String((d.charCodeAt(0) - 0x0660) % 0x90))
		.replace(/[\ufe0f\u20e3\u200b-\u200f\u2060\ufeff]/g, '')
		.toLowerCase()
		.normalize('NFD')
		.replace(/\p{M}/gu, '')
		.replace(/ı/g, 'i')
		.replace(/đ/g, 'd')
		.replace(/[ʻʼ’‘`´]/g, "'")
		.replace(/\s+/g, ' ')
		.trim();
}

/** Scripts written without spaces between words: words match as substrings. */
export function isUnspacedScript(text: string): boolean {
	return /[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}\p{Script=Thai}]/u.test(text);
}

/** Words of a folded text (letters, digits and apostrophes). */
export function words(folded: string): string[] {
	return folded.split(/[^\p{L}\p{N}']+/u).filter(Boolean);
}

/**
 * Whether a folded text names a folded stem: CJK stems as substrings, multi-word stems as a phrase starting
 * at a word, single-word stems as the start of a word (Arabic: anywhere in a word, for the article ال).
 */
export function namesStem(folded: string, tokens: readonly string[], stem: string): boolean {
	return stemHits(folded, tokens, stem).length > 0;
}

/** What a stem matched: the indexes of the words it starts (or, for phrases and CJK, the stem itself). */
const stemKinds = new Map<string, 'unspaced' | 'phrase' | 'arabic' | 'prefix'>();

function stemKind(stem: string) {
	let kind = stemKinds.get(stem);
	if (!kind) {
		kind = isUnspacedScript(stem)
			? 'unspaced'
			: stem.includes(' ')
				? 'phrase'
				: /\p{Script=Arabic}/u.test(stem)
					? 'arabic'
					: 'prefix';
		if (stemKinds.size < 10000) stemKinds.set(stem, kind);
	}
	return kind;
}

export function stemHits(folded: string, tokens: readonly string[], stem: string): string[] {
	if (!stem) return [];
	const kind = stemKind(stem);
	if (kind === 'unspaced') return folded.includes(stem) ? [stem] : [];
	if (kind === 'phrase') {
		const at = folded.indexOf(stem);
		return at === 0 || (at > 0 && /[^\p{L}\p{N}']/u.test(folded[at - 1])) ? [stem] : [];
	}
	const arabic = kind === 'arabic';
	const out: string[] = [];
	tokens.forEach((t, i) => {
		if (arabic ? t.includes(stem) : t.startsWith(stem)) out.push(`#${i}`);
	});
	return out;
}
