// Send CSI Survey and its 8 credentials inside a real n8n (pinned 2.41.1), against the loopback SMS simulator.
// The simulator's log proves the exact requests (fields, auth), retries without duplicates, and that dry runs,
// deferred and skipped items send nothing.
import { chooseVariant, surveyId as deriveSurveyId } from '../../nodes/core/sms';
import { startSmsSimulator, type RecordedRequest, type SmsSimulator } from '../sim/server';
import { basicCredentials } from '../sim/util';
import { N8n, type ExecutionRun } from './harness/n8n';
import { PKG, itemsSource, workflow, type NodeJson } from './harness/workflows';

const PROVIDERS = [
	'twilio',
	'vonage',
	'plivo',
	'telnyx',
	'infobip',
	'messagebird',
	'sinch',
	'generic',
] as const;
type P = (typeof PROVIDERS)[number];
const CRED_TYPE: Record<P, string> = {
	twilio: 'twilioCsiApi',
	vonage: 'vonageCsiApi',
	plivo: 'plivoCsiApi',
	telnyx: 'telnyxCsiApi',
	infobip: 'infobipCsiApi',
	messagebird: 'messageBirdCsiApi',
	sinch: 'sinchCsiApi',
	generic: 'genericSmsCsiApi',
};
/** The credential field that holds the secret (for the bad-secret Test). */
const SECRET_FIELD: Record<P, string> = {
	twilio: 'authToken',
	vonage: 'apiSecret',
	plivo: 'authToken',
	telnyx: 'apiKey',
	infobip: 'apiKey',
	messagebird: 'apiKey',
	sinch: 'apiToken',
	generic: 'password',
};

function credentialData(sim: SmsSimulator, p: P): Record<string, unknown> {
	const c = sim.credentials;
	const baseUrl = sim.baseUrl(p);
	switch (p) {
		case 'twilio':
			return { accountSid: c.twilio.accountSid, authToken: c.twilio.authToken, baseUrl };
		case 'vonage':
			return {
				apiKey: c.vonage.apiKey,
				apiSecret: c.vonage.apiSecret,
				signatureMethod: 'sha256',
				baseUrl,
			};
		case 'plivo':
			return { authId: c.plivo.authId, authToken: c.plivo.authToken, baseUrl };
		case 'telnyx':
			return { apiKey: c.telnyx.apiKey, messagingProfileId: c.telnyx.messagingProfileId, baseUrl };
		case 'infobip':
			return { apiKey: c.infobip.apiKey, baseUrl };
		case 'messagebird':
			return { apiKey: c.messagebird.apiKey, baseUrl };
		case 'sinch':
			return {
				servicePlanId: c.sinch.servicePlanId,
				apiToken: c.sinch.apiToken,
				region: 'eu',
				baseUrl,
			};
		case 'generic':
			return {
				baseUrl,
				authType: 'basic',
				username: c.generic.username,
				password: c.generic.password,
				testUrl: '/broker-api/',
			};
	}
}

const credId = (p: P) => `cred${p.replace(/[^a-z]/g, '')}0000000000`.slice(0, 16);
const credRef = (p: P) => ({ [CRED_TYPE[p]]: { id: credId(p), name: `${p} sim` } });

const PLAY_MOBILE_TEMPLATE = JSON.stringify({
	messages: [
		{
			recipient: '{{toDigits}}',
			'message-id': '{{reference}}',
			sms: { originator: '{{from}}', content: { text: '{{text}}' } },
		},
	],
});

function sendNode(
	name: string,
	provider: P,
	parameters: Record<string, unknown>,
	extra: Partial<NodeJson> = {},
): NodeJson {
	const base: Record<string, unknown> = {
		provider,
		phone: '={{ $json.phone }}',
		from: provider === 'generic' ? '3700' : '+15017122661',
	};
	if (provider === 'generic') {
		Object.assign(base, {
			genericMethod: 'POST',
			genericPath: '/broker-api/send',
			genericBodyType: 'json',
			genericBodyTemplate: PLAY_MOBILE_TEMPLATE,
		});
	}
	return {
		name,
		type: `${PKG}.sendCsiSurvey`,
		typeVersion: 1,
		parameters: { ...base, ...parameters },
		credentials: credRef(provider),
		...extra,
	};
}

