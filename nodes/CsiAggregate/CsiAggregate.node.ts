import {
	NodeConnectionTypes,
	NodeOperationError,
	type IBinaryKeyData,
	type IDataObject,
	type IExecuteFunctions,
	type INodeExecutionData,
	type INodeType,
	type INodeTypeDescription,
	type IPairedItemData,
} from 'n8n-workflow';
import {
	aggregateResponses,
	describePeriod,
	groupValue,
	isValidTimeZone,
	localDayOf,
	periodStart,
	renderChartSvg,
	renderHtmlReport,
	ZoneCalendar,
	type AggregateGroupResult,
	type AggregateMetrics,
	type AggregateOptions,
	type AggregatePeriod,
	type AggregatePeriodResult,
	type AggregateResult,
} from '../core/aggregate';
import type { CustomAspect } from '../core/analysis';
import { responseRateByAttempt } from '../core/aggregate';
import { splitList } from '../shared/languages';
import { resolveScale } from '../shared/scale';
import { csiAggregateProperties, FIELD_FALLBACKS } from './description';
import { getFirst, getPath, pathChain, compilePath, type FieldPath } from './paths';

interface AggregateNodeOptions {
	anomaly?: boolean;
	aspects?: boolean;
	aspectsField?: string;
	customAspects?: unknown;
	anomalyLookback?: number;
	anomalyMinDrop?: number;
	anomalyAlpha?: number;
	chartGroups?: number;
	chartMetric?: 'mean' | 'csat';
	chartTitle?: string;
	commentField?: string;
	themesLanguage?: string;
	themes?: boolean;
	kindField?: string;
	minSample?: number;
	negativeMax?: number;
	optOutField?: string;
	positiveMin?: number;
	themesTop?: number;
}

// Keys of the flat rows handed to the core; group fields keep their own names next to them.
const SCORE = '$csiScore';
const COMMENT = '$csiComment';
const TIMESTAMP = '$csiTimestamp';
const KIND = '$csiKind';
const OPT_OUT = '$csiOptOut';
const ASPECTS = '$csiAspects';

/** One input item as the core reads it: a fixed shape (fast property access for 100k+ items). */
class FlatRow {
	[field: string]: unknown;
	$csiScore: unknown;
	$csiComment: unknown;
	$csiTimestamp: unknown;
	$csiKind: unknown;
	$csiOptOut: unknown;
	$csiAspects: unknown;
	constructor(
		score: unknown,
		comment: unknown,
		timestamp: unknown,
		kind: unknown,
		optOut: unknown,
		aspects: unknown,
	) {
		this.$csiScore = score;
		this.$csiComment = comment;
		this.$csiTimestamp = timestamp;
		this.$csiKind = kind;
		this.$csiOptOut = optOut;
		this.$csiAspects = aspects;
	}
}
const INTERNAL_KEYS = new Set([SCORE, COMMENT, TIMESTAMP, KIND, OPT_OUT, ASPECTS]);

/** Map key of a row's group values (same equality as the core's group keys). */
function groupMapKey(values: (string | null)[]): string {
	if (values.length === 1) return values[0] === null ? 'n' : `s${values[0]}`;
	return JSON.stringify(values);
}

/** Parameter names (as the user sees them) of the core's option names, for error messages. */
const OPTION_LABELS: Record<string, string> = {
	min: 'Scale',
	max: 'Scale',
	thresholds: 'Positive From / Negative Up To',
	'thresholds.positiveMin': 'Positive From',
	'thresholds.negativeMax': 'Negative Up To',
	groupBy: 'Group By',
	period: 'Period',
	timeZone: 'Time Zone',
	minSample: 'Min Sample',
	'themes.top': 'Top Themes',
	'themes.language': 'Comment Language',
	aspects: 'Custom Aspects (JSON)',
	'aspects.customAspects': 'Custom Aspects (JSON)',
	'aspects.language': 'Comment Language',
	'aspects.field': 'Aspects Field',
	'anomaly.alpha': 'Anomaly Significance',
	'anomaly.minDrop': 'Anomaly Min Drop',
	'anomaly.lookback': 'Anomaly Lookback (Periods)',
	'anomaly.minSample': 'Min Sample',
};

