#!/usr/bin/env node
// Runs a command on Node 24, the Node n8n 2.x runs on: `node scripts/node24.js <command> [args…]`.
// On Node >= 24 the command runs as is; on an older Node, the pinned Node 24 of scripts/n8n-runtime.js
// (installed once into a cache folder) goes first on PATH, so `#!/usr/bin/env node` tools use it.
'use strict';
const path = require('node:path');
const { spawnSync } = require('node:child_process');

const [command, ...args] = process.argv.slice(2);
if (!command) {
	process.stderr.write('usage: node scripts/node24.js <command> [args…]\n');
	process.exit(2);
}
const env = { ...process.env };
if (Number(process.versions.node.split('.')[0]) < 24) {
	const { ensureRuntime } = require('./n8n-runtime');
	const runtime = ensureRuntime();
	env.PATH = `${path.dirname(runtime.node)}${path.delimiter}${env.PATH}`;
}
const r = spawnSync(command, args, { stdio: 'inherit', env, shell: process.platform === 'win32' });
if (r.error) throw r.error;
process.exit(r.status ?? 1);
