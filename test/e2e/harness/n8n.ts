// A real n8n (pinned version, Node 24) for end-to-end tests, the demo and benchmarks.
// - a fresh user folder per instance, with this package installed the way a user's n8n has it:
//   the `npm pack` tarball extracted into <userFolder>/.n8n/nodes/node_modules/n8n-nodes-sms-csi
// - workflows imported and executed through the n8n CLI
// - `n8n start` on free loopback ports; owner from env, API key for the public API; webhooks over HTTP
// - everything started is stopped on dispose(), and on process exit.
import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import * as fs from 'node:fs';
import * as net from 'node:net';
import * as os from 'node:os';
import * as path from 'node:path';

import * as runtime from '../../../scripts/n8n-runtime';
import type { RuntimePaths } from '../../../scripts/n8n-runtime';

export type { RuntimePaths };

export const PACKAGE_NAME = 'n8n-nodes-sms-csi';
export const OWNER = {
	email: 'owner@csi.test',
	password: 'CsiTest-Passw0rd!',
	firstName: 'Csi',
	lastName: 'Owner',
};

const live = new Set<N8n>();
process.once('exit', () => {
	for (const n of live) n.killNow();
});

export function freePort(): Promise<number> {
	return new Promise((resolve, reject) => {
		const srv = net.createServer();
		srv.unref();
		srv.on('error', reject);
		srv.listen(0, '127.0.0.1', () => {
			const { port } = srv.address() as net.AddressInfo;
			srv.close(() => resolve(port));
		});
	});
}

/** The packed tarball of this package (made by globalSetup, or on demand). */
export function packageTarball(): string {
	const fromEnv = process.env.CSI_PACKAGE_TARBALL;
	if (fromEnv && fs.existsSync(fromEnv)) return fromEnv;
	return packPackage();
}

/** `npm pack` of the built package into a temp folder; returns the tarball path. */
export function packPackage(): string {
	const root = path.resolve(__dirname, '..', '..', '..');
	if (!fs.existsSync(path.join(root, 'dist', 'index.js'))) {
		throw new Error('dist/ is missing: run `npm run build` first');
	}
	const dest = fs.mkdtempSync(path.join(os.tmpdir(), 'csi-pack-'));
	const r = spawnSync('npm', ['pack', '--json', '--pack-destination', dest], {
		cwd: root,
		encoding: 'utf8',
	});
	if (r.status !== 0) throw new Error(`npm pack failed: ${r.stderr}`);
	const info = JSON.parse(r.stdout.slice(r.stdout.indexOf('['))) as Array<{ filename: string }>;
	const file = path.join(dest, info[0].filename);
	process.env.CSI_PACKAGE_TARBALL = file;
	return file;
}

export interface CliResult {
	code: number | null;
	stdout: string;
	stderr: string;
}

export interface WorkflowJson {
	id?: string;
	name: string;
	nodes: unknown[];
	connections: Record<string, unknown>;
	[key: string]: unknown;
}

export interface N8nOptions {
	/** Install this package (default true). */
	withPackage?: boolean;
	/** Extra environment for n8n. */
	env?: Record<string, string>;
	/** Use this user folder (kept on dispose) instead of a fresh temporary one. */
	userFolder?: string;
	/** Listen on this port instead of a free one. */
	port?: number;
	/**
	 * Which n8n process `start()` runs (default `start`, the main process). Queue mode adds `worker` (its health
	 * server answers on `port`) and `webhook` (a webhook processor).
	 */
	command?: 'start' | 'worker' | 'webhook';
	/** A name for logs and messages (e.g. "worker-1"). */
	label?: string;
	/** Extra arguments of the command (e.g. `--concurrency=5` for a worker). */
	args?: string[];
}

