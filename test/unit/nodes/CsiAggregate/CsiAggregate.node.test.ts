import type { IExecuteFunctions, INodeExecutionData } from 'n8n-workflow';
import { NodeOperationError } from 'n8n-workflow';
import type { AggregateResult } from '../../../../nodes/core/aggregate';
import { CsiAggregate } from '../../../../nodes/CsiAggregate/CsiAggregate.node';
import { compilePath, getPath } from '../../../../nodes/CsiAggregate/paths';
import { SURVEY_ROWS } from './fixture';

const DEFAULTS: Record<string, unknown> = {
	scale: '1-5',
	scoreField: 'csi.score',
	timestampField: 'receivedAt',
	groupBy: '',
	period: 'week',
	timeZone: '',
	output: 'summary',
	attachChart: false,
	attachReport: false,
	options: {},
};

async function run(
	params: Record<string, unknown>,
	rows = SURVEY_ROWS,
	timezone = 'Asia/Shanghai',
) {
	const all = { ...DEFAULTS, ...params };
	const binaries: Array<{ name: string; mime: string; data: string }> = [];
	const ctx = {
		getInputData: () => rows.map((json) => ({ json })) as INodeExecutionData[],
		getNode: () => ({
			name: 'CSI Aggregate',
			type: 'n8n-nodes-sms-csi.csiAggregate',
			typeVersion: 1,
			parameters: {},
		}),
		getNodeParameter: (name: string, _i: number, fallback?: unknown) =>
			name in all ? all[name] : fallback,
		getTimezone: () => timezone,
		helpers: {
			prepareBinaryData: async (data: Buffer, fileName: string, mimeType: string) => {
				binaries.push({ name: fileName, mime: mimeType, data: data.toString('utf8') });
				return { data: data.toString('base64'), fileName, mimeType };
			},
		},
	} as unknown as IExecuteFunctions;
	const out = await new CsiAggregate().execute.call(ctx);
	return { items: out[0], binaries };
}

type Summary = AggregateResult & { invalid: number; untimed: number };

