// The whole survey loop on one machine, used by `npm run demo` and by the browser test:
// a real n8n with this package and the templates active, and the demo SMS gateway (Twilio wire format) with
// its phone-simulator page. Closed "tickets" go to the generic interaction webhook; survey SMS appear on the
// simulated phones; replies typed there reach CSI Reply Trigger as Twilio-signed webhooks; the Data Tables
// fill in and the on-demand report shows the live results.
import * as fs from 'node:fs';
import { startDemoGateway } from '../../sim/phone';
import { startSmtpReceiver, type SmtpReceiver } from '../../sim/receivers';
import { N8n } from './n8n';
import { readTemplate, loadTemplate, type TemplatePatch } from './templates';
import { rows } from './dataTables';
import { switchProvider } from './providerSwitch';
import { createQueueStack, type QueueStack, type QueueStackOptions } from './queueStack';

export const DEMO_ACCOUNT_SID = 'AC00000000000000000000000000demo01';
export const DEMO_AUTH_TOKEN = 'demo-auth-token-0123456789abcdef';
export const DEMO_FROM = '+15005550006';
export const TWILIO_CREDENTIAL = 'Twilio CSI account';
export const PLAYMOBILE_CREDENTIAL = 'Play Mobile CSI account';
/** The demo's Play Mobile login, short number (the CSI service number 5700) and push token. */
export const DEMO_PLAYMOBILE = {
	username: 'csi_demo',
	password: 'demo-playmobile-pass',
	originator: '5700',
	webhookToken: 'demo-playmobile-push-token-0123',
};

/** Demo customers: a phone per main language of the product's users. */
export const DEMO_CUSTOMERS = [
	{ phone: '+79161234567', language: 'ru', operator: 'Анна', ticketId: 'T-1001' },
	{ phone: '+998901234567', language: 'uz', operator: 'Dilshod', ticketId: 'T-1002' },
	{ phone: '+8613812345678', language: 'zh', operator: '王芳', ticketId: 'T-1003' },
	{ phone: '+12025550143', language: 'en', operator: 'Anna', ticketId: 'T-1004' },
];

/** The same customers on Uzbek numbers, for Play Mobile (an Uzbek aggregator) — languages unchanged. */
export const DEMO_CUSTOMERS_UZ: typeof DEMO_CUSTOMERS = DEMO_CUSTOMERS.map((c, i) => ({
	...c,
	phone: ['+998901234501', '+998901234567', '+998935550143', '+998971112233'][i] ?? c.phone,
}));

export type DemoGateway = Awaited<ReturnType<typeof startDemoGateway>>;

export interface DemoStack {
	n8n: N8n;
	/** The queue-mode processes (when started with `queue`). */
	queue?: QueueStack;
	/** Where webhooks are sent: the first webhook processor in queue mode, else the n8n itself. */
	webhookBaseUrl: string;
	gateway: DemoGateway;
	/** CSI Reply Trigger's production URL (what the gateway signs and posts to). */
	replyWebhookUrl: string;
	/** The on-demand HTML report of the weekly-report template. */
	reportUrl: string;
	/** Starts a survey as a CRM would at the end of an interaction. */
	closeInteraction(customer: (typeof DEMO_CUSTOMERS)[number]): Promise<void>;
	/** Mail the report templates sent (a loopback SMTP receiver stands in for the mail server). */
	smtp: SmtpReceiver;
	/** Rows of a Data Table (csi_surveys, csi_events, csi_optouts). */
	table(name: string): Promise<Array<Record<string, unknown>>>;
	stop(): Promise<void>;
}

export interface DemoStackOptions {
	userFolder?: string;
	n8nPort?: number;
	phonePort?: number;
	/** Delay between the interaction and the survey SMS (the template's default is 10 minutes). */
	surveyDelaySeconds?: number;
	/** Replies go to the survey-conversation template (reason, comment prompt) instead of reply → score. */
	conversation?: boolean;
	log?: (message: string) => void;
	/** The SMS provider's wire format: Twilio (default) or Play Mobile (broker API + XML reply push). */
	provider?: 'twilio' | 'playmobile';
	/** Run n8n in queue mode (PostgreSQL, Redis, main + workers + webhook processors). */
	queue?: QueueStackOptions;
}