export class N8n {
	readonly rt: RuntimePaths;
	readonly userFolder: string;
	port = 0;
	private fixedPort = 0;
	private keepFolder = false;
	private brokerPort = 0;
	private proc?: ChildProcess;
	private logFile: string;
	private cookie?: string;
	private apiKeyValue?: string;
	private env: Record<string, string>;
	command: 'start' | 'worker' | 'webhook' = 'start';
	label = 'n8n';
	args: string[] = [];

	private constructor(rt: RuntimePaths, userFolder: string, env: Record<string, string>) {
		this.rt = rt;
		this.userFolder = userFolder;
		this.env = env;
		this.logFile = path.join(userFolder, 'n8n.log');
	}

	static async create(options: N8nOptions = {}): Promise<N8n> {
		const rt = runtime.ensureRuntime();
		const userFolder = options.userFolder ?? fs.mkdtempSync(path.join(os.tmpdir(), 'csi-n8n-'));
		fs.mkdirSync(userFolder, { recursive: true });
		if (options.withPackage !== false) installPackage(userFolder, packageTarball());
		const n = new N8n(rt, userFolder, options.env ?? {});
		n.keepFolder = options.userFolder !== undefined;
		n.fixedPort = options.port ?? 0;
		n.command = options.command ?? 'start';
		n.label = options.label ?? n.command;
		n.args = options.args ?? [];
		live.add(n);
		return n;
	}

	get baseUrl(): string {
		return `http://127.0.0.1:${this.port}`;
	}

	/** Environment for every n8n process of this instance. */
	private async processEnv(brokerPort: number): Promise<NodeJS.ProcessEnv> {
		const env: NodeJS.ProcessEnv = { ...process.env };
		for (const k of Object.keys(env)) {
			if (k.startsWith('N8N_') || k.startsWith('npm_') || k.startsWith('DB_')) delete env[k];
		}
		delete env.N8N_CUSTOM_EXTENSIONS; // an empty value makes n8n scan the working directory
		delete env.NODE_ENV; // jest sets "test", which changes n8n's behaviour
		delete env.JEST_WORKER_ID;
		return {
			...env,
			PATH: `${path.dirname(this.rt.node)}${path.delimiter}${process.env.PATH ?? ''}`,
			N8N_USER_FOLDER: this.userFolder,
			N8N_LISTEN_ADDRESS: '127.0.0.1',
			N8N_HOST: '127.0.0.1',
			N8N_PORT: String(this.port || 5678),
			N8N_PROTOCOL: 'http',
			WEBHOOK_URL: this.port ? `http://127.0.0.1:${this.port}/` : '',
			N8N_RUNNERS_BROKER_PORT: String(brokerPort),
			N8N_DIAGNOSTICS_ENABLED: 'false',
			N8N_PERSONALIZATION_ENABLED: 'false',
			N8N_VERSION_NOTIFICATIONS_ENABLED: 'false',
			N8N_TEMPLATES_ENABLED: 'false',
			N8N_SECURE_COOKIE: 'false',
			N8N_ENFORCE_SETTINGS_FILE_PERMISSIONS: 'false',
			N8N_COMMUNITY_PACKAGES_ENABLED: 'true',
			N8N_WORKFLOW_PUBLICATION_RECONCILE_INTERVAL_SECONDS: '1',
			N8N_LOG_LEVEL: 'info',
			// what docs/trigger.md tells users to set: n8n's "extensive" crash recovery rewrites a crashed
			// execution's trigger output with placeholder items (a retry then scores nothing) and, in 2.41.1,
			// can crash on executions created during a shutdown, taking replies it acknowledged with it
			N8N_EVENTBUS_RECOVERY_MODE: 'simple',
			N8N_INSTANCE_OWNER_MANAGED_BY_ENV: 'true',
			N8N_INSTANCE_OWNER_EMAIL: OWNER.email,
			N8N_INSTANCE_OWNER_PASSWORD_HASH: ownerPasswordHash(this.rt),
			N8N_INSTANCE_OWNER_FIRST_NAME: OWNER.firstName,
			N8N_INSTANCE_OWNER_LAST_NAME: OWNER.lastName,
			NODE_OPTIONS: '',
			...this.env,
		};
	}

