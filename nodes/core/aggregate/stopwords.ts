/**
 * Stop words, detection markers, negations and boilerplate for comment themes, read from the language packs
 * (`nodes/core/languages/<code>/stopwords.ts`).
 *
 * Negations ("not", "не", "不", "nicht", "không", …) are deliberately NOT stop words: they are kept inside
 * two-word phrases (never listed alone), since in complaint themes "не работает" or "not fixed" is the theme.
 */
import { STOPWORD_LANGUAGES, stemmerOf, stopwordSetOf } from '../analysis/packs';
import { enThemeNeutral } from '../languages/en/stopwords';
import { ruThemeNeutral } from '../languages/ru/stopwords';
import { zhThemeNeutral } from '../languages/zh/stopwords';

/**
 * Theme-neutral words per language (`<code>ThemeNeutral` of the language packs): narration verbs, discourse
 * words, document register, units. Inside phrases only, never a theme alone.
 */
const THEME_NEUTRAL: Readonly<Record<string, string>> = {
	en: enThemeNeutral,
	ru: ruThemeNeutral,
	zh: zhThemeNeutral,
};

function toSet(text: string): Set<string> {
	return new Set(text.split(/\s+/).filter((w) => w !== ''));
}

interface Sets {
	stop: Set<string>;
	markers: Set<string>;
	negations: Set<string>;
	boilerplate: string[];
}

const EMPTY = new Set<string>();
const cache = new Map<string, Sets | null>();

function setsOf(language: string): Sets | null {
	let sets = cache.get(language);
	if (sets === undefined) {
		const data = stopwordSetOf(language);
		if (data === undefined) sets = null;
		else {
			const stop = toSet(data.stop);
			const markers = toSet(data.markers);
			for (const w of stop) markers.add(w);
			sets = {
				stop,
				markers,
				negations: toSet(data.negations),
				boilerplate: data.boilerplate.map((b) => b.toLowerCase()),
			};
		}
		cache.set(language, sets);
	}
	return sets;
}

/** Built-in negations of a language (empty set for languages without a list). */
export function negationsOf(language: string): ReadonlySet<string> {
	return setsOf(language)?.negations ?? EMPTY;
}

/** Built-in stop words of a language (empty set for languages without a list). */
export function stopWordsOf(language: string): ReadonlySet<string> {
	return setsOf(language)?.stop ?? EMPTY;
}

/** Detection markers of a language: its stop words plus typical words. */
export function markersOf(language: string): ReadonlySet<string> {
	return setsOf(language)?.markers ?? EMPTY;
}

/** Greetings and boilerplate phrases of a language (lower case). */
export function boilerplateOf(language: string): readonly string[] {
	return setsOf(language)?.boilerplate ?? [];
}

const neutralCache = new Map<string, ReadonlySet<string>>();

/**
 * Stems of the theme-neutral words of a language, plus the stems of its negations (a phrase of only these,
 * "не сталкивался", says nothing about the service). Empty for languages without a list.
 */
export function neutralStemsOf(language: string): ReadonlySet<string> {
	let set = neutralCache.get(language);
	if (set === undefined) {
		const text = Object.prototype.hasOwnProperty.call(THEME_NEUTRAL, language)
			? THEME_NEUTRAL[language]
			: '';
		const stem = stemmerOf(language);
		const out = new Set<string>();
		for (const w of toSet(text)) out.add(stem(w.replace(/ё/g, 'е')));
		set = out;
		neutralCache.set(language, set);
	}
	return set;
}

/** Languages that have a built-in stop-word list. */
export const THEME_STOP_WORD_LANGUAGES: readonly string[] = STOPWORD_LANGUAGES;
