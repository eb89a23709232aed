import {
	aggregateResponses,
	renderChartSvg,
	renderHtmlReport,
} from '../../../../nodes/core/aggregate';
import { analyzeComment } from '../../../../nodes/core/analysis';

const rows = [
	{
		op: 'A',
		score: 2,
		timestamp: '2026-03-02T10:00:00Z',
		comment: 'Оператор вежливый, но долго ждал на линии',
	},
	{ op: 'A', score: 1, timestamp: '2026-03-03T10:00:00Z', comment: 'Очень долго, хамство' },
	{ op: 'B', score: 5, timestamp: '2026-03-10T10:00:00Z', comment: 'Быстро и вежливо' },
	{
		op: 'B',
		score: 4,
		timestamp: '2026-03-10T11:00:00Z',
		aspects: [{ aspect: 'price', polarity: 'neg' }],
	},
	{ op: 'A', score: 5, timestamp: '2026-03-11T10:00:00Z', comment: 'Всё отлично' },
	{ op: 'A', score: null, timestamp: '2026-03-11T12:00:00Z', comment: 'долго ждал' },
	{ kind: 'sent', op: 'A' },
];

describe('aggregate aspects', () => {
	const r = aggregateResponses(rows, {
		min: 1,
		max: 5,
		groupBy: ['op'],
		period: 'week',
		aspects: true,
		themes: false,
	});
	const item = (list: { aspect: string }[] | undefined, aspect: string) =>
		list?.find((i) => i.aspect === aspect) as Record<string, unknown>;

	it('counts comments, negative share and mean score per aspect, given aspects too', () => {
		const a = r.overall.aspects!;
		expect(a.comments).toBe(6);
		expect(a.withAspects).toBe(6);
		expect(item(a.items, 'wait_time')).toMatchObject({
			comments: 4,
			share: 66.7,
			negative: 3,
			positive: 1,
			negativeShare: 75,
			meanScore: 2.67, // (2 + 1 + 5) / 3: the unrated reply has no score
		});
		expect(item(a.items, 'price')).toMatchObject({ comments: 1, negative: 1, meanScore: 4 });
		expect(a.items[0].aspect).toBe('wait_time');
	});
	it('reports per group and per period with the trend against the previous period', () => {
		const groupA = r.groups.find((g) => g.label === 'A')!;
		expect(item(groupA.aspects!.items, 'staff_attitude')).toMatchObject({
			comments: 2,
			negative: 1,
		});
		const w11 = r.periods.find((p) => p.key === '2026-W11')!;
		expect(item(w11.aspects!.items, 'wait_time')).toMatchObject({
			comments: 2,
			negativeShare: 50,
			trend: { previous: '2026-W10', shareDelta: -50, negativeShareDelta: -50 },
		});
		// Overall: the last period against the one before.
		expect(
			(item(r.overall.aspects!.items, 'wait_time').trend as { previous: string }).previous,
		).toBe('2026-W10');
	});
	it('is off by default and validates its options', () => {
		expect(aggregateResponses(rows, { min: 1, max: 5 }).overall.aspects).toBeUndefined();
		expect(() => aggregateResponses(rows, { min: 1, max: 5, aspects: 'yes' as never })).toThrow(
			/aspects/,
		);
		expect(() =>
			aggregateResponses(rows, {
				min: 1,
				max: 5,
				aspects: { customAspects: [{ name: '' }] as never },
			}),
		).toThrow(/aspects\.customAspects\[0\]/);
	});
	it('takes custom aspects', () => {
		const c = aggregateResponses([{ score: 1, comment: 'Парковка ужасная' }], {
			min: 1,
			max: 5,
			aspects: { language: 'ru', customAspects: [{ name: 'parking', keywords: ['парковк*'] }] },
		});
		expect(c.overall.aspects!.items.map((i) => [i.aspect, i.negative])).toEqual([['parking', 1]]);
	});
	it('shows an aspect table per group and bars in the report and the chart', () => {
		const html = renderHtmlReport(r);
		expect(html).toContain('<h2>Aspects</h2>');
		expect(html).toContain('<th>Wait time</th>');
		expect(html).toContain('<td>A</td>');
		expect(renderChartSvg(r)).toContain('Wait time');
		expect(renderChartSvg(aggregateResponses(rows, { min: 1, max: 5 }))).not.toContain('Wait time');
	});
});

describe('aggregate aspects of repeated comments and given aspects', () => {
	// Each comment analysed once per aggregation and shared by the rows that repeat it; the counts must be
	// those of analysing every row on its own.
	const comments = [
		'Оператор вежливый, но долго ждал на линии',
		'Очень долго, хамство',
		'Быстро и вежливо',
		'Всё отлично',
		'долго ждал',
		'the courier was late but the staff were polite',
		'送货太慢了',
		'',
		'   ',
	];
	const rows: Record<string, unknown>[] = [];
	for (let i = 0; i < 120; i++) {
		const r: Record<string, unknown> = { op: `op${i % 3}`, score: 1 + (i % 5) };
		if (i % 4 === 3) {
			r.aspects = [
				{ aspect: i % 8 === 3 ? 'price' : 'wait_time', polarity: i % 3 ? 'neg' : 'pos' },
				{ aspect: 'price', polarity: 'pos' },
				{ aspect: '', polarity: 'neg' },
				null,
			];
		} else r.comment = comments[(i * 7) % comments.length];
		rows.push(r);
	}
	const expected = new Map<string, { comments: number; mentions: number; negative: number }>();
	let withAspects = 0;
	for (const r of rows) {
		const list = Array.isArray(r.aspects)
			? (r.aspects as ({ aspect: string; polarity: string } | null)[]).filter(
					(m): m is { aspect: string; polarity: string } => m !== null && m.aspect !== '',
				)
			: typeof r.comment === 'string' && r.comment.trim() !== ''
				? analyzeComment(r.comment).aspects
				: null;
		if (list === null || list.length === 0) continue;
		withAspects++;
		const seen = new Set<string>();
		for (const m of list) {
			const e = expected.get(m.aspect) ?? { comments: 0, mentions: 0, negative: 0 };
			e.mentions++;
			if (!seen.has(m.aspect)) {
				e.comments++;
				if (list.some((x) => x.aspect === m.aspect && x.polarity === 'neg')) e.negative++;
			}
			seen.add(m.aspect);
			expected.set(m.aspect, e);
		}
	}

	it('count every row as if its comment were analysed on its own', () => {
		const r = aggregateResponses(rows, { min: 1, max: 5, aspects: true, themes: false });
		const a = r.overall.aspects!;
		expect(a.withAspects).toBe(withAspects);
		expect(expected.size).toBeGreaterThan(2);
		expect(new Set(a.items.map((i) => i.aspect))).toEqual(new Set(expected.keys()));
		for (const item of a.items) {
			const e = expected.get(item.aspect)!;
			expect([item.comments, item.mentions, item.negative]).toEqual([
				e.comments,
				e.mentions,
				e.negative,
			]);
		}
	});

	it('give the same report whatever the order of the rows', () => {
		const a = aggregateResponses(rows, { min: 1, max: 5, aspects: true, themes: false });
		const b = aggregateResponses([...rows].reverse(), {
			min: 1,
			max: 5,
			aspects: true,
			themes: false,
		});
		expect(b.overall.aspects).toEqual(a.overall.aspects);
	});
});
