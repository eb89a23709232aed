// `npm run stack:queue`: n8n's queue mode on this machine, on loopback only — PostgreSQL and Redis from the
// machine's packages (temporary folders, free ports), n8n main + 2 workers + 1 webhook processor with this
// package installed in each, the templates imported and active, and the demo SMS gateway (Twilio wire format).
// Ctrl-C (or a failure) stops everything it started. `CSI_STACK_EXIT_AFTER_START=1` stops right after start-up.
import { startDemoStack } from '../../test/e2e/harness/demoStack';
import { OWNER, packPackage } from '../../test/e2e/harness/n8n';

function intArg(name: string, fallback: number): number {
	const hit = process.argv.find((a) => a.startsWith(`--${name}=`));
	const n = hit ? Number(hit.split('=')[1]) : fallback;
	return Number.isInteger(n) && n >= 0 ? n : fallback;
}

export async function runQueueStack(options: { exitAfterStart?: boolean } = {}): Promise<void> {
	const workers = intArg('workers', 2);
	const webhooks = intArg('webhooks', 1);
	console.log(
		'Preparing the queue-mode stack (the first run installs the pinned n8n into a cache)…',
	);
	packPackage();
	const started = Date.now();
	const stack = await startDemoStack({
		queue: { workers, webhooks },
		surveyDelaySeconds: 3,
		log: (m) => console.log(`  ${m}`),
	});
	let stopping = false;
	const stop = async (code = 0) => {
		if (stopping) return;
		stopping = true;
		console.log('\nStopping n8n (webhook processors, workers, main), Redis, PostgreSQL…');
		await stack.stop();
		process.exit(code);
	};
	process.on('SIGINT', () => void stop());
	process.on('SIGTERM', () => void stop());
	const q = stack.queue!;
	console.log(`
n8n ${stack.n8n.rt.version} in queue mode is running (ready in ${Math.round((Date.now() - started) / 1000)} s):

  main (editor, API):   ${q.main.baseUrl}/     login ${OWNER.email} / ${OWNER.password}
  webhook processor(s): ${q.webhooks.map((w) => w.baseUrl).join(', ')}   ← send /webhook/* here
  workers:              ${q.workers.map((w) => `${w.label} (health ${w.baseUrl}/healthz)`).join(', ')}
  PostgreSQL:           127.0.0.1:${q.pg.port} (user ${q.pg.user}, database ${q.pg.database})
  Redis:                127.0.0.1:${q.redis.port}
  Phones (SMS gateway): ${stack.gateway.url}/
  Reply webhook:        ${stack.replyWebhookUrl}
  Results:              ${stack.reportUrl}

Start a survey the way a CRM would:
  curl -s -X POST ${stack.webhookBaseUrl}/webhook/csi-survey -H 'content-type: application/json' \\
       -d '{"phone":"+79161234567","ticketId":"T-2001","operator":"Анна","language":"ru"}'
Press Ctrl-C to stop everything.`);
	if (options.exitAfterStart || process.env.CSI_STACK_EXIT_AFTER_START) await stop();
}

if (require.main === module) {
	runQueueStack().catch((error: unknown) => {
		console.error(error);
		process.exit(1);
	});
}
