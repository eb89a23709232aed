/**
 * Survey aggregation core: CSAT / NPS / CES metrics, response/delivery/opt-out rates, groups, periods in a
 * time zone with trends and anomaly flags, comment themes and aspects, SVG chart and HTML report. Pure, no n8n import.
 */
export {
	aggregateResponses,
	defaultScoreThresholds,
	AGGREGATE_DEFAULT_MIN_SAMPLE,
	AGGREGATE_MAX_SCALE_SPAN,
	AGGREGATE_NO_GROUP_LABEL,
} from './aggregate';
export { renderChartSvg, renderHtmlReport, escapeReportMarkup, REPORT_FONT_FAMILY } from './render';
export type { ChartSvgOptions, ChartSvgLabels, HtmlReportOptions } from './render';
export { detectCommentLanguage } from './themes';
export { responseRateByAttempt } from './attempts';
export type { AttemptRate, AttemptRateOptions } from './attempts';
export { THEME_STOP_WORD_LANGUAGES } from './stopwords';
export { ASPECT_LABELS, aspectLabel } from './render-aspects';
export type {
	AggregateAnomaly,
	AggregateAspectOptions,
	AggregateAspectReport,
	AggregateAspectStat,
	AggregateAnomalyOptions,
	AggregateGroupResult,
	AggregateInterval,
	AggregateMetrics,
	AggregateOptions,
	AggregatePeriod,
	AggregatePeriodResult,
	AggregateResult,
	AggregateRow,
	AggregateRowKind,
	AggregateThemeBucket,
	AggregateThemeLanguage,
	AggregateThemeOptions,
	AggregateThemes,
	AggregateThemeTerm,
	AggregateThresholds,
} from './types';
export { groupValue } from './aggregate';
export { describePeriod, isValidTimeZone, localDayOf, periodStart, ZoneCalendar } from './time';
