// Lightweight language guess for a short reply: script first, then language-specific letters, then a small
// vocabulary (number words, rating words and frequent function words). Returns an ISO 639-1 code or 'und'.
import { NUMBER_WORDS, LANGUAGE_HINTS } from './lexicon';
import { K_DIG, K_HAN, K_WORD, tokenize, type Tok } from './tokenize';

const RE_VI = /[ăâđêôơưạảấầẩẫậắằẳẵặẹẻẽếềểễệỉịọỏốồổỗộớờởỡợụủứừửữựỳỵỷỹ]/i;
const RE_TR = /[ğışİ]/i;
const RE_KK_LATIN = /[ǵńú]/i;
const RE_UZ_LATIN = /[og]['‘’ʻʼ`](?=[a-z])/i;
const RE_DE = /[äöüß]/i;
const RE_ES = /[ñ¿¡]/i;
const RE_PT = /[ãõ]/i;
const RE_FR = /[èêëîïœùûç]/i;
const RE_UZ_CYR = /[ўҳ]/i;
const RE_KK_CYR = /[әөүұңіһқғ]/i;
const RE_UK = /[їєґ]/i;
const RE_FA = /[پچژگکی]/;
const RE_UR = /[ٹڈڑںے]/;
const RE_NON_ASCII = /[\u0080-\uffff]/;

// Script indexes
const S_LATIN = 0;
const S_CYRILLIC = 1;
const S_ARABIC = 2;
const S_OTHER = 3;
const S_DEVANAGARI = 4;
const S_GREEK = 5;
const S_HEBREW = 6;
const S_THAI = 7;
const S_GEORGIAN = 8;
const S_ARMENIAN = 9;
const S_HANGUL = 10;
const SCRIPT_LANG = ['', '', '', '', 'hi', 'el', 'he', 'th', 'ka', 'hy', 'ko'];

function scriptOf(cp: number): number {
	if (cp < 0x250 || (cp >= 0x1e00 && cp <= 0x1eff)) return S_LATIN;
	if (cp >= 0x400 && cp <= 0x52f) return S_CYRILLIC;
	if ((cp >= 0x600 && cp <= 0x6ff) || (cp >= 0x750 && cp <= 0x77f) || (cp >= 0xfb50 && cp <= 0xfeff)) return S_ARABIC;
	if (cp >= 0x900 && cp <= 0x97f) return S_DEVANAGARI;
	if (cp >= 0x370 && cp <= 0x3ff) return S_GREEK;
	if (cp >= 0x590 && cp <= 0x5ff) return S_HEBREW;
	if (cp >= 0xe00 && cp <= 0xe7f) return S_THAI;
	if (cp >= 0x10a0 && cp <= 0x10ff) return S_GEORGIAN;
	if (cp >= 0x530 && cp <= 0x58f) return S_ARMENIAN;
	if ((cp >= 0xac00 && cp <= 0xd7af) || (cp >= 0x1100 && cp <= 0x11ff)) return S_HANGUL;
	return S_OTHER;
}

const LANGS = ['en', 'ru', 'uz', 'kk', 'es', 'pt', 'de', 'fr', 'tr', 'ar', 'id', 'vi', 'hi'];
const LANG_INDEX = new Map<string, number>(LANGS.map((l, i) => [l, i]));
/** normalised word → language index (hints first, then number words) */
const WORD_LANG = new Map<string, number>();
for (const [w, l] of Object.entries(LANGUAGE_HINTS)) {
	const i = LANG_INDEX.get(l);
	if (i !== undefined) WORD_LANG.set(w, i);
}
for (const [w, nw] of NUMBER_WORDS) {
	const i = LANG_INDEX.get(nw.lang);
	if (i !== undefined && !WORD_LANG.has(w)) WORD_LANG.set(w, i);
}
const L_RU = 1;
const L_UZ = 2;
const L_KK = 3;

// Per-call scratch counters (the parser is synchronous: no re-entrancy).
const scriptLen = new Int32Array(11);
const votes = new Int32Array(LANGS.length);

function bestVote(from: readonly number[] | null): number {
	let best = -1;
	let n = 0;
	if (from === null) {
		for (let i = 0; i < votes.length; i++) {
			if (votes[i] > n) {
				n = votes[i];
				best = i;
			}
		}
	} else {
		for (const i of from) {
			if (votes[i] > n) {
				n = votes[i];
				best = i;
			}
		}
	}
	return best;
}

/** Guess the language of an already tokenized reply. */
export function detectLanguageFromTokens(text: string, toks: readonly Tok[]): string {
	let han = 0;
	let kana = 0;
	let arabicDigits = 0;
	let persianDigits = 0;
	scriptLen.fill(0);
	votes.fill(0);
	let firstWord = -1;
	let lastWord = -1;
	for (let q = 0; q < toks.length; q++) {
		const t = toks[q];
		if (t.k === K_HAN) {
			if (t.v >= 0x3040 && t.v <= 0x30ff) kana++;
			else han++;
			continue;
		}
		if (t.k === K_DIG) {
			const c = text.charCodeAt(t.s);
			if (c >= 0x660 && c <= 0x669) arabicDigits++;
			else if (c >= 0x6f0 && c <= 0x6f9) persianDigits++;
			continue;
		}
		if (t.k !== K_WORD) continue;
		scriptLen[scriptOf(text.charCodeAt(t.s))] += t.e - t.s;
		if (firstWord < 0) firstWord = t.s;
		lastWord = t.e;
		const l = WORD_LANG.get(t.w);
		if (l !== undefined) votes[l]++;
	}
	if (kana > 0) return 'ja';
	let best = -1;
	let bestN = 0;
	for (let i = 0; i < scriptLen.length; i++) {
		if (scriptLen[i] > bestN) {
			best = i;
			bestN = scriptLen[i];
		}
	}
	if (han > 0 && han * 2 >= bestN) return 'zh';
	if (best < 0) {
		if (persianDigits > 0 && arabicDigits === 0) return 'fa';
		if (arabicDigits > 0) return 'ar';
		return 'und';
	}
	if (SCRIPT_LANG[best] !== '') return SCRIPT_LANG[best];
	const words = text.slice(firstWord, Math.min(lastWord, firstWord + 600));
	if (best === S_ARABIC) {
		if (RE_UR.test(words)) return 'ur';
		if (RE_FA.test(words)) return 'fa';
		return 'ar';
	}
	if (best === S_CYRILLIC) {
		if (RE_UZ_CYR.test(words)) return 'uz';
		if (RE_KK_CYR.test(words)) return 'kk';
		if (RE_UK.test(words)) return 'uk';
		const v = bestVote(CYR_LANGS);
		return v < 0 ? 'ru' : LANGS[v];
	}
	if (best === S_LATIN) {
		const ascii = !RE_NON_ASCII.test(words);
		if (!ascii && RE_VI.test(words)) return 'vi';
		if (!ascii && RE_KK_LATIN.test(words)) return 'kk';
		if (RE_UZ_LATIN.test(words)) return 'uz';
		if (!ascii && RE_TR.test(words)) return 'tr';
		const v = bestVote(null);
		if (v >= 0) return LANGS[v];
		if (ascii) return 'und';
		if (RE_DE.test(words)) return 'de';
		if (RE_ES.test(words)) return 'es';
		if (RE_PT.test(words)) return 'pt';
		if (RE_FR.test(words)) return 'fr';
		return 'und';
	}
	return 'und';
}
const CYR_LANGS = [L_RU, L_UZ, L_KK];

/**
 * Guess the language of a reply: an ISO 639-1 code such as 'ru', 'zh', 'en', 'uz', 'kk', 'es', 'pt',
 * 'de', 'fr', 'tr', 'ar', 'id', 'vi', 'hi', or 'und' when there is no evidence (digits only, emoji).
 * Only the first 2,000 characters are examined. Never throws.
 */
export function detectLanguage(text: string): string {
	if (typeof text !== 'string' || text.length === 0) return 'und';
	const to = Math.min(text.length, 2000);
	const toks: Tok[] = [];
	tokenize(text, 0, to, toks);
	return detectLanguageFromTokens(text, toks);
}
