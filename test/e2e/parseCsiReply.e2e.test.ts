// Parse CSI Reply inside a real n8n (pinned 2.41.1 on Node 24), installed from the packed tarball.
import * as fs from 'node:fs';
import * as path from 'node:path';
import { N8n, nodeOutput, type WorkflowJson } from './harness/n8n';
import { PKG, itemsSource, workflow, type NodeJson } from './harness/workflows';

const REPLIES = [
	{ id: 1, text: '5' },
	{ id: 2, text: '4. Оператор был вежлив, но долго ждать' },
	{ id: 3, text: '给3分吧，等太久了' },
	{ id: 4, text: '⭐⭐⭐⭐' },
	{ id: 5, text: 'STOP' },
	{ id: 6, text: 'отлично' },
	{ id: 7, text: '8/10' },
	{ id: 8, text: 'Y' },
];

const parseNode = (
	parameters: Record<string, unknown>,
	extra: Partial<NodeJson> = {},
): NodeJson => ({
	name: 'Parse CSI Reply',
	type: `${PKG}.parseCsiReply`,
	typeVersion: 1,
	parameters,
	...extra,
});

describe('Parse CSI Reply in real n8n', () => {
	let n8n: N8n;

	beforeAll(async () => {
		n8n = await N8n.create();
	});

	afterAll(async () => {
		await n8n?.dispose();
	});

	test('one output: score, comment, validity, opt-out and follow-up texts for each reply', async () => {
		const src = itemsSource(REPLIES, 'Replies');
		const wf = workflow(
			'parse-single-output',
			[...src.nodes, parseNode({ text: '={{ $json.text }}', scale: '1-5', options: {} })],
			[...src.edges, [src.last, 'Parse CSI Reply']],
		);
		const id = await n8n.importWorkflow(wf);
		const { code, run, stdout } = await n8n.execute(id);
		expect({ code, output: code === 0 ? '' : stdout }).toEqual({ code: 0, output: '' });
		const out = nodeOutput(run, 'Parse CSI Reply');
		expect(out).toHaveLength(REPLIES.length);
		const byId = Object.fromEntries(
			out.map((o) => [o.id as number, o.csi as Record<string, unknown>]),
		);

		expect(byId[1]).toMatchObject({
			score: 5,
			valid: true,
			optOut: false,
			reason: 'ok',
			comment: '',
			action: 'thank',
		});
		expect(byId[2]).toMatchObject({
			score: 4,
			valid: true,
			comment: 'Оператор был вежлив, но долго ждать',
			language: 'ru',
			action: 'thank',
		});
		expect(byId[2].replyText).toMatch(/Спасибо/);
		expect(byId[3]).toMatchObject({
			score: 3,
			valid: true,
			comment: '等太久了',
			language: 'zh',
			action: 'thank',
		});
		expect(byId[4]).toMatchObject({ score: 4, valid: true, comment: '' });
		expect(byId[5]).toMatchObject({
			score: null,
			valid: false,
			optOut: true,
			reason: 'opt_out',
			action: 'opt_out',
		});
		expect(byId[6]).toMatchObject({
			score: null,
			valid: false,
			reason: 'no_rating',
			action: 'reprompt',
			language: 'ru',
		});
		expect(byId[6].replyText).toBe(
			'Извините, не удалось распознать ваш ответ. Пожалуйста, оцените нашу работу по шкале от 1 до 5.',
		);
		expect(byId[7]).toMatchObject({ score: null, valid: false, action: 'reprompt' });
		// input fields pass through untouched
		expect(out.find((o) => o.id === 2)?.text).toBe(REPLIES[1].text);
	});

	test('routing: rated, re-prompt, opted out, gave up and keyword intent go to their own outputs', async () => {
		const src = itemsSource(
			REPLIES.map((r) => ({ ...r, attempt: r.id === 7 ? 2 : 1 })),
			'Replies',
		);
		const wf = workflow(
			'parse-routed',
			[
				...src.nodes,
				parseNode({
					text: '={{ $json.text }}',
					scale: '1-5',
					routeOutputs: true,
					options: {
						attempt: '={{ $json.attempt }}',
						maxAttempts: 2,
						intents: { intent: [{ name: 'confirm', keywords: 'Y, YES, ДА' }] },
					},
				}),
			],
			[...src.edges, [src.last, 'Parse CSI Reply']],
		);
		const id = await n8n.importWorkflow(wf);
		const { code, run, stdout } = await n8n.execute(id);
		expect({ code, output: code === 0 ? '' : stdout }).toEqual({ code: 0, output: '' });
		const ids = (output: number) => nodeOutput(run, 'Parse CSI Reply', output).map((o) => o.id);
		expect(ids(0)).toEqual([1, 2, 3, 4]);
		expect(ids(1)).toEqual([6]);
		expect(ids(2)).toEqual([5]);
		expect(ids(3)).toEqual([7]);
		expect(ids(4)).toEqual([8]);
		const intent = nodeOutput(run, 'Parse CSI Reply', 4)[0].csi as Record<string, unknown>;
		expect(intent).toMatchObject({ intent: 'confirm', action: 'intent' });
	});

	test('bad input: a clear per-item error, and Continue On Fail keeps every item', async () => {
		const items = [
			{ id: 1, text: '5' },
			{ id: 2, text: { nested: true } },
			{ id: 3, text: '2' },
		];
		const src = itemsSource(items, 'Replies');
		const failing = workflow(
			'parse-bad-input',
			[...src.nodes, parseNode({ text: '={{ $json.text }}', scale: '1-5', options: {} })],
			[...src.edges, [src.last, 'Parse CSI Reply']],
		);
		const id = await n8n.importWorkflow(failing);
		const r = await n8n.execute(id);
		expect(r.code).not.toBe(0);
		expect(`${r.stdout}\n${r.stderr}`).toMatch(
			/Item 1: "Reply Text" is object, expected the SMS reply as text/,
		);

		const tolerant = workflow(
			'parse-bad-input-continue',
			[
				...src.nodes,
				parseNode(
					{ text: '={{ $json.text }}', scale: '1-5', options: {} },
					{ onError: 'continueRegularOutput' },
				),
			],
			[...src.edges, [src.last, 'Parse CSI Reply']],
		);
		const id2 = await n8n.importWorkflow(tolerant);
		const r2 = await n8n.execute(id2);
		expect(r2.code).toBe(0);
		const out = nodeOutput(r2.run, 'Parse CSI Reply');
		expect(out.map((o) => o.id)).toEqual([1, 2, 3]);
		expect(out[1].error).toMatch(/Item 1: "Reply Text" is object/);
		expect((out[2].csi as { score: number }).score).toBe(2);
	});

	test('template workflows/parse-reply-webhook.json: a reply POSTed to the active workflow comes back parsed', async () => {
		const template = JSON.parse(
			fs.readFileSync(
				path.join(__dirname, '..', '..', 'workflows', 'parse-reply-webhook.json'),
				'utf8',
			),
		) as WorkflowJson;
		const id = await n8n.importWorkflow(template);
		await n8n.publish(id);
		await n8n.start();
		await n8n.waitForWebhook('/webhook/csi-parse-reply');

		const cookie = await n8n.login();
		const types = (await (
			await n8n.request('/types/nodes.json', { headers: { cookie } })
		).json()) as Array<{ name: string }>;
		const names = types.map((t) => t.name);
		expect(names).toEqual(
			expect.arrayContaining([`${PKG}.parseCsiReply`, `${PKG}.parseCsiReplyTool`]),
		);

		const post = async (text: string) => {
			const res = await n8n.request('/webhook/csi-parse-reply', {
				method: 'POST',
				headers: { 'content-type': 'application/json' },
				body: JSON.stringify({ text, from: '+998901234567' }),
			});
			expect(res.status).toBe(200);
			return (await res.json()) as Record<string, unknown>;
		};
		expect(await post('Поставлю 4, всё быстро')).toMatchObject({
			from: '+998901234567',
			score: 4,
			valid: true,
			scale: { min: 1, max: 5 },
			comment: 'всё быстро',
			action: 'thank',
		});
		expect(await post('не знаю')).toMatchObject({
			score: null,
			valid: false,
			action: 'reprompt',
			language: 'ru',
		});
		expect(await post('退订')).toMatchObject({ optOut: true, action: 'opt_out' });
	});
});
