#!/usr/bin/env node
// The lint rules n8n's package scanner applies (`@n8n/scan-community-package`), run locally: its CLI only scans
// a published package (it checks npm provenance, then downloads the tarball and the attested source), so this
// calls its exported `analyzePackage` on the same two inputs the CLI would lint:
//   1. the source: SOURCE_FILE_PATTERNS (package.json, nodes/ and credentials/ sources) of this checkout;
//   2. the tarball: `npm pack` of the built package, extracted, its compiled `**/*.js` and package.json.
// A canary package with a Cloud-rule violation must fail, so a scanner that checks nothing fails this script.
// Needs `npm run build` first (dist/ is what is packed).
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import {
	analyzePackage,
	SOURCE_FILE_PATTERNS,
} from '@n8n/scan-community-package/scanner/scanner.mjs';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const scannerVersion = JSON.parse(
	fs.readFileSync(path.join(root, 'node_modules/@n8n/scan-community-package/package.json'), 'utf8'),
).version;

function run(cmd, args, cwd) {
	const r = spawnSync(cmd, args, { cwd, encoding: 'utf8' });
	if (r.status !== 0) throw new Error(`${cmd} ${args.join(' ')} failed:\n${r.stdout}\n${r.stderr}`);
	return r.stdout;
}

function report(label, result) {
	const line = result.passed
		? `PASS ${label}${result.message ? ` (${result.message})` : ''}`
		: `FAIL ${label}: ${result.message}`;
	process.stdout.write(`${line}\n`);
	if (!result.passed && result.details) process.stdout.write(`${result.details}\n`);
	return result.passed;
}

if (!fs.existsSync(path.join(root, 'dist', 'index.js'))) {
	process.stderr.write('scan: dist/ is missing; run `npm run build` first\n');
	process.exit(1);
}

const work = fs.mkdtempSync(path.join(os.tmpdir(), 'csi-scan-'));
try {
	const [packed] = JSON.parse(run('npm', ['pack', '--json', '--pack-destination', work], root));
	const extracted = path.join(work, 'package');
	fs.mkdirSync(extracted);
	run(
		'tar',
		['-xzf', path.join(work, packed.filename), '-C', extracted, '--strip-components=1'],
		work,
	);
	const jsFiles = packed.files.filter((f) => f.path.endsWith('.js')).length;

	process.stdout.write(`@n8n/scan-community-package ${scannerVersion} analyzePackage:\n`);
	const source = await analyzePackage(root, SOURCE_FILE_PATTERNS);
	const tarball = await analyzePackage(extracted, ['**/*.js', 'package.json']);

	// Canary: the same scanner must reject a node that uses a global n8n Cloud forbids.
	const canary = path.join(work, 'canary');
	fs.mkdirSync(path.join(canary, 'nodes', 'Canary'), { recursive: true });
	fs.writeFileSync(
		path.join(canary, 'package.json'),
		JSON.stringify({
			name: 'n8n-nodes-canary',
			version: '0.0.0',
			keywords: ['n8n-community-node-package'],
		}),
	);
	fs.writeFileSync(
		path.join(canary, 'nodes', 'Canary', 'Canary.node.js'),
		"'use strict';\nexports.wait = () => new Promise((r) => setTimeout(r, 1));\n",
	);
	const canaryResult = await analyzePackage(canary, ['**/*.js', 'package.json']);

	const ok = [
		report(`source (${SOURCE_FILE_PATTERNS.join(', ')})`, source),
		report(`tarball ${packed.filename} (${packed.files.length} files, ${jsFiles} .js)`, tarball),
	].every(Boolean);
	if (canaryResult.passed || !/no-restricted-globals/.test(canaryResult.details ?? '')) {
		process.stdout.write(
			`FAIL canary: a node calling setTimeout was not rejected for it (${canaryResult.message})\n`,
		);
		process.exitCode = 1;
	} else {
		process.stdout.write('PASS canary with setTimeout rejected as expected\n');
	}
	if (!ok) process.exitCode = 1;
} finally {
	fs.rmSync(work, { recursive: true, force: true });
}
