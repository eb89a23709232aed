import type { CustomAspect } from '../analysis/types';

/**
 * Public types of the survey aggregation core (`aggregateResponses`, `renderChartSvg`, `renderHtmlReport`).
 *
 * Conventions used throughout:
 * - Percentages (`positivePct`, `csat`, `nps`, rates, CSAT interval) are in percent (0–100), rounded half-up to
 *   **1 decimal**. NPS is in points (−100…100), also 1 decimal.
 * - Score-unit values (`mean`, `median`, `stdDev`, `ces`, mean interval, mean deltas) are rounded to **2 decimals**.
 * - Exact integer counts and `sum` (the sum of all rated scores) are kept so any value can be recomputed exactly.
 * - A value that cannot be computed (empty sample, wrong scale, missing denominator) is `null`, never `NaN`.
 */

/** Aggregation period. `week` is the ISO 8601 week (Monday to Sunday, label `2026-W07`). */
export type AggregatePeriod = 'day' | 'week' | 'month';

/** Row kind of the rate convention, after normalisation (see {@link AggregateOptions.kindField}). */
export type AggregateRowKind = 'sent' | 'delivered' | 'failed' | 'reply' | 'optout';

/** One input row. Any further fields may be used for grouping. Untrusted: every field may hold anything. */
export interface AggregateRow {
	/** Score given by the respondent. Integers (or integer strings such as `"4"`) inside the scale count. */
	score?: unknown;
	/** Free-text comment of the respondent. */
	comment?: unknown;
	/** When the event happened: `Date`, epoch number (ms; seconds if |n| < 1e11) or ISO 8601 string. */
	timestamp?: unknown;
	/** Row kind for the rates: `sent`, `delivered`, `failed`, `reply` (default), `optout`. */
	kind?: unknown;
	/** `true` on a reply row marks an opt-out reply (for example "STOP"). */
	optOut?: unknown;
	[field: string]: unknown;
}

/** Sentiment thresholds on the score scale: `score >= positiveMin` is positive, `score <= negativeMax` negative. */
export interface AggregateThresholds {
	/** Lowest positive score (promoter on 0–10). */
	positiveMin?: number;
	/** Highest negative score (detractor on 0–10). */
	negativeMax?: number;
}

/** Anomaly ("clear drop") detection settings. */
export interface AggregateAnomalyOptions {
	/** One-sided significance level. Default `0.05`. */
	alpha?: number;
	/** Minimum drop of the mean (score units) against the baseline. Default: 10 % of the scale span (0.4 on 1–5, 1 on 0–10, 0.6 on 1–7). */
	minDrop?: number;
	/** Minimum number of rated responses in the period AND in the baseline. Default: `minSample` of the aggregation. */
	minSample?: number;
	/** How many previous periods (with data) form the baseline. Default `8`. */
	lookback?: number;
}

/** Aspect settings of {@link aggregateResponses}. */
export interface AggregateAspectOptions {
	/** Language of all comments (`'ru'`, `'zh'`, …): skips detection. Default `'auto'`. */
	language?: string;
	/** Extra aspects: a name and keywords (for every language, or per language code). */
	customAspects?: CustomAspect[];
	/**
	 * Row field holding aspects already found (an array of `{ aspect, polarity }`, e.g. Parse CSI Reply's
	 * output); rows without it have their comment analysed. Default `'aspects'`.
	 */
	field?: string;
}

/** One aspect in a sample. */
export interface AggregateAspectStat {
	/** Aspect id (`wait_time`, `staff_attitude`, …) or custom aspect name. */
	aspect: string;
	/** Mentions (a comment can mention an aspect more than once). */
	mentions: number;
	/** Comments mentioning it. */
	comments: number;
	/** `comments` / comments of the sample, in %, 1 decimal (`null` without comments). */
	share: number | null;
	/** Comments criticising it / praising it (a comment can do both). */
	negative: number;
	positive: number;
	/** `negative` / `comments`, in %, 1 decimal. */
	negativeShare: number | null;
	/** Mean score of the rated replies whose comment mentions it, 2 decimals. */
	meanScore: number | null;
	/**
	 * Against the previous period (periods: the period before; overall and groups: the last period against
	 * the one before): change of `share` and `negativeShare` in percentage points. `null` without periods.
	 */
	trend: { previous: string; shareDelta: number | null; negativeShareDelta: number | null } | null;
}

/** Aspects of a sample. */
export interface AggregateAspectReport {
	/** Reply comments looked at (non-empty comment or given aspects). */
	comments: number;
	/** Of them, comments with at least one aspect. */
	withAspects: number;
	/** Aspects, most mentioned first. */
	items: AggregateAspectStat[];
}