/** Flat metric columns of one sample (no nested objects). */
function flatMetrics(m: AggregateMetrics): IDataObject {
	return {
		count: m.count,
		invalid: m.invalid,
		mean: m.mean,
		median: m.median,
		stdDev: m.stdDev,
		csat: m.csat,
		nps: m.nps,
		ces: m.ces,
		positivePct: m.positivePct,
		neutralPct: m.neutralPct,
		negativePct: m.negativePct,
		sent: m.sent,
		delivered: m.delivered,
		failed: m.failed,
		responses: m.responses,
		optOuts: m.optOuts,
		responseRate: m.responseRate,
		deliveryRate: m.deliveryRate,
		optOutRate: m.optOutRate,
		smallSample: m.smallSample,
		...flatAspects(m),
	};
}

/** Aspect columns of a sample (rows output): comments and negative share per aspect. */
function flatAspects(m: AggregateMetrics): IDataObject {
	const out: IDataObject = {};
	if (m.aspects === undefined) return out;
	for (const a of m.aspects.items) {
		const key = a.aspect.replace(/[^\p{L}\p{N}_]+/gu, '_');
		out[`aspect_${key}`] = a.comments;
		out[`aspect_${key}_negativePct`] = a.negativeShare;
	}
	return out;
}

function flatPeriod(p: AggregatePeriodResult | null): IDataObject {
	return {
		period: p ? p.key : null,
		periodStart: p ? p.start : null,
		periodEnd: p ? p.end : null,
	};
}

function flatTrend(p: AggregatePeriodResult | null): IDataObject {
	return {
		meanDelta: p?.trend?.meanDelta ?? null,
		csatDelta: p?.trend?.csatDelta ?? null,
		anomaly: p?.anomaly?.flagged ?? false,
		anomalyP: p?.anomaly?.p ?? null,
	};
}

function keyFields(groupBy: string[], g: AggregateGroupResult | null): IDataObject {
	const out: IDataObject = {};
	for (const f of groupBy) {
		Object.defineProperty(out, f, {
			value: g ? g.key[f] : null,
			enumerable: true,
			writable: true,
			configurable: true,
		});
	}
	return out;
}

function pairs(indexes: number[] | undefined): IPairedItemData[] {
	if (indexes === undefined) return [];
	const out: IPairedItemData[] = new Array(indexes.length);
	for (let i = 0; i < indexes.length; i++) out[i] = { item: indexes[i] };
	return out;
}

export class CsiAggregate implements INodeType {
	description: INodeTypeDescription = {
		displayName: 'CSI Aggregate',
		name: 'csiAggregate',
		icon: { light: 'file:csiAggregate.svg', dark: 'file:csiAggregate.dark.svg' },
		group: ['transform'],
		version: 1,
		subtitle:
			'={{$parameter["output"] + ($parameter["period"] && $parameter["period"] !== "none" ? " per " + $parameter["period"] : "")}}',
		description:
			'Turn survey replies into CSAT, NPS, CES, response rates, per-group and per-period trends, drop alerts, comment themes and a chart',
		defaults: { name: 'CSI Aggregate' },
		inputs: [NodeConnectionTypes.Main],
		outputs: [NodeConnectionTypes.Main],
		usableAsTool: true,
		properties: csiAggregateProperties,
	};

