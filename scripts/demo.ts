// `npm run demo`: the whole SMS survey loop on this machine, on loopback only.
// A real n8n (pinned, Node 24) with this package installed from its packed tarball and the templates active,
// a simulated SMS provider (Twilio wire format) and a phone-simulator page. Ctrl-C stops everything.
import * as path from 'node:path';
import { DEMO_CUSTOMERS, DEMO_CUSTOMERS_UZ, startDemoStack } from '../test/e2e/harness/demoStack';
import { OWNER, packPackage } from '../test/e2e/harness/n8n';

const ROOT = path.resolve(__dirname, '..');
const N8N_PORT = Number(process.env.CSI_DEMO_PORT ?? 5678);
const PHONE_PORT = Number(process.env.CSI_DEMO_PHONE_PORT ?? 5690);
// `npm run demo -- --provider playmobile`: Play Mobile's wire format (broker API, XML reply push) instead of Twilio's.
const providerArg = process.argv.indexOf('--provider');
const PROVIDER = (providerArg >= 0 ? process.argv[providerArg + 1] : 'twilio') as
	| 'twilio'
	| 'playmobile';
if (PROVIDER !== 'twilio' && PROVIDER !== 'playmobile') {
	console.error(`--provider must be twilio or playmobile, got ${String(PROVIDER)}`);
	process.exit(2);
}

async function main(): Promise<void> {
	if (process.argv.includes('--queue')) {
		// The same loop on n8n's queue mode (PostgreSQL, Redis, main + workers + webhook processor).
		const { runQueueStack } = await import('./stack/queue');
		return await runQueueStack();
	}
	console.log(
		'Preparing: the first run installs the pinned n8n and Node 24 into a cache (a few minutes)…',
	);
	packPackage();
	const stack = await startDemoStack({
		userFolder: path.join(ROOT, '.demo', 'n8n'),
		n8nPort: N8N_PORT,
		phonePort: PHONE_PORT,
		surveyDelaySeconds: 3,
		// replies run the survey conversation (reason after a low score, comment prompt); --single: one question
		conversation: !process.argv.includes('--single'),
		log: (m) => console.log(`  ${m}`),
		provider: PROVIDER,
	});
	let stopping = false;
	const stop = async () => {
		if (stopping) return;
		stopping = true;
		console.log('\nStopping n8n and the phone simulator…');
		await stack.stop();
		process.exit(0);
	};
	process.on('SIGINT', () => void stop());
	process.on('SIGTERM', () => void stop());

	const customers = PROVIDER === 'playmobile' ? DEMO_CUSTOMERS_UZ : DEMO_CUSTOMERS;
	for (const customer of customers) await stack.closeInteraction(customer);
	const { n8n, gateway } = stack;
	console.log(`
The SMS survey loop is running (n8n ${n8n.rt.version}, package n8n-nodes-sms-csi, ${PROVIDER === 'playmobile' ? 'Play Mobile wire format: broker API + XML reply push, short number 5700' : 'Twilio wire format'}).

  Phones:   ${gateway.url}/          ← survey SMS arrive here in a few seconds; type a reply
  n8n:      ${n8n.baseUrl}/          login ${OWNER.email} / ${OWNER.password}
  Results:  ${stack.reportUrl}

${customers.length} interactions were just closed (${customers.map((c) => c.language).join(', ')}).
Start another survey the way a CRM or call centre would:
  curl -s -X POST ${n8n.baseUrl}/webhook/csi-survey -H 'content-type: application/json' \\
       -d '{"phone":"${PROVIDER === 'playmobile' ? '+998935550199' : '+79161234567'}","ticketId":"T-2001","operator":"Анна","language":"ru"}'

Replies such as "4, долго ждал", "给3分吧", "STOP" are parsed, linked to their survey and stored in the
Data Tables csi_surveys, csi_events and csi_optouts (see them in n8n under Overview → Data tables).
A low score gets the list of reasons, a bare score the comment prompt (--single: one question only).
Press Ctrl-C to stop.`);
	if (process.env.CSI_DEMO_EXIT_AFTER_START) await stop();
}

main().catch((error: unknown) => {
	console.error(error);
	process.exit(1);
});
