/** Why a reply did or did not yield a score. */
export type ReplyReason =
	/** a single, unambiguous, in-range integer rating was found */
	| 'ok'
	/** the reply is empty or only white space / invisible characters */
	| 'empty'
	/** no rating: words without a numeral, emoji, junk, or only numbers that are not ratings (times, counts, ids) */
	| 'no_rating'
	/** a rating outside the scale (7 on 1-5, 0 on 1-10), a negative number, or a rating on another scale (8/10 on 1-5) */
	| 'out_of_range'
	/** two or more different candidate ratings (`3 или 4`, `4-5`, `Оператору 5, а компании 2`) */
	| 'ambiguous'
	/** a non-integer rating (`4.5`, `4,5`) */
	| 'not_integer'
	/** the reply asks to stop the messages (wins over any rating) */
	| 'opt_out';

/** An inclusive integer rating scale. */
export interface RatingScale {
	min: number;
	max: number;
}

/** Options of {@link parseReply}. */
export interface ParseOptions {
	/** lowest score of the survey scale (default 1) */
	min?: number;
	/** highest score of the survey scale (default 5) */
	max?: number;
	/** language of the survey, e.g. 'ru', 'zh-CN': returned as `language` instead of the detected one */
	language?: string;
	/** opt-out keywords, replacing the defaults (STOP, СТОП, TD, 退订, BAJA, …) */
	optOutKeywords?: readonly string[];
	/** opt-out keywords added to the defaults (or to `optOutKeywords`) */
	extraOptOutKeywords?: readonly string[];
	/**
	 * plain-language opt-out phrases, replacing the defaults ("stop texting", "не пишите", "别再发", …). Words
	 * match case- and accent-insensitively, up to two object pronouns or "more/please" adverbs may stand between
	 * them ("хватит мне писать"), the last word may be longer ("stop msgs"); CJK phrases match as substrings.
	 */
	optOutPhrases?: readonly string[];
	/** opt-out phrases added to the defaults (or to `optOutPhrases`) */
	extraOptOutPhrases?: readonly string[];
	/** set to false to skip opt-out detection (default true) */
	detectOptOut?: boolean;
	/** accept star ratings (`⭐⭐⭐⭐`, `★★★☆☆`) (default true) */
	allowStars?: boolean;
	/** accept number words and school grades (`five`, `пятёрка`, `五`) (default true) */
	allowWords?: boolean;
}

/** Result of {@link parseReply}. */
export interface ParseResult {
	/** the rating on the survey scale, or null */
	score: number | null;
	/** the reply without the rating phrase (trimmed of separators); the whole trimmed reply when `score` is null */
	comment: string;
	/** `score !== null` */
	valid: boolean;
	/** the reply is an opt-out request */
	optOut: boolean;
	/** why the reply did or did not yield a score */
	reason: ReplyReason;
	/** the rating phrase as written (`Оценка 4`, `5分`, `⭐⭐⭐`), also for refused ratings; '' when none */
	ratingText: string;
	/** the `language` option, or the detected language ('und' when unknown) */
	language: string;
	/** the scale the reply was parsed against */
	scale: RatingScale;
	/** the distinct candidate values found (also out-of-range, negative and non-integer ones) */
	candidates: number[];
}
