/**
 * Cheap language detection of a comment: the dominant script decides, Latin and Cyrillic text is scored by
 * stop-word/marker hits and characteristic letters. Deterministic.
 */
import { C_LETTER, classAt, lowerCase, pairAt } from '../analysis/chars';
import { WordTrie } from '../analysis/trie';
import { markersOf } from './stopwords';
import {
	SCRIPTS,
	SCRIPT_HAN,
	SCRIPT_KANA,
	SCRIPT_LATIN,
	SCRIPT_NONE,
	scriptAt,
	type Script,
} from '../analysis/scripts';

/** Longest comment prefix looked at (characters). */
const MAX_COMMENT_CHARS = 2000;

const SCRIPT_LANGUAGE: Partial<Record<Script, string>> = {
	hangul: 'ko',
	thai: 'th',
	lao: 'lo',
	khmer: 'km',
	myanmar: 'my',
	hebrew: 'he',
	devanagari: 'hi',
	georgian: 'ka',
	armenian: 'hy',
	greek: 'el',
};

const LATIN_CANDIDATES = ['en', 'es', 'pt', 'de', 'fr', 'tr', 'uz', 'id', 'vi', 'kk'] as const;
const CYRILLIC_CANDIDATES = ['ru', 'uk', 'uz', 'kk'] as const;

// Letters that tell languages of one script apart, as bits per code unit (every one is a BMP letter, so
// one pass over the text answers what a regular expression per set would).
const F_VI = 1 << 0;
const F_TR = 1 << 1;
const F_DE = 1 << 2;
const F_ES = 1 << 3;
const F_PT = 1 << 4;
const F_FR = 1 << 5;
const F_KK_LATIN = 1 << 6;
const F_KK_CYRILLIC = 1 << 7;
const F_UZ_CYRILLIC = 1 << 8;
const F_KK_UZ_SHARED = 1 << 9;
const F_UK_CYRILLIC = 1 << 10;
/** `o` or `g`, and the apostrophes after them in Uzbek Latin (o‘, g‘). */
const F_OG = 1 << 11;
const F_UZ_APOSTROPHE = 1 << 12;
const FEATURE_SETS: [string, number][] = [
	['ăâđơưạảấầẩẫậắằẳẵặẹẻẽếềểễệỉịọỏốồổỗộớờởỡợụủứừửữựỳỵỷỹ', F_VI],
	['ğışİ', F_TR],
	['ßä', F_DE],
	['ñ¿¡', F_ES],
	['ãõ', F_PT],
	['œèêëîïûùÿ', F_FR],
	['ǵńúýá', F_KK_LATIN],
	['әөұңһі', F_KK_CYRILLIC],
	['ўҳ', F_UZ_CYRILLIC],
	['қғ', F_KK_UZ_SHARED],
	['їєґ', F_UK_CYRILLIC],
	['og', F_OG],
	["‘’'ʻʼ`", F_UZ_APOSTROPHE],
];
const FEATURES = new Uint16Array(0x10000);
for (const [chars, bit] of FEATURE_SETS) for (const ch of chars) FEATURES[ch.charCodeAt(0)] |= bit;

/** Feature bits of a text; `o`/`g` count only when an Uzbek apostrophe follows (`[og][‘’'ʻʼ\`]`). */
function featuresOf(text: string): number {
	let f = 0;
	const n = text.length;
	for (let i = 0; i < n; i++) {
		const b = FEATURES[text.charCodeAt(i)];
		if (b === 0) continue;
		if (b & F_OG) {
			if (i + 1 < n && FEATURES[text.charCodeAt(i + 1)] & F_UZ_APOSTROPHE) f |= F_OG;
			f |= b & ~F_OG;
		} else f |= b;
	}
	return f;
}

const FA_ARABIC = /[پچژگ]/u;
const UR_ARABIC = /[ٹڈڑںے]/u;

interface Markers {
	/** Marker word → bit set of the candidates (by index) it marks. */
	words: WordTrie;
	/** Longest marker word. */
	maxLength: number;
}

const markerSets = new Map<readonly string[], Markers>();

/** Marker words of the candidate languages, each with the candidates it marks. */
function markersFor(candidates: readonly string[]): Markers {
	let markers = markerSets.get(candidates);
	if (markers === undefined) {
		const masks = new Map<string, number>();
		let maxLength = 0;
		for (let i = 0; i < candidates.length; i++) {
			for (const w of markersOf(candidates[i])) {
				masks.set(w, (masks.get(w) ?? 0) | (1 << i));
				maxLength = Math.max(maxLength, w.length);
			}
		}
		markers = { words: new WordTrie(masks), maxLength };
		markerSets.set(candidates, markers);
	}
	return markers;
}

/**
 * Marker hits of each candidate language (by index) among the words of a lower-cased text (runs of
 * letters, marks and apostrophes, `[\p{L}\p{M}'’ʻ]+`), in one pass over the text.
 */
