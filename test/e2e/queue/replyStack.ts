// The reply side of the survey loop on a queue-mode stack, for the queue e2e tests and `npm run bench -- queue`:
// the setup and reply templates active (thank-you SMS and the low-score follow-up off: the load is about recording),
// N pending surveys seeded, and a simulated provider that posts genuinely Twilio-signed replies, retries non-2xx
// answers and network errors like a provider with retries, and redelivers some replies (same MessageSid).
import { N8n, delay } from '../harness/n8n';
import { ok, send } from '../harness/replyLoad';
import { createQueueStack, type QueueStack, type QueueStackOptions } from '../harness/queueStack';
import { insertRows, rows, type DataTableRow } from '../harness/dataTables';
import { loadTemplate, nodeByName, readTemplate, setParameter } from '../harness/templates';
import { twilioInbound } from '../../sim/webhooks/twilio';

export const ACCOUNT_SID = 'AC00000000000000000000000000queue1';
export const AUTH_TOKEN = 'queue-auth-token-0123456789abcdef';
export const BUSINESS_NUMBER = '+15005550006';
export const REPLY_WF_ID = 'CsiQueueReply001';
export const SETUP_WF_ID = 'CsiQueueSetup001';
export const RECOVERY_WF_ID = 'CsiQueueRedrive1';

export const replyPath = () =>
	`/webhook/${nodeByName(readTemplate('csi-reply-to-score'), 'CSI Reply Trigger').webhookId}/csi-reply`;

export const phoneOf = (i: number) => `+1415${String(3_000_000 + i)}`;
export const sidOf = (i: number) => `SM${(0x10000000 + i).toString(16)}${'0'.repeat(24)}`;
export const scoreOf = (i: number) => (i % 5) + 1;

/** Reply templates patched the way the tests need: shorter re-drive threshold, no outgoing SMS. */
export async function importReplyTemplates(
	n8n: N8n,
	options: { stuckAfterMinutes?: number } = {},
): Promise<void> {
	await n8n.importCredentials([
		{
			id: 'CsiQueueTwilio01',
			name: 'Twilio CSI account',
			type: 'twilioCsiApi',
			data: { accountSid: ACCOUNT_SID, authToken: AUTH_TOKEN, baseUrl: 'http://127.0.0.1:9' },
		},
	]);
	await n8n.importWorkflow(loadTemplate('csi-setup-data-tables', { id: SETUP_WF_ID }) as never);
	const minutes = options.stuckAfterMinutes ?? 1;
	await n8n.importWorkflow(
		loadTemplate('csi-reply-to-score', {
			id: REPLY_WF_ID,
			assignments: { Settings: { sendReplies: false, lowScoreRecovery: false } },
			edit: (wf) => {
				const stuck = nodeByName(wf, 'Stuck Replies');
				const conds = (stuck.parameters.filters as { conditions: Array<{ keyValue: string }> })
					.conditions;
				conds[conds.length - 1].keyValue = `={{ $now.minus({ minutes: ${minutes} }).toISO() }}`;
				setParameter(stuck, 'limit', 200);
			},
		}) as never,
	);
	await n8n.publish(SETUP_WF_ID);
	await n8n.publish(REPLY_WF_ID);
}

/**
 * The queue-mode recovery template (retries crashed/errored reply executions through n8n's API), with an API key
 * of the running main as its credential; activated through the API.
 */
export async function importRecoveryTemplate(
	main: N8n,
	minAgeMinutes = 1,
	extraWorkflowIds: string[] = [],
): Promise<void> {
	await main.importCredentials([
		{
			id: 'CsiQueueN8nApi01',
			name: 'n8n API',
			type: 'n8nApi',
			data: { apiKey: await main.apiKey(), baseUrl: `${main.baseUrl}/api/v1` },
		},
	]);
	await main.importWorkflow(
		loadTemplate('csi-reply-recovery', {
			id: RECOVERY_WF_ID,
			assignments: {
				'Recovery Settings': {
					n8nApiUrl: `${main.baseUrl}/api/v1`,
					workflowIds: [REPLY_WF_ID, ...extraWorkflowIds].join(', '),
					minAgeMinutes,
				},
			},
			edit: (wf) => {
				// every minute instead of every 2 (the tests wait for it)
				setParameter(nodeByName(wf, 'Every 2 Minutes'), 'rule.interval', [
					{ field: 'minutes', minutesInterval: 1 },
				]);
			},
		}) as never,
	);
	await main.activate(RECOVERY_WF_ID);
}

/** N pending surveys Q-0 … Q-(N-1), one phone each, scale 1-5, sent a minute ago. */
export async function seedSurveys(n8n: N8n, n: number): Promise<void> {
	const now = Date.now();
	const all = Array.from({ length: n }, (_, i) => ({
		surveyId: `Q-${i}`,
		phone: phoneOf(i),
		ticketId: `T-${i}`,
		operator: 'Op',
		source: 'queue-test',
		language: 'en',
		scaleMin: 1,
		scaleMax: 5,
		provider: 'twilio',
		messageId: `SMsurvey${i}`,
		sentAt: new Date(now - 60_000).toISOString(),
		expiresAt: new Date(now + 48 * 3_600_000).toISOString(),
		attempts: 0,
		status: 'pending',
	}));
	for (let i = 0; i < all.length; i += 500)
		await insertRows(n8n, 'csi_surveys', all.slice(i, i + 500));
}

