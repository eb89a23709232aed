import type { IExecuteFunctions, INodeExecutionData } from 'n8n-workflow';
import type { AggregateResult } from '../../../../nodes/core/aggregate';
import { CsiAggregate } from '../../../../nodes/CsiAggregate/CsiAggregate.node';
import { ParseCsiReply } from '../../../../nodes/ParseCsiReply/ParseCsiReply.node';

const NODE = { name: 'N', type: 't', typeVersion: 1, parameters: {} };

function ctx(params: Record<string, unknown>, rows: Record<string, unknown>[]): IExecuteFunctions {
	return {
		getInputData: () => rows.map((json) => ({ json })) as INodeExecutionData[],
		getNode: () => NODE,
		getNodeParameter: (name: string, _i: number, fallback?: unknown) =>
			name in params ? params[name] : fallback,
		getTimezone: () => 'UTC',
		continueOnFail: () => false,
		helpers: {},
	} as unknown as IExecuteFunctions;
}

const ROWS = [
	{
		operator: 'Ann',
		csi: { score: 2, comment: 'Долго ждал, оператор грубый' },
		receivedAt: '2026-03-02T10:00:00Z',
	},
	{
		operator: 'Ann',
		csi: { score: 5, comment: 'Быстро и вежливо' },
		receivedAt: '2026-03-03T10:00:00Z',
	},
	{
		operator: 'Bob',
		csi: { score: 1, comment: 'x', aspects: [{ aspect: 'price', polarity: 'neg' }] },
		receivedAt: '2026-03-03T10:00:00Z',
	},
];

describe('CSI Aggregate node: aspects option', () => {
	const base = {
		scale: '1-5',
		scoreField: 'csi.score',
		timestampField: 'receivedAt',
		groupBy: 'operator',
		period: 'none',
		output: 'summary',
	};
	test('reports aspects per operator, reading given aspects and analysing comments', async () => {
		const out = await new CsiAggregate().execute.call(
			ctx({ ...base, options: { aspects: true } }, ROWS),
		);
		const s = out[0][0].json as unknown as AggregateResult;
		const ann = s.groups.find((g) => g.label === 'Ann')!;
		expect(ann.aspects!.items.map((i) => [i.aspect, i.comments, i.negative])).toEqual([
			['wait_time', 2, 1],
			['staff_attitude', 2, 1],
		]);
		const bob = s.groups.find((g) => g.label === 'Bob')!;
		expect(bob.aspects!.items.map((i) => i.aspect)).toEqual(['price']);
	});
	test('rows output has aspect columns; custom aspects JSON is checked', async () => {
		const out = await new CsiAggregate().execute.call(
			ctx({ ...base, output: 'rows', options: { aspects: true } }, ROWS),
		);
		expect(out[0][0].json).toMatchObject({
			group: 'Ann',
			aspect_wait_time: 2,
			aspect_wait_time_negativePct: 50,
		});
		await expect(
			new CsiAggregate().execute.call(
				ctx({ ...base, options: { aspects: true, customAspects: '[{' } }, ROWS),
			),
		).rejects.toThrow(/Custom Aspects \(JSON\)/);
		await expect(
			new CsiAggregate().execute.call(
				ctx({ ...base, options: { aspects: true, customAspects: '[{"name": ""}]' } }, ROWS),
			),
		).rejects.toThrow(/Custom Aspects \(JSON\).*invalid/);
	});
});

describe('Parse CSI Reply node: Add Aspects option', () => {
	test('adds the comment aspects to csi.aspects, custom aspects included', async () => {
		const params = {
			text: '2 долго ждал, парковка ужасная',
			scale: '1-5',
			scaleMin: 1,
			scaleMax: 5,
			outputField: 'csi',
			routeOutputs: false,
			options: {
				addAspects: true,
				customAspects: '[{"name": "parking", "keywords": ["парковк*"]}]',
			},
		};
		const out = await new ParseCsiReply().execute.call(ctx(params, [{}]));
		const csi = out[0][0].json.csi as {
			score: number;
			aspects: { aspect: string; polarity: string }[];
		};
		expect(csi.score).toBe(2);
		expect(csi.aspects.map((a) => `${a.aspect}:${a.polarity}`)).toEqual([
			'wait_time:neg',
			'parking:neg',
		]);
	});
});
