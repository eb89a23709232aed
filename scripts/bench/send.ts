// Benchmark: Send CSI Survey vs n8n's built-in Twilio node, 2,000 SMS each, in the same real n8n, both against
// the loopback Twilio simulator; plus how closely a configured send rate (50 msg/s) is held.
//
// The built-in Twilio node calls https://api.twilio.com (hard-coded). n8n 2.41 routes its outbound requests
// through HTTPS_PROXY/HTTP_PROXY (@n8n/backend-network env proxy agents), so n8n gets HTTPS_PROXY pointing at a
// local proxy that accepts CONNECT only for api.twilio.com:443, terminates TLS with a certificate from a test CA
// generated here with openssl (trusted by n8n via NODE_EXTRA_CA_CERTS), and forwards the decrypted requests to
// the simulator. Every other CONNECT or proxied request is refused (403) and counted: nothing leaves the machine.
// Loopback (the simulator, n8n itself) bypasses the proxy via NO_PROXY.
//
// Run: `npx tsx -e "require('./scripts/bench/send').run().then(r => console.table(r))"` after a build/pack
// (CSI_PACKAGE_TARBALL), or through scripts/bench.ts.
import { spawnSync } from 'node:child_process';
import * as fs from 'node:fs';
import * as http from 'node:http';
import type { AddressInfo, Socket } from 'node:net';
import * as os from 'node:os';
import * as path from 'node:path';
import * as tls from 'node:tls';

import { N8n, type ExecutionRun } from '../../test/e2e/harness/n8n';
import { PKG, itemsSource, workflow } from '../../test/e2e/harness/workflows';
import { startSmsSimulator, type SmsSimulator } from '../../test/sim/server';

export interface BenchResult {
	name: string;
	value: number;
	unit: string;
	note?: string;
}

const COUNT = Number(process.env.CSI_BENCH_SEND_COUNT ?? 2000);
const RATE_COUNT = Number(process.env.CSI_BENCH_RATE_COUNT ?? 500);
const RATE = 50;
const CONCURRENCY = 10;
const TEXT =
	'How would you rate our service? Reply with a number from 1 (very bad) to 5 (excellent).';

/** A test CA and a server certificate for api.twilio.com signed by it (openssl). */
function makeCertificates(dir: string): { caFile: string; key: string; cert: string } {
	const run = (args: string[]) => {
		const r = spawnSync('openssl', args, { cwd: dir, encoding: 'utf8' });
		if (r.status !== 0) throw new Error(`openssl ${args.join(' ')} failed: ${r.stderr}`);
	};
	run([
		'req',
		'-x509',
		'-newkey',
		'rsa:2048',
		'-nodes',
		'-keyout',
		'ca.key',
		'-out',
		'ca.pem',
		'-days',
		'2',
		'-subj',
		'/CN=CSI bench loopback test CA',
		'-addext',
		'basicConstraints=critical,CA:TRUE',
		'-addext',
		'keyUsage=critical,keyCertSign,cRLSign',
	]);
	run([
		'req',
		'-newkey',
		'rsa:2048',
		'-nodes',
		'-keyout',
		'srv.key',
		'-out',
		'srv.csr',
		'-subj',
		'/CN=api.twilio.com',
	]);
	fs.writeFileSync(
		path.join(dir, 'ext.cnf'),
		'subjectAltName=DNS:api.twilio.com\nbasicConstraints=CA:FALSE\nkeyUsage=digitalSignature,keyEncipherment\nextendedKeyUsage=serverAuth\n',
	);
	run([
		'x509',
		'-req',
		'-in',
		'srv.csr',
		'-CA',
		'ca.pem',
		'-CAkey',
		'ca.key',
		'-CAcreateserial',
		'-out',
		'srv.pem',
		'-days',
		'2',
		'-extfile',
		'ext.cnf',
	]);
	return {
		caFile: path.join(dir, 'ca.pem'),
		key: fs.readFileSync(path.join(dir, 'srv.key'), 'utf8'),
		cert: fs.readFileSync(path.join(dir, 'srv.pem'), 'utf8'),
	};
}

