/**
 * Theme tokens of a comment: case-folded words with stop words, greetings/boilerplate, numbers and stray
 * single letters dropped; each word carries its stem (the counting key) and its written form. `null` marks a
 * phrase break (punctuation or a dropped word). Unspaced scripts (Han, kana, Thai, …) are returned as runs for
 * the n-gram segmenter (`cjk.ts`) or, for Thai/Lao/Khmer/Myanmar, split with `Intl.Segmenter`.
 */
import { stemmerOf } from '../analysis/packs';
import { boilerplateOf, stopWordsOf } from './stopwords';

/** Longest comment prefix looked at (characters). */
export const MAX_COMMENT_CHARS = 2000;

export interface ThemeToken {
	/** Counting key (stem). */
	key: string;
	/** Written form (case-folded). */
	form: string;
}

const ONLY_DIGITS = /^[\p{N}.,:\-/]+$/u;
const HAS_DIGIT = /\p{N}/u;
const EDGE_APOSTROPHES = /^['’]+|['’]+$/gu;
const FR_ELISION = /^(?:l|d|j|qu|n|s|c|m|t)'/u;
const UZ_APOSTROPHE = /([og])['‘’`ʼ´]/gu;
const OTHER_APOSTROPHES = /[‘’`ʼ´]/gu;
const SPACE_ONLY = /^\s*$/u;
const KEEP_SINGLE = /[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}\p{Script=Hangul}]/u;
/** A word (letters/marks/digits, inner apostrophes allowed) or a run of punctuation/symbols (a phrase break). */
const TOKEN_RE = /([\p{L}\p{M}\p{N}]+(?:'[\p{L}\p{M}\p{N}]+)*)|([^\s\p{L}\p{M}\p{N}]+)/gu;
/** Han and kana: segmented by n-gram statistics. */
export const CJK_RUN = /[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}ー]+/gu;
const HAS_CJK = /[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}]/u;
const NEEDS_SEGMENTER = /[\p{Script=Thai}\p{Script=Lao}\p{Script=Khmer}\p{Script=Myanmar}]/u;

const segmenters = new Map<string, Intl.Segmenter>();

/** A cached word segmenter for a language (English rules when the locale is not supported). */
export function segmenterFor(language: string): Intl.Segmenter {
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

/** Lower-cased, normalised comment text as the tokenizer reads it. */
export function foldComment(text: string, language: string): string {
	let s = text.length > MAX_COMMENT_CHARS ? text.slice(0, MAX_COMMENT_CHARS) : text;
	s = s.normalize('NFKC');
	s = language === 'tr' || language === 'az' ? s.toLocaleLowerCase('tr') : s.toLowerCase();
	s = language === 'uz' ? s.replace(UZ_APOSTROPHE, '$1ʻ') : s;
	return s.replace(OTHER_APOSTROPHES, "'").replace(/ё/g, 'е');
}

const boilerplateCache = new Map<string, string[][]>();

function boilerplateTokens(language: string): string[][] {
	let list = boilerplateCache.get(language);
	if (list === undefined) {
		list = boilerplateOf(language)
			.map((p) => foldComment(p, language).split(/\s+/).filter(Boolean))
			.filter((p) => p.length > 0)
			.sort((a, b) => b.length - a.length);
		boilerplateCache.set(language, list);
	}
	return list;
}

/** Raw word/break sequence of a folded comment (`null` = break; CJK runs kept whole). */
function rawWords(s: string, language: string): (string | null)[] {
	const out: (string | null)[] = [];
	TOKEN_RE.lastIndex = 0;
	for (let m = TOKEN_RE.exec(s); m !== null; m = TOKEN_RE.exec(s)) {
		const w = m[1];
		if (w === undefined) {
			out.push(null);
			continue;
		}
		if (NEEDS_SEGMENTER.test(w)) {
			for (const seg of segmenterFor(language).segment(w)) {
				if (seg.isWordLike) out.push(seg.segment.replace(EDGE_APOSTROPHES, ''));
				else if (!SPACE_ONLY.test(seg.segment)) out.push(null);
			}
			continue;
		}
		out.push(w);
	}
	return out;
}

/**
 * Theme tokens of a spaced-language comment (CJK runs inside are passed to `cjk` when given, else kept as
 * one token). Never throws.
 */
export function themeTokens(
	text: string,
	language: string,
	cjk?: (run: string) => (ThemeToken | null)[],
): (ThemeToken | null)[] {
	const s = foldComment(text, language);
	const words = rawWords(s, language);
	const stop = stopWordsOf(language);
	const stem = stemmerOf(language);
	const boiler = boilerplateTokens(language);
	const out: (ThemeToken | null)[] = [];
	const brk = (): void => {
		if (out.length > 0 && out[out.length - 1] !== null) out.push(null);
	};
	for (let i = 0; i < words.length; i++) {
		const raw = words[i];
		if (raw === null) {
			brk();
			continue;
		}
		let skip = 0;
		for (const phrase of boiler) {
			let k = 0;
			while (k < phrase.length && words[i + k] === phrase[k]) k++;
			if (k === phrase.length) {
				skip = k;
				break;
			}
		}
		if (skip > 0) {
			brk();
			i += skip - 1;
			continue;
		}
		if (cjk !== undefined && HAS_CJK.test(raw)) {
			CJK_RUN.lastIndex = 0;
			let last = 0;
			for (let m = CJK_RUN.exec(raw); m !== null; m = CJK_RUN.exec(raw)) {
				if (m.index > last) brk();
				for (const t of cjk(m[0]))
					if (t === null) brk();
					else out.push(t);
				last = m.index + m[0].length;
			}
			brk();
			continue;
		}
		let w = raw;
		if (language === 'fr' || language === 'it') w = w.replace(FR_ELISION, '');
		if (w === '' || ONLY_DIGITS.test(w) || HAS_DIGIT.test(w) || stop.has(w)) {
			brk();
			continue;
		}
		if ([...w].length === 1 && !KEEP_SINGLE.test(w)) {
			brk();
			continue;
		}
		out.push({ key: stem(w), form: w });
	}
	return out;
}

/**
 * Case-folded words of a comment with `null` breaks (the written forms of {@link themeTokens}); Han/kana
 * runs are split with `Intl.Segmenter` (the aggregate learns longer units from all comments first).
 */
export function commentTokens(text: string, language: string): (string | null)[] {
	const stop = stopWordsOf(language);
	const cjk = (run: string): (ThemeToken | null)[] => {
		const out: (ThemeToken | null)[] = [];
		for (const seg of segmenterFor(language).segment(run)) {
			if (!seg.isWordLike || stop.has(seg.segment)) out.push(null);
			else out.push({ key: seg.segment, form: seg.segment });
		}
		return out;
	};
	return themeTokens(text, language, cjk).map((t) => (t === null ? null : t.form));
}
