/**
 * Survey aggregation core: CSAT / NPS / CES metrics, response/delivery/opt-out rates, groups, periods in a
 * time zone with trends and anomaly flags, comment themes, SVG chart and HTML report. Pure, no n8n import.
 */
export { aggregateResponses, defaultScoreThresholds, AGGREGATE_DEFAULT_MIN_SAMPLE, AGGREGATE_MAX_SCALE_SPAN, AGGREGATE_NO_GROUP_LABEL } from './aggregate';
export { renderChartSvg, renderHtmlReport, escapeReportMarkup, REPORT_FONT_FAMILY } from './render';
export type { ChartSvgOptions, ChartSvgLabels, HtmlReportOptions } from './render';
export { detectCommentLanguage } from './themes';
export { THEME_STOP_WORD_LANGUAGES } from './stopwords';
export type {
	AggregateAnomaly,
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