	/** Runs an n8n CLI command (its own task-broker port, so it can run beside a server). */
	async cli(args: string[], timeoutMs = 180_000): Promise<CliResult> {
		const env = await this.processEnv(await freePort());
		return new Promise((resolve, reject) => {
			const child = spawn(this.rt.node, [this.rt.n8n, ...args], { env, cwd: this.userFolder });
			let stdout = '';
			let stderr = '';
			child.stdout.on('data', (d) => (stdout += d));
			child.stderr.on('data', (d) => (stderr += d));
			const timer = setTimeout(() => {
				child.kill('SIGKILL');
				reject(
					new Error(`n8n ${args.join(' ')} timed out after ${timeoutMs} ms\n${stdout}\n${stderr}`),
				);
			}, timeoutMs);
			child.on('close', (code) => {
				clearTimeout(timer);
				resolve({ code, stdout, stderr });
			});
		});
	}

	/** Imports a workflow (its `id` makes re-import an update); returns the id. */
	async importWorkflow(wf: WorkflowJson): Promise<string> {
		const id = wf.id ?? randomWorkflowId();
		const file = path.join(this.userFolder, `wf-${id}.json`);
		fs.writeFileSync(file, JSON.stringify({ active: false, settings: {}, ...wf, id }));
		const r = await this.cli(['import:workflow', `--input=${file}`]);
		if (r.code !== 0)
			throw new Error(`import:workflow failed (${r.code}):\n${r.stdout}\n${r.stderr}`);
		return id;
	}

	/**
	 * Imports credentials with `n8n import:credentials` (plain-text `data` is encrypted by n8n on import; an
	 * existing `id` is updated). Each entry: `{ id, name, type, data }`.
	 */
	async importCredentials(
		list: Array<{ id: string; name: string; type: string; data: Record<string, unknown> }>,
	): Promise<void> {
		const file = path.join(
			this.userFolder,
			`creds-${Date.now()}-${Math.random().toString(36).slice(2)}.json`,
		);
		fs.writeFileSync(file, JSON.stringify(list));
		const r = await this.cli(['import:credentials', `--input=${file}`]);
		fs.rmSync(file, { force: true });
		if (r.code !== 0)
			throw new Error(`import:credentials failed (${r.code}):\n${r.stdout}\n${r.stderr}`);
	}

	/** Internal REST call (`/rest/...`) as the logged-in owner; returns status and parsed JSON body. */
	async rest<T = unknown>(
		method: string,
		pathname: string,
		body?: unknown,
	): Promise<{ status: number; body: T }> {
		const cookie = await this.login();
		const res = await fetch(`${this.baseUrl}/rest${pathname}`, {
			method,
			headers: { cookie, ...(body !== undefined ? { 'content-type': 'application/json' } : {}) },
			body: body !== undefined ? JSON.stringify(body) : undefined,
		});
		const text = await res.text();
		let parsed: unknown = text;
		try {
			parsed = text ? JSON.parse(text) : undefined;
		} catch {
			// not JSON
		}
		return { status: res.status, body: parsed as T };
	}

