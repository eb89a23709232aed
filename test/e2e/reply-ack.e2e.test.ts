// "CSI: SMS reply → score" answers the provider only once the reply is in csi_inbox (the trigger's "Answer the
// Provider" = after the reply is recorded, and the template's Acknowledge Provider node). Real n8n, genuinely
// Twilio-signed requests: while the inbox cannot be written (its Data Table does not exist yet) the provider
// gets an error answer, never 2xx; once it can, the same redelivered reply is answered with TwiML, its inbox
// row already exists at that moment, and it is scored once.
import { N8n, delay } from './harness/n8n';
import { insertRows, rows } from './harness/dataTables';
import { twilioInbound } from '../sim/webhooks/twilio';
import {
	ACCOUNT_SID,
	AUTH_TOKEN,
	BUSINESS_NUMBER,
	REPLY_WF_ID,
	importReplyTemplates,
	phoneOf,
	replyPath,
	setupTables,
	sidOf,
} from './queue/replyStack';

describe('CSI: SMS reply → score acknowledges a reply only once it is recorded (real n8n)', () => {
	let n8n: N8n;

	beforeAll(async () => {
		n8n = await N8n.create();
		await importReplyTemplates(n8n);
		await n8n.start();
		await n8n.waitForWebhook(replyPath(), 'POST', 120_000);
	}, 300_000);

	afterAll(async () => {
		await n8n?.dispose();
	});

	// the template's Every Minute sweeper also runs this workflow: count the webhook executions only
	const webhookRuns = async (count: number) => {
		const deadline = Date.now() + 60_000;
		for (;;) {
			const runs = (await n8n.executions(REPLY_WF_ID)).filter(
				(e) => e.mode === 'webhook' && ['error', 'success', 'crashed'].includes(e.status),
			);
			if (runs.length >= count || Date.now() > deadline) return runs.map((e) => e.status).sort();
			await delay(300);
		}
	};

	const post = async (i: number, text: string) => {
		const req = twilioInbound({
			url: `${n8n.baseUrl}${replyPath()}`,
			authToken: AUTH_TOKEN,
			accountSid: ACCOUNT_SID,
			from: phoneOf(i),
			to: BUSINESS_NUMBER,
			body: text,
			messageSid: sidOf(i),
		});
		const res = await fetch(req.url, { method: 'POST', headers: req.headers, body: req.body });
		return {
			status: res.status,
			type: res.headers.get('content-type') ?? '',
			body: await res.text(),
		};
	};

	test('inbox not writable → error answer and nothing scored; then the redelivery → TwiML, recorded first, scored once', async () => {
		// no Data Tables yet: Record in Inbox fails, so the provider must not hear success
		const refused = await post(7, '4 вежливо, но долго');
		expect(refused.status).toBeGreaterThanOrEqual(500);
		expect(await webhookRuns(1)).toEqual(['error']);

		await setupTables(n8n);
		const now = Date.now();
		await insertRows(n8n, 'csi_surveys', [
			{
				surveyId: 'ACK-7',
				phone: phoneOf(7),
				ticketId: 'T-7',
				operator: 'Op',
				source: 'ack-test',
				language: 'ru',
				scaleMin: 1,
				scaleMax: 5,
				provider: 'twilio',
				messageId: 'SMsurveyAck7',
				sentAt: new Date(now - 60_000).toISOString(),
				expiresAt: new Date(now + 3_600_000).toISOString(),
				attempts: 0,
				status: 'pending',
			},
		]);

		// the provider retries the same message (same MessageSid)
		const accepted = await post(7, '4 вежливо, но долго');
		const inboxAtAnswer = (await rows(n8n, 'csi_inbox')).filter((r) => r.messageId === sidOf(7));
		expect({ status: accepted.status, type: accepted.type.split(';')[0] }).toEqual({
			status: 200,
			type: 'text/xml',
		});
		expect(accepted.body).toMatch(/<Response\s*\/>|<Response>\s*<\/Response>/);
		expect(inboxAtAnswer).toHaveLength(1);

		expect(await webhookRuns(2)).toEqual(['error', 'success']);
		const survey = (await rows(n8n, 'csi_surveys')).find((r) => r.surveyId === 'ACK-7');
		expect(survey).toMatchObject({ status: 'answered', score: 4, attempts: 1 });
		const events = (await rows(n8n, 'csi_events')).filter((e) => e.messageId === sidOf(7));
		expect(events.map((e) => e.kind)).toEqual(['reply']);
		const inbox = (await rows(n8n, 'csi_inbox')).filter((r) => r.messageId === sidOf(7));
		expect(inbox.map((r) => r.status)).toEqual(['done']);
	}, 300_000);
});
