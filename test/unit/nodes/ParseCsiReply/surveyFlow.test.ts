import type { IDataObject, IExecuteFunctions, INodeExecutionData } from 'n8n-workflow';
import { ParseCsiReply } from '../../../../nodes/ParseCsiReply/ParseCsiReply.node';

async function run(items: IDataObject[], params: Record<string, unknown>, continueOnFail = false) {
	const all: Record<string, unknown> = {
		mode: 'surveyFlow',
		text: undefined,
		scale: '1-5',
		outputField: 'csi',
		options: { language: 'ru' },
		conversation: 'preset',
		...params,
	};
	const ctx = {
		getInputData: () => items.map((json) => ({ json })) as INodeExecutionData[],
		getNode: () => ({ name: 'Parse CSI Reply', type: 'x', typeVersion: 1, parameters: {} }),
		getNodeParameter: (name: string, i: number, fallback?: unknown) => {
			if (name === 'text') return items[i].text;
			if (name === 'surveyState') return items[i].state ?? '';
			return name in all ? all[name] : fallback;
		},
		continueOnFail: () => continueOnFail,
	} as unknown as IExecuteFunctions;
	const out = await new ParseCsiReply().execute.call(ctx);
	return out;
}

describe('Parse CSI Reply: survey conversation mode', () => {
	it('moves the stored state on and reports the next SMS', async () => {
		let [items] = await run([{ text: '1', state: '' }], {});
		let csi = items[0].json.csi as IDataObject;
		expect(csi).toMatchObject({ score: 1, done: false, action: 'ask', nextQuestion: 'reason' });
		expect(csi.replyText).toContain('1 – долгое ожидание');
		[items] = await run([{ text: 'долго ждал', state: csi.state }], {});
		csi = items[0].json.csi as IDataObject;
		expect(csi).toMatchObject({
			choice: 'wait_time',
			aspects: ['wait_time'],
			nextQuestion: 'comment',
		});
		[items] = await run([{ text: 'полчаса на линии', state: csi.state }], {});
		csi = items[0].json.csi as IDataObject;
		expect(csi).toMatchObject({
			done: true,
			status: 'answered',
			action: 'thank',
			comment: 'полчаса на линии',
		});
	});
	it('one output even when routing was left on', async () => {
		const out = await run([{ text: '5' }], { routeOutputs: true });
		expect(out).toHaveLength(1);
	});
	it('reads scale labels from the survey text', async () => {
		const [items] = await run([{ text: 'отлично' }], {
			surveyText: 'Оцените от 1 до 5 (1 – очень плохо, 5 – отлично)',
		});
		expect((items[0].json.csi as IDataObject).score).toBe(5);
	});
	it('a custom definition: CSAT then NPS', async () => {
		const definition = JSON.stringify({
			questions: [
				{ id: 'csat', type: 'rating', min: 1, max: 5 },
				{ id: 'nps', type: 'rating', min: 0, max: 10 },
			],
		});
		let [items] = await run([{ text: '4' }], {
			conversation: 'custom',
			definition,
			options: { language: 'en' },
		});
		let csi = items[0].json.csi as IDataObject;
		expect(csi.replyText).toMatch(/recommend/);
		[items] = await run([{ text: '10', state: csi.state }], {
			conversation: 'custom',
			definition,
			options: { language: 'en' },
		});
		csi = items[0].json.csi as IDataObject;
		expect(csi).toMatchObject({ done: true, scores: { csat: 4, nps: 10 } });
	});
	it('bad definition and bad reply time are clear per-item errors; Continue On Fail keeps going', async () => {
		await expect(
			run([{ text: '4' }], { conversation: 'custom', definition: '{"questions": [' }),
		).rejects.toThrow(/Item 0: "Survey Definition" is not valid JSON/);
		await expect(
			run([{ text: '4' }], { conversation: 'custom', definition: '{"questions": []}' }),
		).rejects.toThrow(/non-empty "questions"/);
		await expect(run([{ text: '4' }], { replyTime: 'yesterday' })).rejects.toThrow(
			/"Reply Time" is "yesterday"/,
		);
		const [items] = await run([{ text: '4' }], { replyTime: 'yesterday' }, true);
		expect(items[0].json.error).toMatch(/Reply Time/);
	});
});
