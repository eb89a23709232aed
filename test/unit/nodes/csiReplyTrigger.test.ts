// CSI Reply Trigger's request handling without n8n: signed requests from the simulators' webhook builders
// through verify → parse → join → dedupe → answer, plus the registration planning.
import {
	dropDuplicates,
	eventKey,
	handleInbound,
	signedUrl,
	type InboundSettings,
} from '../../../nodes/CsiReplyTrigger/inbound';
import {
	isRegistered,
	planCreate,
	planDelete,
	type RegistrationTarget,
} from '../../../nodes/CsiReplyTrigger/registration';
import { verificationSettings } from '../../../nodes/CsiReplyTrigger/settings';
import { genericParseOptions } from '../../../nodes/core/providers/generic/node';
import { getProvider } from '../../../nodes/core/providers/registry';
import type { InboundRequest, NormalizedEvent } from '../../../nodes/core/providers/types';
import * as wh from '../../sim/webhooks';

const URL_ = 'https://n8n.example.com/webhook/0f6e7d1c/csi-reply';
const TWILIO_FIXTURE = 'twilio-auth-token-123';

function base(
	provider: InboundSettings['provider'],
	secret: string,
	extra: Partial<InboundSettings> = {},
): InboundSettings {
	return {
		provider,
		verify: true,
		secret,
		verifyOptions: {},
		events: 'both',
		joinParts: true,
		...extra,
	};
}

const req = (r: wh.SimWebhookRequest): InboundRequest => ({
	url: r.url,
	method: r.method,
	headers: r.headers,
	body: r.body,
});

