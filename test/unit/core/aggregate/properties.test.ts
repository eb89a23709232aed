import fc from 'fast-check';
import {
	aggregateResponses,
	detectCommentLanguage,
	renderChartSvg,
	renderHtmlReport,
} from '../../../../nodes/core/aggregate';
import type { AggregateMetrics, AggregateResult } from '../../../../nodes/core/aggregate';
import { commentTokens } from '../../../../nodes/core/aggregate/themes';

const SCALES: [number, number][] = [
	[1, 5],
	[0, 10],
	[1, 10],
	[1, 7],
];

const text = fc.oneof(
	fc.string({ unit: 'binary', maxLength: 60 }),
	fc.string({ unit: 'grapheme', maxLength: 60 }),
	fc.constantFrom('Очень долго ждал', '送货太慢了', 'not fixed', 'Çok iyi', '<script>', 'STOP', ''),
);

const row = fc.record(
	{
		score: fc.oneof(
			fc.integer({ min: -2, max: 12 }),
			fc.double(),
			fc.constantFrom(null, '4', ' 5 ', '4.0', '4.5', 'x', true),
			fc.anything(),
		),
		comment: fc.oneof(text, fc.anything()),
		timestamp: fc.oneof(
			fc.integer({ min: 1_700_000_000_000, max: 1_800_000_000_000 }),
			fc.integer({ min: 1_700_000_000, max: 1_800_000_000 }),
			fc.date({ noInvalidDate: false }),
			fc.constantFrom(
				'2026-03-29T01:30:00Z',
				'2026-11-01 01:30',
				'2026-02-30',
				'soon',
				'2026-01-31T16:00:00+08:00',
			),
			fc.anything(),
		),
		kind: fc.oneof(
			fc.constantFrom('sent', 'delivered', 'failed', 'reply', 'optout', 'STOP', 'bogus', ''),
			fc.anything(),
		),
		optOut: fc.oneof(fc.boolean(), fc.anything()),
		op: fc.oneof(fc.constantFrom('A', 'B', ' A ', '', 'Билайн'), text, fc.anything()),
		region: fc.oneof(fc.constantFrom('N', 'S'), fc.anything()),
	},
	{ requiredKeys: [] },
);

const rows = fc.array(
	fc.oneof({ weight: 5, arbitrary: row }, { weight: 1, arbitrary: fc.anything() }),
	{ maxLength: 60 },
);

const options = fc.record({
	scale: fc.constantFrom(...SCALES),
	groupBy: fc.constantFrom<string[]>([], ['op'], ['op', 'region']),
	period: fc.constantFrom(undefined, 'day', 'week', 'month'),
	timeZone: fc.constantFrom(
		'UTC',
		'Asia/Tashkent',
		'Europe/Berlin',
		'America/New_York',
		'Asia/Kathmandu',
	),
});

function allMetrics(r: AggregateResult): AggregateMetrics[] {
	const out: AggregateMetrics[] = [r.overall, ...r.periods];
	for (const g of r.groups) out.push(g, ...g.periods);
	return out;
}

function finiteEverywhere(value: unknown): boolean {
	if (typeof value === 'number') return Number.isFinite(value);
	if (Array.isArray(value)) return value.every(finiteEverywhere);
	if (typeof value === 'object' && value !== null)
		return Object.values(value).every(finiteEverywhere);
	return true;
}

describe('aggregateResponses properties', () => {
	it('never throws on arbitrary rows and keeps the books balanced', () => {
		fc.assert(
			fc.property(rows, options, (input, o) => {
				const r = aggregateResponses(input, {
					min: o.scale[0],
					max: o.scale[1],
					groupBy: o.groupBy,
					period: o.period as 'day' | 'week' | 'month' | undefined,
					timeZone: o.timeZone,
					minSample: 3,
				});
				expect(finiteEverywhere(r)).toBe(true);
				for (const m of allMetrics(r)) {
					const dist = Object.values(m.distribution);
					expect(dist).toHaveLength(o.scale[1] - o.scale[0] + 1);
					expect(dist.reduce((a, b) => a + b, 0)).toBe(m.count);
					expect(m.positive + m.neutral + m.negative).toBe(m.count);
					if (m.count > 0) {
						const total = (m.positivePct ?? 0) + (m.neutralPct ?? 0) + (m.negativePct ?? 0);
						expect(Math.abs(total - 100)).toBeLessThanOrEqual(0.15 + 1e-9);
						expect(m.mean!).toBeGreaterThanOrEqual(o.scale[0]);
						expect(m.mean!).toBeLessThanOrEqual(o.scale[1]);
					} else {
						expect(m.mean).toBeNull();
					}
				}
				if (o.groupBy.length > 0) {
					expect(r.groups.reduce((s, g) => s + g.count, 0)).toBe(r.overall.count);
					expect(r.groups.reduce((s, g) => s + g.invalid, 0)).toBe(r.overall.invalid);
					expect(r.groups.reduce((s, g) => s + g.sent, 0)).toBe(r.overall.sent);
				} else {
					expect(r.groups).toEqual([]);
				}
				const periodCount = r.periods.reduce((s, p) => s + p.count, 0);
				expect(periodCount).toBeLessThanOrEqual(r.overall.count);
				if (o.period === undefined) expect(r.periods).toEqual([]);
				const keys = r.periods.map((p) => p.start);
				expect([...keys].sort()).toEqual(keys);
				expect(new Set(keys).size).toBe(keys.length);
			}),
			{ numRuns: 150 },
		);
	});

	it('renders any result as escaped markup without scripts', () => {
		fc.assert(
			fc.property(
				fc.array(fc.record({ op: text, score: fc.integer({ min: 1, max: 5 }), comment: text }), {
					maxLength: 20,
				}),
				text,
				(input, title) => {
					const r = aggregateResponses(input, { min: 1, max: 5, groupBy: ['op'] });
					const svg = renderChartSvg(r, { title, groups: true });
					const html = renderHtmlReport(r, { title });
					for (const out of [svg, html]) {
						expect(out).not.toMatch(/<script/i);
						// No control characters XML forbids.
						expect(
							[...out].some(
								(c) => c.charCodeAt(0) < 0x20 && c !== '\n' && c !== '\t' && c !== '\r',
							),
						).toBe(false);
					}
				},
			),
			{ numRuns: 80 },
		);
	});
});

describe('comment text properties', () => {
	it('detection and tokenisation never throw and stay fast on long hostile text', () => {
		fc.assert(
			fc.property(
				fc.string({ unit: 'binary', maxLength: 300 }),
				fc.constantFrom('auto', 'en', 'ru', 'zh', 'tr', 'uz', 'fr', 'xx'),
				(s, lang) => {
					const detected = detectCommentLanguage(s);
					expect(typeof detected).toBe('string');
					const tokens = commentTokens(s, lang === 'auto' ? detected : lang);
					for (const t of tokens) if (t !== null) expect(t.length).toBeGreaterThan(0);
				},
			),
			{ numRuns: 200 },
		);
		const long = `${"a'".repeat(20000)}${'，'.repeat(5000)}${'很'.repeat(5000)}`;
		const started = Date.now();
		detectCommentLanguage(long);
		commentTokens(long, 'zh');
		// Guards against catastrophic regex backtracking (which would take minutes), not a speed test.
		expect(Date.now() - started).toBeLessThan(2000);
	});
});
