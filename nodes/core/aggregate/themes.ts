/**
 * Comment themes: cheap language detection, word segmentation with `Intl.Segmenter`, stop-word removal and
 * counting of words and two-word phrases per language and sentiment. Deterministic (ties sorted by term).
 */
import { markersOf, negationsOf, stopWordsOf } from './stopwords';
import { roundTo } from './stats';
import type { AggregateThemeBucket, AggregateThemeLanguage, AggregateThemes, AggregateThemeTerm } from './types';

/** Longest comment prefix looked at (characters). */
const MAX_COMMENT_CHARS = 2000;
/** Longest example quoted (characters). */
const MAX_EXAMPLE_CHARS = 200;
const MAX_EXAMPLES = 3;

type Script =
	| 'han'
	| 'kana'
	| 'hangul'
	| 'thai'
	| 'lao'
	| 'khmer'
	| 'myanmar'
	| 'cyrillic'
	| 'arabic'
	| 'hebrew'
	| 'devanagari'
	| 'georgian'
	| 'armenian'
	| 'greek'
	| 'latin';

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

function scriptOf(c: number): Script | null {
	if (c < 0x80) return (c >= 0x41 && c <= 0x5a) || (c >= 0x61 && c <= 0x7a) ? 'latin' : null;
	if (c >= 0xc0 && c <= 0x24f) return c === 0xd7 || c === 0xf7 ? null : 'latin';
	if (c >= 0x1e00 && c <= 0x1eff) return 'latin';
	if (c >= 0x370 && c <= 0x3ff) return 'greek';
	if (c >= 0x400 && c <= 0x52f) return 'cyrillic';
	if (c >= 0x530 && c <= 0x58f) return 'armenian';
	if (c >= 0x590 && c <= 0x5ff) return 'hebrew';
	if ((c >= 0x600 && c <= 0x6ff) || (c >= 0x750 && c <= 0x77f) || (c >= 0xfb50 && c <= 0xfdff) || (c >= 0xfe70 && c <= 0xfeff))
		return 'arabic';
	if (c >= 0x900 && c <= 0x97f) return 'devanagari';
	if (c >= 0xe00 && c <= 0xe7f) return 'thai';
	if (c >= 0xe80 && c <= 0xeff) return 'lao';
	if (c >= 0x1000 && c <= 0x109f) return 'myanmar';
	if (c >= 0x10a0 && c <= 0x10ff) return 'georgian';
	if ((c >= 0x1100 && c <= 0x11ff) || (c >= 0x3130 && c <= 0x318f) || (c >= 0xac00 && c <= 0xd7af)) return 'hangul';
	if (c >= 0x1780 && c <= 0x17ff) return 'khmer';
	if ((c >= 0x3040 && c <= 0x30ff) || (c >= 0x31f0 && c <= 0x31ff)) return 'kana';
	if ((c >= 0x3400 && c <= 0x4dbf) || (c >= 0x4e00 && c <= 0x9fff) || (c >= 0xf900 && c <= 0xfaff) || (c >= 0x20000 && c <= 0x3134f))
		return 'han';
	return null;
}

const LATIN_CANDIDATES = ['en', 'es', 'pt', 'de', 'fr', 'tr', 'uz', 'id', 'vi', 'kk'] as const;
const CYRILLIC_CANDIDATES = ['ru', 'uk', 'uz', 'kk'] as const;