	/**
	 * Executes a workflow with the CLI and returns n8n's run data (`--rawOutput`). n8n's output goes to a file,
	 * not a pipe: with large run data (tens of MB) a pipe may lose the tail when the CLI exits. `stdout` holds
	 * the log lines before the run data.
	 */
	async execute(
		id: string,
		timeoutMs = 600_000,
	): Promise<{
		code: number | null;
		run: ExecutionRun | undefined;
		stdout: string;
		stderr: string;
		peakRssMb: number | null;
	}> {
		const env = await this.processEnv(await freePort());
		let peakRssKb = 0;
		let signal: NodeJS.Signals | null = null;
		const file = path.join(this.userFolder, `run-${id}-${Date.now()}.out`);
		const fd = fs.openSync(file, 'w');
		try {
			let code = await new Promise<number | null>((resolve, reject) => {
				const child = spawn(this.rt.node, [this.rt.n8n, 'execute', `--id=${id}`, '--rawOutput'], {
					env,
					cwd: this.userFolder,
					stdio: ['ignore', fd, fd],
				});
				const timer = setTimeout(() => {
					child.kill('SIGKILL');
					reject(new Error(`n8n execute --id=${id} timed out after ${timeoutMs} ms`));
				}, timeoutMs);
				// Peak resident memory of the n8n process (Linux VmHWM), sampled until it exits.
				const sampler = setInterval(() => {
					peakRssKb = Math.max(peakRssKb, readPeakRssKb(child.pid));
				}, 50);
				child.on('close', (c, sig) => {
					clearTimeout(timer);
					clearInterval(sampler);
					signal = sig;
					resolve(c);
				});
			});
			const text = fs.readFileSync(file, 'utf8');
			const start = text.indexOf('\n{');
			const log = start < 0 ? text : text.slice(0, start);
			// On failure the whole output is kept (n8n prints the error after the log lines).
			const run = start < 0 ? undefined : tryParseRun(text.slice(start + 1));
			// Seen rarely on a loaded machine: the CLI prints the complete run data and then dies by a signal while
			// shutting down. The run data, not the teardown, says how the workflow ran: a complete run without an
			// error counts as exit 0; the signal is still reported in `stderr`.
			if (code === null && signal && run && !run.data?.resultData?.error) code = 0;
			return {
				code,
				run,
				stdout: code === 0 ? log : text,
				stderr: signal ? `n8n execute ended by ${signal}` : '',
				peakRssMb: peakRssKb > 0 ? peakRssKb / 1024 : null,
			};
		} finally {
			fs.closeSync(fd);
			fs.rmSync(file, { force: true });
		}
	}

	/** Activates (publishes) a workflow through the CLI; a running server picks it up within ~1 s. */
	async publish(id: string): Promise<void> {
		const r = await this.cli(['publish:workflow', `--id=${id}`]);
		if (r.code !== 0)
			throw new Error(`publish:workflow failed (${r.code}):\n${r.stdout}\n${r.stderr}`);
	}

	/** Starts `n8n start` on free loopback ports and waits until it is ready. */
	async start(timeoutMs = 120_000): Promise<void> {
		if (this.proc && this.proc.exitCode === null && this.proc.signalCode === null) return;
		this.proc = undefined;
		// a restart keeps the port (providers keep calling the same URL)
		this.port = this.fixedPort || this.port || (await freePort());
		this.brokerPort = await freePort();
		const env = await this.processEnv(this.brokerPort);
		if (this.command === 'worker') {
			env.QUEUE_HEALTH_CHECK_ACTIVE = 'true';
			env.QUEUE_HEALTH_CHECK_PORT = String(this.port);
			env.N8N_WORKER_SERVER_ADDRESS = '127.0.0.1';
		}
		const log = fs.openSync(this.logFile, 'a');
		this.proc = spawn(this.rt.node, [this.rt.n8n, this.command, ...this.args], {
			env,
			cwd: this.userFolder,
			stdio: ['ignore', log, log],
		});
		fs.closeSync(log);
		const deadline = Date.now() + timeoutMs;
		let exited = false;
		this.proc.once('exit', () => (exited = true));
		while (Date.now() < deadline) {
			if (exited) throw new Error(`${this.label} exited during start-up:\n${this.logTail()}`);
			try {
				const res = await fetch(`${this.baseUrl}/healthz/readiness`, {
					signal: AbortSignal.timeout(5000),
				});
				if (res.ok) return;
			} catch {
				// not listening yet
			}
			await delay(250);
		}
		throw new Error(`n8n was not ready within ${timeoutMs} ms:\n${this.logTail()}`);
	}