describe('handleInbound', () => {
	const inbound = wh.twilio.twilioInbound({
		url: URL_,
		authToken: TWILIO_FIXTURE,
		from: '+15551230001',
		to: '+15005550006',
		body: '5 great',
	});

	test('a signed Twilio reply is accepted, normalized and answered with empty TwiML', () => {
		const out = handleInbound(req(inbound), base('twilio', TWILIO_FIXTURE));
		expect(out.kind).toBe('accepted');
		if (out.kind !== 'accepted') return;
		expect(out.events).toHaveLength(1);
		expect(out.events[0]).toMatchObject({
			provider: 'twilio',
			event: 'reply',
			from: '+15551230001',
			to: '+15005550006',
			text: '5 great',
			messageId: 'SM0123456789abcdef0123456789abcdef',
			segments: 1,
		});
		expect(out.response).toEqual({
			status: 200,
			headers: { 'Content-Type': 'text/xml' },
			body: '<?xml version="1.0" encoding="UTF-8"?><Response/>',
		});
	});

	test('auto-reply text becomes an escaped TwiML <Message>', () => {
		const out = handleInbound(
			req(inbound),
			base('twilio', TWILIO_FIXTURE, { autoReply: 'Thanks & bye <3' }),
		);
		expect(out.response.body).toBe(
			'<?xml version="1.0" encoding="UTF-8"?><Response><Message>Thanks &amp; bye &lt;3</Message></Response>',
		);
	});

	test('tampered body → 403, missing signature → 401, wrong token → 403, other URL → 403', () => {
		const tampered = { ...req(inbound), body: inbound.body.replace('5+great', '1+bad') };
		expect(tampered.body).not.toBe(inbound.body);
		const t = handleInbound(tampered, base('twilio', TWILIO_FIXTURE));
		expect(t).toMatchObject({
			kind: 'rejected',
			reason: 'bad_signature',
			response: { status: 403 },
		});

		const unsigned = {
			...req(inbound),
			headers: { 'Content-Type': 'application/x-www-form-urlencoded' },
		};
		expect(handleInbound(unsigned, base('twilio', TWILIO_FIXTURE))).toMatchObject({
			kind: 'rejected',
			reason: 'missing_signature',
			response: { status: 401 },
		});
		expect(handleInbound(req(inbound), base('twilio', 'other-token'))).toMatchObject({
			response: { status: 403 },
		});
		expect(
			handleInbound({ ...req(inbound), url: URL_ + '2' }, base('twilio', TWILIO_FIXTURE)),
		).toMatchObject({
			response: { status: 403 },
		});
		// rejection bodies never echo the secret
		expect(t.response.body).not.toContain(TWILIO_FIXTURE);
	});

	test('verification off accepts unsigned requests; an empty credential secret refuses with 401', () => {
		const unsigned = { ...req(inbound), headers: {} };
		expect(handleInbound(unsigned, base('twilio', '', { verify: false })).kind).toBe('accepted');
		expect(handleInbound(req(inbound), base('twilio', ''))).toMatchObject({
			reason: 'missing_secret',
			response: { status: 401 },
		});
	});

	test('a signed body that is not the provider format → 400 with no events', () => {
		const body = 'hello=world';
		const signed = {
			url: URL_,
			method: 'POST',
			headers: {
				'Content-Type': 'application/x-www-form-urlencoded',
				...wh.twilio.signTwilioForm(TWILIO_FIXTURE, URL_, body),
			},
			body,
		};
		const out = handleInbound(signed, base('twilio', TWILIO_FIXTURE));
		expect(out.kind).toBe('malformed');
		expect(out.response.status).toBe(400);
		expect(JSON.parse(out.response.body)).toMatchObject({ error: 'Bad Request' });
	});

	test('Infobip batch with Basic auth → one event per result; wrong password → 401', () => {
		const basic = { username: 'ib-hook', password: 'ib-pass' };
		const r = wh.infobip.infobipInbound(
			URL_,
			[
				{ from: '998901234567', to: '3197010', text: '5' },
				{ from: '998901234568', to: '3197010', text: 'плохо, 2' },
				{ from: '998901234569', to: '3197010', text: '4' },
			],
			{ basic },
		);
		const ok = handleInbound(
			req(r),
			base('infobip', '', { verifyOptions: { mode: 'basic', ...basic } }),
		);
		expect(ok.kind).toBe('accepted');
		if (ok.kind === 'accepted') {
			expect(ok.events.map((e) => [e.from, e.text])).toEqual([
				['+998901234567', '5'],
				['+998901234568', 'плохо, 2'],
				['+998901234569', '4'],
			]);
		}
		const bad = handleInbound(
			req(r),
			base('infobip', '', { verifyOptions: { mode: 'basic', username: 'ib-hook', password: 'x' } }),
		);
		expect(bad).toMatchObject({ kind: 'rejected', response: { status: 401 } });
	});

	test('Telnyx: replayed (old timestamp) → 403 expired; fresh → accepted', () => {
		const keys = wh.telnyx.telnyxKeyPair();
		const old = wh.telnyx.telnyxInbound({
			url: URL_,
			privateKey: keys.privateKey,
			from: '+15551230001',
			to: '+15005550006',
			text: '3',
			nowMs: Date.now() - 3600_000,
		});
		expect(handleInbound(req(old), base('telnyx', keys.publicKeyBase64))).toMatchObject({
			reason: 'expired',
			response: { status: 403 },
		});
		const fresh = wh.telnyx.telnyxInbound({
			url: URL_,
			privateKey: keys.privateKey,
			from: '+15551230001',
			to: '+15005550006',
			text: '3',
		});
		expect(handleInbound(req(fresh), base('telnyx', keys.publicKeyBase64)).kind).toBe('accepted');
	});

	test('event filter: delivery reports only drops replies but still answers 2xx', () => {
		const out = handleInbound(req(inbound), base('twilio', TWILIO_FIXTURE, { events: 'status' }));
		expect(out).toMatchObject({ kind: 'accepted', events: [], response: { status: 200 } });
		const status = wh.twilio.twilioStatus({
			url: URL_,
			authToken: TWILIO_FIXTURE,
			messageSid: 'SMaaaa',
			status: 'delivered',
			from: '+15005550006',
			to: '+15551230001',
		});
		const s = handleInbound(req(status), base('twilio', TWILIO_FIXTURE, { events: 'status' }));
		expect(s.kind === 'accepted' && s.events.map((e) => [e.event, e.status, e.messageId])).toEqual([
			['status', 'delivered', 'SMaaaa'],
		]);
	});

	test('duplicates within the window are dropped; a new status of the same message is not a duplicate', () => {
		const recent: Record<string, number> = {};
		const settings = base('twilio', TWILIO_FIXTURE, { dedupeSeconds: 60, recent, now: 1_000_000 });
		const first = handleInbound(req(inbound), settings);
		const again = handleInbound(req(inbound), { ...settings, now: 1_030_000 });
		const later = handleInbound(req(inbound), { ...settings, now: 1_100_000 });
		expect(
			[first, again, later].map((o) =>
				o.kind === 'accepted' ? [o.events.length, o.duplicates] : o.kind,
			),
		).toEqual([
			[1, 0],
			[0, 1],
			[1, 0],
		]);
	});

	test('concatenated parts in one generic batch are joined; joinParts off keeps them', () => {
		const payload = {
			messages: [
				{
					from: '79161234567',
					to: '7900',
					text: 'Обслуживание ',
					ref: 'r1',
					idx: 1,
					total: 2,
					id: 'a',
				},
				{
					from: '79161234567',
					to: '7900',
					text: 'отличное, 5',
					ref: 'r1',
					idx: 2,
					total: 2,
					id: 'b',
				},
			],
		};
		const r = wh.generic.genericWebhook(URL_, payload);
		const paths = genericParseOptions({
			itemsPath: 'messages',
			partRefPath: 'ref',
			partIndexPath: 'idx',
			partTotalPath: 'total',
		});
		const joined = handleInbound(
			req(r),
			base('generic', '', { verify: false, parseOptions: paths }),
		);
		expect(
			joined.kind === 'accepted' && joined.events.map((e) => [e.text, e.segments, e.messageId]),
		).toEqual([['Обслуживание отличное, 5', 2, 'a']]);
		const apart = handleInbound(
			req(r),
			base('generic', '', { verify: false, parseOptions: paths, joinParts: false }),
		);
		expect(apart.kind === 'accepted' && apart.events.length).toBe(2);
	});
});

