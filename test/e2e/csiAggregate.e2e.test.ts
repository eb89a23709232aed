// CSI Aggregate inside a real n8n (pinned 2.41.1 on Node 24), installed from the packed tarball:
// items from Set + Split Out, from a Data Table (server + webhooks), summary / rows output, chart binary.
// The rows and the hand-checked numbers are explained in test/unit/nodes/CsiAggregate/fixture.ts.
import { N8n, nodeOutput, type ExecutionRun } from './harness/n8n';
import { PKG, itemsSource, workflow, type NodeJson } from './harness/workflows';
import { SURVEY_ROWS } from '../unit/nodes/CsiAggregate/fixture';
import type { AggregateResult } from '../../nodes/core/aggregate';

const aggregateNode = (parameters: Record<string, unknown>): NodeJson => ({
	name: 'CSI Aggregate',
	type: `${PKG}.csiAggregate`,
	typeVersion: 1,
	parameters,
});

type Json = Record<string, unknown>;
type Summary = AggregateResult & { invalid: number; untimed: number };

function binaryOf(run: ExecutionRun | undefined, nodeName: string): Record<string, Json> {
	const runs = run?.data.resultData.runData[nodeName] as unknown as Array<{
		data: { main: Array<Array<{ binary?: Record<string, Json> }>> };
	}>;
	return runs[runs.length - 1].data.main[0][0].binary ?? {};
}