	logTail(lines = 60): string {
		try {
			return fs.readFileSync(this.logFile, 'utf8').split('\n').slice(-lines).join('\n');
		} catch {
			return '(no log)';
		}
	}

	/** Copies this instance's folder (database, logs) under `dir` for a post-mortem; returns the copy's path. */
	copyFolder(dir: string): string {
		const dest = path.join(dir, `${path.basename(this.userFolder)}-${Date.now()}`);
		fs.cpSync(this.userFolder, dest, {
			recursive: true,
			filter: (src) => !src.includes(`${path.sep}node_modules${path.sep}`),
		});
		return dest;
	}

	/** Log lines that contain any of the given strings (diagnostics for a failed run). */
	logLines(needles: string[], max = 40): string[] {
		try {
			return fs
				.readFileSync(this.logFile, 'utf8')
				.split('\n')
				.filter((l) => needles.some((n) => l.includes(n)))
				.slice(-max);
		} catch {
			return [];
		}
	}

	/**
	 * Rows of a read-only SQL query on this instance's SQLite database (diagnostics only: what n8n itself
	 * stored, beside what its API lists), run by the runtime's Node 24 with `node:sqlite`.
	 */
	sqlite(sql: string): Array<Record<string, unknown>> {
		const file = path.join(this.userFolder, '.n8n', 'database.sqlite');
		if (!fs.existsSync(file)) return [];
		const script =
			'const { DatabaseSync } = require("node:sqlite");' +
			'const db = new DatabaseSync(process.argv[1], { readOnly: true });' +
			'process.stdout.write(JSON.stringify(db.prepare(process.argv[2]).all()));';
		const r = spawnSync(this.rt.node, ['-e', script, file, sql], { encoding: 'utf8' });
		if (r.status !== 0) return [{ error: r.stderr.split('\n').slice(0, 3).join(' ') }];
		return JSON.parse(r.stdout) as Array<Record<string, unknown>>;
	}

	/** Logs in as the owner (session cookie for /rest). */
	async login(): Promise<string> {
		if (this.cookie) return this.cookie;
		const res = await fetch(`${this.baseUrl}/rest/login`, {
			method: 'POST',
			headers: { 'content-type': 'application/json' },
			body: JSON.stringify({ emailOrLdapLoginId: OWNER.email, password: OWNER.password }),
		});
		if (!res.ok) throw new Error(`login failed: ${res.status} ${await res.text()}`);
		const setCookie = res.headers.getSetCookie().map((c) => c.split(';')[0]);
		this.cookie = setCookie.join('; ');
		return this.cookie;
	}

	/** Creates (once) an API key with every scope, for the public API. */
	async apiKey(): Promise<string> {
		if (this.apiKeyValue) return this.apiKeyValue;
		const cookie = await this.login();
		const scopesRes = await fetch(`${this.baseUrl}/rest/api-keys/scopes`, { headers: { cookie } });
		const scopes = ((await scopesRes.json()) as { data: string[] }).data;
		const res = await fetch(`${this.baseUrl}/rest/api-keys`, {
			method: 'POST',
			headers: { cookie, 'content-type': 'application/json' },
			body: JSON.stringify({ label: `e2e-${Date.now()}`, scopes, expiresAt: null }),
		});
		if (!res.ok) throw new Error(`api key creation failed: ${res.status} ${await res.text()}`);
		this.apiKeyValue = ((await res.json()) as { data: { rawApiKey: string } }).data.rawApiKey;
		return this.apiKeyValue;
	}

