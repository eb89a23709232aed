// The reply → score template with Play Mobile (Provider switched to Play Mobile in its trigger and send nodes,
// as a user does): the demo stack in Play Mobile's wire format — survey SMS through the broker API, the reply
// as Play Mobile's XML push to CSI Reply Trigger, scored into the Data Table, thank-you sent back via Play Mobile.
import {
	DEMO_CUSTOMERS_UZ,
	DEMO_PLAYMOBILE,
	startDemoStack,
	type DemoStack,
} from './harness/demoStack';
import { delay } from './harness/n8n';

async function until<T>(
	what: string,
	probe: () => Promise<T | undefined> | T | undefined,
	ms = 60_000,
): Promise<T> {
	const end = Date.now() + ms;
	for (;;) {
		const v = await probe();
		if (v !== undefined) return v;
		if (Date.now() > end) throw new Error(`timed out waiting for ${what}`);
		await delay(500);
	}
}

describe('csi-reply-to-score with Play Mobile', () => {
	let stack: DemoStack;
	beforeAll(async () => {
		stack = await startDemoStack({ surveyDelaySeconds: 1, provider: 'playmobile' });
	}, 300_000);
	afterAll(async () => {
		await stack?.stop();
	});

	test('survey via broker API, XML reply scored, thank-you via Play Mobile', async () => {
		const customer = DEMO_CUSTOMERS_UZ[1];
		await stack.closeInteraction(customer);
		const survey = await until('the survey SMS', () =>
			stack.gateway.messages().find((m) => m.direction === 'out' && m.phone === customer.phone),
		).catch(async (error: Error) => {
			// Say why: the survey workflow's last execution error.
			const runs = await stack.n8n.executions('CsiDemoSurvey001');
			const last = runs[runs.length - 1];
			throw new Error(
				`${error.message}; survey runs: ${runs.length}; ${JSON.stringify(last?.data?.resultData?.error ?? Object.fromEntries(Object.entries(last?.data?.resultData?.runData ?? {}).map(([k, v]) => [k, v[0]?.error?.message ?? 'ok'])))}`,
			);
		});
		expect(survey.from).toBe(DEMO_PLAYMOBILE.originator);
		expect(stack.replyWebhookUrl).toContain(`?token=${DEMO_PLAYMOBILE.webhookToken}`);
		const r = await stack.gateway.reply(customer.phone, '5 zo‘r xizmat');
		expect(r.status).toBe(200);
		const row = await until('the scored survey row', async () =>
			(await stack.table('csi_surveys')).find((x) => x.phone === customer.phone && x.score === 5),
		);
		expect(row).toMatchObject({ phone: customer.phone, score: 5 });
		const thanks = await until('the thank-you SMS', () =>
			stack.gateway
				.messages()
				.find((m) => m.direction === 'out' && m.phone === customer.phone && m.sid !== survey.sid),
		);
		expect(thanks.via).toBe('api');
		expect(thanks.from).toBe(DEMO_PLAYMOBILE.originator);
	});
});
