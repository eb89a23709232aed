// n8n in queue mode on one machine: PostgreSQL + Redis (./services), one main process, `workers` × `n8n worker`
// and `webhooks` × `n8n webhook`, all with one encryption key, each with its own user folder holding this package
// the way n8n installs community packages (the packed tarball in `.n8n/nodes/node_modules`).
// Phases: `createQueueStack()` (databases up, folders ready: the main's CLI can import and publish), then
// `start()` (main first — it runs the migrations — then workers and webhook processors), `stop()` (everything,
// in reverse; also on process exit through the helpers' own exit hooks).
import { randomBytes } from 'node:crypto';
import { N8n } from './n8n';
import { startPostgres, startRedis, type Postgres, type Redis } from './services';

export interface QueueStackOptions {
	workers?: number;
	webhooks?: number;
	/** Jobs one worker runs at once (`n8n worker --concurrency`, default 10). */
	concurrency?: number;
	/** Extra environment for every process. */
	env?: Record<string, string>;
	/** Fixed port of the main process (default: a free one). */
	mainPort?: number;
	/** Fixed port of the first webhook processor (default: a free one). */
	webhookPort?: number;
	log?: (message: string) => void;
}

export interface QueueStack {
	pg: Postgres;
	redis: Redis;
	main: N8n;
	workers: N8n[];
	webhooks: N8n[];
	/** Base URL of the first webhook processor (where a load balancer sends `/webhook/*`). */
	readonly webhookBaseUrl: string;
	start(): Promise<void>;
	stop(): Promise<void>;
}

export async function createQueueStack(options: QueueStackOptions = {}): Promise<QueueStack> {
	const log = options.log ?? (() => undefined);
	log('starting PostgreSQL and Redis');
	const pg = await startPostgres();
	let redis: Redis | undefined;
	const all: N8n[] = [];
	try {
		redis = await startRedis();
		const env: Record<string, string> = {
			EXECUTIONS_MODE: 'queue',
			N8N_ENCRYPTION_KEY: randomBytes(24).toString('hex'),
			DB_TYPE: 'postgresdb',
			DB_POSTGRESDB_HOST: pg.host,
			DB_POSTGRESDB_PORT: String(pg.port),
			DB_POSTGRESDB_DATABASE: pg.database,
			DB_POSTGRESDB_USER: pg.user,
			DB_POSTGRESDB_PASSWORD: '',
			DB_POSTGRESDB_POOL_SIZE: '4',
			QUEUE_BULL_REDIS_HOST: redis.host,
			QUEUE_BULL_REDIS_PORT: String(redis.port),
			QUEUE_HEALTH_CHECK_ACTIVE: 'true',
			OFFLOAD_MANUAL_EXECUTIONS_TO_WORKERS: 'true',
			N8N_GRACEFUL_SHUTDOWN_TIMEOUT: '20',
			// as docs/scale-out.md (Deployment) and docs/docker-compose.yml tell users: without it a webhook processor
			// acquires an expression isolate per waiting request, and a backlog of replies grows it by gigabytes
			N8N_EXPRESSION_ENGINE_LAZY_ACQUIRE: 'true',
			...options.env,
		};
		const main = await N8n.create({ env, port: options.mainPort, label: 'main' });
		all.push(main);
		const workers: N8n[] = [];
		for (let i = 0; i < (options.workers ?? 2); i++) {
			const w = await N8n.create({
				env,
				command: 'worker',
				args: options.concurrency ? [`--concurrency=${options.concurrency}`] : [],
				label: `worker-${i + 1}`,
			});
			workers.push(w);
			all.push(w);
		}
		const webhooks: N8n[] = [];
		for (let i = 0; i < (options.webhooks ?? 1); i++) {
			const h = await N8n.create({
				env,
				command: 'webhook',
				label: `webhook-${i + 1}`,
				port: i === 0 ? options.webhookPort : undefined,
			});
			webhooks.push(h);
			all.push(h);
		}
		const r = redis;
		return {
			pg,
			redis: r,
			main,
			workers,
			webhooks,
			get webhookBaseUrl() {
				return webhooks[0]?.baseUrl ?? main.baseUrl;
			},
			async start() {
				log('starting the n8n main process (migrations on a fresh database)');
				await main.start(180_000);
				log(`starting ${workers.length} worker(s) and ${webhooks.length} webhook processor(s)`);
				await Promise.all([...workers, ...webhooks].map((p) => p.start(180_000)));
			},
			async stop() {
				await Promise.all([...webhooks, ...workers].map((p) => p.dispose()));
				await main.dispose();
				await r.stop();
				await pg.stop();
			},
		};
	} catch (error) {
		await Promise.all(all.map((p) => p.dispose()));
		await redis?.stop();
		await pg.stop();
		throw error;
	}
}
