// `npm run bench [-- name ...]`: benchmarks of the core and of the nodes inside a real n8n, each node measured
// against the n8n built-in node that does comparable work, in the same run on the same n8n.
// Benchmarks live in scripts/bench/<name>.ts and export `run(): Promise<BenchResult[]>`.
import * as fs from 'node:fs';
import * as path from 'node:path';
import type { BenchResult } from './bench/types';

const ORDER = ['parse', 'aggregate', 'send', 'trigger'];

async function main(): Promise<void> {
	const dir = path.join(__dirname, 'bench');
	const available = fs
		.readdirSync(dir)
		.filter((f) => f.endsWith('.ts') && f !== 'types.ts' && !f.startsWith('_'))
		.map((f) => f.slice(0, -3))
		.sort((a, b) => (ORDER.indexOf(a) + 1 || 99) - (ORDER.indexOf(b) + 1 || 99));
	const wanted = process.argv.slice(2).filter((a) => !a.startsWith('-'));
	const unknown = wanted.filter((w) => !available.includes(w));
	if (unknown.length) {
		console.error(`unknown benchmark(s): ${unknown.join(', ')}; available: ${available.join(', ')}`);
		process.exit(2);
	}
	const selected = wanted.length ? wanted : available;
	const all: Array<BenchResult & { bench: string }> = [];
	for (const name of selected) {
		console.log(`\n=== ${name} ===`);
		const mod = (await import(path.join(dir, `${name}.ts`))) as { run: () => Promise<BenchResult[]> };
		const results = await mod.run();
		for (const r of results) {
			console.log(`  ${r.name.padEnd(58)} ${formatValue(r.value).padStart(14)} ${r.unit}${r.note ? `  (${r.note})` : ''}`);
			all.push({ ...r, bench: name });
		}
	}
	const out = path.join(__dirname, '..', '.bench-tmp', 'results.json');
	fs.mkdirSync(path.dirname(out), { recursive: true });
	fs.writeFileSync(out, JSON.stringify({ at: new Date().toISOString(), results: all }, null, 2));
	console.log(`\nresults written to ${path.relative(process.cwd(), out)}`);
}

function formatValue(v: number): string {
	if (!Number.isFinite(v)) return String(v);
	if (Math.abs(v) >= 1000) return Math.round(v).toLocaleString('en-US');
	return v.toFixed(Math.abs(v) >= 10 ? 1 : 3);
}

main().catch((error: unknown) => {
	console.error(error);
	process.exit(1);
});
