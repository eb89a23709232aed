// The demo's simulated SMS world: a loopback "SMS gateway" that speaks Twilio's wire format.
// - n8n sends survey SMS through the Twilio Messages API served here (the credential's Base URL is
//   `twilioBaseUrl`); the send is validated by the Twilio simulator (test/sim/providers/twilio.ts).
// - accepted messages get Twilio-signed delivery reports (`sent`, then `delivered`) at their StatusCallback.
// - a person answers on the phone page (or a script calls `reply()`): the gateway posts a Twilio-signed
//   inbound-message webhook (test/sim/webhooks/twilio.ts) to n8n's CSI Reply Trigger and shows the TwiML
//   auto-reply n8n answers with.
// Everything listens on 127.0.0.1 and only calls loopback URLs.
import { readFile } from 'fs/promises';
import { createServer, type IncomingMessage, type ServerResponse } from 'http';
import type { AddressInfo, Socket } from 'net';
import * as path from 'path';
import { TWILIO_SIM_NUMBERS, twilioSim, type TwilioSimCredentials } from '../providers/twilio';
import type { SimContentType, SimRequest, SimResponse } from '../types';
import { asObj, hex, isE164, segmentsOf, str } from '../util';
import { twilioInbound, twilioSignature } from '../webhooks/twilio';
import type { PlaymobileSimCredentials } from '../providers/playmobile';
import { handlePlaymobileSend, playmobileReply } from './playmobile';
import { formEncode } from '../webhooks/types';
import { parseTwimlMessages } from './twiml';

/** Where a conversation message came from. */
export type MessageVia =
	/** Sent by n8n through the Messages API. */
	| 'api'
	/** n8n's TwiML `<Message>` answer to an inbound message. */
	| 'twiml'
	/** Typed on a simulated phone (or `reply()`). */
	| 'phone'
	/** The carrier's own opt-out/opt-in/help confirmation (Twilio's default keyword handling). */
	| 'carrier';

/** Twilio message statuses used here (`in`: `receiving` while n8n is being called, `received` or `failed`). */
export type MessageStatus =
	| 'accepted'
	| 'queued'
	| 'sent'
	| 'delivered'
	| 'undelivered'
	| 'failed'
	| 'receiving'
	| 'received';

/** One delivery report the gateway posted. */
export interface DeliveryReport {
	status: string;
	url: string;
	httpStatus?: number;
	error?: string;
}

/** One SMS of a simulated phone's conversation. */
export interface ConversationMessage {
	/** Twilio message SID (`SM` + 32 hex). */
	sid: string;
	/** The customer's number (E.164): the conversation it belongs to. */
	phone: string;
	/** `out`: business → customer; `in`: customer → business. */
	direction: 'in' | 'out';
	via: MessageVia;
	from: string;
	to: string;
	text: string;
	segments: number;
	status: MessageStatus;
	/** Twilio error code (`21610` blocked after STOP, `30003` unreachable handset, …). */
	errorCode?: string;
	/** ISO times. */
	createdAt: string;
	updatedAt: string;
	/** Outbound: the StatusCallback given with the send (else the gateway's statusWebhookUrl). */
	statusCallback?: string;
	/** Outbound: delivery reports posted so far. */
	reports?: DeliveryReport[];
	/** Inbound: how n8n answered the webhook. */
	webhook?: {
		url?: string;
		httpStatus?: number;
		contentType?: string;
		error?: string;
		durationMs?: number;
	};
	/** TwiML and carrier replies: the SID of the inbound message they answer. */
	inReplyTo?: string;
}