	/**
	 * Public API call (`/api/v1/...`). A read answered `503 Database is not ready!` is asked again for up to a
	 * minute: n8n answers so while its periodic database check fails, which a loaded machine (or a PostgreSQL just
	 * restarted) can make it do for a few seconds; anything else fails at once.
	 */
	async api<T = unknown>(method: string, pathname: string, body?: unknown): Promise<T> {
		const key = await this.apiKey();
		const until = Date.now() + 60_000;
		for (;;) {
			const res = await fetch(`${this.baseUrl}/api/v1${pathname}`, {
				method,
				headers: { 'X-N8N-API-KEY': key, ...(body ? { 'content-type': 'application/json' } : {}) },
				body: body ? JSON.stringify(body) : undefined,
			});
			const text = await res.text();
			if (
				method === 'GET' &&
				res.status === 503 &&
				text.includes('Database is not ready') &&
				Date.now() < until
			) {
				await new Promise((r) => setTimeout(r, 1000));
				continue;
			}
			if (!res.ok) throw new Error(`${method} /api/v1${pathname} → ${res.status}: ${text}`);
			return (text ? JSON.parse(text) : undefined) as T;
		}
	}

	/** Activates a workflow through the public API (immediate). */
	async activate(id: string): Promise<void> {
		await this.api('POST', `/workflows/${id}/activate`);
	}

	/** Executions of a workflow with their run data, newest first. */
	async executions(workflowId: string): Promise<ExecutionSummary[]> {
		const r = await this.api<{ data: ExecutionSummary[] }>(
			'GET',
			`/executions?workflowId=${encodeURIComponent(workflowId)}&includeData=true&limit=250`,
		);
		return r.data;
	}

	/** Waits for `count` finished executions of a workflow; `mode` ('webhook', 'trigger', …) counts only those. */
	async waitForExecutions(
		workflowId: string,
		count: number,
		timeoutMs = 30_000,
		mode?: string,
	): Promise<ExecutionSummary[]> {
		const deadline = Date.now() + timeoutMs;
		let last: ExecutionSummary[] = [];
		while (Date.now() < deadline) {
			last = (await this.executions(workflowId)).filter(
				(e) =>
					(e.finished || e.status === 'error' || e.status === 'success') &&
					(mode === undefined || e.mode === mode),
			);
			if (last.length >= count) return last;
			await delay(300);
		}
		throw new Error(`expected ${count} executions of ${workflowId}, saw ${last.length}`);
	}

	/**
	 * Waits until a production webhook is registered. n8n reports ready before it has activated the published
	 * workflows; a CORS preflight (OPTIONS) answers 204 only for registered paths and starts no execution.
	 */
	async waitForWebhook(pathname: string, method = 'POST', timeoutMs = 30_000): Promise<void> {
		const deadline = Date.now() + timeoutMs;
		while (Date.now() < deadline) {
			const res = await fetch(`${this.baseUrl}${pathname}`, {
				method: 'OPTIONS',
				headers: { origin: 'http://127.0.0.1', 'access-control-request-method': method },
			});
			await res.arrayBuffer();
			if (res.status < 300) return;
			await delay(200);
		}
		throw new Error(
			`webhook ${method} ${pathname} was not registered within ${timeoutMs} ms:\n${this.logTail()}`,
		);
	}

	/** Sends an HTTP request to this n8n (e.g. a production webhook `/webhook/<path>`). */
	async request(pathname: string, init: RequestInit = {}): Promise<Response> {
		return fetch(`${this.baseUrl}${pathname}`, init);
	}

	/** Stops the server (SIGTERM, then SIGKILL after 10 s). */
	async stop(): Promise<void> {
		const p = this.proc;
		if (!p) return;
		this.proc = undefined;
		if (p.exitCode !== null || p.signalCode !== null) return;
		await new Promise<void>((resolve) => {
			const timer = setTimeout(() => {
				p.kill('SIGKILL');
			}, 10_000);
			p.once('exit', () => {
				clearTimeout(timer);
				resolve();
			});
			p.kill('SIGTERM');
		});
	}

	/** Stops everything and removes the user folder (kept when CSI_KEEP_E2E is set, for debugging). */
	async dispose(): Promise<void> {
		await this.stop();
		live.delete(this);
		if (!process.env.CSI_KEEP_E2E && !this.keepFolder)
			fs.rmSync(this.userFolder, { recursive: true, force: true });
	}