	async execute(this: IExecuteFunctions): Promise<INodeExecutionData[][]> {
		const items = this.getInputData();
		const node = this.getNode();
		const fail = (message: string, description?: string) =>
			new NodeOperationError(node, message, { description });

		const scale = resolveScale(
			this.getNodeParameter('scale', 0),
			this.getNodeParameter('scaleMin', 0, 1),
			this.getNodeParameter('scaleMax', 0, 5),
		);
		if (typeof scale === 'string') throw fail(`Parameter "Scale": ${scale}`);

		const scoreFieldRaw = String(this.getNodeParameter('scoreField', 0, 'csi.score') ?? '').trim();
		if (scoreFieldRaw === '')
			throw fail(
				'Parameter "Score Field" is empty: expected a field path such as csi.score or score',
			);
		const timestampFieldRaw = String(
			this.getNodeParameter('timestampField', 0, 'receivedAt') ?? '',
		).trim();
		const groupByRaw = this.getNodeParameter('groupBy', 0, '') as unknown;
		const groupBy = splitList(groupByRaw);
		if (new Set(groupBy).size !== groupBy.length)
			throw fail(
				`Parameter "Group By" lists a field twice: expected distinct field paths, got "${groupBy.join(', ')}"`,
			);
		const periodRaw = this.getNodeParameter('period', 0, 'week') as string;
		if (!['none', 'day', 'week', 'month'].includes(periodRaw))
			throw fail(`Parameter "Period" is "${String(periodRaw)}": expected none, day, week or month`);
		const period: AggregatePeriod | null =
			periodRaw === 'none' ? null : (periodRaw as AggregatePeriod);
		let timeZone = 'UTC';
		if (period !== null) {
			const tzParam = String(this.getNodeParameter('timeZone', 0, '') ?? '').trim();
			timeZone = tzParam === '' ? this.getTimezone() : tzParam;
			if (!isValidTimeZone(timeZone))
				throw fail(
					`Parameter "Time Zone" is "${timeZone}": expected an IANA time zone such as Europe/Moscow, Asia/Tashkent, Asia/Shanghai or UTC`,
				);
		}
		const output = this.getNodeParameter('output', 0, 'summary') as string;
		if (!['summary', 'groups', 'rows'].includes(output))
			throw fail(`Parameter "Output" is "${String(output)}": expected summary, groups or rows`);
		const attachChart = this.getNodeParameter('attachChart', 0, false) as boolean;
		const attachReport = this.getNodeParameter('attachReport', 0, false) as boolean;
		const o = this.getNodeParameter('options', 0, {}) as AggregateNodeOptions;

		const scorePaths = pathChain(scoreFieldRaw, FIELD_FALLBACKS.score);
		const commentPaths = pathChain(o.commentField ?? 'csi.comment', FIELD_FALLBACKS.comment);
		const timestampPaths = pathChain(timestampFieldRaw, FIELD_FALLBACKS.timestamp);
		const kindPaths = pathChain(o.kindField ?? 'kind', FIELD_FALLBACKS.kind);
		const optOutPaths = pathChain(o.optOutField ?? 'csi.optOut', FIELD_FALLBACKS.optOut);
		const groupPaths: FieldPath[] = groupBy.map(compilePath);
		const themesOn = o.themes !== false;
		const aspectsOn = o.aspects === true;
		const aspectPaths = pathChain(o.aspectsField ?? 'csi.aspects', FIELD_FALLBACKS.aspects);
		let customAspects: unknown = [];
		if (aspectsOn && o.customAspects !== undefined && o.customAspects !== '') {
			customAspects = o.customAspects;
			if (typeof customAspects === 'string') {
				try {
					customAspects = JSON.parse(customAspects);
				} catch (error) {
					throw fail(
						`Parameter "Custom Aspects (JSON)" is not valid JSON: ${(error as Error).message}`,
						'Expected a list such as [{"name": "parking", "keywords": ["parking"]}]',
					);
				}
			}
		}

		for (const f of groupBy) {
			if (INTERNAL_KEYS.has(f))
				throw fail(
					`Parameter "Group By": the field name "${f}" is reserved, expected another field path`,
				);
		}
		// Flat rows for the core: one object shape for all rows (fast property access), group fields added by
		// defineProperty so a field named "__proto__" stays a plain key.
		const rows: FlatRow[] = new Array(items.length);
		for (let i = 0; i < items.length; i++) {
			const json = items[i].json;
			const row = new FlatRow(
				getFirst(json, scorePaths),
				themesOn || aspectsOn ? getFirst(json, commentPaths) : undefined,
				period !== null ? getFirst(json, timestampPaths) : undefined,
				getFirst(json, kindPaths),
				getFirst(json, optOutPaths),
				aspectsOn ? getFirst(json, aspectPaths) : undefined,
			);
			for (let g = 0; g < groupPaths.length; g++) {
				const value = getPath(json, groupPaths[g]);
				if (groupBy[g] === '__proto__')
					Object.defineProperty(row, groupBy[g], {
						value,
						enumerable: true,
						writable: true,
						configurable: true,
					});
				else row[groupBy[g]] = value;
			}
			rows[i] = row;
		}

		const options: AggregateOptions = {
			min: scale.min,
			max: scale.max,
			groupBy,
			scoreField: SCORE,
			commentField: COMMENT,
			timestampField: TIMESTAMP,
			kindField: KIND,
			optOutField: OPT_OUT,
			themes: themesOn ? { top: o.themesTop ?? 10, language: o.themesLanguage ?? 'auto' } : false,
			aspects: aspectsOn
				? {
						language: o.themesLanguage ?? 'auto',
						field: ASPECTS,
						customAspects: customAspects as CustomAspect[],
					}
				: false,
			anomaly:
				o.anomaly === false
					? false
					: {
							...(o.anomalyAlpha !== undefined ? { alpha: o.anomalyAlpha } : {}),
							...(o.anomalyMinDrop !== undefined && o.anomalyMinDrop > 0
								? { minDrop: o.anomalyMinDrop }
								: {}),
							...(o.anomalyLookback !== undefined ? { lookback: o.anomalyLookback } : {}),
						},
		};
		if (period !== null) {
			options.period = period;
			options.timeZone = timeZone;
		}
		if (o.minSample !== undefined) options.minSample = o.minSample;
		if (o.positiveMin !== undefined || o.negativeMax !== undefined) {
			options.thresholds = {};
			if (o.positiveMin !== undefined) options.thresholds.positiveMin = o.positiveMin;
			if (o.negativeMax !== undefined) options.thresholds.negativeMax = o.negativeMax;
		}

		let result: AggregateResult;
		try {
			result = aggregateResponses(rows, options);
		} catch (error) {
			const message = (error as Error).message ?? String(error);
			const m = /invalid option "([^"]+)": (.*)$/s.exec(message);
			if (m) {
				const entry = /^(.*)\[(\d+)\]$/.exec(m[1]);
				const label = OPTION_LABELS[entry ? entry[1] : m[1]] ?? m[1];
				throw fail(
					`Parameter "${label}" is invalid${entry ? ` (entry ${entry[2]})` : ''}: ${m[2]}`,
				);
			}
			throw new NodeOperationError(node, error as Error);
		}

		let out: INodeExecutionData[];
		if (output === 'summary') {
			// survey rows with an `attempt` (reminders): response rate per attempt
			const byAttempt = responseRateByAttempt(items.map((it) => it.json));
			out = [
				{
					json: {
						...result,
						invalid: result.overall.invalid,
						untimed: result.overall.untimed,
						...(byAttempt ? { responseByAttempt: byAttempt } : {}),
					} as unknown as IDataObject,
					pairedItem: items.map((_, i) => ({ item: i })),
				},
			];
		} else {
			out = buildItems(output as 'groups' | 'rows', result, rows, groupBy, period, timeZone);
		}

		if ((attachChart || attachReport) && out.length > 0) {
			const chartOptions = {
				title: o.chartTitle ?? 'Customer satisfaction',
				metric: o.chartMetric === 'csat' ? ('csat' as const) : ('mean' as const),
				groups: o.chartGroups ?? 0,
			};
			const binary: IBinaryKeyData = { ...(out[0].binary ?? {}) };
			if (attachChart) {
				const svg = renderChartSvg(result, chartOptions);
				binary.chart = await this.helpers.prepareBinaryData(
					Buffer.from(svg, 'utf8'),
					'csi-report.svg',
					'image/svg+xml',
				);
			}
			if (attachReport) {
				const html = renderHtmlReport(result, { title: chartOptions.title, chart: chartOptions });
				binary.report = await this.helpers.prepareBinaryData(
					Buffer.from(html, 'utf8'),
					'csi-report.html',
					'text/html',
				);
			}
			out[0].binary = binary;
		}
		return [out];
	}
}