export interface DemoGatewayOptions {
	/** Default 0 (a free port). */
	port?: number;
	host?: '127.0.0.1';
	/** Twilio Account SID (`AC…`) the credential uses. */
	accountSid: string;
	/** Twilio Auth Token: Basic auth of the API and the key of every signature the gateway makes. */
	authToken: string;
	/** The business number survey SMS come from and replies go to (default `+15005550006`). */
	fromNumber?: string;
	/** n8n's CSI Reply Trigger production URL (loopback only); settable later. */
	webhookUrl?: string;
	/** Where delivery reports go when a send carries no StatusCallback (loopback only). */
	statusWebhookUrl?: string;
	/** Demo customer numbers (E.164), one simulated phone each. Numbers n8n sends to are added. */
	phones?: string[];
	/** A page to show beside the phones (e.g. live survey results), loopback only. */
	resultsUrl?: string;
	/** Customer numbers whose messages end `undelivered` (error 30003, unreachable handset). */
	unreachable?: string[];
	/** Delay between delivery steps (queued → sent → delivered), ms. Default 400. */
	deliveryDelayMs?: number;
	/** Twilio's default STOP/START/HELP handling: confirmations, and sends to opted-out numbers fail with 21610. Default true. */
	optOutHandling?: boolean;
	/** Timeout of calls to n8n, ms. Default 15000. */
	webhookTimeoutMs?: number;
	/**
	 * Speak Play Mobile's wire format instead of Twilio's: sends arrive at `/playmobile/broker-api/send` (Basic
	 * auth with these credentials) and replies go to n8n as Play Mobile XML pushes (no delivery reports).
	 */
	playmobile?: PlaymobileSimCredentials;
}

/** What `reply()` (and `POST /api/reply`) reports. */
export interface ReplyResult {
	/** n8n's HTTP status (0 when it could not be called). */
	status: number;
	/** n8n's response body (TwiML). */
	body: string;
	/** Why n8n was not reached (no/refused webhook URL, network error, timeout). */
	error?: string;
	/** The recorded inbound message. */
	message: ConversationMessage;
	/** Answers shown on the phone: TwiML `<Message>`s and carrier confirmations. */
	replies: ConversationMessage[];
}

/** Gateway state as the page reads it. */
export interface GatewayState {
	fromNumber: string;
	accountSid: string;
	phones: Array<{ number: string; optedOut: boolean }>;
	messages: ConversationMessage[];
	webhookUrl: string | null;
	/** Where the webhook URL came from: set by the demo, or registered by n8n through IncomingPhoneNumbers. */
	webhookSource: 'option' | 'registered' | null;
	statusWebhookUrl: string | null;
	resultsUrl: string | null;
}

export interface DemoGateway {
	/** `http://127.0.0.1:<port>` — the phone page. */
	url: string;
	port: number;
	/** The Base URL for the `twilioCsiApi` credential. */
	twilioBaseUrl: string;
	/** The Base URL for the `playMobileCsiApi` credential (with the `playmobile` option). */
	playmobileBaseUrl: string;
	fromNumber: string;
	/** Set (or clear with '') n8n's CSI Reply Trigger URL; throws for non-loopback URLs. */
	setWebhookUrl(url: string): void;
	/** Set (or clear with '') the default delivery-report URL; throws for non-loopback URLs. */
	setStatusWebhookUrl(url: string): void;
	/** Set (or clear with '') the results page shown beside the phones; throws for non-loopback URLs. */
	setResultsUrl(url: string): void;
	/** The webhook URL in use: the one set, else the one n8n registered for `fromNumber`. */
	webhookUrl(): string | undefined;
	/** Every conversation message, oldest first (copies). */
	messages(): ConversationMessage[];
	/** The whole state (as `GET /api/messages` answers). */
	state(): GatewayState;
	/** A customer's SMS to the business number: the same path as the page's Send button. */
	reply(from: string, text: string): Promise<ReplyResult>;
	/** Called for every new or changed message; returns an unsubscribe function. */
	onMessage(listener: (message: ConversationMessage) => void): () => void;
	close(): Promise<void>;
}

const PUBLIC_DIR = path.join(__dirname, 'public');
const ASSETS: Record<string, { file: string; type: string }> = {
	'/': { file: 'index.html', type: 'text/html; charset=utf-8' },
	'/phone': { file: 'index.html', type: 'text/html; charset=utf-8' },
	'/phone.css': { file: 'phone.css', type: 'text/css; charset=utf-8' },
	'/phone.js': { file: 'phone.js', type: 'text/javascript; charset=utf-8' },
};
const MAX_BODY = 1024 * 1024;
const MAX_REPLY_TEXT = 1600;

