// Lightweight language guess for a short reply: script first, then language-specific letters, then a small
// vocabulary (number words, rating words and frequent function words). Returns an ISO 639-1 code or 'und'.
import { LANGS } from './words';
import { K_DIG, K_HAN, K_WORD, tokenize, type Tok } from './tokenize';
import {
	SCRIPTS,
	SCRIPT_ARABIC,
	SCRIPT_ARMENIAN,
	SCRIPT_CYRILLIC,
	SCRIPT_DEVANAGARI,
	SCRIPT_GEORGIAN,
	SCRIPT_GREEK,
	SCRIPT_HANGUL,
	SCRIPT_HEBREW,
	SCRIPT_LATIN,
	SCRIPT_THAI,
	scriptAt,
} from '../analysis/scripts';

// Letters that tell languages of one script apart. They are looked up in a per-code-point table of feature
// bits (one pass over the reply instead of one regex scan per feature), matched case-insensitively.
const F_VI = 1 << 0; // letters only Vietnamese uses (â ê ô are French and Portuguese too: "arrêtez", "você")
const F_TR = 1 << 1;
const F_KK_LATIN = 1 << 2;
const F_DE = 1 << 3;
const F_ES = 1 << 4;
const F_PT = 1 << 5;
const F_FR = 1 << 6;
// Letters that are strong evidence for one of the languages that share most of their vocabulary: one
// extra vote each ("Très bien" is French although "bien" is also Spanish).
const F_FR_ONLY = 1 << 7;
const F_ES_ONLY = 1 << 8;
const F_PT_ONLY = 1 << 9;
const F_DE_ONLY = 1 << 10; // ö ü are Turkish too
const F_UZ_CYR = 1 << 11;
const F_KK_CYR = 1 << 12;
const F_UK = 1 << 13;
const F_FA = 1 << 14;
const F_UR = 1 << 15;
/** an apostrophe: the Uzbek Latin o'/g' test (a regex) only runs when there is one */
const F_APOS = 1 << 16;
const F_NON_ASCII = 1 << 17;
const FEATURE_LIMIT = 0x2000;
const FEATURES = buildFeatures();
const RE_UZ_LATIN = /[og]['‘’ʻʼ`](?=[a-z])/i;

function buildFeatures(): Uint32Array {
	const t = new Uint32Array(FEATURE_LIMIT);
	// case-insensitive like a regex `i` flag: compare upper-case forms (ASCII never matches a non-ASCII letter)
	const canon = new Uint16Array(FEATURE_LIMIT);
	for (let c = 0; c < FEATURE_LIMIT; c++) {
		const u = String.fromCharCode(c).toUpperCase();
		const cu = u.length === 1 ? u.charCodeAt(0) : c;
		canon[c] = c >= 0x80 && cu < 0x80 ? c : cu;
	}
	const mark = (chars: string, bit: number, ci: boolean): void => {
		const want = new Set<number>();
		for (const ch of chars) {
			const c = ch.charCodeAt(0);
			want.add(ci ? canon[c] : c);
		}
		for (let c = 0; c < FEATURE_LIMIT; c++) if (want.has(ci ? canon[c] : c)) t[c] |= bit;
	};
	mark('ăđơưạảấầẩẫậắằẳẵặẹẻẽếềểễệĩỉịọỏốồổỗộớờởỡợũụủứừửữựỳỵỷỹ', F_VI, true);
	mark('ğışİ', F_TR, true);
	mark('ǵńú', F_KK_LATIN, true);
	mark('äöüß', F_DE, true);
	mark('ñ¿¡', F_ES, true);
	mark('ãõ', F_PT, true);
	mark('èêëîïœùûç', F_FR, true);
	mark('èëîïœùûÿ', F_FR_ONLY, true);
	mark('ñ¿¡', F_ES_ONLY, true);
	mark('ãõ', F_PT_ONLY, true);
	mark('äß', F_DE_ONLY, true);
	mark('ўҳ', F_UZ_CYR, true);
	mark('әөүұңіһқғ', F_KK_CYR, true);
	mark('їєґ', F_UK, true);
	mark('پچژگکی', F_FA, false);
	mark('ٹڈڑںے', F_UR, false);
	mark("'‘’ʻʼ`", F_APOS, false);
	for (let c = 0x80; c < FEATURE_LIMIT; c++) t[c] |= F_NON_ASCII;
	return t;
}

/** Feature bits of `text[from, to)`. */
function features(text: string, from: number, to: number): number {
	let f = 0;
	for (let i = from; i < to; i++) {
		const c = text.charCodeAt(i);
		if (c < FEATURE_LIMIT) f |= FEATURES[c];
		else f |= c === 0x2018 || c === 0x2019 ? F_NON_ASCII | F_APOS : F_NON_ASCII;
	}
	return f;
}

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

/** The shared script table's answer in this guesser's indexes (han, kana and the rest count as other). */
const FROM_SHARED = new Int8Array(SCRIPTS.length + 1).fill(S_OTHER);
FROM_SHARED[SCRIPT_LATIN + 1] = S_LATIN;
FROM_SHARED[SCRIPT_CYRILLIC + 1] = S_CYRILLIC;
FROM_SHARED[SCRIPT_ARABIC + 1] = S_ARABIC;
FROM_SHARED[SCRIPT_DEVANAGARI + 1] = S_DEVANAGARI;
FROM_SHARED[SCRIPT_GREEK + 1] = S_GREEK;
FROM_SHARED[SCRIPT_HEBREW + 1] = S_HEBREW;
FROM_SHARED[SCRIPT_THAI + 1] = S_THAI;
FROM_SHARED[SCRIPT_GEORGIAN + 1] = S_GEORGIAN;
FROM_SHARED[SCRIPT_ARMENIAN + 1] = S_ARMENIAN;
FROM_SHARED[SCRIPT_HANGUL + 1] = S_HANGUL;

/** Script of a word by its first character; a word starting in ASCII or Latin-1/Extended counts as Latin. */
function scriptOf(cp: number): number {
	return cp < 0x250 ? S_LATIN : FROM_SHARED[scriptAt(cp) + 1];
}

const L_EN = 0;
const L_RU = 1;
const L_ES = 4;
const L_PT = 5;
const L_DE = 6;
const L_FR = 7;
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
	for (let i = 0; i < scriptLen.length; i++) scriptLen[i] = 0;
	for (let i = 0; i < votes.length; i++) votes[i] = 0;
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
		const l = t.x.lang;
		if (l >= 0) votes[l]++;
		else if (t.e - t.s > 2) apostropheVote(t.w);
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
	const wordsEnd = Math.min(lastWord, firstWord + 600);
	const f = features(text, firstWord, wordsEnd);
	if (best === S_ARABIC) {
		if ((f & F_UR) !== 0) return 'ur';
		if ((f & F_FA) !== 0) return 'fa';
		return 'ar';
	}
	if (best === S_CYRILLIC) {
		if ((f & F_UZ_CYR) !== 0) return 'uz';
		if ((f & F_KK_CYR) !== 0) return 'kk';
		if ((f & F_UK) !== 0) return 'uk';
		const v = bestVote(CYR_LANGS);
		return v < 0 ? 'ru' : LANGS[v];
	}
	if (best === S_LATIN) {
		const ascii = (f & F_NON_ASCII) === 0;
		if ((f & F_VI) !== 0) return 'vi';
		if ((f & F_KK_LATIN) !== 0) return 'kk';
		if ((f & F_APOS) !== 0 && RE_UZ_LATIN.test(text.slice(firstWord, wordsEnd))) return 'uz';
		if ((f & F_TR) !== 0) return 'tr';
		if ((f & F_FR_ONLY) !== 0) votes[L_FR]++;
		if ((f & F_ES_ONLY) !== 0) votes[L_ES]++;
		if ((f & F_PT_ONLY) !== 0) votes[L_PT]++;
		if ((f & F_DE_ONLY) !== 0) votes[L_DE]++;
		const v = bestVote(null);
		if (v >= 0) return LANGS[v];
		if (ascii) return 'und';
		if ((f & F_DE) !== 0) return 'de';
		if ((f & F_ES) !== 0) return 'es';
		if ((f & F_PT) !== 0) return 'pt';
		if ((f & F_FR) !== 0) return 'fr';
		return 'und';
	}
	return 'und';
}
const CYR_LANGS = [L_RU, L_UZ, L_KK];

/** French elision (`m'envoyer`, `l'équipe`, `qu'il`) and English contractions (`don't`, `it's`, `I'd`). */
function apostropheVote(w: string): void {
	const a = w.indexOf("'");
	if (a < 0) return;
	if ((a === 1 && 'lmdjnstc'.includes(w[0])) || (a === 2 && w[0] === 'q' && w[1] === 'u')) {
		votes[L_FR]++;
		return;
	}
	const tail = w.slice(a + 1);
	if (
		tail === 's' ||
		tail === 't' ||
		tail === 'd' ||
		tail === 'll' ||
		tail === 're' ||
		tail === 've' ||
		tail === 'm'
	)
		votes[L_EN]++;
}

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
