// PostgreSQL and Redis from the machine's (Debian) packages, for n8n's queue mode: each started on a free
// loopback port in a temporary folder, as an unprivileged user (PostgreSQL refuses to run as root: when this
// process is root, the server runs as the `postgres` system user through `runuser`), stopped by `stop()` and on
// process exit.
import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { delay, freePort } from './n8n';

const PG_VERSIONS = ['17', '16', '15', '14', '13'];

export interface Postgres {
	host: string;
	port: number;
	user: string;
	database: string;
	dir: string;
	stop(): Promise<void>;
}

export interface Redis {
	host: string;
	port: number;
	/** Number of jobs waiting in n8n's Bull queue (`bull:jobs:wait`). */
	queueLength(): Promise<number>;
	stop(): Promise<void>;
}

const cleanups = new Set<() => void>();
process.once('exit', () => {
	for (const c of cleanups) c();
});

/** The folder holding initdb/pg_ctl/postgres, or throws with the package to install. */
export function postgresBinDir(): string {
	for (const v of PG_VERSIONS) {
		const dir = `/usr/lib/postgresql/${v}/bin`;
		if (fs.existsSync(path.join(dir, 'initdb'))) return dir;
	}
	const onPath = spawnSync('sh', ['-c', 'command -v initdb'], { encoding: 'utf8' });
	if (onPath.status === 0 && onPath.stdout.trim()) return path.dirname(onPath.stdout.trim());
	throw new Error(
		'PostgreSQL is not installed (no initdb): apt-get install -y postgresql (or run .ci/run)',
	);
}

export function redisBinary(): string {
	const r = spawnSync('sh', ['-c', 'command -v redis-server'], { encoding: 'utf8' });
	if (r.status !== 0 || !r.stdout.trim())
		throw new Error('Redis is not installed: apt-get install -y redis-server (or run .ci/run)');
	return r.stdout.trim();
}

const isRoot = typeof process.getuid === 'function' && process.getuid() === 0;

/** Runs a PostgreSQL binary as the unprivileged `postgres` user when we are root. */
function pgCommand(bin: string, args: string[]): [string, string[]] {
	if (!isRoot) return [bin, args];
	return ['runuser', ['-u', 'postgres', '--', bin, ...args]];
}

function run(bin: string, args: string[], what: string): string {
	const [cmd, argv] = pgCommand(bin, args);
	const r = spawnSync(cmd, argv, { encoding: 'utf8', cwd: os.tmpdir() });
	if (r.status !== 0) throw new Error(`${what} failed (${r.status}): ${r.stdout}\n${r.stderr}`);
	return r.stdout;
}

export async function startPostgres(): Promise<Postgres> {
	const bin = postgresBinDir();
	const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'csi-pg-'));
	const data = path.join(dir, 'data');
	const socketDir = path.join(dir, 'run');
	fs.mkdirSync(socketDir);
	if (isRoot) {
		const ids = spawnSync('id', ['-u', 'postgres'], { encoding: 'utf8' });
		if (ids.status !== 0)
			throw new Error(
				'running as root but there is no `postgres` user (apt-get install postgresql)',
			);
		spawnSync('chown', ['-R', 'postgres:', dir]);
		fs.chmodSync(dir, 0o755);
	}
	const user = 'csi';
	const database = 'n8n';
	run(
		path.join(bin, 'initdb'),
		['-D', data, '-U', user, '--auth=trust', '-E', 'UTF8', '--no-locale', '--no-sync'],
		'initdb',
	);
	const port = await freePort();
	const opts = [
		`-c listen_addresses=127.0.0.1`,
		`-c port=${port}`,
		`-c unix_socket_directories=${socketDir}`,
		'-c max_connections=300',
		'-c fsync=off',
		'-c synchronous_commit=off',
		'-c full_page_writes=off',
		'-c shared_buffers=128MB',
	].join(' ');
	run(
		path.join(bin, 'pg_ctl'),
		['-D', data, '-l', path.join(dir, 'postgres.log'), '-o', opts, '-w', '-t', '60', 'start'],
		'pg_ctl start',
	);
	const stopNow = () => {
		const [cmd, argv] = pgCommand(path.join(bin, 'pg_ctl'), [
			'-D',
			data,
			'-m',
			'immediate',
			'stop',
		]);
		spawnSync(cmd, argv, { cwd: os.tmpdir() });
		if (!process.env.CSI_KEEP_E2E) fs.rmSync(dir, { recursive: true, force: true });
	};
	cleanups.add(stopNow);
	run(
		path.join(bin, 'createdb'),
		['-h', '127.0.0.1', '-p', String(port), '-U', user, database],
		'createdb',
	);
	return {
		host: '127.0.0.1',
		port,
		user,
		database,
		dir,
		async stop() {
			if (!cleanups.has(stopNow)) return;
			cleanups.delete(stopNow);
			const [cmd, argv] = pgCommand(path.join(bin, 'pg_ctl'), [
				'-D',
				data,
				'-m',
				'fast',
				'-w',
				'stop',
			]);
			spawnSync(cmd, argv, { cwd: os.tmpdir() });
			if (!process.env.CSI_KEEP_E2E) fs.rmSync(dir, { recursive: true, force: true });
		},
	};
}

/** Runs one SQL statement with psql (tab-separated rows). */
export function psql(pg: Postgres, sql: string): string {
	return run(
		path.join(postgresBinDir(), 'psql'),
		[
			'-h',
			pg.host,
			'-p',
			String(pg.port),
			'-U',
			pg.user,
			'-d',
			pg.database,
			'-At',
			'-F',
			'\t',
			'-c',
			sql,
		],
		'psql',
	);
}

export async function startRedis(): Promise<Redis> {
	const bin = redisBinary();
	const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'csi-redis-'));
	const port = await freePort();
	const proc: ChildProcess = spawn(
		bin,
		[
			'--port',
			String(port),
			'--bind',
			'127.0.0.1',
			'--save',
			'',
			'--appendonly',
			'no',
			'--dir',
			dir,
			'--daemonize',
			'no',
		],
		{ stdio: ['ignore', fs.openSync(path.join(dir, 'redis.log'), 'a'), 'pipe'] },
	);
	const stopNow = () => {
		if (proc.exitCode === null) proc.kill('SIGKILL');
		fs.rmSync(dir, { recursive: true, force: true });
	};
	cleanups.add(stopNow);
	const cli = (args: string[]) =>
		spawnSync('redis-cli', ['-h', '127.0.0.1', '-p', String(port), ...args], { encoding: 'utf8' });
	const deadline = Date.now() + 20_000;
	while (Date.now() < deadline) {
		if (proc.exitCode !== null) throw new Error(`redis-server exited (${proc.exitCode})`);
		if (cli(['ping']).stdout.trim() === 'PONG') break;
		await delay(100);
	}
	return {
		host: '127.0.0.1',
		port,
		async queueLength() {
			const r = cli(['llen', 'bull:jobs:wait']);
			return Number(r.stdout.trim()) || 0;
		},
		async stop() {
			if (!cleanups.has(stopNow)) return;
			cleanups.delete(stopNow);
			if (proc.exitCode === null) {
				await new Promise<void>((resolve) => {
					const t = setTimeout(() => proc.kill('SIGKILL'), 5000);
					proc.once('exit', () => {
						clearTimeout(t);
						resolve();
					});
					proc.kill('SIGTERM');
				});
			}
			fs.rmSync(dir, { recursive: true, force: true });
		},
	};
}