interface TwilioProxy {
	url: string;
	blocked: string[];
	forwarded: number;
	close(): Promise<void>;
}

/** CONNECT proxy: api.twilio.com:443 → TLS terminated here → the simulator's /twilio prefix. Everything else: 403. */
async function startTwilioProxy(
	sim: SmsSimulator,
	key: string,
	cert: string,
): Promise<TwilioProxy> {
	const blocked: string[] = [];
	const sockets = new Set<Socket>();
	const state = { forwarded: 0 };
	const inner = http.createServer((req, res) => {
		state.forwarded++;
		const upstream = http.request(
			{
				host: '127.0.0.1',
				port: sim.port,
				method: req.method,
				path: `/twilio${req.url ?? '/'}`,
				headers: { ...req.headers, host: `127.0.0.1:${sim.port}` },
			},
			(up) => {
				res.writeHead(up.statusCode ?? 502, up.headers);
				up.pipe(res);
			},
		);
		upstream.on('error', (e) => {
			res.writeHead(502);
			res.end(String(e));
		});
		req.pipe(upstream);
	});
	const proxy = http.createServer((req, res) => {
		blocked.push(`${req.method} ${req.url}`);
		res.writeHead(403, { 'content-type': 'text/plain' });
		res.end('blocked: the benchmark proxy only serves api.twilio.com from the loopback simulator');
	});
	proxy.on('connect', (req: http.IncomingMessage, client: Socket, head: Buffer) => {
		sockets.add(client);
		client.on('close', () => sockets.delete(client));
		client.on('error', () => client.destroy());
		if (req.url !== 'api.twilio.com:443') {
			blocked.push(`CONNECT ${req.url}`);
			client.end('HTTP/1.1 403 Forbidden\r\n\r\n');
			return;
		}
		client.write('HTTP/1.1 200 Connection Established\r\n\r\n');
		if (head.length > 0) client.unshift(head);
		const secure = new tls.TLSSocket(client, { isServer: true, key, cert });
		secure.on('error', () => client.destroy());
		inner.emit('connection', secure);
	});
	proxy.on('connection', (s: Socket) => {
		sockets.add(s);
		s.on('close', () => sockets.delete(s));
	});
	await new Promise<void>((resolve) => proxy.listen(0, '127.0.0.1', resolve));
	const port = (proxy.address() as AddressInfo).port;
	return {
		url: `http://127.0.0.1:${port}`,
		blocked,
		get forwarded() {
			return state.forwarded;
		},
		close: async () => {
			for (const s of sockets) s.destroy();
			await new Promise<void>((resolve) => proxy.close(() => resolve()));
			inner.close();
		},
	};
}

const phoneOf = (i: number) => `+1415${String(2000000 + i)}`;

function nodeRun(
	run: ExecutionRun | undefined,
	node: string,
): { executionTime: number; items: Array<Record<string, unknown>> } {
	const runs = run?.data.resultData.runData[node] as unknown as
		| Array<{
				executionTime: number;
				error?: { message: string };
				data?: { main: Array<Array<{ json: Record<string, unknown> }> | null> };
		  }>
		| undefined;
	if (!runs || runs.length === 0)
		throw new Error(
			`node "${node}" did not run: ${JSON.stringify(run?.data.resultData.error ?? null)}`,
		);
	const last = runs[runs.length - 1];
	if (last.error) throw new Error(`node "${node}" failed: ${last.error.message}`);
	return {
		executionTime: last.executionTime,
		items: (last.data?.main?.[0] ?? []).map((i) => i.json),
	};
}

/** Sends accepted by the simulator (HTTP 201), and how many distinct recipients they reached. */
function accepted(sim: SmsSimulator): { count: number; distinct: number; times: number[] } {
	const ok = sim.requests('twilio', 'send').filter((r) => r.responseStatus === 201);
	return {
		count: ok.length,
		distinct: new Set(ok.map((r) => r.recipient)).size,
		times: ok.map((r) => r.time).sort((a, b) => a - b),
	};
}

