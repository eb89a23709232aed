/**
 * Registry of the comment-analysis parts of each language pack (`nodes/core/languages/<code>/`): aspect
 * lexicon (`aspects.ts`), stemmer (`stem.ts`) and stop words/boilerplate (`stopwords.ts`). The language packs
 * hang these onto their pack object (`index.ts`); this registry reads them from there, so adding a language is
 * adding its pack.
 */
import { LANGUAGE_PACKS } from '../languages';
import { EXTRA_STOPWORDS } from './stopwords-extra';
import type { StopwordSet } from './stopword-types';
import type { AspectLexicon } from './types';

/** Comment-analysis part of one language pack. */
export interface AnalysisPack {
	aspects: AspectLexicon;
	stem: (word: string) => string;
	stopwords: StopwordSet;
}

/** The analysis parts of the language packs, by language code. */
export const ANALYSIS_PACKS: Readonly<Record<string, AnalysisPack>> = Object.fromEntries(
	LANGUAGE_PACKS.flatMap((pack) =>
		pack.aspects && pack.stem && pack.stopWords
			? [[pack.code, { aspects: pack.aspects, stem: pack.stem, stopwords: pack.stopWords }]]
			: [],
	),
);

function own<T>(rec: Readonly<Record<string, T>>, key: string): T | undefined {
	return Object.prototype.hasOwnProperty.call(rec, key) ? rec[key] : undefined;
}

/** Built-in aspect lexicon of a language, `undefined` when the language has none. */
export function aspectLexiconOf(language: string): AspectLexicon | undefined {
	return own(ANALYSIS_PACKS, language)?.aspects;
}

const identity = (w: string): string => w;

/** Stemmer of a language (identity when the language has none). */
export function stemmerOf(language: string): (word: string) => string {
	return own(ANALYSIS_PACKS, language)?.stem ?? identity;
}

/** Stop-word data of a language (packs first, then the extra theme languages). */
export function stopwordSetOf(language: string): StopwordSet | undefined {
	return own(ANALYSIS_PACKS, language)?.stopwords ?? own(EXTRA_STOPWORDS, language);
}

/** Languages with a built-in aspect lexicon. */
export const ASPECT_LANGUAGES: readonly string[] = Object.keys(ANALYSIS_PACKS);

/** Languages with a stop-word list. */
export const STOPWORD_LANGUAGES: readonly string[] = [
	...Object.keys(ANALYSIS_PACKS),
	...Object.keys(EXTRA_STOPWORDS),
];