	/** Process id of the running `n8n start` (undefined when not running). */
	get pid(): number | undefined {
		return this.proc && this.proc.exitCode === null ? this.proc.pid : undefined;
	}

	/** Peak resident memory (VmHWM, MB) of the running `n8n start` process so far; 0 when unknown. */
	peakRssMb(): number {
		return readPeakRssKb(this.pid) / 1024;
	}

	/**
	 * Sends `signal` to the running server and waits until it has exited (SIGKILL after `timeoutMs`).
	 * Returns how it ended and how long it took. The next `start()` listens on the same port again, so
	 * URLs signed for this instance stay valid.
	 */
	async signalAndWait(
		signal: NodeJS.Signals,
		timeoutMs = 60_000,
	): Promise<{ code: number | null; signal: NodeJS.Signals | null; ms: number }> {
		const p = this.proc;
		this.proc = undefined;
		this.fixedPort = this.port;
		if (!p || p.exitCode !== null || p.signalCode !== null)
			return { code: p?.exitCode ?? null, signal: p?.signalCode ?? null, ms: 0 };
		const started = Date.now();
		return new Promise((resolve) => {
			const timer = setTimeout(() => p.kill('SIGKILL'), timeoutMs);
			p.once('exit', (code, sig) => {
				clearTimeout(timer);
				resolve({ code, signal: sig, ms: Date.now() - started });
			});
			p.kill(signal);
		});
	}

	/** Sends a signal (e.g. SIGKILL) and waits until the process has exited; `start()` may be called again. */
	async kill(signal: NodeJS.Signals = 'SIGKILL', timeoutMs = 60_000): Promise<void> {
		const p = this.proc;
		if (!p) return;
		this.proc = undefined;
		if (p.exitCode !== null || p.signalCode !== null) return;
		await new Promise<void>((resolve) => {
			const timer = setTimeout(() => p.kill('SIGKILL'), timeoutMs);
			p.once('exit', () => {
				clearTimeout(timer);
				resolve();
			});
			p.kill(signal);
		});
	}

	/**
	 * Every execution of a workflow (all pages of the public API), `running` and `new` ones included: the
	 * public API leaves running executions out unless asked for them by status.
	 */
	async allExecutions(workflowId: string, includeData = false): Promise<ExecutionSummary[]> {
		const out: ExecutionSummary[] = [];
		for (const status of [undefined, 'running', 'new']) {
			let cursor: string | undefined;
			do {
				const qs = new URLSearchParams({
					workflowId,
					includeData: String(includeData),
					limit: '250',
				});
				if (status) qs.set('status', status);
				if (cursor) qs.set('cursor', cursor);
				const page = await this.api<{ data: ExecutionSummary[]; nextCursor?: string | null }>(
					'GET',
					`/executions?${qs.toString()}`,
				);
				out.push(...page.data);
				cursor = page.nextCursor ?? undefined;
			} while (cursor);
		}
		const seen = new Set<string>();
		return out
			.filter((e) => !seen.has(e.id) && seen.add(e.id) !== undefined)
			.sort((a, b) => Number(b.id) - Number(a.id));
	}

	killNow(): void {
		if (this.proc && this.proc.exitCode === null) this.proc.kill('SIGKILL');
	}
}

/** A credential for `importCredentials` (`data` in plain text). */
export interface CredentialJson {
	id: string;
	name: string;
	type: string;
	data: Record<string, unknown>;
}

export interface ExecutionSummary {
	id: string;
	finished: boolean;
	status: string;
	workflowId: string;
	mode?: string;
	retryOf?: string | null;
	createdAt?: string;
	startedAt?: string;
	stoppedAt?: string | null;
	data?: { resultData: { runData: Record<string, NodeRun[]>; error?: { message: string } } };
}

export interface NodeRun {
	data?: { main: Array<Array<{ json: Record<string, unknown> }> | null> };
	error?: { message: string };
}