type Json = Record<string, unknown>;

function runOf(run: ExecutionRun | undefined, node: string) {
	const runs = run?.data.resultData.runData[node];
	if (!runs || runs.length === 0)
		throw new Error(
			`node "${node}" did not run: ${JSON.stringify(run?.data.resultData.error ?? null)}`,
		);
	return runs[runs.length - 1];
}
function outputOf(run: ExecutionRun | undefined, node: string, output: number): Json[] {
	const last = runOf(run, node);
	if (last.error) throw new Error(`node "${node}" failed: ${last.error.message}`);
	return (last.data?.main?.[output] ?? []).map((i) => i.json);
}
const survey = (item: Json) => item.survey as Json;
const sends = (sim: SmsSimulator, p: P) => sim.requests(p, 'send');
const byRecipientDigits = (list: RecordedRequest[], phone: string) =>
	list.filter((r) => String(r.recipient ?? '').replace(/\D/g, '') === phone.replace(/\D/g, ''));

describe('Send CSI Survey in real n8n', () => {
	let n8n: N8n;
	let sim: SmsSimulator;

	beforeAll(async () => {
		sim = await startSmsSimulator({ rejectDuplicateIds: true });
		n8n = await N8n.create({ env: { NO_PROXY: '127.0.0.1,localhost' } });
		await n8n.importCredentials(
			PROVIDERS.map((p) => ({
				id: credId(p),
				name: `${p} sim`,
				type: CRED_TYPE[p],
				data: credentialData(sim, p),
			})),
		);
	});

	afterAll(async () => {
		await n8n?.dispose();
		await sim?.close();
	});

	beforeEach(() => sim.reset());

	test('one workflow sends a survey through every provider: exact fields and auth in the simulator log', async () => {
		const people = [
			{
				phone: '+998 90 123-45-67',
				lang: 'ru',
				ticketId: 'T-100',
				operatorId: 'op-7',
				name: 'Dilnoza',
			},
			{
				phone: '+1 (415) 555-0142',
				lang: 'en',
				ticketId: 'T-101',
				operatorId: 'op-9',
				name: 'Ann',
			},
		];
		const src = itemsSource(people, 'Customers');
		const common = {
			language: '={{ $json.lang }}',
			scale: '1-5',
			options: { contextFields: 'ticketId, operatorId' },
		};
		const nodes: NodeJson[] = PROVIDERS.map((p) => {
			if (p === 'twilio')
				return sendNode(`Send ${p}`, p, {
					...common,
					statusCallbackUrl: 'https://hooks.example/csi',
					optOutFooter: true,
				});
			if (p === 'telnyx') {
				return sendNode(`Send ${p}`, p, {
					...common,
					messageSource: 'variants',
					variants: {
						variant: [
							{ name: 'short', text: 'Rate us {{min}}-{{max}}', weight: 1 },
							{ name: 'long', text: 'Please rate our service from {{min}} to {{max}}', weight: 1 },
						],
					},
					options: { contextFields: 'ticketId, operatorId', variantSalt: 'spring' },
				});
			}
			if (p === 'plivo')
				return sendNode(`Send ${p}`, p, {
					...common,
					messageSource: 'custom',
					text: '=Hi {{ $json.name }}, how was ticket {{ $json.ticketId }}? Reply 1-5.',
				});
			return sendNode(`Send ${p}`, p, common);
		});
		const wf = workflow(
			'send-every-provider',
			[...src.nodes, ...nodes],
			[...src.edges, ...nodes.map((n) => [src.last, n.name] as [string, string])],
		);
		const id = await n8n.importWorkflow(wf);
		const { code, run, stderr } = await n8n.execute(id);
		expect({ code, stderr: code === 0 ? '' : stderr }).toEqual({ code: 0, stderr: '' });

		const e164 = ['+998901234567', '+14155550142'];
		for (const p of PROVIDERS) {
			const sent = outputOf(run, `Send ${p}`, 0);
			expect(sent).toHaveLength(2);
			expect(outputOf(run, `Send ${p}`, 1)).toHaveLength(0);
			expect(outputOf(run, `Send ${p}`, 2)).toHaveLength(0);
			sent.forEach((item, k) => {
				const s = survey(item);
				expect(s).toMatchObject({
					provider: p,
					to: e164[k],
					attempts: 1,
					dryRun: false,
					scale: { min: 1, max: 5 },
					context: { ticketId: people[k].ticketId, operatorId: people[k].operatorId },
				});
				expect(typeof s.messageId).toBe('string');
				expect((s.messageId as string).length).toBeGreaterThan(0);
				expect(typeof s.surveyId).toBe('string');
				expect(Number.isNaN(Date.parse(String(s.sentAt)))).toBe(false);
				expect(item.ticketId).toBe(people[k].ticketId); // input passes through
			});
			// exactly one request per recipient, each answered with success
			const log = sends(sim, p);
			expect(log).toHaveLength(2);
			expect(
				log.every((r) => (r.responseStatus ?? 0) >= 200 && (r.responseStatus ?? 0) < 300),
			).toBe(true);
		}

		const c = sim.credentials;
		// Twilio: form fields, Basic auth, status callback, Russian built-in text + footer in UCS-2
		const tw = sends(sim, 'twilio');
		const twRu = byRecipientDigits(tw, e164[0])[0];
		expect(twRu.path).toBe(`/2010-04-01/Accounts/${c.twilio.accountSid}/Messages.json`);
		expect(twRu.contentType).toBe('form');
		expect(basicCredentials(twRu.headers.authorization)).toEqual({
			user: c.twilio.accountSid,
			password: c.twilio.authToken,
		});
		const twilioRuSurvey = survey(outputOf(run, 'Send twilio', 0)[0]);
		expect(twRu.body).toEqual({
			To: '+998901234567',
			From: '+15017122661',
			Body: twilioRuSurvey.text,
			StatusCallback: 'https://hooks.example/csi',
		});
		expect(twilioRuSurvey.text).toBe(
			'Оцените наше обслуживание: ответьте цифрой от 1 (очень плохо) до 5 (отлично). Можно добавить комментарий.\nСТОП — отписаться',
		);
		expect(twilioRuSurvey).toMatchObject({
			language: 'ru',
			encoding: 'UCS-2',
			segments: 2,
			characters: 123,
		});
		const twilioEn = survey(outputOf(run, 'Send twilio', 0)[1]);
		expect(twilioEn).toMatchObject({ language: 'en', encoding: 'GSM-7', segments: 1 });
		expect(twilioEn.text).toBe(
			'How would you rate our service? Reply with a number from 1 (very bad) to 5 (excellent). You can add a comment.\nReply STOP to opt out',
		);

		// Vonage: credentials in the form body, digits-only numbers, unicode flag for Cyrillic, client-ref = survey id
		const vo = byRecipientDigits(sends(sim, 'vonage'), e164[0])[0];
		const voSurvey = survey(outputOf(run, 'Send vonage', 0)[0]);
		expect(vo.body).toMatchObject({
			api_key: c.vonage.apiKey,
			api_secret: c.vonage.apiSecret,
			to: '998901234567',
			from: '15017122661',
			type: 'unicode',
			'client-ref': voSurvey.surveyId,
		});
		expect(vo.query).toEqual({});

		// Plivo: JSON, Basic auth, custom text from an n8n expression
		const pl = byRecipientDigits(sends(sim, 'plivo'), e164[1])[0];
		expect(basicCredentials(pl.headers.authorization)).toEqual({
			user: c.plivo.authId,
			password: c.plivo.authToken,
		});
		expect(pl.body).toEqual({
			src: '15017122661',
			dst: '14155550142',
			text: 'Hi Ann, how was ticket T-101? Reply 1-5.',
			type: 'sms',
		});

		// Telnyx: Bearer, profile from the credential, deterministic A/B variant
		const tx = byRecipientDigits(sends(sim, 'telnyx'), e164[0])[0];
		expect(tx.headers.authorization).toBe(`Bearer ${c.telnyx.apiKey}`);
		expect(tx.body).toMatchObject({
			from: '+15017122661',
			to: '+998901234567',
			messaging_profile_id: c.telnyx.messagingProfileId,
		});
		const variants = [
			{ name: 'short', weight: 1 },
			{ name: 'long', weight: 1 },
		];
		outputOf(run, 'Send telnyx', 0).forEach((item, k) => {
			const expected = chooseVariant(e164[k], variants, 'spring').name;
			expect(survey(item).variant).toBe(expected);
			expect(survey(item).text).toBe(
				expected === 'short' ? 'Rate us 1-5' : 'Please rate our service from 1 to 5',
			);
		});

		// Infobip: App key, digits, our survey id as the client message id (its idempotency key)
		const ib = byRecipientDigits(sends(sim, 'infobip'), e164[1])[0];
		const ibSurvey = survey(outputOf(run, 'Send infobip', 0)[1]);
		expect(ib.headers.authorization).toBe(`App ${c.infobip.apiKey}`);
		const ibMsg = (ib.body as { messages: Json[] }).messages[0];
		expect(ibMsg.destinations).toEqual([{ to: '14155550142', messageId: ibSurvey.surveyId }]);
		expect(ibMsg.sender).toBe('15017122661');
		expect(ibMsg.content).toEqual({ text: ibSurvey.text });
		expect(ibSurvey.messageId).toBe(ibSurvey.surveyId);

		// MessageBird: AccessKey, datacoding from our encoding, reference
		const mb = byRecipientDigits(sends(sim, 'messagebird'), e164[0])[0];
		expect(mb.headers.authorization).toBe(`AccessKey ${c.messagebird.apiKey}`);
		expect(mb.body).toMatchObject({
			originator: '15017122661',
			recipients: ['998901234567'],
			datacoding: 'unicode',
			reference: survey(outputOf(run, 'Send messagebird', 0)[0]).surveyId,
		});

		// Sinch: Bearer, service plan in the path, client_reference
		const si = byRecipientDigits(sends(sim, 'sinch'), e164[1])[0];
		expect(si.path).toBe(`/xms/v1/${c.sinch.servicePlanId}/batches`);
		expect(si.headers.authorization).toBe(`Bearer ${c.sinch.apiToken}`);
		expect(si.body).toMatchObject({
			from: '+15017122661',
			to: ['+14155550142'],
			client_reference: survey(outputOf(run, 'Send sinch', 0)[1]).surveyId,
		});

		// Generic (Play Mobile shape): Basic auth from the credential, the node's body template
		const ge = byRecipientDigits(sends(sim, 'generic'), e164[0])[0];
		const geSurvey = survey(outputOf(run, 'Send generic', 0)[0]);
		expect(basicCredentials(ge.headers.authorization)).toEqual({
			user: c.generic.username,
			password: c.generic.password,
		});
		expect(ge.body).toEqual({
			messages: [
				{
					recipient: '998901234567',
					'message-id': geSurvey.surveyId,
					sms: { originator: '3700', content: { text: geSurvey.text } },
				},
			],
		});
		expect(geSurvey.messageId).toBe(geSurvey.surveyId);

		// The generated survey id is the same for a recipient across providers of one run (derived from the run + recipient)
		const executionKeyIds = new Set(
			PROVIDERS.map((p) => survey(outputOf(run, `Send ${p}`, 0)[0]).surveyId),
		);
		expect(executionKeyIds.size).toBe(PROVIDERS.length); // different node names → different ids
		expect(deriveSurveyId('x', '+1')).not.toBe(deriveSurveyId('x', '+2'));
	});

	test('faults: 429 then success and 500 then success are sent exactly once; timeout, 21610 and a bad number are per-item errors', async () => {
		const items = [
			{ phone: '+14155550101', surveyId: 's-rate' }, // 429 (Retry-After 1) then 201
			{ phone: '+14155550102', surveyId: 's-500' }, // 500 then 201
			{ phone: '+14155550103', surveyId: 's-hang' }, // no answer → timeout
			{ phone: '+14155550104', surveyId: 's-stop' }, // 21610 unsubscribed
			{ phone: '12ab', surveyId: 's-bad' }, // invalid number: never sent
			{ phone: '+1 415 555 0102', surveyId: 's-500' }, // same recipient + survey id as item 1 → skipped
			{ phone: '+14155550105', surveyId: 's-ok' },
		];
		sim.inject('twilio', { status: 429, to: '+14155550101', retryAfter: 1 });
		sim.inject('twilio', { status: 500, to: '+14155550102' });
		sim.inject('twilio', { hang: true, to: '+14155550103' });
		sim.inject('twilio', { code: '21610', to: '+14155550104' });
		const src = itemsSource(items, 'Customers');
		const node = sendNode(
			'Send',
			'twilio',
			{
				surveyId: '={{ $json.surveyId }}',
				options: { maxRetries: 3, retryBaseDelay: 50, timeout: 1500, concurrency: 3 },
			},
			{ onError: 'continueRegularOutput' },
		);
		const id = await n8n.importWorkflow(
			workflow('send-faults', [...src.nodes, node], [...src.edges, [src.last, 'Send']]),
		);
		const started = Date.now();
		const { code, run, stderr } = await n8n.execute(id);
		expect({ code, stderr: code === 0 ? '' : stderr }).toEqual({ code: 0, stderr: '' });
		const out = outputOf(run, 'Send', 0);
		expect(out).toHaveLength(6);
		const bySurvey = (sid: string) =>
			out.find((o) => o.surveyId === sid && o.phone !== '+1 415 555 0102') as Json;

		const rate = bySurvey('s-rate');
		expect(rate.error).toBeUndefined();
		expect(survey(rate)).toMatchObject({ attempts: 2, to: '+14155550101' });
		const fiveHundred = bySurvey('s-500');
		expect(survey(fiveHundred)).toMatchObject({ attempts: 2 });
		expect(fiveHundred.error).toBeUndefined();

		const hang = bySurvey('s-hang');
		expect(hang.error).toMatchObject({
			provider: 'twilio',
			kind: 'timeout',
			retryable: true,
			httpStatus: null,
		});
		expect(String((hang.error as Json).message)).toMatch(/not retried/);
		expect(survey(hang)).toMatchObject({ status: 'failed', attempts: 1, messageId: null });

		expect(bySurvey('s-stop').error).toEqual({
			provider: 'twilio',
			code: '21610',
			message: 'Attempt to send to unsubscribed recipient',
			httpStatus: 400,
			retryable: false,
			kind: 'opted_out',
		});
		expect(bySurvey('s-bad').error).toMatchObject({
			code: 'invalid_phone',
			kind: 'invalid_number',
			retryable: false,
		});
		expect(String((bySurvey('s-bad').error as Json).message)).toBe(
			'Item 4: phone "12ab" is not a valid phone number: invalid characters (expected E.164 like +998901234567 or a national number with Default Country set)',
		);
		expect(survey(bySurvey('s-ok'))).toMatchObject({ attempts: 1, status: 'queued' });

		const skipped = outputOf(run, 'Send', 2);
		expect(skipped).toHaveLength(1);
		expect(survey(skipped[0])).toMatchObject({
			status: 'skipped',
			reason: 'duplicate_in_run',
			duplicateOfItem: 1,
			to: '+14155550102',
		});

		// The simulator saw: 2 requests (429, 201) for the rate-limited one, 2 (500, 201), 1 hung, 1 (400), 1 ok; nothing for '12ab'.
		const log = sends(sim, 'twilio');
		const statuses = (phone: string) =>
			byRecipientDigits(log, phone).map((r) => r.responseStatus ?? 'hung');
		expect(statuses('+14155550101')).toEqual([429, 201]);
		expect(statuses('+14155550102')).toEqual([500, 201]);
		expect(statuses('+14155550103')).toEqual(['hung']);
		expect(statuses('+14155550104')).toEqual([400]);
		expect(statuses('+14155550105')).toEqual([201]);
		expect(log).toHaveLength(7);
		// Retry-After: 1 was honoured between the 429 and the retry
		const [first429, retry] = byRecipientDigits(log, '+14155550101');
		expect(retry.time - first429.time).toBeGreaterThanOrEqual(950);
		expect(Date.now() - started).toBeLessThan(60_000);
	});

	test('timeout on an idempotent provider (Infobip) is retried with the same message id: one message accepted', async () => {
		sim.inject('infobip', { delayMs: 2500, to: '+998901112233' });
		const src = itemsSource([{ phone: '+998901112233' }], 'Customers');
		const node = sendNode('Send', 'infobip', {
			surveyId: 'svy-idem-1',
			options: { maxRetries: 2, retryBaseDelay: 50, timeout: 1000 },
		});
		const id = await n8n.importWorkflow(
			workflow('send-idempotent', [...src.nodes, node], [...src.edges, [src.last, 'Send']]),
		);
		const { code, run, stderr } = await n8n.execute(id);
		expect({ code, stderr: code === 0 ? '' : stderr }).toEqual({ code: 0, stderr: '' });
		const s = survey(outputOf(run, 'Send', 0)[0]);
		expect(s).toMatchObject({ attempts: 2, surveyId: 'svy-idem-1', to: '+998901112233' });
		// wait for the delayed first request to be answered by the simulator
		const deadline = Date.now() + 5000;
		while (
			sends(sim, 'infobip').some((r) => r.responseStatus === undefined) &&
			Date.now() < deadline
		)
			await new Promise((r) => setTimeout(r, 100));
		const log = sends(sim, 'infobip');
		expect(log).toHaveLength(2);
		// both carried the same client message id, so Infobip accepted only one of them
		const ids = log.map(
			(r) =>
				(
					(r.body as { messages: Array<{ destinations: Json[] }> }).messages[0]
						.destinations[0] as Json
				).messageId,
		);
		expect(ids).toEqual(['svy-idem-1', 'svy-idem-1']);
	});

	test('rules and dry run: deferred with nextAllowedAt, skipped for fatigue and blocked words, dry run sends nothing', async () => {
		const now = new Date();
		const hh = (h: number) => String((now.getUTCHours() + h) % 24).padStart(2, '0');
		const windowStart = `${hh(2)}:00`;
		const windowEnd = `${hh(3)}:00`;
		const recent = new Date(now.getTime() - 3 * 86_400_000).toISOString();
		const old = new Date(now.getTime() - 90 * 86_400_000).toISOString();
		const items = [
			{ phone: '+4915112345678', lastSurveyedAt: recent, name: 'Jonas' },
			{ phone: '+4915112345679', lastSurveyedAt: old, name: 'casino' },
			{ phone: '+4915112345680', lastSurveyedAt: old, name: 'Mia' },
			{ phone: '+4915112345681', name: 'Lena' },
		];
		const src = itemsSource(items, 'Customers');
		const rulesNode = sendNode('With Rules', 'messagebird', {
			messageSource: 'custom',
			text: '=Hallo {{ $json.name }}, bewerten Sie uns von 1 bis 5.',
			rules: {
				lastSurveyedAt: '={{ $json.lastSurveyedAt }}',
				fatigueDays: 30,
				blockedWords: 'casino, kredit',
				windowStart,
				windowEnd,
				windowTimeZone: 'UTC',
			},
		});
		const dryNode = sendNode('Dry Run', 'vonage', {
			language: 'zh',
			scale: '0-10',
			options: { dryRun: true, company: 'Acme' },
		});
		const id = await n8n.importWorkflow(
			workflow(
				'send-rules',
				[...src.nodes, rulesNode, dryNode],
				[...src.edges, [src.last, 'With Rules'], [src.last, 'Dry Run']],
			),
		);
		const { code, run, stderr } = await n8n.execute(id);
		expect({ code, stderr: code === 0 ? '' : stderr }).toEqual({ code: 0, stderr: '' });

		expect(outputOf(run, 'With Rules', 0)).toHaveLength(0);
		const deferred = outputOf(run, 'With Rules', 1);
		expect(deferred.map((d) => d.name)).toEqual(['Mia', 'Lena']);
		const next = new Date(now);
		next.setUTCHours(now.getUTCHours() + 2, 0, 0, 0);
		for (const d of deferred) {
			expect(survey(d)).toMatchObject({
				status: 'deferred',
				reason: 'outside_hours',
				nextAllowedAt: next.toISOString(),
			});
		}
		const skipped = outputOf(run, 'With Rules', 2);
		expect(skipped).toHaveLength(2);
		expect(survey(skipped[0])).toMatchObject({
			status: 'skipped',
			reason: 'surveyed_recently',
			lastSurveyedAt: recent,
		});
		expect(survey(skipped[1])).toMatchObject({
			status: 'skipped',
			reason: 'blocked_words',
			blockedWords: ['casino'],
		});
		expect(sends(sim, 'messagebird')).toHaveLength(0);

		const dry = outputOf(run, 'Dry Run', 0);
		expect(dry).toHaveLength(4);
		for (const d of dry) {
			expect(survey(d)).toMatchObject({
				dryRun: true,
				messageId: null,
				status: 'dry_run',
				attempts: 0,
				language: 'zh',
				scale: { min: 0, max: 10 },
				encoding: 'UCS-2',
			});
			expect(String(survey(d).text).startsWith('【Acme】您有多大可能向朋友推荐我们？')).toBe(true);
		}
		expect(sim.log.filter((r) => r.provider === 'vonage')).toHaveLength(0);
	});

	test('"Continue (using error output)": a permanent provider error goes to the error output with the input and survey context', async () => {
		sim.inject('telnyx', { code: '40300', to: '+14155550121' });
		const src = itemsSource(
			[
				{ phone: '+14155550120', ticketId: 'T-1' },
				{ phone: '+14155550121', ticketId: 'T-2' },
			],
			'Customers',
		);
		const node = sendNode('Send', 'telnyx', {}, { onError: 'continueErrorOutput' });
		const id = await n8n.importWorkflow(
			workflow('send-error-output', [...src.nodes, node], [...src.edges, [src.last, 'Send']]),
		);
		const { code, run, stderr } = await n8n.execute(id);
		expect({ code, stderr: code === 0 ? '' : stderr }).toEqual({ code: 0, stderr: '' });
		expect(outputOf(run, 'Send', 0).map((o) => o.ticketId)).toEqual(['T-1']);
		const errors = outputOf(run, 'Send', 3);
		expect(errors).toHaveLength(1);
		expect(errors[0]).toMatchObject({
			ticketId: 'T-2',
			phone: '+14155550121',
			error: {
				provider: 'telnyx',
				code: '40300',
				kind: 'opted_out',
				httpStatus: 400,
				retryable: false,
			},
			details: { survey: { status: 'failed', to: '+14155550121', attempts: 1, messageId: null } },
		});
		expect(sends(sim, 'telnyx')).toHaveLength(2);
	});

	test('without Continue On Fail a bad number stops the node before anything is sent, naming the item', async () => {
		const src = itemsSource([{ phone: '+14155550111' }, { phone: 'call me' }], 'Customers');
		const node = sendNode('Send', 'twilio', {});
		const id = await n8n.importWorkflow(
			workflow('send-stop', [...src.nodes, node], [...src.edges, [src.last, 'Send']]),
		);
		const { run } = await n8n.execute(id);
		const err = runOf(run, 'Send').error ?? run?.data.resultData.error;
		expect(err?.message).toMatch(/^Item 1: phone "call me" is not a valid phone number/);
		expect(sends(sim, 'twilio')).toHaveLength(0);
	});

	test('credential Test button (POST /rest/credentials/test) for all 8 types: OK with the right secret, error with a wrong one', async () => {
		await n8n.start();
		for (const p of PROVIDERS) {
			const data = credentialData(sim, p);
			const good = await n8n.rest<{ data: { status: string; message: string } }>(
				'POST',
				'/credentials/test',
				{
					credentials: { id: credId(p), name: `${p} sim`, type: CRED_TYPE[p], data },
				},
			);
			expect({
				p,
				status: good.status,
				result: good.body.data?.status,
				message: good.body.data?.message,
			}).toMatchObject({ p, status: 200, result: 'OK' });
			const bad = await n8n.rest<{ data: { status: string; message: string } }>(
				'POST',
				'/credentials/test',
				{
					credentials: {
						id: credId(p),
						name: `${p} sim`,
						type: CRED_TYPE[p],
						data: { ...data, [SECRET_FIELD[p]]: 'wrong-secret' },
					},
				},
			);
			expect({ p, result: bad.body.data?.status }).toEqual({ p, result: 'Error' });
			const tests = sim.requests(p, 'test');
			// the right secret: one 200; the wrong one: 401 (n8n itself repeats a request once after a 401)
			expect(tests[0].responseStatus).toBe(200);
			expect(tests.length).toBeGreaterThanOrEqual(2);
			expect(tests.slice(1).every((r) => r.responseStatus === 401)).toBe(true);
			sim.reset();
		}
	});
});
