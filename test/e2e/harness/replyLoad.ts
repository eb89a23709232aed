// Signed Twilio replies into a real n8n, for the trigger's durability and load tests and its benchmark:
// one n8n with "CSI Reply Trigger → Parse CSI Reply" and "built-in Webhook → Parse CSI Reply", a simulated
// provider that sends replies with a bounded number in flight and retries every non-2xx answer (connection
// refused included), and the bookkeeping that maps n8n's executions back to message ids.
import { randomUUID } from 'node:crypto';
import { N8n, delay, freePort, type ExecutionSummary, type N8nOptions } from './n8n';
import { startReadinessGate, type ReadinessGate } from './readinessGate';
import { PKG, workflow } from './workflows';
import { twilioInbound } from '../../sim/webhooks/twilio';
import type { SimWebhookRequest } from '../../sim/webhooks/types';

export const AUTH_TOKEN = 'durability-twilio-auth-token';
export const ACCOUNT_SID = 'AC' + '0'.repeat(31) + '7';
export const TRIGGER = 'CSI Reply Trigger';
export const WEBHOOK = 'Webhook';

export interface ReplyStack {
	n8n: N8n;
	triggerWf: string;
	builtinWf: string;
	triggerPath: string;
	builtinPath: string;
	url(which: 'trigger' | 'builtin'): string;
	/** The health-checked load balancer in front of n8n, when the stack was created with `gate`. */
	gate?: ReadinessGate;
}

/**
 * An n8n with both workflows imported; `start()` starts it and waits for both webhooks. With `gate`, providers
 * reach n8n through a load balancer that forwards only while n8n's readiness check passes (its URL is n8n's
 * public `WEBHOOK_URL`, so signatures are made and checked for it).
 */
export async function createReplyStack(
	options: N8nOptions & { triggerOptions?: Record<string, unknown>; gate?: boolean } = {},
): Promise<ReplyStack & { start(): Promise<void> }> {
	const gatePort = options.gate ? await freePort() : 0;
	const n8n = await N8n.create(
		options.gate
			? { ...options, env: { ...options.env, WEBHOOK_URL: `http://127.0.0.1:${gatePort}/` } }
			: options,
	);
	const gate = options.gate
		? await startReadinessGate({
				port: gatePort,
				upstreams: () => (n8n.port ? [n8n.baseUrl] : []),
			})
		: undefined;
	await n8n.importCredentials([
		{
			id: 'durability-twilio',
			name: 'Twilio (durability)',
			type: 'twilioCsiApi',
			data: {
				accountSid: ACCOUNT_SID,
				authToken: AUTH_TOKEN,
				baseUrl: 'http://127.0.0.1:9/twilio',
			},
		},
	]);
	const hook = randomUUID();
	const builtinHook = randomUUID();
	const parse = (text: string) => ({
		name: 'Parse CSI Reply',
		type: `${PKG}.parseCsiReply`,
		typeVersion: 1,
		parameters: { text },
	});
	const triggerWf = await n8n.importWorkflow(
		workflow(
			'durability-csi-reply-trigger',
			[
				{
					name: TRIGGER,
					type: `${PKG}.csiReplyTrigger`,
					typeVersion: 1,
					webhookId: hook,
					parameters: {
						provider: 'twilio',
						events: 'both',
						verify: true,
						options: options.triggerOptions ?? {},
					},
					credentials: { twilioCsiApi: { id: 'durability-twilio', name: 'Twilio (durability)' } },
				},
				parse('={{ $json.text }}'),
			],
			[[TRIGGER, 'Parse CSI Reply']],
		),
	);
	const builtinPathName = `durability-builtin-${builtinHook.slice(0, 8)}`;
	const builtinWf = await n8n.importWorkflow(
		workflow(
			'durability-builtin-webhook',
			[
				{
					name: WEBHOOK,
					type: 'n8n-nodes-base.webhook',
					typeVersion: 2,
					webhookId: builtinHook,
					parameters: {
						httpMethod: 'POST',
						path: builtinPathName,
						responseMode: 'onReceived',
						options: {},
					},
				},
				parse('={{ $json.body.Body }}'),
			],
			[[WEBHOOK, 'Parse CSI Reply']],
		),
	);
	// Published before start: n8n activates them itself, also after every restart.
	await n8n.publish(triggerWf);
	await n8n.publish(builtinWf);
	const stack: ReplyStack & { start(): Promise<void> } = {
		n8n,
		triggerWf,
		builtinWf,
		triggerPath: `/webhook/${hook}/csi-reply`,
		builtinPath: `/webhook/${builtinPathName}`,
		gate,
		url: (which) =>
			`${gate?.baseUrl ?? n8n.baseUrl}${which === 'trigger' ? stack.triggerPath : stack.builtinPath}`,
		async start() {
			// a busy machine and a stream of provider retries make a restart slow
			await n8n.start(300_000);
			await n8n.waitForWebhook(stack.triggerPath, 'POST', 60_000);
			await n8n.waitForWebhook(stack.builtinPath, 'POST', 60_000);
		},
	};
	return stack;
}

/** Message id of reply number `i` of a run (Twilio's 34-character SM… id). */
export function messageSid(run: string, i: number): string {
	return `SM${run}${i.toString(16).padStart(32 - run.length, '0')}`;
}

/** Reply number `i`, signed for `url` exactly as Twilio signs it. */
export function signedReply(url: string, run: string, i: number): SimWebhookRequest {
	return twilioInbound({
		url,
		authToken: AUTH_TOKEN,
		accountSid: ACCOUNT_SID,
		from: `+7916${String(1_000_000 + i).slice(-7)}`,
		to: '+15005550006',
		body: `${(i % 5) + 1} спасибо, всё хорошо`,
		messageSid: messageSid(run, i),
	});
}