describe('dropDuplicates', () => {
	const ev = (id: string, status?: NormalizedEvent['status']): NormalizedEvent => ({
		provider: 'twilio',
		event: status ? 'status' : 'reply',
		from: '+1',
		to: '+2',
		text: '',
		messageId: id,
		receivedAt: '2024-01-01T00:00:00.000Z',
		status,
		raw: {},
	});

	test('keys include status; events without id are never dropped; map stays bounded', () => {
		expect(eventKey(ev('x', 'sent'))).not.toBe(eventKey(ev('x', 'delivered')));
		expect(eventKey(ev(''))).toBeUndefined();
		const recent: Record<string, number> = {};
		const r = dropDuplicates(
			[ev('x', 'sent'), ev('x', 'sent'), ev('x', 'delivered'), ev(''), ev('')],
			recent,
			0,
			10,
		);
		expect(r.kept.map((e) => `${e.messageId}:${e.status ?? ''}`)).toEqual([
			'x:sent',
			'x:delivered',
			':',
			':',
		]);
		expect(r.duplicates).toBe(1);
		for (let i = 0; i < 50; i++) dropDuplicates([ev(`m${i}`)], recent, i, 1000, 20);
		expect(Object.keys(recent)).toHaveLength(20);
		expect(recent).toHaveProperty(['twilio|reply|m49|+2||'], 49);
	});
});