/** Twilio's default opt-out, opt-in and help keywords (whole message, any case). */
const OPT_OUT = new Set([
	'STOP',
	'STOPALL',
	'UNSUBSCRIBE',
	'CANCEL',
	'END',
	'QUIT',
	'REVOKE',
	'OPTOUT',
]);
const OPT_IN = new Set(['START', 'YES', 'UNSTOP']);
const HELP = new Set(['HELP', 'INFO']);
const CONFIRM = {
	stop: 'You have successfully been unsubscribed. You will not receive any more messages from this number. Reply START to resubscribe.',
	start:
		'You have successfully been re-subscribed to messages from this number. Reply HELP for help. Reply STOP to unsubscribe. Msg&Data Rates May Apply.',
	help: 'Reply STOP to unsubscribe. Msg&Data Rates May Apply.',
};

/** Whether a URL is http(s) on a loopback host (127.0.0.0/8, ::1, localhost). */
export function isLoopbackUrl(url: string): boolean {
	let u: URL;
	try {
		u = new URL(url);
	} catch {
		return false;
	}
	if (u.protocol !== 'http:' && u.protocol !== 'https:') return false;
	const h = u.hostname.toLowerCase();
	return h === 'localhost' || h === '[::1]' || /^127\.\d{1,3}\.\d{1,3}\.\d{1,3}$/.test(h);
}

function checkedUrl(url: string | undefined, what: string): string | undefined {
	if (url === undefined || url === '') return undefined;
	if (!isLoopbackUrl(url))
		throw new Error(
			`${what} must be an http(s) URL on 127.0.0.1/localhost, got ${JSON.stringify(url)}`,
		);
	return url;
}

function parseForm(raw: string): Record<string, string> {
	const out: Record<string, string> = {};
	for (const [k, v] of new URLSearchParams(raw)) if (!(k in out)) out[k] = v;
	return out;
}

function simRequestOf(
	req: IncomingMessage,
	pathname: string,
	search: string,
	rawBody: string,
): SimRequest {
	const ct = (req.headers['content-type'] ?? '').toLowerCase();
	let body: unknown = rawBody;
	let contentType: SimContentType = rawBody === '' ? 'none' : 'other';
	let jsonError = false;
	if (ct.includes('application/x-www-form-urlencoded')) {
		body = parseForm(rawBody);
		contentType = 'form';
	} else if (ct.includes('json')) {
		contentType = 'json';
		try {
			body = JSON.parse(rawBody);
		} catch {
			jsonError = true;
		}
	}
	return {
		method: req.method ?? 'GET',
		path: pathname,
		query: parseForm(search),
		headers: req.headers,
		rawBody,
		body,
		contentType,
		jsonError,
	};
}

function send(res: ServerResponse, r: SimResponse): void {
	if (res.headersSent || res.destroyed) return;
	const headers: Record<string, string> = { 'Cache-Control': 'no-store', ...(r.headers ?? {}) };
	let payload = '';
	if (typeof r.body === 'string') {
		payload = r.body;
		headers['Content-Type'] ??= 'text/plain; charset=utf-8';
	} else if (r.body !== undefined) {
		payload = JSON.stringify(r.body);
		headers['Content-Type'] ??= 'application/json; charset=utf-8';
	}
	headers['Content-Length'] = String(Buffer.byteLength(payload));
	res.writeHead(r.status, headers);
	res.end(payload);
}

async function readBody(req: IncomingMessage): Promise<string | undefined> {
	const chunks: Buffer[] = [];
	let size = 0;
	for await (const c of req) {
		size += (c as Buffer).length;
		if (size > MAX_BODY) return undefined;
		chunks.push(c as Buffer);
	}
	return Buffer.concat(chunks).toString('utf8');
}

function keyword(text: string): 'stop' | 'start' | 'help' | undefined {
	const w = text.trim().toUpperCase().replace(/\s+/g, ' ');
	if (OPT_OUT.has(w) || w === 'STOP ALL') return 'stop';
	if (OPT_IN.has(w)) return 'start';
	if (HELP.has(w)) return 'help';
	return undefined;
}

