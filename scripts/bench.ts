// `npm run bench [-- name ...]`: benchmarks of the core and of the nodes inside a real n8n, each node measured
// against the n8n built-in node that does comparable work, in the same run on the same n8n.
// A benchmark is a module in scripts/bench/ that exports `run(): Promise<BenchResult[]>`; the other modules
// there (types.ts, built.ts, …) are helpers and are not run. `npm run bench -- --list` lists the benchmarks.
// The header says when, on which machine and on which Node the run happened; results.json keeps the same.
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import type { BenchResult } from './bench/types';

const ORDER = ['parse', 'aspects', 'aggregate', 'send', 'trigger'];

type BenchModule = { run?: unknown };

/** The benchmarks in scripts/bench/: the modules that export `run()`, in ORDER first. */
async function discover(dir: string): Promise<string[]> {
	const names = fs
		.readdirSync(dir)
		.filter((f) => f.endsWith('.ts') && !f.endsWith('.d.ts') && !f.startsWith('_'))
		.map((f) => f.slice(0, -3))
		.sort((a, b) => (ORDER.indexOf(a) + 1 || 99) - (ORDER.indexOf(b) + 1 || 99));
	const benchmarks: string[] = [];
	for (const name of names) {
		const mod = (await import(path.join(dir, `${name}.ts`))) as BenchModule;
		if (typeof mod.run === 'function') benchmarks.push(name);
	}
	return benchmarks;
}

/** Where and when: printed first and stored with the results, so figures can be quoted with their context. */
function machine(): Record<string, string | number> {
	const cpus = os.cpus();
	return {
		date: new Date().toISOString(),
		host: os.hostname(),
		cpu: `${cpus.length} × ${cpus[0]?.model.trim() ?? 'unknown CPU'}`,
		memory: `${Math.round(os.totalmem() / 2 ** 30)} GiB`,
		os: `${os.type()} ${os.release()} ${os.arch()}`,
		loadAverage: os
			.loadavg()
			.map((l) => l.toFixed(2))
			.join(' '),
		runnerNode: process.versions.node,
	};
}

async function main(): Promise<void> {
	const dir = path.join(__dirname, 'bench');
	const available = await discover(dir);
	if (process.argv.includes('--list')) {
		console.log(available.join('\n'));
		return;
	}
	const wanted = process.argv.slice(2).filter((a) => !a.startsWith('-'));
	const unknown = wanted.filter((w) => !available.includes(w));
	if (unknown.length) {
		console.error(
			`unknown benchmark(s): ${unknown.join(', ')}; available: ${available.join(', ')}`,
		);
		process.exit(2);
	}
	const selected = wanted.length ? wanted : available;
	const where = machine();
	console.log(
		`bench ${selected.join(', ')} — ${where.date}, ${where.host}: ${where.cpu}, ${where.memory}, ${where.os}, ` +
			`load ${where.loadAverage}; runner Node ${where.runnerNode} (each benchmark names the Node it measures on)`,
	);
	const all: Array<BenchResult & { bench: string }> = [];
	for (const name of selected) {
		console.log(`\n=== ${name} ===`);
		const mod = (await import(path.join(dir, `${name}.ts`))) as {
			run: () => Promise<BenchResult[]>;
		};
		const results = await mod.run();
		for (const r of results) {
			console.log(
				`  ${r.name.padEnd(58)} ${formatValue(r.value).padStart(14)} ${r.unit}${r.note ? `  (${r.note})` : ''}`,
			);
			all.push({ ...r, bench: name });
		}
	}
	const out = path.join(__dirname, '..', '.bench-tmp', 'results.json');
	fs.mkdirSync(path.dirname(out), { recursive: true });
	fs.writeFileSync(out, JSON.stringify({ at: where.date, machine: where, results: all }, null, 2));
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