export interface ExecutionRun {
	data: {
		resultData: {
			runData: Record<string, NodeRun[]>;
			error?: { message: string; description?: string };
		};
	};
	[key: string]: unknown;
}

/** `n8n execute --rawOutput` prints log lines, then the run data JSON. */
export function parseRunOutput(stdout: string): ExecutionRun | undefined {
	const lines = stdout.split('\n');
	const start = lines.findIndex((l) => l.startsWith('{'));
	if (start < 0) return undefined;
	const text = lines.slice(start).join('\n');
	try {
		return JSON.parse(text) as ExecutionRun;
	} catch {
		const end = text.lastIndexOf('}');
		return JSON.parse(text.slice(0, end + 1)) as ExecutionRun;
	}
}

/** Peak resident set size (VmHWM, kB) of a live process; 0 when unknown. */
function readPeakRssKb(pid: number | undefined): number {
	if (!pid) return 0;
	try {
		const m = /VmHWM:\s+(\d+) kB/.exec(fs.readFileSync(`/proc/${pid}/status`, 'utf8'));
		return m ? Number(m[1]) : 0;
	} catch {
		return 0;
	}
}

function tryParseRun(text: string): ExecutionRun | undefined {
	try {
		return parseRunOutput(text);
	} catch {
		return undefined;
	}
}

/** Items of one output of a node's last run. */
export function nodeOutput(
	run: ExecutionRun | ExecutionSummary['data'] | undefined,
	nodeName: string,
	output = 0,
) {
	const resultData =
		run && 'data' in run
			? (run as ExecutionRun).data.resultData
			: (run as ExecutionSummary['data'])?.resultData;
	const runs = resultData?.runData?.[nodeName];
	if (!runs || runs.length === 0) throw new Error(`node "${nodeName}" did not run`);
	const last = runs[runs.length - 1];
	if (last.error) throw new Error(`node "${nodeName}" failed: ${last.error.message}`);
	return (last.data?.main?.[output] ?? []).map((i) => i.json);
}

function installPackage(userFolder: string, tarball: string): void {
	const nodesDir = path.join(userFolder, '.n8n', 'nodes');
	const target = path.join(nodesDir, 'node_modules', PACKAGE_NAME);
	fs.rmSync(target, { recursive: true, force: true });
	fs.mkdirSync(target, { recursive: true });
	const r = spawnSync('tar', ['-xzf', tarball, '-C', target, '--strip-components=1'], {
		encoding: 'utf8',
	});
	if (r.status !== 0) throw new Error(`extracting ${tarball} failed: ${r.stderr}`);
	const version = (
		JSON.parse(fs.readFileSync(path.join(target, 'package.json'), 'utf8')) as { version: string }
	).version;
	fs.writeFileSync(
		path.join(nodesDir, 'package.json'),
		JSON.stringify(
			{ name: 'installed-nodes', private: true, dependencies: { [PACKAGE_NAME]: version } },
			null,
			2,
		),
	);
}

let cachedHash: string | undefined;
function ownerPasswordHash(rt: RuntimePaths): string {
	if (cachedHash) return cachedHash;
	const r = spawnSync(
		rt.node,
		[
			'-e',
			`process.stdout.write(require('bcryptjs').hashSync(process.argv[1], 10))`,
			OWNER.password,
		],
		{ cwd: path.join(rt.n8nDir, 'node_modules', 'n8n'), encoding: 'utf8' },
	);
	if (r.status !== 0 || !r.stdout.startsWith('$2'))
		throw new Error(`bcrypt hash failed: ${r.stderr}`);
	cachedHash = r.stdout;
	return cachedHash;
}

function randomWorkflowId(): string {
	const chars = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789';
	let s = '';
	for (let i = 0; i < 16; i++) s += chars[Math.floor(Math.random() * chars.length)];
	return s;
}

export function delay(ms: number): Promise<void> {
	return new Promise((r) => setTimeout(r, ms));
}
