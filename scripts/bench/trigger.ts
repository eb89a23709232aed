// CSI Reply Trigger throughput in a real n8n: signed Twilio inbound-SMS webhooks per second through the
// trigger (signature verified, body parsed and normalized, TwiML answered) vs n8n's built-in Webhook node
// (responseMode onReceived) receiving the same form bodies, on the same n8n, same concurrency, same count.
// Each workflow is the trigger alone, so both sides pay the same execution start and save cost; rounds
// alternate between the two to even out the shared machine's noise.
import { randomUUID } from 'crypto';
import { N8n } from '../../test/e2e/harness/n8n';
import { PKG, workflow } from '../../test/e2e/harness/workflows';
import { twilioInbound } from '../../test/sim/webhooks/twilio';
import type { SimWebhookRequest } from '../../test/sim/webhooks/types';
import type { BenchResult } from './types';

const REQUESTS = Number(process.env.CSI_BENCH_TRIGGER_REQUESTS ?? 500);
const CONCURRENCY = Number(process.env.CSI_BENCH_TRIGGER_CONCURRENCY ?? 6);
const ROUNDS = Number(process.env.CSI_BENCH_TRIGGER_ROUNDS ?? 2);
const WARMUP = 30;
/** Diagnostic: `CSI_BENCH_TRIGGER_VERIFY=0` measures the trigger without signature verification. */
const VERIFY = process.env.CSI_BENCH_TRIGGER_VERIFY !== '0';
const AUTH = 'bench-twilio-auth-token';
const ACCOUNT = 'AC' + '0'.repeat(31) + '1';

/** Sends all requests with `concurrency` in flight; returns requests/s and the non-2xx count. */
async function fire(n8n: N8n, requests: SimWebhookRequest[], concurrency: number): Promise<{ rate: number; failed: number }> {
	let next = 0;
	let failed = 0;
	const started = process.hrtime.bigint();
	const worker = async () => {
		while (next < requests.length) {
			const r = requests[next++];
			const u = new URL(r.url);
			const res = await n8n.request(u.pathname + u.search, { method: r.method, headers: r.headers, body: r.body });
			await res.arrayBuffer();
			if (res.status < 200 || res.status >= 300) failed++;
		}
	};
	await Promise.all(Array.from({ length: concurrency }, worker));
	const seconds = Number(process.hrtime.bigint() - started) / 1e9;
	return { rate: requests.length / seconds, failed };
}

function signedBatch(url: string, count: number, offset: number): SimWebhookRequest[] {
	return Array.from({ length: count }, (_, i) =>
		twilioInbound({
			url,
			authToken: AUTH,
			accountSid: ACCOUNT,
			from: `+7916${String(1_000_000 + offset + i).slice(-7)}`,
			to: '+15005550006',
			body: `${(i % 5) + 1} Оценка, спасибо за обслуживание`,
			messageSid: `SM${(offset + i).toString(16).padStart(32, '0')}`,
		}),
	);
}

export async function run(): Promise<BenchResult[]> {
	const n8n = await N8n.create();
	try {
		await n8n.importCredentials([
			{ id: 'bench-twilio', name: 'Twilio (bench)', type: 'twilioCsiApi', data: { accountSid: ACCOUNT, authToken: AUTH, baseUrl: 'http://127.0.0.1:9/twilio' } },
		]);
		const triggerHook = randomUUID();
		const webhookHook = randomUUID();
		const triggerWf = await n8n.importWorkflow(
			workflow('bench-csi-reply-trigger', [
				{
					name: 'CSI Reply Trigger',
					type: `${PKG}.csiReplyTrigger`,
					typeVersion: 1,
					webhookId: triggerHook,
					parameters: { provider: 'twilio', events: 'both', verify: VERIFY, options: {} },
					credentials: { twilioCsiApi: { id: 'bench-twilio', name: 'Twilio (bench)' } },
				},
			], []),
		);
		const webhookPath = `bench-builtin-${webhookHook.slice(0, 8)}`;
		const builtinWf = await n8n.importWorkflow(
			workflow('bench-builtin-webhook', [
				{
					name: 'Webhook',
					type: 'n8n-nodes-base.webhook',
					typeVersion: 2,
					webhookId: webhookHook,
					parameters: { httpMethod: 'POST', path: webhookPath, responseMode: 'onReceived', options: {} },
				},
			], []),
		);
		await n8n.start();
		await n8n.activate(triggerWf);
		await n8n.activate(builtinWf);
		const triggerPath = `/webhook/${triggerHook}/csi-reply`;
		const builtinPath = `/webhook/${webhookPath}`;
		await n8n.waitForWebhook(triggerPath);
		await n8n.waitForWebhook(builtinPath);
		const triggerUrl = `${n8n.baseUrl}${triggerPath}`;
		const builtinUrl = `${n8n.baseUrl}${builtinPath}`;

		// warm both paths (module loading, credential cache, DB connections)
		await fire(n8n, signedBatch(triggerUrl, WARMUP, 0), CONCURRENCY);
		await fire(n8n, signedBatch(triggerUrl, WARMUP, 0).map((r) => ({ ...r, url: builtinUrl })), CONCURRENCY);

		const ours: number[] = [];
		const builtin: number[] = [];
		let failed = 0;
		for (let round = 0; round < ROUNDS; round++) {
			const signed = signedBatch(triggerUrl, REQUESTS, 1000 + round * REQUESTS);
			const plain = signed.map((r) => ({ ...r, url: builtinUrl }));
			const order = round % 2 === 0 ? ['ours', 'builtin'] : ['builtin', 'ours'];
			for (const which of order) {
				const r = which === 'ours' ? await fire(n8n, signed, CONCURRENCY) : await fire(n8n, plain, CONCURRENCY);
				(which === 'ours' ? ours : builtin).push(r.rate);
				failed += r.failed;
			}
		}
		// both sides really started workflows (the public API lists at most 250 per page)
		await n8n.waitForExecutions(triggerWf, 250, 120_000);
		await n8n.waitForExecutions(builtinWf, 250, 120_000);
		const mean = (xs: number[]) => xs.reduce((a, b) => a + b, 0) / xs.length;
		const a = mean(ours);
		const b = mean(builtin);
		const note = `${REQUESTS} requests × ${ROUNDS} rounds, ${CONCURRENCY} in flight, onReceived`;
		return [
			{ name: `CSI Reply Trigger (Twilio${VERIFY ? ', signature verified' : ', verification off'})`, value: a, unit: 'req/s', note },
			{ name: 'built-in Webhook node (same bodies)', value: b, unit: 'req/s', note },
			{ name: 'trigger / built-in Webhook throughput', value: a / b, unit: '×', note: 'aim ≥ 0.9' },
			{ name: 'non-2xx answers during the runs', value: failed, unit: 'requests' },
		];
	} finally {
		await n8n.dispose();
	}
}