/** Comment-theme settings. */
export interface AggregateThemeOptions {
	/** How many words and how many phrases to keep per language and sentiment. Default `10`. */
	top?: number;
	/**
	 * Language of all comments (`'ru'`, `'zh'`, …): skips detection. Default `'auto'` (detect per comment).
	 */
	language?: string;
	/** Minimum number of comments a two-word phrase must appear in. Default `2`. */
	minPhraseCount?: number;
	/**
	 * Minimum number of comments of its side a theme must appear in. Default `0`: automatic (0.4% of the
	 * side's comments, at least 2).
	 */
	minCount?: number;
	/** At most this many comments are analysed (the first ones in input order). Default `200000`. */
	maxComments?: number;
}

/** Options of {@link aggregateResponses}. */
export interface AggregateOptions {
	/** Lowest score of the scale (integer). */
	min: number;
	/** Highest score of the scale (integer, `min < max`, at most 100 values apart). */
	max: number;
	/** Fields whose values form the groups; several fields form one combined key. */
	groupBy?: string[];
	/** Period to bucket timed rows into. Without it `periods` is empty. */
	period?: AggregatePeriod;
	/** IANA time zone the periods are computed in. Default `'UTC'`. */
	timeZone?: string;
	/** Sentiment thresholds; defaults depend on the scale (see `defaultScoreThresholds`). */
	thresholds?: AggregateThresholds;
	/** Field holding the score. Default `'score'`. */
	scoreField?: string;
	/** Field holding the comment. Default `'comment'`. */
	commentField?: string;
	/** Field holding the timestamp. Default `'timestamp'`. */
	timestampField?: string;
	/**
	 * Field holding the row kind. Default `'kind'`. Values (case-insensitive):
	 * `sent` (also `queued`, `pending`, `accepted`, `submitted`, `survey`), `delivered`,
	 * `failed` (also `undelivered`, `rejected`, `expired`, `error`), `reply` (also `response`, `answer`, or
	 * field missing/empty), `optout` (also `opt-out`, `opt_out`, `stop`, `unsubscribe`, `unsubscribed`).
	 * Any other value: the row is ignored (counted in `ignored`).
	 */
	kindField?: string;
	/** Alias of `kindField` (if both are given, `kindField` wins). */
	statusField?: string;
	/** Field that marks a reply row as an opt-out when it holds `true`. Default `'optOut'`. */
	optOutField?: string;
	/** Samples with fewer rated responses are flagged `smallSample`. Default `30`. */
	minSample?: number;
	/** Aspects per sample: `true`/object to compute, `false` to skip (default). */
	aspects?: boolean | AggregateAspectOptions;
	/** Comment themes: `true`/object to compute (default), `false` to skip. */
	themes?: boolean | AggregateThemeOptions;
	/** Anomaly detection: object to tune, `false` to skip. Default on when `period` is set. */
	anomaly?: boolean | AggregateAnomalyOptions;
}

/** A confidence interval. */
export interface AggregateInterval {
	low: number;
	high: number;
	/** Confidence level, `0.95`. */
	level: number;
	/** `'t'`: Student t interval of the mean (df = n − 1); `'wilson'`: Wilson score interval of a proportion. */
	method: 't' | 'wilson';
}

/** Metrics of one sample (overall, group, period or group × period). */
export interface AggregateMetrics {
	/** Aspects of the sample's comments (only when the `aspects` option is on). */
	aspects?: AggregateAspectReport;
	/** Rated replies: numeric score inside the scale. */
	count: number;
	/** Reply rows whose score is missing, not a number, not an integer or out of the scale. */
	invalid: number;
	/** Rows without a usable timestamp (only counted when `period` is set; excluded from periods). */
	untimed: number;
	/** Sum of the rated scores (exact). */
	sum: number;
	/** Arithmetic mean, 2 decimals. */
	mean: number | null;
	/** Median (from the histogram; mean of the two middle values for even counts), 2 decimals. */
	median: number | null;
	/** Sample standard deviation (n − 1), 2 decimals; `null` for count < 2. */
	stdDev: number | null;
	/** 95 % Student-t interval of the mean (df = n − 1), clipped to the scale; `null` for count < 2. */
	meanCi: AggregateInterval | null;
	/** Count per score value, every value of the scale present (keys are the score values as strings). */
	distribution: Record<string, number>;
	/** Rated replies that are positive / neutral / negative. */
	positive: number;
	neutral: number;
	negative: number;
	positivePct: number | null;
	neutralPct: number | null;
	negativePct: number | null;
	/** CSAT: share of positive scores in percent (Zendesk/Gorgias convention). */
	csat: number | null;
	/** 95 % Wilson interval of the CSAT share, in percent. */
	csatCi: AggregateInterval | null;
	/** NPS = % promoters − % detractors; only on a 0–10 scale, else `null`. */
	nps: number | null;
	/** CES = mean score; only on a 1–7 scale, else `null`. */
	ces: number | null;
	/** `count < minSample`. */
	smallSample: boolean;
	/** Rate counters (see {@link AggregateOptions.kindField}). */
	sent: number;
	delivered: number;
	failed: number;
	/** Reply rows that are not opt-outs (rated + invalid). */
	responses: number;
	optOuts: number;
	/** `responses / sent` in %, `null` without `sent` rows. */
	responseRate: number | null;
	/** `delivered / sent` in %, `null` without `sent` rows or without any `delivered`/`failed` row. */
	deliveryRate: number | null;
	/** `optOuts / sent` in %, `null` without `sent` rows. */
	optOutRate: number | null;
}