/** Waits for the reply webhook and creates the Data Tables through the setup template's webhook. */
export async function setupTables(target: N8n): Promise<void> {
	await target.waitForWebhook(replyPath(), 'POST', 120_000);
	await target.waitForWebhook('/webhook/csi-setup', 'POST', 120_000);
	const setup = await target.request('/webhook/csi-setup', { method: 'POST' });
	if (!setup.ok) throw new Error(`csi-setup answered ${setup.status}: ${await setup.text()}`);
	await setup.text();
}

export interface ReplyStack {
	q: QueueStack;
	/** Where replies are posted: every webhook processor (and the main, which also serves webhooks). */
	targets: N8n[];
	seed(n: number): Promise<void>;
	surveys(): Promise<DataTableRow[]>;
	events(): Promise<DataTableRow[]>;
	inbox(): Promise<DataTableRow[]>;
	stop(): Promise<void>;
}

export async function startReplyStack(
	options: QueueStackOptions & { stuckAfterMinutes?: number } = {},
): Promise<ReplyStack> {
	const q = await createQueueStack({
		...options,
		env: { N8N_EXECUTIONS_QUEUE_RECOVERY_INTERVAL: '1', ...options.env },
	});
	try {
		await importReplyTemplates(q.main, options);
		await q.start();
		await importRecoveryTemplate(q.main, 1);
		const targets = q.webhooks.length ? q.webhooks : [q.main];
		for (const t of targets) await t.waitForWebhook(replyPath(), 'POST', 120_000);
		await setupTables(targets[0]);
		return {
			q,
			targets,
			seed: (n) => seedSurveys(q.main, n),
			surveys: () => rows(q.main, 'csi_surveys'),
			events: () => rows(q.main, 'csi_events'),
			inbox: () => rows(q.main, 'csi_inbox'),
			stop: () => q.stop(),
		};
	} catch (error) {
		await q.stop();
		throw error;
	}
}

export interface PostResult {
	status: number;
	/** Answers before the final one (non-2xx or network errors) that the simulated provider retried. */
	retries: number;
}

/**
 * Posts reply `i` (signed for the target's URL) like a provider that retries: non-2xx and network errors are
 * retried with a short backoff until 2xx or `deadline`. Returns the final status (0: never answered).
 */
export async function postReply(
	target: { baseUrl: string },
	i: number,
	deadline: number,
	text = String(scoreOf(i)),
	onAttempt?: (status: number, retries: number) => void,
): Promise<PostResult> {
	let retries = 0;
	for (;;) {
		const req = twilioInbound({
			url: `${target.baseUrl}${replyPath()}`,
			authToken: AUTH_TOKEN,
			accountSid: ACCOUNT_SID,
			from: phoneOf(i),
			to: BUSINESS_NUMBER,
			body: text,
			messageSid: sidOf(i),
		});
		const { status } = await send(req);
		onAttempt?.(status, retries);
		if (ok(status) || Date.now() > deadline) return { status, retries };
		retries++;
		await delay(Math.min(2000, 100 * retries));
	}
}

/** Runs `fn(i)` for i in [0, n) with `inFlight` at a time, in index order. */
export async function pool(
	n: number,
	inFlight: number,
	fn: (i: number) => Promise<void>,
): Promise<void> {
	let next = 0;
	await Promise.all(
		Array.from({ length: Math.min(inFlight, n) }, async () => {
			while (next < n) {
				const i = next++;
				await fn(i);
			}
		}),
	);
}

/**
 * Waits until `done()` is true, for as long as `progress()` keeps changing: gives up when it has not changed
 * for `stallMs`, or after `maxMs` in all. A loaded machine drains a queue slowly; a lost reply stops the
 * progress. Returns whether `done()` became true.
 */
export async function untilSettled(
	done: () => Promise<boolean>,
	progress: () => Promise<string | number>,
	{ stallMs = 3 * 60_000, maxMs = 20 * 60_000, everyMs = 5000 } = {},
): Promise<boolean> {
	const deadline = Date.now() + maxMs;
	let last = await progress();
	let changedAt = Date.now();
	while (Date.now() < deadline) {
		if (await done()) return true;
		await delay(everyMs);
		const now = await progress();
		if (now !== last) {
			last = now;
			changedAt = Date.now();
		} else if (Date.now() - changedAt > stallMs) break;
	}
	return await done();
}

/** Waits until `check()` is true, polling; returns whether it became true before the timeout. */
export async function until(
	check: () => Promise<boolean>,
	timeoutMs: number,
	everyMs = 3000,
): Promise<boolean> {
	const deadline = Date.now() + timeoutMs;
	while (Date.now() < deadline) {
		if (await check()) return true;
		await delay(everyMs);
	}
	return await check();
}