/** Start the gateway on 127.0.0.1. */
export async function startDemoGateway(options: DemoGatewayOptions): Promise<DemoGateway> {
	if (options.host !== undefined && options.host !== '127.0.0.1')
		throw new Error('The demo gateway listens on 127.0.0.1 only');
	const creds: TwilioSimCredentials = {
		accountSid: options.accountSid,
		authToken: options.authToken,
	};
	if (!creds.accountSid || !creds.authToken)
		throw new Error('accountSid and authToken are required');
	const fromNumber = options.fromNumber ?? TWILIO_SIM_NUMBERS[0].phoneNumber;
	if (!isE164(fromNumber))
		throw new Error(`fromNumber must be E.164, got ${JSON.stringify(fromNumber)}`);
	let webhookUrl = checkedUrl(options.webhookUrl, 'webhookUrl');
	let statusWebhookUrl = checkedUrl(options.statusWebhookUrl, 'statusWebhookUrl');
	let resultsUrl = checkedUrl(options.resultsUrl, 'resultsUrl');
	const delayMs = Math.max(0, options.deliveryDelayMs ?? 400);
	const optOutHandling = options.optOutHandling !== false;
	const webhookTimeoutMs = options.webhookTimeoutMs ?? 15_000;
	const unreachable = new Set(options.unreachable ?? []);

	const phones: string[] = [];
	const optedOut = new Set<string>();
	const messages: ConversationMessage[] = [];
	const listeners = new Set<(m: ConversationMessage) => void>();
	const streams = new Set<ServerResponse>();
	const timers = new Set<NodeJS.Timeout>();
	const aborts = new Set<AbortController>();
	const sockets = new Set<Socket>();
	let closed = false;
	for (const p of options.phones ?? []) {
		if (!isE164(p)) throw new Error(`phones must be E.164 numbers, got ${JSON.stringify(p)}`);
		if (!phones.includes(p)) phones.push(p);
	}

	// Twilio simulator state: the business number is one of the account's IncomingPhoneNumbers, so the CSI
	// Reply Trigger's "Register Webhook Automatically" sets its SmsUrl here.
	const simState = new Map<string, unknown>();
	const numberList = TWILIO_SIM_NUMBERS.map((n) => ({
		sid: n.sid,
		phone_number: n.phoneNumber,
		sms_url: '',
		sms_method: 'POST',
	}));
	if (!numberList.some((n) => n.phone_number === fromNumber)) {
		numberList.unshift({
			sid: 'PN' + hex(16),
			phone_number: fromNumber,
			sms_url: '',
			sms_method: 'POST',
		});
	}
	simState.set('numbers', numberList);
	const registeredUrl = (): string | undefined =>
		numberList.find((n) => n.phone_number === fromNumber)?.sms_url || undefined;
	const currentWebhookUrl = (): string | undefined => webhookUrl ?? registeredUrl();

	const state = (): GatewayState => {
		const registered = registeredUrl();
		return {
			fromNumber,
			accountSid: creds.accountSid,
			phones: phones.map((number) => ({ number, optedOut: optedOut.has(number) })),
			messages: structuredClone(messages),
			webhookUrl: currentWebhookUrl() ?? null,
			webhookSource: webhookUrl ? 'option' : registered ? 'registered' : null,
			statusWebhookUrl: statusWebhookUrl ?? null,
			resultsUrl: resultsUrl ?? null,
		};
	};

	const broadcast = (event: string, data: unknown): void => {
		const frame = `event: ${event}\ndata: ${JSON.stringify(data)}\n\n`;
		for (const s of streams) s.write(frame);
	};
	const configChanged = (): void => {
		const config: Partial<GatewayState> = state();
		delete config.messages;
		broadcast('config', config);
	};
	const changed = (m: ConversationMessage): void => {
		m.updatedAt = new Date().toISOString();
		const copy = structuredClone(m);
		broadcast('message', copy);
		for (const l of listeners) {
			try {
				l(structuredClone(m));
			} catch {
				// a listener's failure is its own
			}
		}
	};
	const addPhone = (p: string): void => {
		if (phones.includes(p)) return;
		phones.push(p);
		configChanged();
	};
	const record = (m: Omit<ConversationMessage, 'createdAt' | 'updatedAt'>): ConversationMessage => {
		const now = new Date().toISOString();
		const full: ConversationMessage = { ...m, createdAt: now, updatedAt: now };
		messages.push(full);
		addPhone(full.phone);
		changed(full);
		return full;
	};
	const later = (ms: number): Promise<void> =>
		new Promise((resolve) => {
			const t = setTimeout(() => {
				timers.delete(t);
				resolve();
			}, ms);
			timers.add(t);
		});

	/** POST a form to a loopback URL (no redirects), with a timeout that close() also aborts. */
	const post = async (
		url: string,
		headers: Record<string, string>,
		body: string,
	): Promise<{ status: number; body: string; contentType: string }> => {
		if (!isLoopbackUrl(url)) throw new Error(`refused: ${url} is not a loopback URL`);
		const ac = new AbortController();
		aborts.add(ac);
		const timer = setTimeout(
			() => ac.abort(new Error(`timed out after ${webhookTimeoutMs} ms`)),
			webhookTimeoutMs,
		);
		try {
			const res = await fetch(url, {
				method: 'POST',
				headers,
				body,
				redirect: 'manual',
				signal: ac.signal,
			});
			const text = await res.text();
			return { status: res.status, body: text, contentType: res.headers.get('content-type') ?? '' };
		} finally {
			clearTimeout(timer);
			aborts.delete(ac);
		}
	};

	/** Twilio's status callback for an outbound message, signed with the auth token. */
	const postReport = async (m: ConversationMessage, status: string): Promise<void> => {
		const url = m.statusCallback;
		if (!url) return;
		const params: Array<[string, string]> = [
			['ApiVersion', '2010-04-01'],
			['AccountSid', creds.accountSid],
			['From', m.from],
			['MessageSid', m.sid],
			['MessageStatus', status],
			['SmsSid', m.sid],
			['SmsStatus', status],
			['To', m.to],
		];
		if (m.errorCode) params.push(['ErrorCode', m.errorCode]);
		if (status === 'delivered')
			params.push(['RawDlrDoneDate', new Date().toISOString().replace(/\D/g, '').slice(2, 12)]);
		const report: DeliveryReport = { status, url };
		(m.reports ??= []).push(report);
		try {
			const r = await post(
				url,
				{
					'Content-Type': 'application/x-www-form-urlencoded',
					'User-Agent': 'TwilioProxy/1.1',
					'X-Twilio-Signature': twilioSignature(creds.authToken, url, params),
					'I-Twilio-Idempotency-Token': `${m.sid}-${status}`,
				},
				formEncode(params),
			);
			report.httpStatus = r.status;
		} catch (e) {
			report.error = (e as Error).message;
		}
		if (!closed) changed(m);
	};

	/** queued → sent → delivered (or undelivered for unreachable numbers), with a report at each step. */
	const deliver = async (m: ConversationMessage): Promise<void> => {
		await later(delayMs);
		if (closed) return;
		m.status = 'sent';
		changed(m);
		await postReport(m, 'sent');
		await later(delayMs);
		if (closed) return;
		if (unreachable.has(m.phone)) {
			m.status = 'undelivered';
			m.errorCode = '30003';
		} else {
			m.status = 'delivered';
		}
		changed(m);
		await postReport(m, m.status);
	};
	const startDelivery = (m: ConversationMessage): void => {
		deliver(m).catch(() => undefined);
	};

	/** A reply the phone receives without the API (TwiML answer, carrier confirmation). */
	const recordAnswer = (
		phone: string,
		text: string,
		via: MessageVia,
		inReplyTo: string,
		from = fromNumber,
	): ConversationMessage => {
		const blocked = via === 'twiml' && optedOut.has(phone);
		const m = record({
			sid: 'SM' + hex(16),
			phone,
			direction: 'out',
			via,
			from,
			to: phone,
			text,
			segments: segmentsOf(text),
			status: blocked ? 'failed' : 'queued',
			errorCode: blocked ? '21610' : undefined,
			inReplyTo,
		});
		if (!blocked) startDelivery(m);
		return m;
	};

	const reply = async (from: string, text: string): Promise<ReplyResult> => {
		if (closed) throw new Error('The gateway is closed');
		if (!isE164(from))
			throw new Error(`"from" must be an E.164 number, got ${JSON.stringify(from)}`);
		if (typeof text !== 'string' || text.trim() === '') throw new Error('"text" must not be empty');
		if (text.length > MAX_REPLY_TEXT)
			throw new Error(`"text" is longer than ${MAX_REPLY_TEXT} characters`);
		const sid = 'SM' + hex(16);
		const inbound = record({
			sid,
			phone: from,
			direction: 'in',
			via: 'phone',
			from,
			to: fromNumber,
			text,
			segments: segmentsOf(text),
			status: 'receiving',
		});
		const replies: ConversationMessage[] = [];
		// Twilio applies its keyword handling before it forwards the message.
		const kw = optOutHandling ? keyword(text) : undefined;
		if (kw === 'stop') optedOut.add(from);
		if (kw === 'start') optedOut.delete(from);
		if (kw) {
			configChanged();
			replies.push(recordAnswer(from, CONFIRM[kw], 'carrier', sid));
		}
		const url = currentWebhookUrl();
		const fail = (error: string, status = 0, body = ''): ReplyResult => {
			inbound.status = 'failed';
			inbound.webhook = { ...(inbound.webhook ?? {}), url, error };
			changed(inbound);
			return {
				status,
				body,
				error,
				message: structuredClone(inbound),
				replies: structuredClone(replies),
			};
		};
		if (!url) return fail('No webhook URL: the CSI Reply Trigger is not connected yet');
		if (!isLoopbackUrl(url)) return fail(`Refused: ${url} is not a loopback URL`);
		const req = options.playmobile
			? playmobileReply(url, String(Date.now()), from, text)
			: twilioInbound({
					url,
					authToken: creds.authToken,
					from,
					to: fromNumber,
					body: text,
					messageSid: sid,
					accountSid: creds.accountSid,
					numSegments: segmentsOf(text),
				});
		const started = Date.now();
		let res: { status: number; body: string; contentType: string };
		try {
			res = await post(url, { ...req.headers, 'I-Twilio-Idempotency-Token': sid }, req.body);
		} catch (e) {
			return fail(`n8n could not be reached: ${(e as Error).message}`);
		}
		inbound.webhook = {
			url,
			httpStatus: res.status,
			contentType: res.contentType,
			durationMs: Date.now() - started,
		};
		if (res.status < 200 || res.status >= 300)
			return fail(`n8n answered HTTP ${res.status}`, res.status, res.body);
		inbound.status = 'received';
		changed(inbound);
		for (const t of parseTwimlMessages(res.body)) {
			const to = t.to && isE164(t.to) ? t.to : from;
			replies.push(
				recordAnswer(to, t.text, 'twiml', sid, t.from && isE164(t.from) ? t.from : fromNumber),
			);
		}
		return {
			status: res.status,
			body: res.body,
			message: structuredClone(inbound),
			replies: structuredClone(replies),
		};
	};

	/** Twilio REST API (`/2010-04-01/...`, optionally under `/twilio`). */
	const handleTwilio = (
		req: IncomingMessage,
		pathname: string,
		search: string,
		rawBody: string,
	): SimResponse => {
		const simReq = simRequestOf(req, pathname, search, rawBody);
		const { endpoint, recipient } = twilioSim.classify(simReq, creds);
		const denied = twilioSim.authenticate(simReq, creds);
		if (denied) return denied;
		const form = simReq.contentType === 'form' ? (asObj(simReq.body) ?? {}) : {};
		if (
			endpoint === 'send' &&
			optOutHandling &&
			recipient &&
			optedOut.has(recipient) &&
			str(form.Body)
		) {
			return twilioSim.fault({ code: '21610' }, simReq, creds);
		}
		const callback = str(form.StatusCallback);
		if (
			endpoint === 'send' &&
			callback !== undefined &&
			callback !== '' &&
			!/^https?:\/\/[^/]/i.test(callback)
		) {
			const message = `The StatusCallback URL ${callback} is not a valid URL.`;
			return {
				status: 400,
				body: {
					code: 21609,
					message,
					more_info: 'https://www.twilio.com/docs/errors/21609',
					status: 400,
				},
			};
		}
		const before = registeredUrl();
		const answer = twilioSim.handle(simReq, creds, {}, simState);
		if (registeredUrl() !== before) configChanged();
		if (endpoint !== 'send' || answer.status !== 201) return answer;
		const sent = asObj(answer.body) ?? {};
		const to = str(sent.to) ?? recipient ?? '';
		const m = record({
			sid: str(sent.sid) ?? 'SM' + hex(16),
			phone: to,
			direction: 'out',
			via: 'api',
			from: str(sent.from) ?? fromNumber,
			to,
			text: str(sent.body) ?? '',
			segments: Number(str(sent.num_segments) ?? 1),
			status: sent.status === 'accepted' ? 'accepted' : 'queued',
			statusCallback: callback || statusWebhookUrl,
		});
		startDelivery(m);
		return answer;
	};

	const handleApi = async (
		req: IncomingMessage,
		res: ServerResponse,
		pathname: string,
		rawBody: string,
	): Promise<void> => {
		if (req.method === 'GET' && pathname === '/api/messages')
			return send(res, { status: 200, body: state() });
		if (req.method === 'GET' && pathname === '/api/events') {
			res.writeHead(200, {
				'Content-Type': 'text/event-stream; charset=utf-8',
				'Cache-Control': 'no-store',
				Connection: 'keep-alive',
				'X-Accel-Buffering': 'no',
			});
			res.write(`retry: 1000\nevent: snapshot\ndata: ${JSON.stringify(state())}\n\n`);
			streams.add(res);
			const ping = setInterval(() => res.write(': ping\n\n'), 15_000);
			ping.unref();
			res.on('close', () => {
				clearInterval(ping);
				streams.delete(res);
			});
			return;
		}
		if (req.method === 'POST' && pathname === '/api/reply') {
			// JSON only: a cross-site form cannot send it without a CORS preflight, which is never granted.
			if (!(req.headers['content-type'] ?? '').toLowerCase().includes('application/json')) {
				return send(res, { status: 415, body: { error: 'Send JSON {"from": "+…", "text": "…"}' } });
			}
			let input: Record<string, unknown> | undefined;
			try {
				input = asObj(JSON.parse(rawBody));
			} catch {
				input = undefined;
			}
			if (!input || typeof input.from !== 'string' || typeof input.text !== 'string') {
				return send(res, { status: 400, body: { error: 'Send JSON {"from": "+…", "text": "…"}' } });
			}
			let result: ReplyResult;
			try {
				result = await reply(input.from, input.text);
			} catch (e) {
				return send(res, { status: 400, body: { error: (e as Error).message } });
			}
			return send(res, { status: 200, body: result });
		}
		send(res, { status: 404, body: { error: 'Not found' } });
	};

	const allowedHosts = new Set<string>();
	const handle = async (req: IncomingMessage, res: ServerResponse): Promise<void> => {
		// DNS-rebinding guard: only requests addressed to the loopback host itself.
		if (!allowedHosts.has((req.headers.host ?? '').toLowerCase())) {
			req.resume();
			return send(res, { status: 421, body: { error: 'Misdirected request' } });
		}
		const target = req.url ?? '/';
		const q = target.indexOf('?');
		let pathname = q < 0 ? target : target.slice(0, q);
		const search = q < 0 ? '' : target.slice(q + 1);
		const rawBody = await readBody(req);
		if (rawBody === undefined)
			return send(res, { status: 413, body: { error: 'Request body too large' } });
		if (options.playmobile && pathname === '/playmobile/broker-api/send') {
			const { answer, accepted } = handlePlaymobileSend(
				req,
				'/broker-api/send',
				rawBody,
				options.playmobile,
			);
			for (const a of accepted) {
				record({
					sid: a.messageId,
					phone: a.to,
					direction: 'out',
					via: 'api',
					from: a.from,
					to: a.to,
					text: a.text,
					segments: segmentsOf(a.text),
					status: 'sent',
				});
			}
			return send(res, answer);
		}
		if (pathname.startsWith('/twilio/')) pathname = pathname.slice('/twilio'.length);
		if (pathname.startsWith('/2010-04-01/'))
			return send(res, handleTwilio(req, pathname, search, rawBody));
		if (pathname.startsWith('/api/')) return handleApi(req, res, pathname, rawBody);
		const asset = ASSETS[pathname];
		if (asset && (req.method === 'GET' || req.method === 'HEAD')) {
			let content = await readFile(path.join(PUBLIC_DIR, asset.file), 'utf8');
			if (asset.file === 'index.html') {
				// Initial state as a JSON data block (not executed, so the CSP allows it); `<` escaped so no text can close the tag.
				const json = JSON.stringify(state()).replace(/</g, '\\u003c');
				content = content.replace(
					/<script type="application\/json" id="initial-state">\s*\{\}\s*<\/script>/,
					() => `<script type="application/json" id="initial-state">${json}</script>`,
				);
			}
			const frame = resultsUrl ? new URL(resultsUrl).origin : "'none'";
			return send(res, {
				status: 200,
				headers: {
					'Content-Type': asset.type,
					'Content-Security-Policy': `default-src 'self'; img-src 'self' data:; frame-src ${frame}; base-uri 'none'; form-action 'none'; frame-ancestors 'self'`,
					'X-Content-Type-Options': 'nosniff',
					'Referrer-Policy': 'no-referrer',
				},
				body: req.method === 'HEAD' ? '' : content,
			});
		}
		if (pathname === '/favicon.ico') return send(res, { status: 204 });
		send(res, { status: 404, body: { error: 'Not found' } });
	};

	const server = createServer((req, res) => {
		handle(req, res).catch((err: unknown) =>
			send(res, { status: 500, body: { error: String(err) } }),
		);
	});
	server.on('connection', (s) => {
		sockets.add(s);
		s.on('close', () => sockets.delete(s));
	});
	await new Promise<void>((resolve, reject) => {
		server.once('error', reject);
		server.listen(options.port ?? 0, '127.0.0.1', () => resolve());
	});
	const port = (server.address() as AddressInfo).port;
	for (const h of ['127.0.0.1', 'localhost', '[::1]']) allowedHosts.add(`${h}:${port}`);
	const url = `http://127.0.0.1:${port}`;

	return {
		url,
		port,
		twilioBaseUrl: `${url}/twilio`,
		playmobileBaseUrl: `${url}/playmobile`,
		fromNumber,
		setWebhookUrl(u) {
			webhookUrl = checkedUrl(u, 'webhookUrl');
			configChanged();
		},
		setStatusWebhookUrl(u) {
			statusWebhookUrl = checkedUrl(u, 'statusWebhookUrl');
			configChanged();
		},
		setResultsUrl(u) {
			resultsUrl = checkedUrl(u, 'resultsUrl');
			configChanged();
		},
		webhookUrl: currentWebhookUrl,
		messages: () => structuredClone(messages),
		state,
		reply,
		onMessage(listener) {
			listeners.add(listener);
			return () => listeners.delete(listener);
		},
		async close() {
			if (closed) return;
			closed = true;
			for (const t of timers) clearTimeout(t);
			timers.clear();
			for (const a of aborts) a.abort(new Error('gateway closed'));
			for (const s of streams) s.end();
			streams.clear();
			listeners.clear();
			for (const s of sockets) s.destroy();
			await new Promise<void>((resolve) => server.close(() => resolve()));
		},
	};
}
