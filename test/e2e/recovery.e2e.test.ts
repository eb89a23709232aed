// The template `csi-reply-recovery.json` in real n8n: it retries executions that ended in error, each at most
// `maxRetries` times, and never retries a retry. The workflow it watches fails on every run (Stop and Error), as
// an execution does whose input n8n replaced with an empty run (queue mode, worker killed; docs/scale-out.md):
// such a retry fails at once, and before the cap the template retried it again on every run for a day.
// The recovery workflow is run with n8n's CLI, once per "tick", instead of waiting for its schedule.
import { N8n, delay } from './harness/n8n';
import { loadTemplate } from './harness/templates';

const FAILING_WF = 'CsiRecoveryFail1';
const RECOVERY_WF = 'CsiRecoveryTpl01';
const MAX_RETRIES = 2;

describe('CSI: retry executions that died (template) in real n8n', () => {
	let n8n: N8n;

	beforeAll(async () => {
		n8n = await N8n.create();
		await n8n.start();
		await n8n.importWorkflow({
			id: FAILING_WF,
			name: 'always fails',
			nodes: [
				{
					id: 'f1',
					name: 'Hook',
					type: 'n8n-nodes-base.webhook',
					typeVersion: 2,
					position: [0, 0],
					webhookId: 'csi-recovery-e2e-hook',
					parameters: {
						httpMethod: 'POST',
						path: 'csi-recovery-e2e',
						responseMode: 'onReceived',
						options: {},
					},
				},
				{
					id: 'f2',
					name: 'Fail',
					type: 'n8n-nodes-base.stopAndError',
					typeVersion: 1,
					position: [220, 0],
					parameters: { errorMessage: 'failing on purpose' },
				},
			],
			connections: { Hook: { main: [[{ node: 'Fail', type: 'main', index: 0 }]] } },
			settings: { executionOrder: 'v1' },
		} as never);
		await n8n.publish(FAILING_WF);
		await n8n.importCredentials([
			{
				id: 'CsiRecoveryApi01',
				name: 'n8n API',
				type: 'n8nApi',
				data: { apiKey: await n8n.apiKey(), baseUrl: `${n8n.baseUrl}/api/v1` },
			},
		]);
		await n8n.importWorkflow(
			loadTemplate('csi-reply-recovery', {
				id: RECOVERY_WF,
				assignments: {
					'Recovery Settings': {
						n8nApiUrl: `${n8n.baseUrl}/api/v1`,
						workflowIds: FAILING_WF,
						minAgeMinutes: 0,
						maxRetries: MAX_RETRIES,
					},
				},
				// `n8n execute` starts from a manual trigger, not from the schedule
				edit: (wf) => {
					wf.nodes.push({
						id: 'csi-recovery-e2e-manual',
						name: 'Run Now',
						type: 'n8n-nodes-base.manualTrigger',
						typeVersion: 1,
						position: [-400, 300],
						parameters: {},
					});
					(wf.connections as Record<string, unknown>)['Run Now'] = {
						main: [[{ node: 'Recovery Settings', type: 'main', index: 0 }]],
					};
				},
			}) as never,
		);
		await n8n.waitForWebhook('/webhook/csi-recovery-e2e', 'POST', 60_000);
	}, 300_000);

	afterAll(async () => {
		await n8n?.dispose();
	});

	test(`each failed execution is retried at most ${MAX_RETRIES} times, a retry never`, async () => {
		for (let i = 0; i < 2; i++) {
			const res = await n8n.request('/webhook/csi-recovery-e2e', {
				method: 'POST',
				headers: { 'content-type': 'application/json' },
				body: JSON.stringify({ n: i }),
			});
			expect(res.status).toBe(200);
			await res.text();
		}
		let originals: string[] = [];
		for (let k = 0; k < 50 && originals.length < 2; k++) {
			await delay(200);
			originals = (await n8n.allExecutions(FAILING_WF))
				.filter((e) => e.status === 'error' && !e.retryOf)
				.map((e) => e.id);
		}
		expect(originals).toHaveLength(2);

		const retriesOf = async () => {
			const all = await n8n.allExecutions(FAILING_WF);
			const count = new Map<string, number>(originals.map((id) => [id, 0]));
			for (const e of all) {
				if (!e.retryOf) continue;
				// a retry is never retried: every retry points at one of the two originals
				expect(originals).toContain(String(e.retryOf));
				count.set(String(e.retryOf), (count.get(String(e.retryOf)) ?? 0) + 1);
			}
			return originals.map((id) => count.get(id));
		};

		const seen: Array<Array<number | undefined>> = [];
		for (let tick = 1; tick <= MAX_RETRIES + 2; tick++) {
			const r = await n8n.execute(RECOVERY_WF);
			if (r.code !== 0)
				process.stdout.write(`recovery run ${tick} failed:\n${r.stdout.slice(-3000)}\n`);
			expect({ tick, code: r.code, error: r.run?.data?.resultData?.error?.message }).toEqual({
				tick,
				code: 0,
				error: undefined,
			});
			seen.push(await retriesOf());
		}
		console.log(
			`recovery template: retries per failed execution after each run ${JSON.stringify(seen)}`,
		);
		expect(seen).toEqual(
			Array.from({ length: MAX_RETRIES + 2 }, (_, t) => [
				Math.min(t + 1, MAX_RETRIES),
				Math.min(t + 1, MAX_RETRIES),
			]),
		);
	}, 600_000);
});
