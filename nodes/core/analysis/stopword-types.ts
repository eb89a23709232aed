/** Stop-word data of one language (space-separated word lists, phrase lists). */
export interface StopwordSet {
	/** Stop words: never a theme, break a phrase. */
	stop: string;
	/** Words typical of the language (with the stop words, used to detect it). */
	markers: string;
	/** Negations: kept inside phrases ("не работает"), never a theme alone. */
	negations: string;
	/** Greetings and boilerplate phrases removed before counting ("добрый день", "являюсь клиентом"). */
	boilerplate: readonly string[];
}