describe('CSI Aggregate in real n8n', () => {
	let n8n: N8n;

	beforeAll(async () => {
		n8n = await N8n.create();
	});

	afterAll(async () => {
		await n8n?.dispose();
	});

	test('summary from Set + Split Out: hand-checked metrics, operators, ISO weeks in Asia/Shanghai, SVG chart', async () => {
		const src = itemsSource(SURVEY_ROWS, 'Responses');
		const wf = workflow(
			'aggregate-summary',
			[
				...src.nodes,
				aggregateNode({
					scale: '1-5',
					groupBy: 'operator',
					period: 'week',
					timeZone: 'Asia/Shanghai',
					output: 'summary',
					attachChart: true,
					options: { minSample: 2, chartTitle: 'Weekly CSI' },
				}),
				{
					name: 'Chart Text',
					type: 'n8n-nodes-base.extractFromFile',
					typeVersion: 1.1,
					parameters: {
						operation: 'text',
						binaryPropertyName: 'chart',
						destinationKey: 'svg',
						options: {},
					},
				},
			],
			[...src.edges, [src.last, 'CSI Aggregate'], ['CSI Aggregate', 'Chart Text']],
		);
		const id = await n8n.importWorkflow(wf);
		const { code, run, stderr } = await n8n.execute(id);
		expect({ code, stderr: code === 0 ? '' : stderr }).toEqual({ code: 0, stderr: '' });

		const out = nodeOutput(run, 'CSI Aggregate');
		expect(out).toHaveLength(1);
		const s = out[0] as unknown as Summary;
		// rated 5,4,2,3,1,5,4,5: n 8, sum 29, mean 3.625 → 3.63, median (4+4)/2 = 4, CSAT 5/8, 1 invalid, 1 opt-out
		expect(s.overall).toMatchObject({
			count: 8,
			sum: 29,
			mean: 3.63,
			median: 4,
			csat: 62.5,
			positivePct: 62.5,
			neutralPct: 12.5,
			negativePct: 25,
			distribution: { '1': 1, '2': 1, '3': 1, '4': 2, '5': 3 },
			invalid: 1,
			optOuts: 1,
			untimed: 1,
		});
		expect(s).toMatchObject({
			rows: 10,
			ignored: 0,
			invalid: 1,
			untimed: 1,
			timeZone: 'Asia/Shanghai',
			groupBy: ['operator'],
		});
		expect(
			s.groups.map((g) => [g.key.operator, g.count, g.mean, g.median, g.csat, g.smallSample]),
		).toEqual([
			['A', 4, 4.5, 4.5, 100, false],
			['B', 4, 2.75, 2.5, 25, false],
		]);
		// Shanghai (UTC+8): 2026-03-01T17:00Z is Monday 03-02 (W10), 2026-03-08T16:30Z is Monday 03-09 (W11)
		expect(s.periods.map((p) => [p.key, p.start, p.end, p.count, p.mean, p.csat])).toEqual([
			['2026-W10', '2026-03-02', '2026-03-08', 4, 3.5, 50],
			['2026-W11', '2026-03-09', '2026-03-15', 3, 3.33, 66.7],
		]);
		expect(s.periods[1].trend).toMatchObject({ meanDelta: -0.17, csatDelta: 16.7 });

		const chart = binaryOf(run, 'CSI Aggregate').chart;
		expect(chart).toMatchObject({ mimeType: 'image/svg+xml', fileName: 'csi-report.svg' });
		const svg = String(nodeOutput(run, 'Chart Text')[0].svg);
		expect(svg.length).toBeGreaterThan(1000);
		expect(svg.startsWith('<svg')).toBe(true);
		expect(svg).toContain('Weekly CSI');
		expect(svg).toContain('2026-W11');
	});

	test('rows output: one flat row per operator × week in the workflow time zone, plus the HTML report', async () => {
		const src = itemsSource(SURVEY_ROWS, 'Responses');
		const wf = workflow(
			'aggregate-rows',
			[
				...src.nodes,
				aggregateNode({
					scale: '1-5',
					groupBy: 'operator',
					period: 'week',
					timeZone: '',
					output: 'rows',
					attachReport: true,
					options: { minSample: 2 },
				}),
			],
			[...src.edges, [src.last, 'CSI Aggregate']],
			{ settings: { executionOrder: 'v1', timezone: 'Asia/Shanghai' } },
		);
		const id = await n8n.importWorkflow(wf);
		const { code, run, stderr } = await n8n.execute(id);
		expect({ code, stderr: code === 0 ? '' : stderr }).toEqual({ code: 0, stderr: '' });
		const rows = nodeOutput(run, 'CSI Aggregate');
		expect(
			rows.map((r) => [
				r.period,
				r.periodStart,
				r.group,
				r.operator,
				r.count,
				r.mean,
				r.csat,
				r.smallSample,
				r.meanDelta,
			]),
		).toEqual([
			['2026-W10', '2026-03-02', 'A', 'A', 2, 4.5, 100, false, null],
			['2026-W11', '2026-03-09', 'A', 'A', 2, 4.5, 100, false, 0],
			['2026-W10', '2026-03-02', 'B', 'B', 2, 2.5, 0, false, null],
			['2026-W11', '2026-03-09', 'B', 'B', 1, 1, 0, true, -1.5],
		]);
		expect(rows[1]).toMatchObject({ optOuts: 1, responses: 2, anomaly: false });
		expect(rows[3]).toMatchObject({ invalid: 1, responses: 2, negativePct: 100 });
		for (const r of rows)
			for (const v of Object.values(r)) expect(v === null || typeof v !== 'object').toBe(true);
		expect(binaryOf(run, 'CSI Aggregate').report).toMatchObject({
			mimeType: 'text/html',
			fileName: 'csi-report.html',
		});
	});

	test('bad option: a clear error naming the parameter', async () => {
		const src = itemsSource(SURVEY_ROWS.slice(0, 2), 'Responses');
		const wf = workflow(
			'aggregate-bad-zone',
			[
				...src.nodes,
				aggregateNode({
					scale: '1-5',
					period: 'week',
					timeZone: 'Mars/Olympus',
					output: 'summary',
				}),
			],
			[...src.edges, [src.last, 'CSI Aggregate']],
		);
		const id = await n8n.importWorkflow(wf);
		const r = await n8n.execute(id);
		expect(r.code).not.toBe(0);
		expect(`${r.stdout}\n${r.stderr}`).toMatch(
			/Parameter "Time Zone" is "Mars\/Olympus": expected an IANA time zone/,
		);
	});

	test('Data Table: rows inserted with the Data table node, read back with it, aggregated (server + webhooks)', async () => {
		// Data Table columns are flat (names match /^[a-zA-Z][a-zA-Z0-9_]*$/): no nested "csi" object, so the
		// node's "score" / "comment" / "optOut" fallbacks are what reads them.
		const flat = SURVEY_ROWS.map((r, i) => {
			const csi = (r.csi ?? {}) as Json;
			return {
				operator: r.operator,
				score: csi.score !== undefined ? csi.score : r.score,
				comment: csi.comment ?? '',
				optOut: csi.optOut ?? false,
				// the untimed row gets a time here: an empty date would fall back to the system column createdAt
				receivedAt: r.receivedAt ?? r.timestamp ?? (i === 9 ? '2026-03-13T02:00:00Z' : null),
			};
		});
		const insert = workflow(
			'datatable-insert',
			[
				{
					name: 'Webhook',
					type: 'n8n-nodes-base.webhook',
					typeVersion: 2,
					webhookId: 'e2e-csi-dt-insert',
					parameters: {
						httpMethod: 'POST',
						path: 'csi-dt-insert',
						responseMode: 'lastNode',
						options: {},
					},
				},
				{
					name: 'Rows',
					type: 'n8n-nodes-base.splitOut',
					typeVersion: 1,
					parameters: { fieldToSplitOut: 'body.rows', options: {} },
				},
				{
					name: 'Insert',
					type: 'n8n-nodes-base.dataTable',
					typeVersion: 1.1,
					parameters: {
						resource: 'row',
						operation: 'insert',
						dataTableId: { __rl: true, mode: 'name', value: 'csi_surveys' },
						columns: { mappingMode: 'autoMapInputData', value: null },
						options: { optimizeBulk: true },
					},
				},
			],
			[
				['Webhook', 'Rows'],
				['Rows', 'Insert'],
			],
		);
		const report = workflow(
			'datatable-report',
			[
				{
					name: 'Webhook',
					type: 'n8n-nodes-base.webhook',
					typeVersion: 2,
					webhookId: 'e2e-csi-dt-report',
					parameters: {
						httpMethod: 'GET',
						path: 'csi-dt-report',
						responseMode: 'lastNode',
						options: {},
					},
				},
				{
					name: 'Read',
					type: 'n8n-nodes-base.dataTable',
					typeVersion: 1.1,
					parameters: {
						resource: 'row',
						operation: 'get',
						dataTableId: { __rl: true, mode: 'name', value: 'csi_surveys' },
						returnAll: true,
					},
				},
				aggregateNode({
					scale: '1-5',
					groupBy: 'operator',
					period: 'week',
					timeZone: 'Asia/Shanghai',
					output: 'summary',
				}),
			],
			[
				['Webhook', 'Read'],
				['Read', 'CSI Aggregate'],
			],
		);
		const insertId = await n8n.importWorkflow(insert);
		const reportId = await n8n.importWorkflow(report);
		await n8n.start();

		// The table itself: public API (POST /api/v1/data-tables, personal project of the key's owner).
		const table = await n8n.api<{ id: string; name: string }>('POST', '/data-tables', {
			name: 'csi_surveys',
			columns: [
				{ name: 'operator', type: 'string' },
				{ name: 'score', type: 'number' },
				{ name: 'comment', type: 'string' },
				{ name: 'optOut', type: 'boolean' },
				{ name: 'receivedAt', type: 'date' },
			],
		});
		expect(table).toMatchObject({ name: 'csi_surveys' });
		expect(typeof table.id).toBe('string');

		await n8n.activate(insertId);
		await n8n.activate(reportId);
		await n8n.waitForWebhook('/webhook/csi-dt-insert');
		await n8n.waitForWebhook('/webhook/csi-dt-report', 'GET');

		const ins = await n8n.request('/webhook/csi-dt-insert', {
			method: 'POST',
			headers: { 'content-type': 'application/json' },
			body: JSON.stringify({ rows: flat }),
		});
		expect(ins.status).toBe(200);
		await ins.text();
		const stored = await n8n.api<{ data: Json[] }>(
			'GET',
			`/data-tables/${table.id}/rows?limit=100`,
		);
		expect(stored.data).toHaveLength(10);
		expect(stored.data.map((r) => r.score)).toEqual(flat.map((r) => r.score));

		const res = await n8n.request('/webhook/csi-dt-report');
		expect(res.status).toBe(200);
		const s = (await res.json()) as Summary;
		expect(s.overall).toMatchObject({
			count: 8,
			sum: 29,
			mean: 3.63,
			median: 4,
			csat: 62.5,
			invalid: 1,
			optOuts: 1,
			untimed: 0,
		});
		expect(s.groups.map((g) => [g.label, g.count, g.mean])).toEqual([
			['A', 4, 4.5],
			['B', 4, 2.75],
		]);
		// W11 now also holds the 10th row (5 at 2026-03-13 10:00 Shanghai): 1, 5, 4, 5 → mean 3.75
		expect(s.periods.map((p) => [p.key, p.count, p.mean])).toEqual([
			['2026-W10', 4, 3.5],
			['2026-W11', 4, 3.75],
		]);
	});
});
