import type { INodeProperties } from 'n8n-workflow';
import { LANGUAGE_OPTIONS } from '../shared/languages';
import { scaleProperties } from '../shared/scale';

/** Fallback paths tried (in order) when the configured path is missing on an item. */
export const FIELD_FALLBACKS = {
	score: ['csi.score', 'score'],
	comment: ['csi.comment', 'comment'],
	timestamp: ['receivedAt', 'timestamp', 'createdAt'],
	kind: ['kind'],
	optOut: ['csi.optOut', 'optOut'],
	aspects: ['csi.aspects', 'aspects'],
} as const;

export const csiAggregateProperties: INodeProperties[] = [
	...scaleProperties,
	{
		displayName: 'Score Field',
		name: 'scoreField',
		type: 'string',
		default: 'csi.score',
		required: true,
		placeholder: 'csi.score',
		description:
			'Path of the score on each item (dots read nested fields). The default reads the Parse CSI Reply output; when the path is missing on an item, "csi.score" and then "score" are tried.',
	},
	{
		displayName: 'Timestamp Field',
		name: 'timestampField',
		type: 'string',
		default: 'receivedAt',
		placeholder: 'receivedAt',
		description:
			'Path of the time of the response (ISO 8601 text, epoch milliseconds or seconds). When missing on an item, "receivedAt", "timestamp" and then "createdAt" are tried. Only used when a period is set.',
	},
	{
		displayName: 'Group By',
		name: 'groupBy',
		type: 'string',
		default: '',
		placeholder: 'operator, branch',
		description:
			'Comma-separated field paths whose values form the groups, e.g. operator or branch. Several fields form one combined group. Empty: no groups.',
	},
	{
		displayName: 'Period',
		name: 'period',
		type: 'options',
		options: [
			{ name: 'Day', value: 'day' },
			{ name: 'ISO Week (Monday to Sunday)', value: 'week' },
			{ name: 'Month', value: 'month' },
			{ name: 'None', value: 'none' },
		],
		default: 'week',
		description:
			'Bucket responses by their local date into periods, with the trend and drop detection per period',
	},
	{
		displayName: 'Time Zone',
		name: 'timeZone',
		type: 'string',
		default: '',
		placeholder: 'Asia/Shanghai',
		displayOptions: { hide: { period: ['none'] } },
		description:
			"IANA time zone the periods are computed in, e.g. Europe/Moscow, Asia/Tashkent, Asia/Shanghai. Empty uses the workflow's time zone.",
	},
	{
		displayName: 'Output',
		name: 'output',
		type: 'options',
		options: [
			{
				name: 'Groups',
				value: 'groups',
				description: 'One item per group with its group fields at the top level and its metrics',
			},
			{
				name: 'Rows (Flat Table)',
				value: 'rows',
				description:
					'One flat item per group and period, ready for a Google Sheet or a Data Table (no nested objects)',
			},
			{
				name: 'Summary',
				value: 'summary',
				description: 'One item with overall metrics, groups, periods and comment themes',
			},
		],
		default: 'summary',
		description: 'Shape of the output items',
	},
	{
		displayName: 'Attach Chart (SVG)',
		name: 'attachChart',
		type: 'boolean',
		default: false,
		description:
			'Whether to attach an SVG chart (trend per period and score distribution) as binary "chart" to the first output item',
	},
	{
		displayName: 'Attach HTML Report',
		name: 'attachReport',
		type: 'boolean',
		default: false,
		description:
			'Whether to attach a standalone HTML report (chart and tables) as binary "report" to the first output item',
	},
	{
		displayName: 'Options',
		name: 'options',
		type: 'collection',
		placeholder: 'Add Option',
		default: {},
		options: [
			{
				displayName: 'Anomaly Detection',
				name: 'anomaly',
				type: 'boolean',
				default: true,
				description:
					'Whether to flag periods whose mean dropped significantly (one-sided Welch t-test) and materially below the previous periods',
			},
			{
				displayName: 'Anomaly Lookback (Periods)',
				name: 'anomalyLookback',
				type: 'number',
				default: 8,
				typeOptions: { minValue: 1 },
				description: 'How many previous periods with data form the baseline of the drop test',
			},
			{
				displayName: 'Anomaly Min Drop',
				name: 'anomalyMinDrop',
				type: 'number',
				default: 0,
				typeOptions: { minValue: 0, numberPrecision: 2 },
				description:
					'Smallest drop of the mean (in score points) that is flagged. 0 uses 10 % of the scale span (0.4 on 1–5, 1 on 0–10).',
			},
			{
				displayName: 'Anomaly Significance',
				name: 'anomalyAlpha',
				type: 'number',
				default: 0.05,
				typeOptions: { minValue: 0.0001, maxValue: 0.5, numberPrecision: 4 },
				description: 'One-sided significance level of the drop test (alpha)',
			},
			{
				displayName: 'Aspects',
				name: 'aspects',
				type: 'boolean',
				default: false,
				description:
					'Whether to report per aspect (wait time, staff attitude, competence, resolution, communication, price, delivery, product, app/website): mentions, share of comments, share negative, mean score and trend, overall, per group and per period',
			},
			{
				displayName: 'Aspects Field',
				name: 'aspectsField',
				type: 'string',
				default: 'csi.aspects',
				description:
					'Path of aspects already found per row (Parse CSI Reply with "Add Aspects"); rows without it have their comment analysed',
			},
			{
				displayName: 'Chart Group Lines',
				name: 'chartGroups',
				type: 'number',
				default: 0,
				typeOptions: { minValue: 0, maxValue: 10 },
				description: 'Also draw the trend of this many largest groups in the chart (0 to 10)',
			},
			{
				displayName: 'Chart Metric',
				name: 'chartMetric',
				type: 'options',
				options: [
					{ name: 'CSAT %', value: 'csat' },
					{ name: 'Mean Score', value: 'mean' },
				],
				default: 'mean',
				description: 'Metric of the trend line in the chart',
			},
			{
				displayName: 'Chart Title',
				name: 'chartTitle',
				type: 'string',
				default: 'Customer satisfaction',
				description: 'Title of the chart and of the HTML report',
			},
			{
				displayName: 'Comment Field',
				name: 'commentField',
				type: 'string',
				default: 'csi.comment',
				description:
					'Path of the free-text comment (for themes). When missing on an item, "csi.comment" and then "comment" are tried.',
			},
			{
				displayName: 'Comment Language',
				name: 'themesLanguage',
				type: 'options',
				options: [{ name: 'Detect per Comment', value: 'auto' }, ...LANGUAGE_OPTIONS],
				default: 'auto',
				description: 'Language of the comments for the themes; detection handles mixed languages',
			},
			{
				displayName: 'Comment Themes',
				name: 'themes',
				type: 'boolean',
				default: true,
				description:
					'Whether to list the most frequent words and phrases of positive and negative comments',
			},
			{
				displayName: 'Custom Aspects (JSON)',
				name: 'customAspects',
				type: 'json',
				default: '[]',
				description:
					'Your own aspects, e.g. [{"name": "parking", "keywords": {"ru": ["парковк*"], "en": ["parking"]}}]. Keywords ending in * match word beginnings; the polarity comes from the comment\'s clause.',
			},
			{
				displayName: 'Kind Field',
				name: 'kindField',
				type: 'string',
				default: 'kind',
				description:
					'Path of the row kind for the rates: sent, delivered, failed, reply (default when empty), optout. Rows of other kinds are ignored and counted in "ignored".',
			},
			{
				displayName: 'Min Sample',
				name: 'minSample',
				type: 'number',
				default: 30,
				typeOptions: { minValue: 0 },
				description: 'Groups and periods with fewer rated responses are flagged "smallSample"',
			},
			{
				displayName: 'Negative Up To',
				name: 'negativeMax',
				type: 'number',
				default: 2,
				description:
					'Highest score counted as negative (detractor). Without this option: 2 on 1–5, 6 on 0–10 and 1–10, 3 on 1–7.',
			},
			{
				displayName: 'Opt-Out Field',
				name: 'optOutField',
				type: 'string',
				default: 'csi.optOut',
				description:
					'Path of the opt-out flag: a reply whose flag is true counts as an opt-out. When missing, "csi.optOut" and then "optOut" are tried.',
			},
			{
				displayName: 'Positive From',
				name: 'positiveMin',
				type: 'number',
				default: 4,
				description:
					'Lowest score counted as positive (promoter, counts for CSAT). Without this option: 4 on 1–5, 9 on 0–10 and 1–10, 6 on 1–7.',
			},
			{
				displayName: 'Top Themes',
				name: 'themesTop',
				type: 'number',
				default: 10,
				typeOptions: { minValue: 1, maxValue: 1000 },
				description: 'How many words and how many phrases to keep per language and sentiment',
			},
		],
	},
];