export interface Attempt {
	at: number;
	/** HTTP status, or 0 when the connection failed (refused, reset, timed out). */
	status: number;
	ms: number;
}

/**
 * Sends one request; never throws. Aborted by an own timer, not `AbortSignal.timeout`: a request must never
 * outlive `timeoutMs` (a queue-mode restart run once waited 40 minutes on requests past their 30 s).
 */
export async function send(r: SimWebhookRequest, timeoutMs = 30_000): Promise<Attempt> {
	const at = Date.now();
	const abort = new AbortController();
	const timer = setTimeout(() => abort.abort(), timeoutMs);
	try {
		const res = await fetch(r.url, {
			method: r.method,
			headers: r.headers,
			body: r.body,
			signal: abort.signal,
		});
		await res.arrayBuffer();
		return { at, status: res.status, ms: Date.now() - at };
	} catch {
		return { at, status: 0, ms: Date.now() - at };
	} finally {
		clearTimeout(timer);
	}
}

export const ok = (status: number) => status >= 200 && status < 300;

/** The sid of the message an execution received (trigger item or built-in Webhook body), if any. */
export function executionMessageSid(e: ExecutionSummary): string | undefined {
	const data = e.data as
		| {
				resultData?: { runData?: Record<string, Array<{ data?: { main?: unknown[][] } }>> };
				executionData?: { nodeExecutionStack?: Array<{ data?: { main?: unknown[][] } }> };
		  }
		| undefined;
	const first = (main: unknown[][] | undefined) =>
		(main?.[0]?.[0] as { json?: Record<string, unknown> } | undefined)?.json;
	const fromJson = (json: Record<string, unknown> | undefined) => {
		if (!json) return undefined;
		if (typeof json.messageId === 'string') return json.messageId;
		const body = json.body as Record<string, unknown> | undefined;
		return typeof body?.MessageSid === 'string' ? body.MessageSid : undefined;
	};
	for (const name of [TRIGGER, WEBHOOK]) {
		const runs = data?.resultData?.runData?.[name];
		const sid = fromJson(first(runs?.[0]?.data?.main));
		if (sid) return sid;
	}
	for (const entry of data?.executionData?.nodeExecutionStack ?? []) {
		const sid = fromJson(first(entry.data?.main));
		if (sid) return sid;
	}
	return undefined;
}

/** Executions of a workflow per message sid: how many ended successfully, and every status seen. */
export async function executionsByMessage(
	n8n: N8n,
	workflowId: string,
): Promise<{ all: ExecutionSummary[]; byMessage: Map<string, string[]>; unknown: number }> {
	const all = await n8n.allExecutions(workflowId, true);
	const byMessage = new Map<string, string[]>();
	let unknown = 0;
	for (const e of all) {
		const sid = executionMessageSid(e);
		if (!sid) {
			unknown++;
			continue;
		}
		const list = byMessage.get(sid) ?? [];
		list.push(e.status);
		byMessage.set(sid, list);
	}
	return { all, byMessage, unknown };
}

/** Status counts of a list of executions, e.g. `{ success: 1998, crashed: 2 }`. */
export function statusCounts(list: ExecutionSummary[]): Record<string, number> {
	const out: Record<string, number> = {};
	for (const e of list) out[e.status] = (out[e.status] ?? 0) + 1;
	return out;
}

/**
 * Waits until no execution of the workflow is `new` or `running` any more, or the deadline passes.
 * Returns the executions at that moment.
 */
export async function waitUntilSettled(
	n8n: N8n,
	workflowId: string,
	timeoutMs: number,
): Promise<ExecutionSummary[]> {
	const deadline = Date.now() + timeoutMs;
	for (;;) {
		const list = await n8n.allExecutions(workflowId, false);
		const open = list.filter((e) => e.status === 'new' || e.status === 'running');
		if (open.length === 0 || Date.now() > deadline) return list;
		await delay(1000);
	}
}

export interface LoadResult {
	statuses: number[];
	seconds: number;
	peakRssMb: number;
	latencies: number[];
}

/**
 * Sends every request once with `concurrency` in flight (no retries) and samples the n8n process's peak
 * memory while it runs.
 */
export async function fireOnce(
	n8n: N8n,
	requests: SimWebhookRequest[],
	concurrency: number,
): Promise<LoadResult> {
	const statuses: number[] = new Array<number>(requests.length).fill(0);
	const latencies: number[] = [];
	let next = 0;
	let peak = n8n.peakRssMb();
	const sampler = setInterval(() => (peak = Math.max(peak, n8n.peakRssMb())), 200);
	const started = Date.now();
	const worker = async () => {
		while (next < requests.length) {
			const i = next++;
			const a = await send(requests[i]);
			statuses[i] = a.status;
			latencies.push(a.ms);
		}
	};
	try {
		await Promise.all(Array.from({ length: concurrency }, worker));
	} finally {
		clearInterval(sampler);
	}
	peak = Math.max(peak, n8n.peakRssMb());
	return { statuses, seconds: (Date.now() - started) / 1000, peakRssMb: peak, latencies };
}

/** The p-th percentile (0–100) of a list of numbers. */
export function percentile(xs: number[], p: number): number {
	if (xs.length === 0) return 0;
	const sorted = [...xs].sort((a, b) => a - b);
	return sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))];
}