const VI_LETTERS = /[ăâđơưạảấầẩẫậắằẳẵặẹẻẽếềểễệỉịọỏốồổỗộớờởỡợụủứừửữựỳỵỷỹ]/u;
const TR_LETTERS = /[ğışİ]/u;
const DE_LETTERS = /[ßä]/u;
const ES_LETTERS = /[ñ¿¡]/u;
const PT_LETTERS = /[ãõ]/u;
const FR_LETTERS = /[œèêëîïûùÿ]/u;
const UZ_LATIN = /[og][‘’'ʻʼ`]/u;
const KK_LATIN = /[ǵńúýá]/u;
const KK_CYRILLIC = /[әөұңһі]/u;
const UZ_CYRILLIC = /[ўҳ]/u;
const KK_UZ_SHARED = /[қғ]/u;
const UK_CYRILLIC = /[їєґ]/u;
const FA_ARABIC = /[پچژگ]/u;
const UR_ARABIC = /[ٹڈڑںے]/u;
const WORDISH = /[\p{L}\p{M}'’ʻ]+/gu;

function markerHits(words: string[], lang: string): number {
	const set = markersOf(lang);
	let hits = 0;
	for (const w of words) if (set.has(w)) hits++;
	return hits;
}

/**
 * Cheap language guess of a comment: the dominant script decides (Han → `zh`, kana → `ja`, Hangul → `ko`,
 * Arabic → `ar` (`fa`/`ur` by their letters), Cyrillic → `ru`, or `kk`/`uz`/`uk` by their letters and words,
 * …); Latin-script text is scored by stop-word/marker hits and characteristic letters among
 * en/es/pt/de/fr/tr/uz/id/vi/kk. Returns `und` when nothing matches. Never throws.
 */
export function detectCommentLanguage(text: string): string {
	if (typeof text !== 'string' || text === '') return 'und';
	const sample = text.length > MAX_COMMENT_CHARS ? text.slice(0, MAX_COMMENT_CHARS) : text;
	const counts = new Map<Script, number>();
	for (const ch of sample) {
		const s = scriptOf(ch.codePointAt(0) ?? 0);
		if (s !== null) counts.set(s, (counts.get(s) ?? 0) + 1);
	}
	if (counts.size === 0) return 'und';
	const kana = counts.get('kana') ?? 0;
	const han = counts.get('han') ?? 0;
	let best: Script = 'latin';
	let bestCount = -1;
	for (const [s, n] of counts) {
		if (n > bestCount) {
			best = s;
			bestCount = n;
		}
	}
	if (kana > 0 && kana + han >= bestCount) return 'ja';
	if (best === 'han' || best === 'kana') return best === 'han' ? 'zh' : 'ja';
	const fixed = SCRIPT_LANGUAGE[best];
	if (fixed !== undefined) return fixed;
	const lower = sample.toLowerCase();
	if (best === 'arabic') return FA_ARABIC.test(lower) ? 'fa' : UR_ARABIC.test(lower) ? 'ur' : 'ar';
	const words = lower.match(WORDISH) ?? [];
	if (best === 'cyrillic') {
		if (KK_CYRILLIC.test(lower)) return 'kk';
		if (UZ_CYRILLIC.test(lower)) return 'uz';
		if (UK_CYRILLIC.test(lower)) return 'uk';
		const shared = KK_UZ_SHARED.test(lower);
		let pick = shared ? 'kk' : 'ru';
		let pickHits = 0;
		for (const lang of CYRILLIC_CANDIDATES) {
			if (!shared && (lang === 'kk' || lang === 'uz')) continue;
			const h = markerHits(words, lang);
			if (h > pickHits) {
				pick = lang;
				pickHits = h;
			}
		}
		return pick;
	}
	// Latin script.
	const score: Record<string, number> = {};
	for (const lang of LATIN_CANDIDATES) score[lang] = 2 * markerHits(words, lang);
	if (VI_LETTERS.test(lower)) score.vi += 4;
	if (TR_LETTERS.test(sample)) score.tr += 3;
	if (DE_LETTERS.test(lower)) score.de += 2;
	if (ES_LETTERS.test(lower)) score.es += 3;
	if (PT_LETTERS.test(lower)) score.pt += 3;
	if (FR_LETTERS.test(lower)) score.fr += 2;
	if (UZ_LATIN.test(lower)) score.uz += 3;
	if (KK_LATIN.test(lower)) score.kk += 3;
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

const segmenters = new Map<string, Intl.Segmenter>();

function segmenterFor(language: string): Intl.Segmenter {
	let seg = segmenters.get(language);
	if (seg === undefined) {
		let locale = 'en';
		try {
			if (Intl.Segmenter.supportedLocalesOf([language]).length > 0) locale = language;
		} catch {
			locale = 'en';
		}
		seg = new Intl.Segmenter(locale, { granularity: 'word' });
		segmenters.set(language, seg);
	}
	return seg;
}

/** Scripts written without spaces between words: phrases are joined without a space. */
const UNSPACED = /^[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}\p{Script=Thai}\p{Script=Lao}\p{Script=Khmer}\p{Script=Myanmar}]+$/u;
const KEEP_SINGLE = /[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}\p{Script=Hangul}]/u;
const ONLY_DIGITS = /^[\p{N}.,:\-/]+$/u;
const HAS_DIGIT = /\p{N}/u;
const EDGE_APOSTROPHES = /^['’]+|['’]+$/gu;
const FR_ELISION = /^(?:l|d|j|qu|n|s|c|m|t)'/u;
const UZ_APOSTROPHE = /([og])['‘’`ʼ´]/gu;
const OTHER_APOSTROPHES = /[‘’`ʼ´]/gu;
const SPACE_ONLY = /^\s*$/u;

/** A word (letters/marks/digits, inner apostrophes allowed) or a run of punctuation/symbols (a phrase break). */
const TOKEN_RE = /([\p{L}\p{M}\p{N}]+(?:'[\p{L}\p{M}\p{N}]+)*)|([^\s\p{L}\p{M}\p{N}]+)/gu;
const NEEDS_SEGMENTER = /[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}\p{Script=Thai}\p{Script=Lao}\p{Script=Khmer}\p{Script=Myanmar}]/u;

/**
 * Tokens of a comment: case-folded words with stop words, numbers and stray single letters dropped; `null`
 * marks a phrase break (punctuation or a dropped word). Space-separated scripts are split by a linear regex;
 * words of unsegmented scripts (Han, kana, Thai, Lao, Khmer, Myanmar) are split with `Intl.Segmenter`.
 */
export function commentTokens(text: string, language: string): (string | null)[] {
	let s = text.length > MAX_COMMENT_CHARS ? text.slice(0, MAX_COMMENT_CHARS) : text;
	s = s.normalize('NFKC');
	s = language === 'tr' || language === 'az' ? s.toLocaleLowerCase('tr') : s.toLowerCase();
	s = language === 'uz' ? s.replace(UZ_APOSTROPHE, '$1ʻ') : s;
	s = s.replace(OTHER_APOSTROPHES, "'");
	const stop = stopWordsOf(language);
	const out: (string | null)[] = [];
	const brk = (): void => {
		if (out.length > 0 && out[out.length - 1] !== null) out.push(null);
	};
	const word = (raw: string): void => {
		let w = raw;
		if (language === 'fr' || language === 'it') w = w.replace(FR_ELISION, '');
		if (w === '' || ONLY_DIGITS.test(w) || stop.has(w)) return brk();
		if (w.length <= 2 && [...w].length === 1 && !KEEP_SINGLE.test(w)) return brk();
		if (HAS_DIGIT.test(w) && w.length > 12) return brk();
		out.push(w);
	};
	TOKEN_RE.lastIndex = 0;
	for (let m = TOKEN_RE.exec(s); m !== null; m = TOKEN_RE.exec(s)) {
		const w = m[1];
		if (w === undefined) {
			brk();
			continue;
		}
		if (!NEEDS_SEGMENTER.test(w)) {
			word(w);
			continue;
		}
		for (const seg of segmenterFor(language).segment(w)) {
			if (seg.isWordLike) word(seg.segment.replace(EDGE_APOSTROPHES, ''));
			else if (!SPACE_ONLY.test(seg.segment)) brk();
		}
	}
	return out;
}

interface TermStat {
	count: number;
	examples: string[];
}

interface Bucket {
	comments: number;
	words: Map<string, TermStat>;
	phrases: Map<string, TermStat>;
}

function newBucket(): Bucket {
	return { comments: 0, words: new Map(), phrases: new Map() };
}

function addTerm(map: Map<string, TermStat>, term: string, example: () => string): void {
	let stat = map.get(term);
	if (stat === undefined) {
		stat = { count: 0, examples: [] };
		map.set(term, stat);
	}
	stat.count++;
	if (stat.examples.length < MAX_EXAMPLES) {
		const e = example();
		if (!stat.examples.includes(e)) stat.examples.push(e);
	}
}

function compareCodeUnits(a: string, b: string): number {
	return a < b ? -1 : a > b ? 1 : 0;
}

function topTerms(map: Map<string, TermStat>, comments: number, top: number, minCount: number): AggregateThemeTerm[] {
	const list: [string, TermStat][] = [];
	for (const entry of map) if (entry[1].count >= minCount) list.push(entry);
	list.sort((a, b) => b[1].count - a[1].count || compareCodeUnits(a[0], b[0]));
	return list.slice(0, top).map(([term, stat]) => ({
		term,
		count: stat.count,
		share: roundTo((stat.count / comments) * 100, 1),
		examples: stat.examples.slice(),
	}));
}

/** Collects comments and produces {@link AggregateThemes}. */
export class ThemeCollector {
	private readonly languages = new Map<string, { negative: Bucket; positive: Bucket }>();
	private analyzed = 0;
	private skipped = 0;

	constructor(
		private readonly options: { top: number; language: string; minPhraseCount: number; maxComments: number },
	) {}

	/** Adds one comment of a positive or negative reply. Never throws on any string. */
	add(comment: string, sentiment: 'positive' | 'negative'): void {
		const trimmed = comment.trim();
		if (trimmed === '') return;
		if (this.analyzed >= this.options.maxComments) {
			this.skipped++;
			return;
		}
		this.analyzed++;
		const language = this.options.language === 'auto' ? detectCommentLanguage(trimmed) : this.options.language;
		let entry = this.languages.get(language);
		if (entry === undefined) {
			entry = { negative: newBucket(), positive: newBucket() };
			this.languages.set(language, entry);
		}
		const bucket = entry[sentiment];
		bucket.comments++;
		let exampleText: string | null = null;
		const example = (): string => {
			if (exampleText === null) {
				const chars = [...trimmed.slice(0, MAX_EXAMPLE_CHARS * 2)];
				exampleText = chars.length > MAX_EXAMPLE_CHARS ? `${chars.slice(0, MAX_EXAMPLE_CHARS).join('')}…` : chars.join('');
			}
			return exampleText;
		};
		const tokens = commentTokens(trimmed, language);
		const negations = negationsOf(language);
		const words = new Set<string>();
		const phrases = new Set<string>();
		for (let i = 0; i < tokens.length; i++) {
			const a = tokens[i];
			if (a === null) continue;
			if (!negations.has(a)) words.add(a);
			const b = i + 1 < tokens.length ? tokens[i + 1] : null;
			if (b !== null) phrases.add(UNSPACED.test(a) && UNSPACED.test(b) ? a + b : `${a} ${b}`);
		}
		for (const w of words) addTerm(bucket.words, w, example);
		for (const p of phrases) addTerm(bucket.phrases, p, example);
	}

	/** Final themes, languages with most comments first (ties by code). */
	result(): AggregateThemes {
		const { top, minPhraseCount } = this.options;
		const toBucket = (b: Bucket): AggregateThemeBucket => ({
			comments: b.comments,
			words: topTerms(b.words, b.comments, top, 1),
			phrases: topTerms(b.phrases, b.comments, top, minPhraseCount),
		});
		const languages: AggregateThemeLanguage[] = [];
		for (const [language, entry] of this.languages) {
			languages.push({ language, negative: toBucket(entry.negative), positive: toBucket(entry.positive) });
		}
		languages.sort(
			(a, b) =>
				b.negative.comments + b.positive.comments - (a.negative.comments + a.positive.comments) ||
				compareCodeUnits(a.language, b.language),
		);
		return { analyzed: this.analyzed, skipped: this.skipped, languages };
	}
}