describe('CSI Aggregate node (adapter)', () => {
	test('summary: overall, groups and ISO weeks in the workflow time zone (hand-checked)', async () => {
		const { items } = await run({ groupBy: 'operator', options: { minSample: 2 } });
		expect(items).toHaveLength(1);
		const s = items[0].json as unknown as Summary;
		// rated: 5,4,2,3,1,5,4,5 → n 8, sum 29, mean 3.625, median (4+4)/2, positive 5/8, neutral 1/8, negative 2/8
		expect(s.overall).toMatchObject({
			count: 8,
			sum: 29,
			mean: 3.63,
			median: 4,
			csat: 62.5,
			positivePct: 62.5,
			neutralPct: 12.5,
			negativePct: 25,
			invalid: 1,
			optOuts: 1,
			responses: 9,
			untimed: 1,
			distribution: { '1': 1, '2': 1, '3': 1, '4': 2, '5': 3 },
		});
		expect(s).toMatchObject({
			rows: 10,
			ignored: 0,
			invalid: 1,
			untimed: 1,
			timeZone: 'Asia/Shanghai',
			period: 'week',
		});
		expect(
			s.groups.map((g) => [
				g.label,
				g.count,
				g.sum,
				g.mean,
				g.median,
				g.csat,
				g.invalid,
				g.optOuts,
			]),
		).toEqual([
			['A', 4, 18, 4.5, 4.5, 100, 0, 1],
			['B', 4, 11, 2.75, 2.5, 25, 1, 0],
		]);
		expect(s.periods.map((p) => [p.key, p.start, p.end, p.count, p.mean, p.csat])).toEqual([
			['2026-W10', '2026-03-02', '2026-03-08', 4, 3.5, 50],
			['2026-W11', '2026-03-09', '2026-03-15', 3, 3.33, 66.7],
		]);
		expect(s.periods[1].trend).toEqual({ previous: '2026-W10', meanDelta: -0.17, csatDelta: 16.7 });
		expect(items[0].pairedItem).toEqual(SURVEY_ROWS.map((_, item) => ({ item })));
	});

	test('the same rows in UTC fall into other weeks (row 1 is still Sunday of W09)', async () => {
		const { items } = await run({ timeZone: 'UTC' });
		const s = items[0].json as unknown as Summary;
		expect(s.periods.map((p) => [p.key, p.count])).toEqual([
			['2026-W09', 1],
			['2026-W10', 4],
			['2026-W11', 2],
		]);
	});

	test('rows: one flat item per operator × week, paired with its input items', async () => {
		const { items } = await run({ groupBy: 'operator', output: 'rows', options: { minSample: 2 } });
		const flat = items.map((i) => i.json);
		expect(
			flat.map((r) => [
				r.period,
				r.periodStart,
				r.operator,
				r.count,
				r.mean,
				r.csat,
				r.smallSample,
				r.meanDelta,
			]),
		).toEqual([
			['2026-W10', '2026-03-02', 'A', 2, 4.5, 100, false, null],
			['2026-W11', '2026-03-09', 'A', 2, 4.5, 100, false, 0],
			['2026-W10', '2026-03-02', 'B', 2, 2.5, 0, false, null],
			['2026-W11', '2026-03-09', 'B', 1, 1, 0, true, -1.5],
		]);
		expect(items.map((i) => i.pairedItem)).toEqual([
			[{ item: 0 }, { item: 1 }],
			[{ item: 5 }, { item: 6 }, { item: 8 }],
			[{ item: 2 }, { item: 3 }],
			[{ item: 4 }, { item: 7 }],
		]);
		for (const r of flat)
			for (const v of Object.values(r)) expect(v === null || typeof v !== 'object').toBe(true);
		expect(flat[1]).toMatchObject({ optOuts: 1, anomaly: false, group: 'A' });
		expect(flat[3]).toMatchObject({ invalid: 1, responses: 2 });
	});

	test('groups: group fields at top level, paired with every item of the group', async () => {
		const { items } = await run({ groupBy: 'operator', output: 'groups', period: 'none' });
		expect(items.map((i) => [i.json.operator, i.json.count, i.json.mean])).toEqual([
			['A', 4, 4.5],
			['B', 4, 2.75],
		]);
		expect(items[0].pairedItem).toEqual([0, 1, 5, 6, 8].map((item) => ({ item })));
		expect(items[1].pairedItem).toEqual([2, 3, 4, 7, 9].map((item) => ({ item })));
	});

	test('groups: rows without the group field, or with a padded or numeric value, pair with their own group', async () => {
		const rows = [
			{ operator: ' A ', csi: { score: 5 } },
			{ csi: { score: 1 } },
			{ operator: 7, csi: { score: 2 } },
			{ operator: 'A', csi: { score: 3 } },
			{ operator: '', csi: { score: 4 } },
			{ operator: '7', csi: { score: 4 } },
		];
		const { items } = await run({ groupBy: 'operator', output: 'groups', period: 'none' }, rows);
		const byLabel = new Map(items.map((i) => [String(i.json.operator), i.pairedItem]));
		expect(byLabel.get('A')).toEqual([{ item: 0 }, { item: 3 }]);
		expect(byLabel.get('7')).toEqual([{ item: 2 }, { item: 5 }]);
		expect(byLabel.get('null')).toEqual([{ item: 1 }, { item: 4 }]);
		expect(items).toHaveLength(3);
	});

	test('chart and report binaries on the first item', async () => {
		const { items, binaries } = await run({
			attachChart: true,
			attachReport: true,
			options: { chartTitle: 'Weekly CSI' },
		});
		expect(Object.keys(items[0].binary ?? {})).toEqual(['chart', 'report']);
		expect(binaries[0]).toMatchObject({ name: 'csi-report.svg', mime: 'image/svg+xml' });
		expect(binaries[0].data.startsWith('<svg')).toBe(true);
		expect(binaries[0].data).toContain('Weekly CSI');
		expect(binaries[1]).toMatchObject({ name: 'csi-report.html', mime: 'text/html' });
		expect(binaries[1].data.startsWith('<!DOCTYPE html>')).toBe(true);
	});

	test('invalid options name the parameter and what was expected', async () => {
		await expect(run({ timeZone: 'Mars/Olympus' })).rejects.toThrow(
			/Parameter "Time Zone" is "Mars\/Olympus": expected an IANA time zone/,
		);
		await expect(run({ scale: 'custom', scaleMin: 5, scaleMax: 1 })).rejects.toThrow(
			/Parameter "Scale": Custom scale: Lowest Score \(5\) must be less than Highest Score \(1\)/,
		);
		await expect(run({ options: { positiveMin: 2, negativeMax: 3 } })).rejects.toThrow(
			/Parameter "Positive From \/ Negative Up To" is invalid: expected negativeMax below positiveMin/,
		);
		await expect(run({ scoreField: '  ' })).rejects.toThrow(NodeOperationError);
	});

	test('bad rows never fail the node: they are counted', async () => {
		const rows = [
			{ csi: { score: 'abc' } },
			{ score: 4.5 },
			{ kind: 'weird', score: 5 },
			{ score: 5, kind: 'reply' },
			{ kind: 'sent' },
			{ kind: 'sent' },
		];
		const { items } = await run({ period: 'none' }, rows);
		const s = items[0].json as unknown as Summary;
		expect(s).toMatchObject({ rows: 6, ignored: 1, invalid: 2 });
		expect(s.overall).toMatchObject({ count: 1, sent: 2, responses: 3, responseRate: 150 });
	});

	test('path getter: nested, literal dotted keys, own properties only', () => {
		expect(getPath({ csi: { score: 3 } }, compilePath('csi.score'))).toBe(3);
		expect(getPath({ 'csi.score': 2, csi: { score: 3 } }, compilePath('csi.score'))).toBe(2);
		expect(getPath({ a: [{ b: 1 }] }, compilePath('a.0.b'))).toBe(1);
		expect(getPath({}, compilePath('constructor'))).toBeUndefined();
		expect(getPath({ a: 'x' }, compilePath('a.length'))).toBeUndefined();
		expect(getPath(null, compilePath('a'))).toBeUndefined();
	});
});