describe('signedUrl and verificationSettings', () => {
	test('query string of the request is appended; public URL overrides the host', () => {
		expect(
			signedUrl('http://127.0.0.1:5678/webhook/a/csi-reply', '/webhook/a/csi-reply?x=1&y=2'),
		).toBe('http://127.0.0.1:5678/webhook/a/csi-reply?x=1&y=2');
		expect(
			signedUrl(
				'http://127.0.0.1:5678/webhook/a/csi-reply',
				'/webhook/a/csi-reply?x=1',
				'https://sms.example.com/hook',
			),
		).toBe('https://sms.example.com/hook?x=1');
		expect(signedUrl('http://h/w', '/w?x=1', 'https://p/hook?token=t')).toBe(
			'https://p/hook?token=t',
		);
	});

	test('credential fields map to each provider check', () => {
		expect(verificationSettings('twilio', { authToken: ' t ' }, {}, false)).toEqual({
			secret: 't',
			verifyOptions: {},
		});
		expect(
			verificationSettings(
				'vonage',
				{ signatureSecret: 's', signatureMethod: 'sha512' },
				{ toleranceSeconds: 60 },
				false,
			),
		).toEqual({
			secret: 's',
			verifyOptions: { mode: 'sha512', toleranceSeconds: 60 },
		});
		expect(
			verificationSettings('vonage', { signatureSecret: 's', signatureMethod: 'sha512' }, {}, true)
				.verifyOptions.mode,
		).toBe('jwt');
		expect(
			verificationSettings('infobip', { webhookUsername: 'u', webhookPassword: 'p' }, {}, false),
		).toEqual({
			secret: '',
			verifyOptions: { mode: 'basic', username: 'u', password: 'p' },
		});
		expect(verificationSettings('sinch', { webhookSecret: 'h' }, {}, false)).toEqual({
			secret: 'h',
			verifyOptions: { mode: 'hmac' },
		});
		expect(
			verificationSettings(
				'generic',
				{ webhookToken: 'tok', webhookHmacSecret: 'k', username: 'u', password: 'p' },
				{ genericBasicAuth: true },
				false,
			),
		).toEqual({
			secret: 'k',
			verifyOptions: {
				token: 'tok',
				username: 'u',
				password: 'p',
				hmacHeader: 'X-Signature',
				hmacAlgorithm: 'sha256',
			},
		});
	});
});

const reg = (id: string) => {
	const r = getProvider(id).registration;
	if (!r) throw new Error(`${id} has no registration`);
	return r;
};
const readRequest = (t: RegistrationTarget) => reg(t.provider).readRequest(t);
const readState = (t: RegistrationTarget, body: unknown) => reg(t.provider).readState(t, body);
const writeRequest = (
	t: RegistrationTarget,
	state: Parameters<typeof isRegistered>[1],
	values: Record<string, string>,
) => reg(t.provider).writeRequest(t, state, values);

describe('registration planning', () => {
	const twilio: RegistrationTarget = {
		provider: 'twilio',
		baseUrl: 'http://sim/twilio',
		account: 'AC1',
		resource: '+15005550006',
		slots: ['sms'],
	};

	test('Twilio: look up the number, set SmsUrl, restore the previous URL on delete', () => {
		expect(readRequest(twilio)).toMatchObject({
			method: 'GET',
			url: 'http://sim/twilio/2010-04-01/Accounts/AC1/IncomingPhoneNumbers.json',
			qs: { PhoneNumber: '+15005550006' },
		});
		const state = readState(twilio, {
			incoming_phone_numbers: [
				{ sid: 'PN1', phone_number: '+15005550006', sms_url: 'https://old' },
			],
		});
		expect(state).toEqual({ values: { sms: 'https://old' }, handle: 'PN1' });
		if (typeof state === 'string') return;
		expect(isRegistered(twilio, state, URL_)).toBe(false);
		const plan = planCreate(twilio, state, URL_);
		expect(plan).toEqual({ values: { sms: URL_ }, previous: { sms: 'https://old' } });
		expect(writeRequest(twilio, state, plan.values)).toMatchObject({
			method: 'POST',
			url: 'http://sim/twilio/2010-04-01/Accounts/AC1/IncomingPhoneNumbers/PN1.json',
			body: { SmsUrl: URL_, SmsMethod: 'POST' },
		});
		const after = { values: { sms: URL_ }, handle: 'PN1' };
		expect(isRegistered(twilio, after, URL_)).toBe(true);
		expect(planDelete(twilio, after, URL_, plan.previous)).toEqual({ sms: 'https://old' });
		// someone else changed it meanwhile: leave it alone
		expect(planDelete(twilio, { values: { sms: 'https://other' } }, URL_, plan.previous)).toEqual(
			{},
		);
		expect(readState(twilio, { incoming_phone_numbers: [] })).toMatch(/not on this Twilio account/);
	});

	test('Vonage sets only the chosen account callbacks', () => {
		const t: RegistrationTarget = {
			provider: 'vonage',
			baseUrl: 'http://sim/vonage',
			slots: ['mo'],
		};
		const state = readState(t, { 'mo-callback-url': '', 'dr-callback-url': 'https://dr' });
		if (typeof state === 'string') throw new Error(state);
		expect(writeRequest(t, state, planCreate(t, state, URL_).values).body).toEqual({
			moCallBackUrl: URL_,
		});
	});
});
