// `npm run bench -- queue`: replies per second end to end — a genuinely Twilio-signed reply posted to the webhook
// until its survey row is scored in the Data Table — on n8n's queue mode (PostgreSQL, Redis, 1 webhook processor,
// 1 and then 2 workers) against a single n8n process (regular mode, its default SQLite) on the same machine, with
// the same templates, the same N pending surveys and the same number of requests in flight.
// The rate is N / (time from the first request to the last scored row). The machine's CPU count is printed:
// on 2 cores every process (main, workers, webhook processor, their task runners, PostgreSQL, Redis) competes for
// the same two CPUs, so extra workers add parallel waiting on the database, not CPU.
import * as os from 'node:os';
import { N8n } from '../../test/e2e/harness/n8n';
import { rows } from '../../test/e2e/harness/dataTables';
import {
	importReplyTemplates,
	pool,
	postReply,
	seedSurveys,
	setupTables,
	startReplyStack,
	until,
} from '../../test/e2e/queue/replyStack';
import type { BenchResult } from './types';

const N = Number(process.env.CSI_BENCH_QUEUE_REPLIES ?? 300);
const IN_FLIGHT = Number(process.env.CSI_BENCH_QUEUE_IN_FLIGHT ?? 8);

async function measure(
	target: N8n,
	main: N8n,
): Promise<{ rate: number; answerRate: number; scored: number }> {
	await seedSurveys(main, N);
	const deadline = Date.now() + 20 * 60_000;
	const t0 = Date.now();
	await pool(N, IN_FLIGHT, async (i) => {
		await postReply(target, i, deadline);
	});
	const answeredAt = Date.now();
	let scored = 0;
	await until(
		async () => {
			scored = (await rows(main, 'csi_surveys')).filter((r) => r.status === 'answered').length;
			return scored >= N;
		},
		15 * 60_000,
		1000,
	);
	const seconds = (Date.now() - t0) / 1000;
	return { rate: scored / seconds, answerRate: N / ((answeredAt - t0) / 1000), scored };
}

export async function run(): Promise<BenchResult[]> {
	const cpus = os.cpus().length;
	console.log(`  ${cpus} CPU(s); ${N} replies, ${IN_FLIGHT} in flight per configuration`);
	const out: BenchResult[] = [];
	const note = (r: { answerRate: number; scored: number }) =>
		`${r.scored}/${N} scored; answers ${r.answerRate.toFixed(1)}/s; ${cpus} CPUs`;

	const single = await N8n.create({ env: { N8N_CONCURRENCY_PRODUCTION_LIMIT: '-1' } });
	try {
		await importReplyTemplates(single, { stuckAfterMinutes: 5 });
		await single.start();
		await setupTables(single);
		const r = await measure(single, single);
		out.push({
			name: 'single n8n: replies scored/s',
			value: r.rate,
			unit: 'replies/s',
			note: note(r),
		});
	} finally {
		await single.dispose();
	}
	for (const workers of [1, 2]) {
		const s = await startReplyStack({ workers, webhooks: 1, stuckAfterMinutes: 5 });
		try {
			const r = await measure(s.targets[0], s.q.main);
			out.push({
				name: `queue mode, ${workers} worker(s): replies scored/s`,
				value: r.rate,
				unit: 'replies/s',
				note: note(r),
			});
		} finally {
			await s.stop();
		}
	}
	const base = out[0].value;
	for (const r of out.slice(1))
		out.push({ name: `${r.name.split(':')[0]} vs single n8n`, value: r.value / base, unit: '×' });
	return out;
}
