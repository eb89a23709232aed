#!/usr/bin/env node
// Second lint pass: the package's architecture, which n8n's strict-mode ESLint config cannot carry
// (`n8n-node lint` refuses any eslint.config.mjs but n8n's own text). Run by `npm test` and CI.
//
// - The pure core (nodes/core/) imports neither `n8n-workflow` nor anything outside nodes/core/
//   (the nodes, nodes/shared/, the credentials, the package root).
// - Everything else (nodes/<Node>/, nodes/shared/, credentials/, index.ts) reaches the core only through an
//   area's index: `nodes/core/<area>` (= nodes/core/<area>/index.ts), never a file inside an area.
//
// It is ESLint (its core `no-restricted-imports` plus one local rule), so findings print like lint findings.
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { ESLint } from 'eslint';
import tseslint from 'typescript-eslint';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const coreDir = path.join(root, 'nodes', 'core');

const inside = (dir, file) => {
	const rel = path.relative(dir, file);
	return rel === '' || (!rel.startsWith('..') && !path.isAbsolute(rel));
};

/** @type {import('eslint').Rule.RuleModule} */
const coreBoundary = {
	meta: {
		type: 'problem',
		docs: { description: 'Pure core stays pure; the rest reaches it only through area indexes' },
		schema: [],
	},
	create(context) {
		const file = context.filename;
		const fromCore = inside(coreDir, file);
		const check = (node) => {
			const source = node.source?.value;
			if (typeof source !== 'string' || !source.startsWith('.')) return;
			const target = path.resolve(path.dirname(file), source);
			if (fromCore) {
				if (!inside(coreDir, target)) {
					context.report({
						node: node.source,
						message: `nodes/core is the pure core: '${source}' leaves it (${path.relative(root, target)}). Move the shared piece into the core instead.`,
					});
				}
				return;
			}
			if (!inside(coreDir, target)) return;
			const parts = path.relative(coreDir, target).split(path.sep);
			const isAreaIndex =
				(parts.length === 1 && fs.existsSync(path.join(target, 'index.ts'))) ||
				(parts.length === 2 && parts[1] === 'index');
			if (!isAreaIndex) {
				context.report({
					node: node.source,
					message: `Reach the core through an area's index ('nodes/core/${parts[0]}'), not '${source}'. Export what you need from nodes/core/${parts[0]}/index.ts.`,
				});
			}
		};
		return {
			ImportDeclaration: check,
			ExportNamedDeclaration: check,
			ExportAllDeclaration: check,
			ImportExpression: check,
		};
	},
};

const eslint = new ESLint({
	cwd: root,
	overrideConfigFile: true,
	overrideConfig: [
		{
			files: ['nodes/**/*.ts', 'credentials/**/*.ts', 'index.ts'],
			languageOptions: { parser: tseslint.parser },
			plugins: { architecture: { rules: { 'core-boundary': coreBoundary } } },
			rules: { 'architecture/core-boundary': 'error' },
		},
		{
			files: ['nodes/core/**/*.ts'],
			rules: {
				'no-restricted-imports': [
					'error',
					{
						paths: [
							{
								name: 'n8n-workflow',
								message: 'nodes/core is the pure core: no n8n import (the nodes adapt it to n8n).',
							},
						],
						patterns: [
							{
								group: ['n8n-workflow/*'],
								message: 'nodes/core is the pure core: no n8n import.',
							},
						],
					},
				],
			},
		},
	],
});

const results = await eslint.lintFiles(['nodes/**/*.ts', 'credentials/**/*.ts', 'index.ts']);
const formatter = await eslint.loadFormatter('stylish');
const text = await formatter.format(results);
const problems = results.reduce((n, r) => n + r.errorCount + r.warningCount, 0);
if (problems > 0) {
	process.stdout.write(text);
	process.exitCode = 1;
} else {
	process.stdout.write(
		`architecture lint: ${results.length} files, pure core and area-index boundaries hold\n`,
	);
}