export async function run(): Promise<BenchResult[]> {
	const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'csi-bench-send-'));
	const { caFile, key, cert } = makeCertificates(dir);
	const sim = await startSmsSimulator({ providers: ['twilio'] });
	const proxy = await startTwilioProxy(sim, key, cert);
	const n8n = await N8n.create({
		env: {
			HTTPS_PROXY: proxy.url,
			HTTP_PROXY: proxy.url,
			ALL_PROXY: proxy.url,
			NO_PROXY: '127.0.0.1,localhost',
			NODE_EXTRA_CA_CERTS: caFile,
		},
	});
	const results: BenchResult[] = [];
	try {
		const c = sim.credentials.twilio;
		await n8n.importCredentials([
			{
				id: 'benchTwilioBuilt',
				name: 'Twilio (built-in) via proxy',
				type: 'twilioApi',
				data: { authType: 'authToken', accountSid: c.accountSid, authToken: c.authToken },
			},
			{
				id: 'benchTwilioCsi01',
				name: 'Twilio CSI sim',
				type: 'twilioCsiApi',
				data: { accountSid: c.accountSid, authToken: c.authToken, baseUrl: sim.baseUrl('twilio') },
			},
		]);
		const items = Array.from({ length: COUNT }, (_, i) => ({
			phone: phoneOf(i),
			ticketId: `T-${i}`,
		}));

		// Built-in Twilio node (sequential, one request per item).
		const srcA = itemsSource(items, 'Customers');
		const builtIn = workflow(
			'bench-builtin-twilio',
			[
				...srcA.nodes,
				{
					name: 'Twilio',
					type: 'n8n-nodes-base.twilio',
					typeVersion: 1,
					parameters: {
						resource: 'sms',
						operation: 'send',
						from: '+15017122661',
						to: '={{ $json.phone }}',
						message: TEXT,
						toWhatsapp: false,
						options: {},
					},
					credentials: {
						twilioApi: { id: 'benchTwilioBuilt', name: 'Twilio (built-in) via proxy' },
					},
				},
			],
			[...srcA.edges, [srcA.last, 'Twilio']],
		);
		const ours = (name: string, options: Record<string, unknown>, list: unknown[]) => {
			const src = itemsSource(list, 'Customers');
			return workflow(
				name,
				[
					...src.nodes,
					{
						name: 'Send CSI Survey',
						type: `${PKG}.sendCsiSurvey`,
						typeVersion: 1,
						parameters: {
							provider: 'twilio',
							phone: '={{ $json.phone }}',
							from: '+15017122661',
							messageSource: 'custom',
							text: TEXT,
							options,
						},
						credentials: { twilioCsiApi: { id: 'benchTwilioCsi01', name: 'Twilio CSI sim' } },
					},
				],
				[...src.edges, [src.last, 'Send CSI Survey']],
			);
		};

		sim.reset();
		const idA = await n8n.importWorkflow(builtIn);
		let t0 = Date.now();
		const a = await n8n.execute(idA);
		const wallA = Date.now() - t0;
		if (a.code !== 0) throw new Error(`built-in Twilio workflow failed: ${a.stderr}`);
		const runA = nodeRun(a.run, 'Twilio');
		const accA = accepted(sim);
		if (accA.count !== COUNT || accA.distinct !== COUNT || runA.items.length !== COUNT) {
			throw new Error(
				`built-in Twilio node: ${accA.count} accepted (${accA.distinct} distinct), ${runA.items.length} output items; expected ${COUNT}`,
			);
		}

		sim.reset();
		const idB = await n8n.importWorkflow(
			ours('bench-send-csi', { concurrency: CONCURRENCY }, items),
		);
		t0 = Date.now();
		const b = await n8n.execute(idB);
		const wallB = Date.now() - t0;
		if (b.code !== 0) throw new Error(`Send CSI Survey workflow failed: ${b.stderr}`);
		const runB = nodeRun(b.run, 'Send CSI Survey');
		const accB = accepted(sim);
		const okB = runB.items.filter(
			(i) => typeof (i.survey as { messageId?: unknown } | undefined)?.messageId === 'string',
		).length;
		if (accB.count !== COUNT || accB.distinct !== COUNT || okB !== COUNT) {
			throw new Error(
				`Send CSI Survey: ${accB.count} accepted (${accB.distinct} distinct), ${okB} sent items; expected ${COUNT}`,
			);
		}

		// Dry run of the same 2,000 items: the node's own per-item work (parameters, phone, text, rules) without I/O.
		sim.reset();
		const idD = await n8n.importWorkflow(ours('bench-send-csi-dry', { dryRun: true }, items));
		const d = await n8n.execute(idD);
		if (d.code !== 0) throw new Error(`dry-run workflow failed: ${d.stderr}`);
		const runD = nodeRun(d.run, 'Send CSI Survey');
		if (sim.requests('twilio', 'send').length !== 0 || runD.items.length !== COUNT)
			throw new Error('dry run sent requests or lost items');

		sim.reset();
		const rateItems = items.slice(0, RATE_COUNT);
		const idC = await n8n.importWorkflow(
			ours('bench-send-csi-rate', { concurrency: CONCURRENCY, messagesPerSecond: RATE }, rateItems),
		);
		const cRun = await n8n.execute(idC);
		if (cRun.code !== 0) throw new Error(`rate-limited workflow failed: ${cRun.stderr}`);
		const accC = accepted(sim);
		if (accC.count !== RATE_COUNT)
			throw new Error(`rate-limited run: ${accC.count} accepted, expected ${RATE_COUNT}`);
		const spanC = (accC.times[accC.times.length - 1] - accC.times[0]) / 1000;
		const achieved = (accC.count - 1) / spanC;
		let maxInSecond = 0;
		for (let i = 0, j = 0; i < accC.times.length; i++) {
			while (accC.times[i] - accC.times[j] >= 1000) j++;
			maxInSecond = Math.max(maxInSecond, i - j + 1);
		}

		results.push(
			{
				name: 'send: built-in Twilio node, 2,000 SMS',
				value: runA.executionTime,
				unit: 'ms',
				note: `node executionTime; wall ${wallA} ms; ${accA.count} accepted by the simulator via TLS proxy`,
			},
			{
				name: `send: Send CSI Survey (concurrency ${CONCURRENCY}), 2,000 SMS`,
				value: runB.executionTime,
				unit: 'ms',
				note: `node executionTime; wall ${wallB} ms; ${accB.count} accepted`,
			},
			{
				name: 'send: Send CSI Survey dry run (no I/O), 2,000 items',
				value: runD.executionTime,
				unit: 'ms',
				note: 'planning cost: parameters, E.164, text, segments, rules',
			},
			{
				name: 'send: speed-up vs built-in Twilio node',
				value: Number((runA.executionTime / runB.executionTime).toFixed(2)),
				unit: 'x',
				note: 'ratio of node executionTime, same n8n, same simulator',
			},
			{
				name: `send: achieved rate at ${RATE} msg/s configured`,
				value: Number(achieved.toFixed(2)),
				unit: 'msg/s',
				note: `${accC.count} sends over ${spanC.toFixed(2)} s (first→last accepted request)`,
			},
			{
				name: `send: max sends in any 1 s window at ${RATE} msg/s`,
				value: maxInSecond,
				unit: 'msg',
				note: 'sliding window over the simulator log',
			},
			{
				name: 'send: requests refused by the loopback proxy (must be 0 leaks)',
				value: proxy.blocked.length,
				unit: 'requests',
				note: proxy.blocked.slice(0, 5).join('; ') || 'none',
			},
		);
		return results;
	} finally {
		await n8n.dispose();
		await proxy.close();
		await sim.close();
		fs.rmSync(dir, { recursive: true, force: true });
	}
}
