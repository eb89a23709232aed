// `npm run demo`: a real n8n (pinned, Node 24) on loopback with this package installed from its packed
// tarball and the demo workflows imported and active. Prints the editor URL and login; Ctrl-C stops it.
import * as fs from 'node:fs';
import * as path from 'node:path';
import { N8n, OWNER, packPackage, type WorkflowJson } from '../test/e2e/harness/n8n';
import { PKG } from '../test/e2e/harness/workflows';

const ROOT = path.resolve(__dirname, '..');
const PORT = Number(process.env.CSI_DEMO_PORT ?? 5678);

/** The templates in workflows/ that run without credentials, imported and activated by the demo. */
function demoWorkflows(): WorkflowJson[] {
	const dir = path.join(ROOT, 'workflows');
	return [['parse-reply-webhook.json', 'CsiDemoParse0001']].map(([file, id]) => ({
		...(JSON.parse(fs.readFileSync(path.join(dir, file), 'utf8')) as WorkflowJson),
		id,
	}));
}

async function main(): Promise<void> {
	const userFolder = path.join(ROOT, '.demo', 'n8n');
	fs.mkdirSync(userFolder, { recursive: true });
	console.log('Preparing n8n (the first run installs the pinned n8n and Node 24 into a cache, a few minutes)…');
	packPackage();
	const n8n = await N8n.create({ userFolder, port: PORT });
	for (const wf of demoWorkflows()) {
		const id = await n8n.importWorkflow(wf);
		await n8n.publish(id);
	}
	await n8n.start();
	await n8n.waitForWebhook('/webhook/csi-parse-reply');
	const stop = async () => {
		console.log('\nStopping n8n…');
		await n8n.stop();
		process.exit(0);
	};
	process.on('SIGINT', () => void stop());
	process.on('SIGTERM', () => void stop());
	console.log(`
n8n ${n8n.rt.version} is running with ${PKG} installed.

  Editor:   ${n8n.baseUrl}/
  Login:    ${OWNER.email} / ${OWNER.password}

Try the reply parser:
  curl -s -X POST ${n8n.baseUrl}/webhook/csi-parse-reply -H 'content-type: application/json' \\
       -d '{"text":"4. Оператор был вежлив, но долго ждать"}'

Press Ctrl-C to stop.`);
	if (process.env.CSI_DEMO_EXIT_AFTER_START) await stop();
}

main().catch((error: unknown) => {
	console.error(error);
	process.exit(1);
});
