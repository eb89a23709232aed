#!/usr/bin/env node
// Installs (once) and locates the pinned n8n used by the e2e tests, the demo and the benchmarks.
//
// n8n 2.x needs Node >= 24 while this machine's Node may be older, so Node 24 comes from the npm `node`
// package, installed next to n8n in a cache folder outside the source tree (reused when present):
//   $N8N_RUNTIME_DIR, or ~/.cache/n8n-nodes-sms-csi/n8n-<version>
// n8n's native modules would try to download prebuilt binaries, so n8n is installed with --ignore-scripts
// and sqlite3 is rebuilt from source against Node 24's headers.
//
// CLI: `node scripts/n8n-runtime.js ensure` prints the runtime as JSON ({ dir, node, n8n, version }).
'use strict';
const fs = require('node:fs');
const os = require('node:os');
const path = require('node:path');
const { spawnSync } = require('node:child_process');

const N8N_VERSION = '2.41.1';
const NODE_VERSION = '24.21.0';

function runtimeDir() {
	return (
		process.env.N8N_RUNTIME_DIR ||
		path.join(
			os.homedir(),
			'.cache',
			'n8n-nodes-sms-csi',
			`n8n-${N8N_VERSION}-node-${NODE_VERSION}`,
		)
	);
}

function paths(dir = runtimeDir()) {
	return {
		dir,
		// Node and n8n live in separate folders: an install in one must not prune the other.
		node: path.join(dir, 'node24', 'node_modules', 'node', 'bin', 'node'),
		nodeDir: path.join(dir, 'node24'),
		n8nDir: path.join(dir, 'n8n'),
		n8n: path.join(dir, 'n8n', 'node_modules', 'n8n', 'bin', 'n8n'),
		headers: path.join(
			dir,
			'node24',
			'node_modules',
			'node',
			'node_modules',
			`node-${process.platform}-${process.arch}`,
		),
		marker: path.join(dir, '.ready'),
		version: N8N_VERSION,
		nodeVersion: NODE_VERSION,
	};
}

/** Environment for npm in the runtime folder: none of this project's npm settings leak in. */
function cleanEnv(extra = {}) {
	const env = {};
	for (const [k, v] of Object.entries(process.env)) {
		if (/^npm_/i.test(k)) continue;
		env[k] = v;
	}
	return {
		...env,
		npm_config_yes: 'true',
		npm_config_fund: 'false',
		npm_config_audit: 'false',
		...extra,
	};
}

function run(cmd, args, opts, log) {
	log(`$ ${cmd} ${args.join(' ')}`);
	const r = spawnSync(cmd, args, { stdio: ['ignore', 'pipe', 'pipe'], encoding: 'utf8', ...opts });
	if (r.status !== 0) {
		const tail = `${r.stdout || ''}\n${r.stderr || ''}`.split('\n').slice(-40).join('\n');
		throw new Error(`${cmd} ${args.join(' ')} failed (exit ${r.status}):\n${tail}`);
	}
	return r.stdout;
}

function isReady(p) {
	try {
		const m = JSON.parse(fs.readFileSync(p.marker, 'utf8'));
		return (
			m.n8n === N8N_VERSION &&
			m.node === NODE_VERSION &&
			fs.existsSync(p.node) &&
			fs.existsSync(p.n8n)
		);
	} catch {
		return false;
	}
}

function sleepSync(ms) {
	Atomics.wait(new Int32Array(new SharedArrayBuffer(4)), 0, 0, ms);
}

/** Installs the runtime if needed (guarded by a lock folder, so parallel callers wait) and returns its paths. */
function ensureRuntime(log = (m) => process.stderr.write(`[n8n-runtime] ${m}\n`)) {
	const p = paths();
	if (isReady(p)) return p;
	fs.mkdirSync(path.dirname(p.dir), { recursive: true });
	const lock = `${p.dir}.lock`;
	const started = Date.now();
	for (;;) {
		try {
			fs.mkdirSync(lock);
			break;
		} catch {
			if (isReady(p)) return p;
			const age =
				Date.now() - (fs.statSync(lock, { throwIfNoEntry: false })?.mtimeMs ?? Date.now());
			if (age > 20 * 60 * 1000) fs.rmSync(lock, { recursive: true, force: true });
			if (Date.now() - started > 30 * 60 * 1000) throw new Error(`timed out waiting for ${lock}`);
			sleepSync(2000);
		}
	}
	try {
		if (isReady(p)) return p;
		const t0 = Date.now();
		log(
			`installing Node ${NODE_VERSION} and n8n ${N8N_VERSION} into ${p.dir} (one time, a few minutes)`,
		);
		fs.rmSync(p.dir, { recursive: true, force: true });
		for (const [folder, name] of [
			[p.nodeDir, 'csi-node24'],
			[p.n8nDir, 'csi-n8n-runtime'],
		]) {
			fs.mkdirSync(folder, { recursive: true });
			fs.writeFileSync(
				path.join(folder, 'package.json'),
				JSON.stringify({ name, private: true, version: '1.0.0' }, null, 2),
			);
		}
		// 1. Node 24 from the npm registry (its install script fetches the platform package from the registry).
		run(
			'npm',
			['install', `node@${NODE_VERSION}`, '--ignore-scripts=false'],
			{
				cwd: p.nodeDir,
				env: cleanEnv(),
			},
			log,
		);
		if (!fs.existsSync(p.node))
			throw new Error(`Node ${NODE_VERSION} did not install at ${p.node}`);
		if (!fs.existsSync(path.join(p.headers, 'include', 'node', 'node.h'))) {
			throw new Error(`Node ${NODE_VERSION} headers are missing at ${p.headers}/include/node`);
		}
		// 2. n8n itself, run by Node 24 (npm's own scripts too), without install scripts.
		const env24 = cleanEnv({
			PATH: `${path.dirname(p.node)}${path.delimiter}${process.env.PATH}`,
			npm_config_nodedir: p.headers,
		});
		run(
			'npm',
			['install', `n8n@${N8N_VERSION}`, '--ignore-scripts'],
			{ cwd: p.n8nDir, env: env24 },
			log,
		);
		// 3. sqlite3 built from source for Node 24 (n8n's default database).
		run(
			'npm',
			['rebuild', 'sqlite3', '--ignore-scripts=false', '--build-from-source'],
			{ cwd: p.n8nDir, env: env24 },
			log,
		);
		run(
			p.node,
			['-e', 'require("sqlite3"); console.log("sqlite3 ok")'],
			{ cwd: p.n8nDir, env: env24 },
			log,
		);
		fs.writeFileSync(
			p.marker,
			JSON.stringify({ n8n: N8N_VERSION, node: NODE_VERSION, at: new Date().toISOString() }),
		);
		log(`runtime ready in ${Math.round((Date.now() - t0) / 1000)} s`);
		return p;
	} finally {
		fs.rmSync(lock, { recursive: true, force: true });
	}
}

module.exports = { ensureRuntime, runtimeDir, paths, N8N_VERSION, NODE_VERSION };

if (require.main === module) {
	const cmd = process.argv[2] || 'ensure';
	if (cmd === 'ensure') {
		const p = ensureRuntime();
		process.stdout.write(`${JSON.stringify(p)}\n`);
	} else if (cmd === 'where') {
		process.stdout.write(`${JSON.stringify(paths())}\n`);
	} else {
		process.stderr.write('usage: n8n-runtime.js [ensure|where]\n');
		process.exit(2);
	}
}