/** Items of the "groups" and "rows" outputs, each paired with the input items it was computed from. */
function buildItems(
	output: 'groups' | 'rows',
	result: AggregateResult,
	rows: Array<Record<string, unknown>>,
	groupBy: string[],
	period: AggregatePeriod | null,
	timeZone: string,
): INodeExecutionData[] {
	const grouped = groupBy.length > 0;
	const withPeriods = output === 'rows' && period !== null;
	// Input indexes per group key (and per group key + period key in rows mode).
	// Groups output with one group field (the usual case): the field's value itself is the key, so no key
	// string is made and hashed per row.
	const direct = output === 'groups' && groupBy.length === 1 ? groupBy[0] : undefined;
	const byKey = new Map<string | null, number[]>();
	const calendar = withPeriods ? new ZoneCalendar(timeZone) : null;
	const periodKeys = new Map<number, string>();
	for (let i = 0; i < rows.length; i++) {
		const row = rows[i];
		if (direct !== undefined) {
			const value = groupValue(row[direct]);
			const list = byKey.get(value);
			if (list === undefined) byKey.set(value, [i]);
			else list.push(i);
			continue;
		}
		let key = grouped ? groupMapKey(groupBy.map((f) => groupValue(row[f]))) : '';
		if (calendar !== null && period !== null) {
			const day = localDayOf(row[TIMESTAMP], calendar);
			if (day === undefined) continue;
			const start = periodStart(day, period);
			let pk = periodKeys.get(start);
			if (pk === undefined) {
				pk = describePeriod(start, period).key;
				periodKeys.set(start, pk);
			}
			key += `\u0001${pk}`;
		}
		const list = byKey.get(key);
		if (list === undefined) byKey.set(key, [i]);
		else list.push(i);
	}
	const groupKeyOf = (g: AggregateGroupResult): string | null =>
		direct !== undefined ? g.key[direct] : groupMapKey(groupBy.map((f) => g.key[f]));

	if (output === 'groups') {
		const list: Array<{
			g: AggregateGroupResult | null;
			m: AggregateMetrics;
			label: string;
			periods: AggregatePeriodResult[];
		}> = grouped
			? result.groups.map((g) => ({ g, m: g, label: g.label, periods: g.periods }))
			: [{ g: null, m: result.overall, label: 'All responses', periods: result.periods }];
		return list.map(({ g, m, label, periods }) => ({
			json: {
				...keyFields(groupBy, g),
				label,
				...m,
				...(g ? { key: g.key } : {}),
				periods,
			} as unknown as IDataObject,
			pairedItem: g ? pairs(byKey.get(groupKeyOf(g))) : rows.map((_, item) => ({ item })),
		}));
	}

	const out: INodeExecutionData[] = [];
	const push = (
		g: AggregateGroupResult | null,
		p: AggregatePeriodResult | null,
		m: AggregateMetrics,
	) => {
		const key = (g ? groupKeyOf(g) : '') + (p ? `\u0001${p.key}` : '');
		out.push({
			json: {
				...flatPeriod(p),
				group: g ? g.label : 'All responses',
				...keyFields(groupBy, g),
				...flatMetrics(m),
				...flatTrend(p),
			},
			pairedItem: g || p ? pairs(byKey.get(key)) : rows.map((_, item) => ({ item })),
		});
	};
	if (grouped) {
		for (const g of result.groups) {
			if (period === null) push(g, null, g);
			else for (const p of g.periods) push(g, p, p);
		}
	} else if (period === null) {
		push(null, null, result.overall);
	} else {
		for (const p of result.periods) push(null, p, p);
	}
	return out;
}
