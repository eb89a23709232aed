/**
 * Self-contained SVG chart and standalone HTML report of an {@link AggregateResult}. No scripts, no external
 * fonts or resources; every text is escaped (and stripped of characters XML forbids).
 */
import { aspectBarsSvg, aspectPanelHeight, aspectSection } from './render-aspects';
import type {
	AggregateMetrics,
	AggregatePeriodResult,
	AggregateResult,
	AggregateThemeBucket,
} from './types';

/** Font stack covering Latin, Cyrillic, CJK, Arabic, Devanagari and Thai on common systems. */
export const REPORT_FONT_FAMILY =
	"system-ui, -apple-system, 'Segoe UI', Roboto, 'Noto Sans', 'Noto Sans CJK SC', 'PingFang SC', 'Hiragino Sans', 'Microsoft YaHei', 'Noto Sans Arabic', 'Noto Sans Devanagari', 'Noto Sans Thai', Arial, sans-serif";

/** Options of {@link renderChartSvg}. */
export interface ChartSvgOptions {
	/** Chart title. Default `'Customer satisfaction'`. */
	title?: string;
	/** Trend line metric: mean score (default) or CSAT %. */
	metric?: 'mean' | 'csat';
	/** Width in px (400–4000). Default `800`. */
	width?: number;
	/** Also draw the trend of the largest groups (most rated replies): `true` = 5, or a number (0–10). */
	groups?: boolean | number;
	/** Overrides of the fixed texts. */
	labels?: Partial<ChartSvgLabels>;
}

/** Fixed texts of the chart (for translation). */
export interface ChartSvgLabels {
	overall: string;
	mean: string;
	csat: string;
	distribution: string;
	period: string;
	score: string;
	responses: string;
	anomaly: string;
	noData: string;
	/** Title of the aspect bars (drawn when the result has aspects). */
	aspects: string;
}

const DEFAULT_LABELS: ChartSvgLabels = {
	overall: 'Overall',
	mean: 'Mean score',
	csat: 'CSAT %',
	distribution: 'Score distribution',
	period: 'Period',
	score: 'Score',
	responses: 'Responses',
	anomaly: 'Significant drop',
	noData: 'No dated responses',
	aspects: 'Aspects: share of comments (red: criticising)',
};

const PALETTE = [
	'#2563eb',
	'#d97706',
	'#7c3aed',
	'#059669',
	'#db2777',
	'#0891b2',
	'#65a30d',
	'#9333ea',
	'#ea580c',
	'#475569',
	'#0d9488',
];
const POSITIVE_COLOR = '#16a34a';
const NEUTRAL_COLOR = '#f59e0b';
const NEGATIVE_COLOR = '#dc2626';

/**
 * Replaces what XML 1.0 forbids (C0 controls except TAB/LF/CR, U+FFFE/U+FFFF, unpaired surrogates) with U+FFFD.
 */
function xmlSafe(s: string): string {
	let out = '';
	let from = 0;
	for (let i = 0; i < s.length; i++) {
		const c = s.charCodeAt(i);
		let bad = false;
		if (c < 0x20) bad = c !== 0x09 && c !== 0x0a && c !== 0x0d;
		else if (c === 0xfffe || c === 0xffff) bad = true;
		else if (c >= 0xd800 && c <= 0xdbff) {
			const next = i + 1 < s.length ? s.charCodeAt(i + 1) : 0;
			if (next >= 0xdc00 && next <= 0xdfff) i++;
			else bad = true;
		} else if (c >= 0xdc00 && c <= 0xdfff) bad = true;
		if (bad) {
			out += s.slice(from, i) + '\uFFFD';
			from = i + 1;
		}
	}
	return from === 0 ? s : out + s.slice(from);
}

