import type { IExecuteFunctions, INodeExecutionData } from 'n8n-workflow';
import { CsiAggregate } from '../../../../nodes/CsiAggregate/CsiAggregate.node';

async function summary(rows: Array<Record<string, unknown>>) {
	const params: Record<string, unknown> = {
		scale: '1-5',
		scoreField: 'score',
		timestampField: 'sentAt',
		groupBy: '',
		period: 'none',
		timeZone: '',
		output: 'summary',
		attachChart: false,
		attachReport: false,
		options: {},
	};
	const ctx = {
		getInputData: () => rows.map((json) => ({ json })) as INodeExecutionData[],
		getNode: () => ({ name: 'CSI Aggregate', type: 'x', typeVersion: 1, parameters: {} }),
		getNodeParameter: (name: string, _i: number, fallback?: unknown) =>
			name in params ? params[name] : fallback,
		getTimezone: () => 'UTC',
		helpers: {},
	} as unknown as IExecuteFunctions;
	return (await new CsiAggregate().execute.call(ctx))[0][0].json;
}

describe('CSI Aggregate: response rate per attempt (csi_surveys rows)', () => {
	it('summary carries responseByAttempt when rows have an attempt', async () => {
		const json = await summary([
			{ attempt: 1, status: 'answered', score: 5 },
			{ attempt: 2, status: 'answered', score: 3 },
			{ attempt: 2, status: 'pending', score: null },
		]);
		expect(json.responseByAttempt).toEqual([
			{ attempt: 1, surveys: 3, answered: 1, rate: 33.3, cumulativeRate: 33.3 },
			{ attempt: 2, surveys: 2, answered: 1, rate: 50, cumulativeRate: 66.7 },
		]);
	});
	it('no attempt field: no new key', async () => {
		expect(await summary([{ score: 4 }])).not.toHaveProperty('responseByAttempt');
	});
});