function markerHits(lower: string, candidates: readonly string[]): number[] {
	const { words, maxLength } = markersFor(candidates);
	const hits = new Array<number>(candidates.length).fill(0);
	const n = lower.length;
	for (let i = 0; i < n; ) {
		let j = i;
		while (j < n) {
			const c = lower.charCodeAt(j);
			if (c === 0x27 || c === 0x2019) j++;
			else if (classAt(lower, j) === C_LETTER) j += pairAt(lower, j) ? 2 : 1;
			else break;
		}
		if (j === i) {
			i += pairAt(lower, i) ? 2 : 1;
			continue;
		}
		const m = j - i <= maxLength ? words.get(lower, i, j) : 0;
		if (m !== 0) for (let k = 0; k < candidates.length; k++) if (m & (1 << k)) hits[k]++;
		i = j;
	}
	return hits;
}

const counts = new Int32Array(SCRIPTS.length);
const seen = new Int8Array(SCRIPTS.length);

/**
 * Cheap language guess of a comment: the dominant script decides (Han → `zh`, kana → `ja`, Hangul → `ko`,
 * Arabic → `ar` (`fa`/`ur` by their letters), Cyrillic → `ru`, or `kk`/`uz`/`uk` by their letters and words,
 * …); Latin-script text is scored by stop-word/marker hits and characteristic letters among
 * en/es/pt/de/fr/tr/uz/id/vi/kk. Returns `und` when nothing matches. Never throws.
 */
export function detectCommentLanguage(text: string): string {
	if (typeof text !== 'string' || text === '') return 'und';
	const sample = text.length > MAX_COMMENT_CHARS ? text.slice(0, MAX_COMMENT_CHARS) : text;
	// Scripts counted per code point; ties go to the script seen first.
	counts.fill(0);
	let kinds = 0;
	const n = sample.length;
	for (let i = 0; i < n; i++) {
		let c = sample.charCodeAt(i);
		if (c >= 0xd800 && c <= 0xdbff && i + 1 < n) {
			const d = sample.charCodeAt(i + 1);
			if (d >= 0xdc00 && d <= 0xdfff) {
				c = ((c - 0xd800) << 10) + (d - 0xdc00) + 0x10000;
				i++;
			}
		}
		const s = scriptAt(c);
		if (s === SCRIPT_NONE) continue;
		if (counts[s]++ === 0) seen[kinds++] = s;
	}
	if (kinds === 0) return 'und';
	const kana = counts[SCRIPT_KANA];
	const han = counts[SCRIPT_HAN];
	let bestIndex = SCRIPT_LATIN;
	let bestCount = -1;
	for (let k = 0; k < kinds; k++) {
		const s = seen[k];
		if (counts[s] > bestCount) {
			bestIndex = s;
			bestCount = counts[s];
		}
	}
	if (kana > 0 && kana + han >= bestCount) return 'ja';
	if (bestIndex === SCRIPT_HAN) return 'zh';
	if (bestIndex === SCRIPT_KANA) return 'ja';
	const best: Script = SCRIPTS[bestIndex];
	const fixed = SCRIPT_LANGUAGE[best];
	if (fixed !== undefined) return fixed;
	const lower = lowerCase(sample);
	if (best === 'arabic') return FA_ARABIC.test(lower) ? 'fa' : UR_ARABIC.test(lower) ? 'ur' : 'ar';
	const f = featuresOf(lower);
	if (best === 'cyrillic') {
		if (f & F_KK_CYRILLIC) return 'kk';
		if (f & F_UZ_CYRILLIC) return 'uz';
		if (f & F_UK_CYRILLIC) return 'uk';
		const shared = (f & F_KK_UZ_SHARED) !== 0;
		let pick = shared ? 'kk' : 'ru';
		let pickHits = 0;
		const hits = markerHits(lower, CYRILLIC_CANDIDATES);
		for (let i = 0; i < CYRILLIC_CANDIDATES.length; i++) {
			const lang = CYRILLIC_CANDIDATES[i];
			if (!shared && (lang === 'kk' || lang === 'uz')) continue;
			const h = hits[i];
			if (h > pickHits) {
				pick = lang;
				pickHits = h;
			}
		}
		return pick;
	}
	// Latin script.
	const score: Record<string, number> = {};
	const hits = markerHits(lower, LATIN_CANDIDATES);
	for (let i = 0; i < LATIN_CANDIDATES.length; i++) score[LATIN_CANDIDATES[i]] = 2 * hits[i];
	if (f & F_VI) score.vi += 4;
	if (featuresOf(sample) & F_TR) score.tr += 3;
	if (f & F_DE) score.de += 2;
	if (f & F_ES) score.es += 3;
	if (f & F_PT) score.pt += 3;
	if (f & F_FR) score.fr += 2;
	if (f & F_OG) score.uz += 3;
	if (f & F_KK_LATIN) score.kk += 3;
	let pick = 'und';
	let pickScore = 0;
	for (const lang of LATIN_CANDIDATES) {
		if (score[lang] > pickScore) {
			pick = lang;
			pickScore = score[lang];
		}
	}
	return pick;
}
