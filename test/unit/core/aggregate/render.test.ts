import {
	aggregateResponses,
	escapeReportMarkup,
	renderChartSvg,
	renderHtmlReport,
} from '../../../../nodes/core/aggregate';

const VOID_HTML = new Set(['meta', 'br', 'img', 'link', 'hr', 'input']);

/** Minimal well-formedness check: every tag closes in order, attributes quoted, no stray `<` or `&`. */
function assertBalanced(markup: string, html: boolean): void {
	const stack: string[] = [];
	const tag = /<(\/?)([A-Za-z][\w:-]*)((?:\s+[\w:-]+="[^"<]*")*)\s*(\/?)>|<!DOCTYPE html>/g;
	let last = 0;
	for (let m = tag.exec(markup); m !== null; m = tag.exec(markup)) {
		const text = markup.slice(last, m.index);
		expect(text).not.toMatch(/[<>]/);
		expect(text).not.toMatch(/&(?!(?:amp|lt|gt|quot|#39);)/);
		last = tag.lastIndex;
		if (m[0].startsWith('<!')) continue;
		const [, closing, name, , selfClosing] = m;
		if (selfClosing || (html && VOID_HTML.has(name.toLowerCase()))) continue;
		if (closing) expect(stack.pop()).toBe(name);
		else stack.push(name);
	}
	expect(markup.slice(last).trim()).toBe('');
	expect(stack).toEqual([]);
}

const EVIL = '<script>alert("x")</script> & \'q\'';

function sample() {
	const rows: Record<string, unknown>[] = [];
	const ops = ['Билайн', '中国移动', EVIL];
	for (let w = 0; w < 4; w++) {
		for (let i = 0; i < 12; i++) {
			const score = w === 3 && i % 2 === 0 ? 1 : 3 + (i % 3);
			rows.push({
				operator: ops[i % 3],
				score,
				timestamp: `2026-03-${String(2 + 7 * w).padStart(2, '0')}T09:00:00Z`,
				comment:
					score <= 2
						? `${EVIL} очень долго ждал 很差 \u0001`
						: i % 4 === 0
							? 'хорошо, вежливый оператор'
							: '',
			});
		}
	}
	return aggregateResponses(rows, {
		min: 1,
		max: 5,
		groupBy: ['operator'],
		period: 'week',
		minSample: 5,
	});
}

describe('escapeReportMarkup', () => {
	it('escapes markup characters and removes characters XML forbids', () => {
		expect(escapeReportMarkup(`<a href="x">'&'</a>`)).toBe(
			'&lt;a href=&quot;x&quot;&gt;&#39;&amp;&#39;&lt;/a&gt;',
		);
		expect(escapeReportMarkup('a\u0000b\uD800c\uD83D\uDE00')).toBe('a\uFFFDb\uFFFDc\uD83D\uDE00');
		expect(escapeReportMarkup(null)).toBe('');
	});
});

describe('renderChartSvg', () => {
	const result = sample();
	it('is a well-formed, self-contained SVG without scripts', () => {
		const svg = renderChartSvg(result, { title: `Отчёт 报告 ${EVIL}`, groups: true });
		expect(svg.startsWith('<svg xmlns="http://www.w3.org/2000/svg"')).toBe(true);
		assertBalanced(svg, false);
		expect(svg).not.toMatch(/<script/i);
		expect(svg).not.toMatch(/(?:href|url)\(/i);
		expect(svg).toContain(
			'Отчёт 报告 &lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt; &amp; &#39;q&#39;',
		);
		expect(svg).toContain('font-family="system-ui');
		expect(svg).toContain('Noto Sans CJK SC');
	});
	it('draws the trend with points and labels, group series, legend and distribution bars', () => {
		const svg = renderChartSvg(result, { groups: 3 });
		for (const key of ['2026-W10', '2026-W11', '2026-W12', '2026-W13'])
			expect(svg).toContain(`>${key}</text>`);
		expect(svg).toContain('Overall — Mean score');
		expect(svg).toContain('>Билайн</text>');
		expect(svg).toContain('>中国移动</text>');
		expect(svg).toContain('&lt;script&gt;');
		expect((svg.match(/<path /g) ?? []).length).toBe(4); // overall + 3 groups
		// Means per week: 4, 4, 4, (6·1 + 2·3 + 2·4 + 2·5)/12 = 2.5
		expect(svg).toContain('>4.00</text>');
		expect(svg).toContain('>2.50</text>');
		// Distribution: 5 bars (+ background rect), counts with shares.
		expect((svg.match(/<rect /g) ?? []).length).toBe(1 + 5 + 4); // background, bars, legend swatches
		expect(svg).toContain(`>${result.overall.distribution['1']} (`);
	});
	it('renders CSAT and handles results without periods', () => {
		const csat = renderChartSvg(result, { metric: 'csat', labels: { csat: 'CSAT, %' } });
		expect(csat).toContain('CSAT, %');
		const none = renderChartSvg(aggregateResponses([{ score: 4 }], { min: 0, max: 10 }));
		assertBalanced(none, false);
		expect(none).toContain('No dated responses');
		expect((none.match(/<rect /g) ?? []).length).toBe(12); // background + 11 bars, no legend
	});
	it('rejects something that is not a result', () => {
		expect(() => renderChartSvg({} as never)).toThrow(/invalid argument "result"/);
	});
});

describe('renderHtmlReport', () => {
	const result = sample();
	const html = renderHtmlReport(result, { title: `CSI ${EVIL}`, lang: 'ru' });
	it('is a standalone, escaped page with a restrictive CSP and no scripts', () => {
		expect(html.startsWith('<!DOCTYPE html>\n<html lang="ru">')).toBe(true);
		expect(html).toContain(
			`<meta http-equiv="Content-Security-Policy" content="default-src 'none'; style-src 'unsafe-inline'; img-src data:">`,
		);
		expect(html).not.toMatch(/<script/i);
		expect(html).not.toContain('\u0001');
		assertBalanced(html.replace(/<style>[^<]*<\/style>/, '<style></style>'), true);
		expect(html).toContain(
			'<title>CSI &lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt; &amp; &#39;q&#39;</title>',
		);
	});
	it('contains the chart and the overall, group, period and theme tables', () => {
		expect(html).toContain('<svg xmlns="http://www.w3.org/2000/svg"');
		expect(html).toContain('<h2>Overall</h2>');
		expect(html).toContain('<h2>Groups (operator)</h2>');
		expect(html).toContain('<h2>Periods</h2>');
		expect(html).toContain('<h2>Comment themes</h2>');
		expect(html).toContain(`<td>${result.overall.count}</td>`);
		expect(html).toContain('<td>Билайн</td>');
		expect(html).toContain('<h3>ru</h3>');
		const ruThemes = result.themes!.languages.find((l) => l.language === 'ru')!;
		const shown = [...ruThemes.negative.themes, ...ruThemes.positive.themes];
		expect(shown.length).toBeGreaterThan(0);
		for (const t of shown) expect(html).toContain(`<b>${t.term}</b>`);
		expect(html).toContain('«&lt;script&gt;alert(&quot;x&quot;)');
		// The dropped week is flagged and explained.
		const w13 = result.periods[3];
		expect(w13.anomaly?.flagged).toBe(true);
		expect(html).toContain('▼ drop');
		expect(html).toContain(escapeReportMarkup(w13.anomaly!.reason));
	});
});