const TEMPLATES: Array<[file: string, id: string, activate: boolean]> = [
	['csi-setup-data-tables', 'CsiDemoSetup0001', true],
	['csi-survey-from-webhook', 'CsiDemoSurvey001', true],
	['csi-low-score-recovery', 'csiLowScoreRecov', true],
	['csi-reply-to-score', 'CsiDemoReply0001', true],
	['csi-survey-conversation', 'CsiDemoConvers01', true],
	['csi-weekly-report', 'CsiDemoReport001', true],
	['parse-reply-webhook', 'CsiDemoParse0001', true],
];

function webhookPath(file: string, nodeType: string): string {
	const node = readTemplate(file).nodes.find((n) => n.type === nodeType);
	if (!node) throw new Error(`template ${file} has no ${nodeType} node`);
	const p = String(node.parameters.path ?? '');
	return nodeType.endsWith('csiReplyTrigger') ? `${node.webhookId}/csi-reply` : p;
}

export async function startDemoStack(options: DemoStackOptions = {}): Promise<DemoStack> {
	const log = options.log ?? (() => undefined);
	const gateway = await startDemoGateway({
		accountSid: DEMO_ACCOUNT_SID,
		authToken: DEMO_AUTH_TOKEN,
		fromNumber: DEMO_FROM,
		port: options.phonePort ?? 0,
		phones: (options.provider === 'playmobile' ? DEMO_CUSTOMERS_UZ : DEMO_CUSTOMERS).map(
			(c) => c.phone,
		),
		...(options.provider === 'playmobile'
			? { playmobile: { username: DEMO_PLAYMOBILE.username, password: DEMO_PLAYMOBILE.password } }
			: {}),
	});
	const playmobile = options.provider === 'playmobile';
	const smtp = await startSmtpReceiver();
	let n8n: N8n | undefined;
	let queue: QueueStack | undefined;
	try {
		if (options.queue) {
			queue = await createQueueStack({ log, mainPort: options.n8nPort, ...options.queue });
			n8n = queue.main;
		} else {
			if (options.userFolder) fs.rmSync(options.userFolder, { recursive: true, force: true });
			n8n = await N8n.create({ userFolder: options.userFolder, port: options.n8nPort });
		}
		log(
			`importing the ${playmobile ? 'Play Mobile' : 'Twilio'} credential (pointing at the demo gateway) and the templates`,
		);
		await n8n.importCredentials([
			{
				id: 'CsiDemoTwilio001',
				name: TWILIO_CREDENTIAL,
				type: 'twilioCsiApi',
				data: {
					accountSid: DEMO_ACCOUNT_SID,
					authToken: DEMO_AUTH_TOKEN,
					baseUrl: gateway.twilioBaseUrl,
				},
			},
			{
				id: 'CsiDemoPlayMob01',
				name: PLAYMOBILE_CREDENTIAL,
				type: 'playMobileCsiApi',
				data: { ...DEMO_PLAYMOBILE, baseUrl: gateway.playmobileBaseUrl },
			},
			{
				id: 'CsiDemoSmtp00001',
				name: 'CSI SMTP',
				type: 'smtp',
				data: {
					host: '127.0.0.1',
					port: smtp.port,
					secure: false,
					disableStartTls: true,
					user: '',
					password: '',
				},
			},
		]);
		const delayMinutes = (options.surveyDelaySeconds ?? 5) / 60;
		const patches: Record<string, TemplatePatch> = {
			'csi-survey-from-webhook': {
				assignments: {
					// The whole day is the demo's send window: a demo run at 22:00 UTC otherwise defers every survey.
					Settings: {
						sender: playmobile ? DEMO_PLAYMOBILE.originator : DEMO_FROM,
						delayMinutes,
						windowStart: '00:00',
						windowEnd: '23:59',
					},
				},
			},
			...(playmobile
				? {
						'csi-reply-to-score': {
							assignments: { Settings: { replyFrom: DEMO_PLAYMOBILE.originator } },
						},
					}
				: {}),
		};
		for (const [file, id, activate] of TEMPLATES) {
			const loaded = loadTemplate(file, { ...(patches[file] ?? {}), id });
			// Play Mobile: the same templates with Provider = Play Mobile, as a user switches them.
			const wf = playmobile
				? switchProvider(loaded, {
						provider: 'playmobile',
						credentialType: 'playMobileCsiApi',
						credentialName: PLAYMOBILE_CREDENTIAL,
						credentialId: 'CsiDemoPlayMob01',
					})
				: loaded;
			await n8n.importWorkflow(wf as Parameters<N8n['importWorkflow']>[0]);
			if (activate) await n8n.publish(id);
		}
		log('starting n8n');
		if (queue) await queue.start();
		else await n8n.start();
		// In queue mode the webhook processor serves production webhooks (as a load balancer would route them).
		const hooks = queue?.webhooks[0] ?? n8n;
		const replyPath = `/webhook/${webhookPath('csi-reply-to-score', 'n8n-nodes-sms-csi.csiReplyTrigger')}`;
		const conversationPath = `/webhook/${webhookPath('csi-survey-conversation', 'n8n-nodes-sms-csi.csiReplyTrigger')}`;
		const reportPath = `/webhook/${webhookPath('csi-weekly-report', 'n8n-nodes-base.webhook')}`;
		for (const p of [
			'/webhook/csi-setup',
			`/webhook/${webhookPath('csi-survey-from-webhook', 'n8n-nodes-base.webhook')}`,
		]) {
			await hooks.waitForWebhook(p);
		}
		await hooks.waitForWebhook(replyPath);
		await hooks.waitForWebhook(conversationPath);
		await hooks.waitForWebhook(reportPath, 'GET');
		const setup = await hooks.request('/webhook/csi-setup', { method: 'POST' });
		if (!setup.ok)
			throw new Error(`creating the data tables failed: ${setup.status} ${await setup.text()}`);
		const tokenQuery = playmobile ? `?token=${DEMO_PLAYMOBILE.webhookToken}` : '';
		const replyWebhookUrl = `${hooks.baseUrl}${options.conversation ? conversationPath : replyPath}${tokenQuery}`;
		const reportUrl = `${hooks.baseUrl}${reportPath}`;
		gateway.setWebhookUrl(replyWebhookUrl);
		gateway.setStatusWebhookUrl(`${hooks.baseUrl}${replyPath}${tokenQuery}`);
		gateway.setResultsUrl(reportUrl);
		const surveyPath = `/webhook/${webhookPath('csi-survey-from-webhook', 'n8n-nodes-base.webhook')}`;
		const started = n8n;
		const stopN8n = async () => (queue ? await queue.stop() : await started.dispose());
		return {
			n8n: started,
			queue,
			webhookBaseUrl: hooks.baseUrl,
			gateway,
			smtp,
			replyWebhookUrl,
			reportUrl,
			async closeInteraction(customer) {
				const res = await hooks.request(surveyPath, {
					method: 'POST',
					headers: { 'content-type': 'application/json' },
					body: JSON.stringify({ ...customer, channel: 'call' }),
				});
				if (res.status >= 300)
					throw new Error(`interaction webhook answered ${res.status}: ${await res.text()}`);
			},
			table: (name) => rows(started, name) as Promise<Array<Record<string, unknown>>>,
			async stop() {
				await stopN8n();
				await gateway.close();
				await smtp.close();
			},
		};
	} catch (error) {
		if (queue) await queue.stop();
		else await n8n?.dispose();
		await gateway.close();
		await smtp.close();
		throw error;
	}
}
