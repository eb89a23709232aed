/**
 * Aspect parts of the chart and the HTML report: horizontal bars (share of comments, the criticising part
 * red) and tables overall and per group, so a manager sees at a glance what is praised and what is not.
 */
import type { AggregateAspectReport, AggregateGroupResult } from './types';

/** Readable names of the built-in aspects (custom aspects show their own name). */
export const ASPECT_LABELS: Readonly<Record<string, string>> = {
	wait_time: 'Wait time',
	staff_attitude: 'Staff attitude',
	competence: 'Competence',
	resolution: 'Resolution',
	communication: 'Communication',
	price: 'Price',
	delivery: 'Delivery',
	product: 'Product / service',
	digital: 'App / website / ATM',
};

const NEG = '#dc2626';
const POS = '#16a34a';
const MAX_BARS = 12;

type Escape = (v: unknown) => string;

export function aspectLabel(aspect: string): string {
	return Object.prototype.hasOwnProperty.call(ASPECT_LABELS, aspect)
		? ASPECT_LABELS[aspect]
		: aspect;
}

function items(report: AggregateAspectReport | undefined): AggregateAspectReport['items'] {
	return report !== undefined && report !== null && Array.isArray(report.items)
		? report.items.slice(0, MAX_BARS)
		: [];
}

/** Height of the chart's aspect panel (0 without aspects). */
export function aspectPanelHeight(report: AggregateAspectReport | undefined): number {
	const n = items(report).length;
	return n === 0 ? 0 : 48 + n * 22;
}

function n(v: number): string {
	return String(Math.round(v * 10) / 10);
}

/**
 * SVG elements of the aspect bars: one row per aspect, bar length = share of comments, split into the
 * criticising (red) and the rest (green); label and `share% · neg%` beside it.
 */
export function aspectBarsSvg(
	report: AggregateAspectReport | undefined,
	x: number,
	y: number,
	width: number,
	title: string,
	esc: Escape,
): string[] {
	const list = items(report);
	if (list.length === 0) return [];
	const out: string[] = [];
	out.push(
		`<text x="${x}" y="${y}" font-size="13" font-weight="bold" fill="#374151">${esc(title)}</text>`,
	);
	const labelW = 150;
	const barMax = Math.max(40, width - labelW - 120);
	const maxShare = Math.max(1, ...list.map((i) => i.share ?? 0));
	list.forEach((it, k) => {
		const top = y + 16 + k * 22;
		const share = it.share ?? 0;
		const len = (share / maxShare) * barMax;
		const negLen = it.comments > 0 ? (len * it.negative) / it.comments : 0;
		out.push(
			`<text x="${x}" y="${top + 12}" fill="#111827">${esc(aspectLabel(it.aspect))}</text>`,
			`<rect x="${x + labelW}" y="${top}" width="${n(negLen)}" height="14" fill="${NEG}"/>`,
			`<rect x="${n(x + labelW + negLen)}" y="${top}" width="${n(Math.max(0, len - negLen))}" height="14" fill="${POS}"/>`,
			`<text x="${n(x + labelW + len + 6)}" y="${top + 12}" font-size="11" fill="#374151">${esc(
				`${n(share)}% · ${it.negativeShare === null ? '–' : `${n(it.negativeShare)}% neg`}`,
			)}</text>`,
		);
	});
	return out;
}

function pp(v: number | null | undefined): string {
	if (v === null || v === undefined || !Number.isFinite(v)) return '–';
	return `${v > 0 ? '+' : ''}${n(v)} pp`;
}

function pctText(v: number | null | undefined): string {
	return v === null || v === undefined || !Number.isFinite(v) ? '–' : `${n(v)}%`;
}

/** The report's aspect section: bars, the overall table and the per-group table. */
export function aspectSection(
	overall: AggregateAspectReport | undefined,
	groups: AggregateGroupResult[],
	groupBy: string[],
	esc: Escape,
	table: (headers: string[], rows: string[][], rawCells?: boolean) => string,
): string[] {
	const list = items(overall);
	if (overall === undefined || overall === null) return [];
	const parts: string[] = ['<h2>Aspects</h2>'];
	parts.push(
		`<p class="muted">${esc(
			`${overall.withAspects} of ${overall.comments} comments name an aspect. Share: of all comments; negative: of the comments naming the aspect; trend: last period against the one before.`,
		)}</p>`,
	);
	if (list.length === 0) return [...parts, '<p class="muted">–</p>'];
	const bars = aspectBarsSvg(overall, 8, 18, 720, 'Share of comments (red: criticising)', esc);
	const h = aspectPanelHeight(overall);
	parts.push(
		`<figure><svg xmlns="http://www.w3.org/2000/svg" width="760" height="${h}" viewBox="0 0 760 ${h}" font-size="12" role="img" aria-label="Aspects">${bars.join('')}</svg></figure>`,
	);
	parts.push(
		table(
			[
				'Aspect',
				'Comments',
				'Share',
				'Negative',
				'Negative share',
				'Mean score',
				'Trend (share / negative)',
			],
			list.map((i) => [
				aspectLabel(i.aspect),
				String(i.comments),
				pctText(i.share),
				String(i.negative),
				pctText(i.negativeShare),
				i.meanScore === null ? '–' : String(i.meanScore),
				i.trend === null ? '–' : `${pp(i.trend.shareDelta)} / ${pp(i.trend.negativeShareDelta)}`,
			]),
		),
	);
	const withAspects = groups.filter((g) => g.aspects !== undefined && g.aspects !== null);
	if (withAspects.length > 0) {
		parts.push(
			`<h3>${esc(`Aspects per ${groupBy.join(', ') || 'group'}: comments (negative share)`)}</h3>`,
		);
		const cols = list.map((i) => i.aspect);
		parts.push(
			table(
				['Group', 'Comments', ...cols.map(aspectLabel)],
				withAspects.map((g) => {
					const by = new Map((g.aspects?.items ?? []).map((i) => [i.aspect, i]));
					return [
						String(g.label),
						String(g.aspects?.comments ?? 0),
						...cols.map((c) => {
							const it = by.get(c);
							return it === undefined ? '–' : `${it.comments} (${pctText(it.negativeShare)})`;
						}),
					];
				}),
			),
		);
	}
	return parts;
}