/** Change against the previous period with data. */
export interface AggregateTrend {
	/** Key of the previous period. */
	previous: string;
	/** Mean now − mean before, 2 decimals (from unrounded means); `null` if one of them is missing. */
	meanDelta: number | null;
	/** CSAT now − CSAT before, percentage points, 1 decimal. */
	csatDelta: number | null;
}

/** Why a period is (not) flagged as a drop. */
export interface AggregateAnomaly {
	/** `true` when the period mean is significantly AND materially below the baseline. */
	flagged: boolean;
	/** Test used: one-sided Welch t-test of the period mean vs the pooled previous periods. */
	test: 'welch-t';
	/** Keys of the baseline periods (previous periods with data, at most `lookback`). */
	baselinePeriods: string[];
	baselineCount: number;
	/** Baseline mean, 2 decimals. */
	baselineMean: number | null;
	/** Baseline mean − period mean, 2 decimals (positive = drop). */
	drop: number | null;
	/** Welch t statistic (3 decimals); `null` if not computed or both variances are 0. */
	t: number | null;
	/** Welch–Satterthwaite degrees of freedom (1 decimal). */
	df: number | null;
	/** One-sided p-value P(T ≤ t) (4 significant decimals). */
	p: number | null;
	alpha: number;
	minDrop: number;
	minSample: number;
	/** Human-readable explanation. */
	reason: string;
}

/** One period. */
export interface AggregatePeriodResult extends AggregateMetrics {
	/** `2026-03-29` (day), `2026-W13` (ISO week), `2026-03` (month). */
	key: string;
	/** First local day of the period (`YYYY-MM-DD`, in `timeZone`). */
	start: string;
	/** Last local day of the period (inclusive). */
	end: string;
	/** `null` for the first period. */
	trend: AggregateTrend | null;
	/** `null` when anomaly detection is off. */
	anomaly: AggregateAnomaly | null;
}

/** One group. */
export interface AggregateGroupResult extends AggregateMetrics {
	/** The group's field values; missing/empty/non-primitive values are `null` (label `(none)`). */
	key: Record<string, string | null>;
	/** Display label: values joined with ` / `, `(none)` for `null`. */
	label: string;
	/** The group's periods, chronological (empty without `period`). */
	periods: AggregatePeriodResult[];
}

/** A word or phrase distinctive of one side's comments. */
export interface AggregateThemeTerm {
	/** Case-folded word or two-word phrase, in its most frequent written form (words are counted by stem). */
	term: string;
	/** Number of comments containing it (once per comment). */
	count: number;
	/** `count` / comments of the bucket, in %, 1 decimal. */
	share: number;
	/** Up to 3 example comments (first ones in input order, at most 200 characters). */
	examples: string[];
}

/** Themes of one sentiment bucket. */
export interface AggregateThemeBucket {
	/** Comments in the bucket. */
	comments: number;
	/**
	 * Words and phrases together, most distinctive of this side first (weighted log-odds z-score against the
	 * other side), each at least `minCount` comments, no term sharing a word with a better one.
	 */
	themes: AggregateThemeTerm[];
	/** Top single words (same ranking). */
	words: AggregateThemeTerm[];
	/** Top two-word phrases (adjacent words, no stop word between; same ranking). */
	phrases: AggregateThemeTerm[];
}

/** Themes of one language. */
export interface AggregateThemeLanguage {
	/** Detected language code (`ru`, `zh`, `en`, …; `und` when undetermined). */
	language: string;
	negative: AggregateThemeBucket;
	positive: AggregateThemeBucket;
}

/** Comment themes. */
export interface AggregateThemes {
	/** Comments analysed (non-empty comments of positive or negative rated replies). */
	analyzed: number;
	/** Comments not analysed because of `maxComments`. */
	skipped: number;
	/** Languages, most comments first. */
	languages: AggregateThemeLanguage[];
}

/** Result of {@link aggregateResponses}. */
export interface AggregateResult {
	/** Echo of the effective settings. */
	scale: { min: number; max: number };
	thresholds: { positiveMin: number; negativeMax: number };
	period: AggregatePeriod | null;
	timeZone: string;
	groupBy: string[];
	minSample: number;
	/** Input rows in total. */
	rows: number;
	/** Rows that are not objects or have an unknown kind. */
	ignored: number;
	overall: AggregateMetrics;
	/** Groups ordered by key (code-unit order of the values, `null` last). Empty without `groupBy`. */
	groups: AggregateGroupResult[];
	/** Overall periods, chronological. */
	periods: AggregatePeriodResult[];
	/** `null` when themes are off. */
	themes: AggregateThemes | null;
}
