// A load balancer with an active health check in front of n8n, the way docs/trigger.md tells users to deploy
// it (Caddy `health_uri /healthz/readiness`, HAProxy `option httpchk`, a Kubernetes readiness probe): requests
// are forwarded only while the upstream's `GET /healthz/readiness` answers 200 (database connected and
// migrated, server fully started); otherwise the gate answers 503 itself. Without it, n8n 2.41.1 answers every
// request — webhooks included — `200 n8n is starting up. Please wait` while its migrations run at start-up,
// and a provider takes that 200 as "delivered". Test harness only (loopback, plain HTTP).
import * as http from 'node:http';
import type { AddressInfo } from 'node:net';

export interface ReadinessGate {
	/** Where providers send requests (the gate). */
	readonly baseUrl: string;
	readonly port: number;
	/** Requests the gate answered 503 because no upstream was ready. */
	readonly refused: number;
	stop(): Promise<void>;
}

export interface ReadinessGateOptions {
	/** Listen on this port (0: a free one). */
	port?: number;
	/** The upstreams' base URLs, read at every check (a restarted n8n keeps its port). */
	upstreams: () => string[];
	/** How often each upstream's readiness is checked (ms). */
	intervalMs?: number;
}

/** Starts the gate; it forwards round robin to the upstreams that passed their last readiness check. */
export async function startReadinessGate(options: ReadinessGateOptions): Promise<ReadinessGate> {
	const intervalMs = options.intervalMs ?? 250;
	const ready = new Map<string, boolean>();
	let refused = 0;
	let next = 0;
	let stopped = false;

	const check = async () => {
		for (const base of options.upstreams()) {
			// an own timer (as `send` in replyLoad.ts, which imports this file): a check never hangs the loop
			const abort = new AbortController();
			const t = setTimeout(() => abort.abort(), Math.max(500, intervalMs * 4));
			try {
				const res = await fetch(`${base}/healthz/readiness`, { signal: abort.signal });
				await res.arrayBuffer();
				ready.set(base, res.status === 200);
			} catch {
				ready.set(base, false);
			} finally {
				clearTimeout(t);
			}
		}
	};
	let timer: NodeJS.Timeout | undefined;
	const loop = async () => {
		await check();
		if (!stopped) timer = setTimeout(() => void loop(), intervalMs);
	};
	await check();
	timer = setTimeout(() => void loop(), intervalMs);

	const unavailable = (res: http.ServerResponse, why: string) => {
		res.writeHead(503, { 'Content-Type': 'text/plain', 'Retry-After': '1', Connection: 'close' });
		res.end(why);
	};
	const server = http.createServer((req, res) => {
		const healthy = options.upstreams().filter((u) => ready.get(u) === true);
		if (healthy.length === 0) {
			refused++;
			req.resume();
			unavailable(res, 'no upstream is ready');
			return;
		}
		const target = new URL(healthy[next++ % healthy.length]);
		const upstream = http.request(
			{
				host: target.hostname,
				port: target.port,
				method: req.method,
				path: req.url,
				headers: req.headers,
			},
			(answer) => {
				res.writeHead(answer.statusCode ?? 502, answer.headers);
				answer.pipe(res);
			},
		);
		upstream.on('error', () => {
			// passive check: a refused or reset connection takes the upstream out until it is ready again
			ready.set(target.origin, false);
			if (!res.headersSent) unavailable(res, 'upstream failed');
			else res.destroy();
		});
		req.pipe(upstream);
	});
	await new Promise<void>((resolve) => server.listen(options.port ?? 0, '127.0.0.1', resolve));
	const port = (server.address() as AddressInfo).port;
	return {
		baseUrl: `http://127.0.0.1:${port}`,
		port,
		get refused() {
			return refused;
		},
		async stop() {
			stopped = true;
			if (timer) clearTimeout(timer);
			server.closeAllConnections();
			await new Promise<void>((resolve) => server.close(() => resolve()));
		},
	};
}