/** Escapes text for XML/HTML content and attribute values; replaces characters XML forbids with U+FFFD. */
export function escapeReportMarkup(value: unknown): string {
	const s =
		typeof value === 'string' ? value : value === null || value === undefined ? '' : String(value);
	return xmlSafe(s).replace(/[&<>"']/g, (c) =>
		c === '&' ? '&amp;' : c === '<' ? '&lt;' : c === '>' ? '&gt;' : c === '"' ? '&quot;' : '&#39;',
	);
}

function num(value: number): string {
	return Number.isFinite(value) ? String(Math.round(value * 10) / 10) : '0';
}

function fmt(value: number | null | undefined, decimals: number, suffix = ''): string {
	if (value === null || value === undefined || !Number.isFinite(value)) return '–';
	return `${value.toFixed(decimals)}${suffix}`;
}

function truncate(text: string, max: number): string {
	const chars = [...text];
	return chars.length > max ? `${chars.slice(0, max - 1).join('')}…` : text;
}

function metricValue(m: AggregateMetrics, metric: 'mean' | 'csat'): number | null {
	return metric === 'csat' ? m.csat : m.mean;
}

function safeResult(result: AggregateResult): AggregateResult {
	if (
		typeof result !== 'object' ||
		result === null ||
		typeof result.overall !== 'object' ||
		result.overall === null
	)
		throw new Error(
			'renderChartSvg/renderHtmlReport: invalid argument "result": expected the object returned by aggregateResponses',
		);
	return result;
}

/**
 * Renders a self-contained SVG: the trend of the mean score (or CSAT %) per period as a line with points and
 * value labels (optionally one line per largest group, anomalies ringed in red) and the overall score
 * distribution as bars coloured by sentiment. Title, axes and legend included; all text escaped.
 */
export function renderChartSvg(result: AggregateResult, options: ChartSvgOptions = {}): string {
	const r = safeResult(result);
	const opts = typeof options === 'object' && options !== null ? options : {};
	const labels: ChartSvgLabels = { ...DEFAULT_LABELS, ...(opts.labels ?? {}) };
	const metric = opts.metric === 'csat' ? 'csat' : 'mean';
	const width = Math.min(
		4000,
		Math.max(400, Number.isFinite(opts.width) ? Math.round(opts.width as number) : 800),
	);
	const title = typeof opts.title === 'string' ? opts.title : 'Customer satisfaction';
	const groupCount =
		opts.groups === true
			? 5
			: typeof opts.groups === 'number' && Number.isFinite(opts.groups)
				? Math.max(0, Math.min(10, Math.floor(opts.groups)))
				: 0;

	const left = 64;
	const right = 24;
	const plotW = width - left - right;
	const trendTop = 84;
	const trendH = 220;
	const distTop = trendTop + trendH + 96;
	const distH = 160;
	const aspectTop = distTop + distH + 80;
	const aspectH = aspectPanelHeight(r.overall.aspects);
	const height = distTop + distH + 56 + (aspectH > 0 ? aspectH + 24 : 0);
	const out: string[] = [];
	out.push(
		`<svg xmlns="http://www.w3.org/2000/svg" width="${width}" height="${height}" viewBox="0 0 ${width} ${height}" role="img" aria-label="${escapeReportMarkup(title)}" font-family="${escapeReportMarkup(REPORT_FONT_FAMILY)}" font-size="12">`,
	);
	out.push(`<title>${escapeReportMarkup(title)}</title>`);
	out.push(`<rect x="0" y="0" width="${width}" height="${height}" fill="#ffffff"/>`);
	out.push(
		`<text x="${left}" y="28" font-size="18" font-weight="bold" fill="#111827">${escapeReportMarkup(title)}</text>`,
	);

	// ---- Trend panel ----
	const periods: AggregatePeriodResult[] = Array.isArray(r.periods) ? r.periods : [];
	const scaleMin = r.scale?.min ?? 0;
	const scaleMax = r.scale?.max ?? 1;
	const yLo = metric === 'csat' ? 0 : scaleMin;
	const yHi = metric === 'csat' ? 100 : scaleMax;
	const yOf = (v: number): number => trendTop + trendH - ((v - yLo) / (yHi - yLo || 1)) * trendH;
	const metricLabel = metric === 'csat' ? labels.csat : labels.mean;
	out.push(
		`<text x="${left}" y="${trendTop - 14}" font-size="13" font-weight="bold" fill="#374151">${escapeReportMarkup(metricLabel)}</text>`,
	);
	for (let i = 0; i <= 4; i++) {
		const v = yLo + ((yHi - yLo) * i) / 4;
		const y = yOf(v);
		out.push(
			`<line x1="${left}" y1="${num(y)}" x2="${left + plotW}" y2="${num(y)}" stroke="#e5e7eb"/>`,
		);
		out.push(
			`<text x="${left - 8}" y="${num(y + 4)}" text-anchor="end" fill="#6b7280">${escapeReportMarkup(num(v))}</text>`,
		);
	}
	out.push(
		`<line x1="${left}" y1="${trendTop}" x2="${left}" y2="${trendTop + trendH}" stroke="#9ca3af"/>`,
	);
	out.push(
		`<line x1="${left}" y1="${trendTop + trendH}" x2="${left + plotW}" y2="${trendTop + trendH}" stroke="#9ca3af"/>`,
	);
	out.push(
		`<text x="${num(left + plotW / 2)}" y="${trendTop + trendH + 62}" text-anchor="middle" fill="#374151">${escapeReportMarkup(labels.period)}</text>`,
	);
	const legend: { label: string; color: string; ring?: boolean }[] = [];
	if (periods.length === 0) {
		out.push(
			`<text x="${num(left + plotW / 2)}" y="${num(trendTop + trendH / 2)}" text-anchor="middle" fill="#6b7280">${escapeReportMarkup(labels.noData)}</text>`,
		);
	} else {
		const step = periods.length > 1 ? plotW / (periods.length - 1) : 0;
		const xOf = (i: number): number => (periods.length > 1 ? left + i * step : left + plotW / 2);
		const index = new Map<string, number>();
		periods.forEach((p, i) => index.set(String(p.key), i));
		const every = Math.max(1, Math.ceil(periods.length / 12));
		periods.forEach((p, i) => {
			if (i % every !== 0 && i !== periods.length - 1) return;
			const x = xOf(i);
			const y = trendTop + trendH + 16;
			out.push(
				`<text x="${num(x)}" y="${y}" text-anchor="end" transform="rotate(-30 ${num(x)} ${y})" fill="#374151">${escapeReportMarkup(truncate(String(p.key), 24))}</text>`,
			);
		});
		const series: {
			label: string;
			color: string;
			periods: AggregatePeriodResult[];
			main: boolean;
		}[] = [{ label: labels.overall, color: '#111827', periods, main: true }];
		if (groupCount > 0 && Array.isArray(r.groups)) {
			const biggest = r.groups
				.map((g, i) => ({ g, i }))
				.sort((a, b) => b.g.count - a.g.count || a.i - b.i)
				.slice(0, groupCount);
			biggest.forEach(({ g }, k) => {
				series.push({
					label: String(g.label),
					color: PALETTE[k % PALETTE.length],
					periods: Array.isArray(g.periods) ? g.periods : [],
					main: false,
				});
			});
		}
		let anyAnomaly = false;
		for (const s of series) {
			const pts: { x: number; y: number; v: number; anomaly: boolean }[] = [];
			for (const p of s.periods) {
				const i = index.get(String(p.key));
				const v = metricValue(p, metric);
				if (i === undefined || v === null || !Number.isFinite(v)) continue;
				pts.push({
					x: xOf(i),
					y: yOf(Math.min(yHi, Math.max(yLo, v))),
					v,
					anomaly: p.anomaly?.flagged === true,
				});
			}
			if (pts.length > 1) {
				const d = pts.map((pt, i) => `${i === 0 ? 'M' : 'L'}${num(pt.x)} ${num(pt.y)}`).join(' ');
				out.push(
					`<path d="${d}" fill="none" stroke="${s.color}" stroke-width="${s.main ? 2.5 : 1.5}"${s.main ? '' : ' stroke-dasharray="5 3"'}/>`,
				);
			}
			for (const pt of pts) {
				if (pt.anomaly) {
					anyAnomaly = true;
					out.push(
						`<circle cx="${num(pt.x)}" cy="${num(pt.y)}" r="8" fill="none" stroke="${NEGATIVE_COLOR}" stroke-width="2"/>`,
					);
				}
				out.push(
					`<circle cx="${num(pt.x)}" cy="${num(pt.y)}" r="${s.main ? 4 : 3}" fill="${s.color}"/>`,
				);
				if (s.main) {
					const text = metric === 'csat' ? pt.v.toFixed(1) : pt.v.toFixed(2);
					out.push(
						`<text x="${num(pt.x)}" y="${num(pt.y - 10)}" text-anchor="middle" font-size="11" fill="#111827">${escapeReportMarkup(text)}</text>`,
					);
				}
			}
			legend.push({ label: s.main ? `${s.label} — ${metricLabel}` : s.label, color: s.color });
		}
		if (anyAnomaly) legend.push({ label: labels.anomaly, color: NEGATIVE_COLOR, ring: true });
	}
	// Legend (under the title).
	let lx = left;
	for (const item of legend) {
		const text = truncate(item.label, 40);
		if (item.ring)
			out.push(
				`<circle cx="${num(lx + 6)}" cy="46" r="6" fill="none" stroke="${item.color}" stroke-width="2"/>`,
			);
		else out.push(`<rect x="${num(lx)}" y="41" width="12" height="10" fill="${item.color}"/>`);
		out.push(`<text x="${num(lx + 18)}" y="50" fill="#374151">${escapeReportMarkup(text)}</text>`);
		lx += 30 + Math.min(40, [...text].length) * 7;
		if (lx > width - 120) break;
	}

	// ---- Distribution panel ----
	out.push(
		`<text x="${left}" y="${distTop - 24}" font-size="13" font-weight="bold" fill="#374151">${escapeReportMarkup(labels.distribution)}</text>`,
	);
	const dist = r.overall.distribution ?? {};
	const values: number[] = [];
	for (let v = scaleMin; v <= scaleMax && values.length <= 101; v++) values.push(v);
	const counts = values.map((v) => {
		const c = (dist as Record<string, unknown>)[String(v)];
		return typeof c === 'number' && Number.isFinite(c) ? c : 0;
	});
	const total = counts.reduce((a, b) => a + b, 0);
	const maxCount = Math.max(1, ...counts);
	const slot = plotW / Math.max(1, values.length);
	const barW = Math.max(2, slot * 0.7);
	out.push(
		`<line x1="${left}" y1="${distTop + distH}" x2="${left + plotW}" y2="${distTop + distH}" stroke="#9ca3af"/>`,
	);
	out.push(
		`<line x1="${left}" y1="${distTop}" x2="${left}" y2="${distTop + distH}" stroke="#9ca3af"/>`,
	);
	out.push(
		`<text x="${left - 40}" y="${num(distTop + distH / 2)}" text-anchor="middle" transform="rotate(-90 ${left - 40} ${num(distTop + distH / 2)})" fill="#374151">${escapeReportMarkup(labels.responses)}</text>`,
	);
	const positiveMin = r.thresholds?.positiveMin ?? scaleMax;
	const negativeMax = r.thresholds?.negativeMax ?? scaleMin;
	values.forEach((v, i) => {
		const h = (counts[i] / maxCount) * (distH - 18);
		const x = left + i * slot + (slot - barW) / 2;
		const color =
			v >= positiveMin ? POSITIVE_COLOR : v <= negativeMax ? NEGATIVE_COLOR : NEUTRAL_COLOR;
		out.push(
			`<rect x="${num(x)}" y="${num(distTop + distH - h)}" width="${num(barW)}" height="${num(h)}" fill="${color}"/>`,
		);
		const cx = x + barW / 2;
		if (values.length <= 21) {
			const share = total > 0 ? ` (${((counts[i] / total) * 100).toFixed(0)}%)` : '';
			out.push(
				`<text x="${num(cx)}" y="${num(distTop + distH - h - 4)}" text-anchor="middle" font-size="10" fill="#374151">${escapeReportMarkup(`${counts[i]}${values.length <= 11 ? share : ''}`)}</text>`,
			);
		}
		if (values.length <= 21 || i % 5 === 0) {
			out.push(
				`<text x="${num(cx)}" y="${distTop + distH + 16}" text-anchor="middle" fill="#374151">${escapeReportMarkup(String(v))}</text>`,
			);
		}
	});
	out.push(
		`<text x="${num(left + plotW / 2)}" y="${distTop + distH + 36}" text-anchor="middle" fill="#374151">${escapeReportMarkup(labels.score)}</text>`,
	);
	out.push(
		...aspectBarsSvg(r.overall.aspects, left, aspectTop, plotW, labels.aspects, escapeReportMarkup),
	);
	out.push('</svg>');
	return out.join('\n');
}

/** Options of {@link renderHtmlReport}. */
export interface HtmlReportOptions {
	/** Page and chart title. Default `'Customer satisfaction report'`. */
	title?: string;
	/** `lang` attribute of the page. Default `'en'`. */
	lang?: string;
	/** Options passed to {@link renderChartSvg} (its `title` defaults to the page title). */
	chart?: ChartSvgOptions;
}

function metricRows(m: AggregateMetrics, scale: { min: number; max: number }): [string, string][] {
	const rows: [string, string][] = [
		['Rated responses', String(m.count)],
		['Invalid replies', String(m.invalid)],
		['Untimed rows', String(m.untimed)],
		['Mean', fmt(m.mean, 2)],
		['Mean 95% CI (t)', m.meanCi ? `${fmt(m.meanCi.low, 2)} – ${fmt(m.meanCi.high, 2)}` : '–'],
		['Median', fmt(m.median, 2)],
		['Std. deviation', fmt(m.stdDev, 2)],
		['CSAT', fmt(m.csat, 1, '%')],
		[
			'CSAT 95% CI (Wilson)',
			m.csatCi ? `${fmt(m.csatCi.low, 1)}% – ${fmt(m.csatCi.high, 1)}%` : '–',
		],
		[
			'Positive / neutral / negative',
			`${fmt(m.positivePct, 1, '%')} / ${fmt(m.neutralPct, 1, '%')} / ${fmt(m.negativePct, 1, '%')}`,
		],
	];
	if (scale.min === 0 && scale.max === 10) rows.push(['NPS', fmt(m.nps, 1)]);
	if (scale.min === 1 && scale.max === 7) rows.push(['CES', fmt(m.ces, 2)]);
	rows.push(
		['Sent / delivered / failed', `${m.sent} / ${m.delivered} / ${m.failed}`],
		['Response rate', fmt(m.responseRate, 1, '%')],
		['Delivery rate', fmt(m.deliveryRate, 1, '%')],
		['Opt-outs', `${m.optOuts} (${fmt(m.optOutRate, 1, '%')})`],
		['Small sample', m.smallSample ? 'yes' : 'no'],
	);
	return rows;
}

function table(headers: string[], rows: string[][], rawCells = false): string {
	const head = `<tr>${headers.map((h) => `<th>${escapeReportMarkup(h)}</th>`).join('')}</tr>`;
	const body = rows
		.map(
			(r) =>
				`<tr>${r.map((c) => `<td>${rawCells ? c : escapeReportMarkup(c)}</td>`).join('')}</tr>`,
		)
		.join('\n');
	return `<table>\n<thead>${head}</thead>\n<tbody>\n${body}\n</tbody>\n</table>`;
}

function periodRows(periods: AggregatePeriodResult[]): string[][] {
	return periods.map((p) => [
		escapeReportMarkup(p.key),
		escapeReportMarkup(`${p.start} – ${p.end}`),
		escapeReportMarkup(String(p.count)),
		escapeReportMarkup(fmt(p.mean, 2)),
		escapeReportMarkup(fmt(p.csat, 1, '%')),
		escapeReportMarkup(
			p.trend ? `${fmt(p.trend.meanDelta, 2)} / ${fmt(p.trend.csatDelta, 1)} pp` : '–',
		),
		p.anomaly
			? `<span class="${p.anomaly.flagged ? 'flag' : 'muted'}">${escapeReportMarkup(p.anomaly.flagged ? '▼ drop' : 'no')}</span> <small>${escapeReportMarkup(p.anomaly.reason)}</small>`
			: '–',
		escapeReportMarkup(p.smallSample ? 'small sample' : ''),
	]);
}

const PERIOD_HEADERS = [
	'Period',
	'Dates',
	'Rated',
	'Mean',
	'CSAT',
	'Trend (mean / CSAT)',
	'Anomaly',
	'Note',
];

function themeList(bucket: AggregateThemeBucket): string {
	const terms = Array.isArray(bucket.themes) ? bucket.themes : [...bucket.words, ...bucket.phrases];
	if (terms.length === 0) return '<p class="muted">–</p>';
	const items = terms.map(
		(t) =>
			`<li><b>${escapeReportMarkup(t.term)}</b> — ${escapeReportMarkup(`${t.count} (${fmt(t.share, 1, '%')})`)}${
				t.examples.length > 0
					? `<br><small>${t.examples.map((e) => `«${escapeReportMarkup(e)}»`).join('<br>')}</small>`
					: ''
			}</li>`,
	);
	return `<ul>${items.join('\n')}</ul>`;
}

/**
 * Renders a standalone HTML page (UTF-8, inline CSS, a restrictive Content-Security-Policy, no scripts) with
 * the SVG chart inline and tables for overall metrics, groups, periods (with trend and anomaly reasons) and
 * comment themes. All values are escaped.
 */
export function renderHtmlReport(result: AggregateResult, options: HtmlReportOptions = {}): string {
	const r = safeResult(result);
	const opts = typeof options === 'object' && options !== null ? options : {};
	const title = typeof opts.title === 'string' ? opts.title : 'Customer satisfaction report';
	const lang =
		typeof opts.lang === 'string' && /^[A-Za-z]{2,3}(?:-[A-Za-z0-9]{1,8}){0,3}$/.test(opts.lang)
			? opts.lang
			: 'en';
	const svg = renderChartSvg(r, { title, ...(opts.chart ?? {}) });
	const scale = r.scale ?? { min: 0, max: 0 };
	const parts: string[] = [];
	parts.push('<!DOCTYPE html>');
	parts.push(`<html lang="${escapeReportMarkup(lang)}">`);
	parts.push('<head>');
	parts.push('<meta charset="utf-8">');
	parts.push(
		`<meta http-equiv="Content-Security-Policy" content="default-src 'none'; style-src 'unsafe-inline'; img-src data:">`,
	);
	parts.push('<meta name="viewport" content="width=device-width, initial-scale=1">');
	parts.push(`<title>${escapeReportMarkup(title)}</title>`);
	parts.push(
		`<style>body{font-family:${REPORT_FONT_FAMILY.replace(/'/g, '"')};margin:24px;color:#111827}table{border-collapse:collapse;margin:8px 0 24px}th,td{border:1px solid #d1d5db;padding:4px 8px;text-align:left;vertical-align:top}th{background:#f3f4f6}.flag{color:#dc2626;font-weight:bold}.muted{color:#6b7280}small{color:#4b5563}.themes{display:flex;flex-wrap:wrap;gap:24px}.themes section{min-width:280px}</style>`,
	);
	parts.push('</head>');
	parts.push('<body>');
	parts.push(`<h1>${escapeReportMarkup(title)}</h1>`);
	parts.push(
		`<p class="muted">${escapeReportMarkup(
			`Scale ${scale.min}–${scale.max}; positive ≥ ${r.thresholds?.positiveMin}, negative ≤ ${r.thresholds?.negativeMax}; ` +
				`period: ${r.period ?? 'none'}; time zone: ${r.timeZone}; rows: ${r.rows}, ignored: ${r.ignored}; small sample below ${r.minSample}.`,
		)}</p>`,
	);
	parts.push(`<figure>${svg}</figure>`);
	parts.push('<h2>Overall</h2>');
	parts.push(table(['Metric', 'Value'], metricRows(r.overall, scale)));
	const dist = Object.entries(r.overall.distribution ?? {}).map(([k, v]) => [k, String(v)]);
	parts.push(table(['Score', 'Count'], dist));
	if (Array.isArray(r.groups) && r.groups.length > 0) {
		parts.push(`<h2>${escapeReportMarkup(`Groups (${(r.groupBy ?? []).join(', ')})`)}</h2>`);
		const headers = [
			'Group',
			'Rated',
			'Invalid',
			'Mean',
			'Median',
			'Mean 95% CI',
			'CSAT',
			'CSAT 95% CI',
		];
		const nps = scale.min === 0 && scale.max === 10;
		if (nps) headers.push('NPS');
		headers.push('Response rate', 'Opt-out rate', 'Note');
		const rows = r.groups.map((g) => {
			const row = [
				String(g.label),
				String(g.count),
				String(g.invalid),
				fmt(g.mean, 2),
				fmt(g.median, 2),
				g.meanCi ? `${fmt(g.meanCi.low, 2)} – ${fmt(g.meanCi.high, 2)}` : '–',
				fmt(g.csat, 1, '%'),
				g.csatCi ? `${fmt(g.csatCi.low, 1)} – ${fmt(g.csatCi.high, 1)}%` : '–',
			];
			if (nps) row.push(fmt(g.nps, 1));
			row.push(
				fmt(g.responseRate, 1, '%'),
				fmt(g.optOutRate, 1, '%'),
				g.smallSample ? 'small sample' : '',
			);
			return row;
		});
		parts.push(table(headers, rows));
	}
	if (Array.isArray(r.periods) && r.periods.length > 0) {
		parts.push('<h2>Periods</h2>');
		parts.push(table(PERIOD_HEADERS, periodRows(r.periods), true));
		for (const g of r.groups ?? []) {
			if (!Array.isArray(g.periods) || g.periods.length === 0) continue;
			parts.push(`<h3>${escapeReportMarkup(String(g.label))}</h3>`);
			parts.push(table(PERIOD_HEADERS, periodRows(g.periods), true));
		}
	}
	parts.push(
		...aspectSection(
			r.overall.aspects,
			Array.isArray(r.groups) ? r.groups : [],
			Array.isArray(r.groupBy) ? r.groupBy : [],
			escapeReportMarkup,
			table,
		),
	);
	if (r.themes && Array.isArray(r.themes.languages) && r.themes.languages.length > 0) {
		parts.push('<h2>Comment themes</h2>');
		parts.push(
			`<p class="muted">${escapeReportMarkup(`${r.themes.analyzed} comments analysed, ${r.themes.skipped} skipped.`)}</p>`,
		);
		for (const l of r.themes.languages) {
			parts.push(`<h3>${escapeReportMarkup(l.language)}</h3>`);
			parts.push('<div class="themes">');
			parts.push(
				`<section><h4>${escapeReportMarkup(`Negative (${l.negative.comments})`)}</h4>${themeList(l.negative)}</section>`,
			);
			parts.push(
				`<section><h4>${escapeReportMarkup(`Positive (${l.positive.comments})`)}</h4>${themeList(l.positive)}</section>`,
			);
			parts.push('</div>');
		}
	}
	parts.push('</body>');
	parts.push('</html>');
	return parts.join('\n');
}
