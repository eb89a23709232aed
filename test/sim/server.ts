// One loopback HTTP server that simulates the send APIs of every supported SMS provider.
// Each provider lives under its own path prefix: Base URL = http://127.0.0.1:<port>/<provider>.
import { createServer, type IncomingMessage, type ServerResponse } from 'http';
import type { AddressInfo, Socket } from 'net';

import { aliyunSim, type AliyunSimCredentials } from './providers/aliyun';
import { eskizSim, type EskizSimCredentials } from './providers/eskiz';
import { genericSim, type GenericSimCredentials } from './providers/generic';
import { playmobileSim, type PlaymobileSimCredentials } from './providers/playmobile';
import { smscSim, type SmscSimCredentials } from './providers/smsc';
import { tencentSim, type TencentSimCredentials } from './providers/tencent';
import { infobipSim, type InfobipSimCredentials } from './providers/infobip';
import { messagebirdSim, type MessagebirdSimCredentials } from './providers/messagebird';
import { plivoSim, type PlivoSimCredentials } from './providers/plivo';
import { sinchSim, type SinchSimCredentials } from './providers/sinch';
import { telnyxSim, type TelnyxSimCredentials } from './providers/telnyx';
import { twilioSim, type TwilioSimCredentials } from './providers/twilio';
import { vonageSim, type VonageSimCredentials } from './providers/vonage';
import type {
	ProviderSim,
	RecordedRequest,
	SimContentType,
	SimFault,
	SimOptions,
	SimRequest,
	SimResponse,
} from './types';
import { digits } from './util';

export type { RecordedRequest, SimFault } from './types';

export interface SimCredentials {
	twilio: TwilioSimCredentials;
	vonage: VonageSimCredentials;
	plivo: PlivoSimCredentials;
	telnyx: TelnyxSimCredentials;
	infobip: InfobipSimCredentials;
	messagebird: MessagebirdSimCredentials;
	sinch: SinchSimCredentials;
	generic: GenericSimCredentials;
	playmobile: PlaymobileSimCredentials;
	eskiz: EskizSimCredentials;
	aliyun: AliyunSimCredentials;
	tencent: TencentSimCredentials;
	smsc: SmscSimCredentials;
}

/** Providers that have a simulator. */
export type ProviderId = keyof SimCredentials;

// Each entry is a ProviderSim of its own credentials type.
const SIMS: { [K in ProviderId]: ProviderSim<SimCredentials[K]> } = {
	twilio: twilioSim,
	vonage: vonageSim,
	plivo: plivoSim,
	telnyx: telnyxSim,
	infobip: infobipSim,
	messagebird: messagebirdSim,
	sinch: sinchSim,
	generic: genericSim,
	playmobile: playmobileSim,
	eskiz: eskizSim,
	aliyun: aliyunSim,
	tencent: tencentSim,
	smsc: smscSim,
};

/** Default credentials every simulator accepts unless others are given. */
export const DEFAULT_SIM_CREDENTIALS: SimCredentials = {
	twilio: twilioSim.defaults,
	vonage: vonageSim.defaults,
	plivo: plivoSim.defaults,
	telnyx: telnyxSim.defaults,
	infobip: infobipSim.defaults,
	messagebird: messagebirdSim.defaults,
	sinch: sinchSim.defaults,
	generic: genericSim.defaults,
	playmobile: playmobileSim.defaults,
	eskiz: eskizSim.defaults,
	aliyun: aliyunSim.defaults,
	tencent: tencentSim.defaults,
	smsc: smscSim.defaults,
};

export interface StartSimOptions extends SimOptions {
	/** Providers to serve (default all). */
	providers?: ProviderId[];
	/** Credentials per provider (merged over DEFAULT_SIM_CREDENTIALS). */
	credentials?: { [K in ProviderId]?: Partial<SimCredentials[K]> };
	/** Port (default 0 = random free port). Always bound to 127.0.0.1. */
	port?: number;
}

export interface SmsSimulator {
	/** `http://127.0.0.1:<port>` */
	url: string;
	port: number;
	/** The Base URL to configure for a provider: `http://127.0.0.1:<port>/<provider>`. */
	baseUrl(provider: ProviderId): string;
	/** Every request received, oldest first (live array). */
	log: RecordedRequest[];
	/** Requests of one provider (optionally only sends). */
	requests(provider: ProviderId, endpoint?: RecordedRequest['endpoint']): RecordedRequest[];
	/** Inject a fault into the next matching request(s) of `provider`. */
	inject(provider: ProviderId, fault: SimFault): void;
	/** Clear the log, pending faults and per-provider state. */
	reset(): void;
	/** Stop listening and drop all open sockets (including hung requests). */
	close(): Promise<void>;
	/** The credentials in use. */
	credentials: SimCredentials;
}

interface PendingFault extends SimFault {
	remaining: number;
}

function parseQuery(search: string): Record<string, string> {
	const out: Record<string, string> = {};
	for (const [k, v] of new URLSearchParams(search)) out[k] = v;
	return out;
}

function parseBody(
	raw: string,
	contentTypeHeader: string | undefined,
): { body: unknown; contentType: SimContentType; jsonError: boolean } {
	const ct = (contentTypeHeader ?? '').toLowerCase();
	if (raw === '' && !ct) return { body: undefined, contentType: 'none', jsonError: false };
	if (ct.includes('json')) {
		try {
			return { body: JSON.parse(raw), contentType: 'json', jsonError: false };
		} catch {
			return { body: raw, contentType: 'json', jsonError: true };
		}
	}
	if (ct.includes('application/x-www-form-urlencoded'))
		return { body: parseQuery(raw), contentType: 'form', jsonError: false };
	return { body: raw, contentType: raw === '' ? 'none' : 'other', jsonError: false };
}

function sendResponse(res: ServerResponse, r: SimResponse): void {
	const headers: Record<string, string> = { ...(r.headers ?? {}) };
	let payload = '';
	if (r.body !== undefined) {
		if (typeof r.body === 'string') {
			payload = r.body;
			if (!Object.keys(headers).some((h) => h.toLowerCase() === 'content-type'))
				headers['Content-Type'] = 'text/plain; charset=utf-8';
		} else {
			payload = JSON.stringify(r.body);
			if (!Object.keys(headers).some((h) => h.toLowerCase() === 'content-type'))
				headers['Content-Type'] = 'application/json; charset=utf-8';
		}
	}
	headers['Content-Length'] = String(Buffer.byteLength(payload));
	headers.Date = new Date().toUTCString();
	res.writeHead(r.status, headers);
	res.end(payload);
}

/** Start the simulator on 127.0.0.1. */
export async function startSmsSimulator(options: StartSimOptions = {}): Promise<SmsSimulator> {
	const enabled = new Set<ProviderId>(options.providers ?? (Object.keys(SIMS) as ProviderId[]));
	const credentials = {} as SimCredentials;
	for (const id of Object.keys(SIMS) as ProviderId[]) {
		(credentials as unknown as Record<string, unknown>)[id] = {
			...DEFAULT_SIM_CREDENTIALS[id],
			...(options.credentials?.[id] ?? {}),
		};
	}
	const log: RecordedRequest[] = [];
	const faults = new Map<ProviderId, PendingFault[]>();
	const states = new Map<ProviderId, Map<string, unknown>>();
	const sockets = new Set<Socket>();
	const simOptions: SimOptions = { rejectDuplicateIds: options.rejectDuplicateIds ?? false };

	const takeFault = (
		provider: ProviderId,
		endpoint: RecordedRequest['endpoint'],
		recipient: string | undefined,
	): PendingFault | undefined => {
		const list = faults.get(provider);
		if (!list) return undefined;
		const idx = list.findIndex((f) => {
			const ep = f.endpoint ?? 'send';
			if (ep !== 'any' && ep !== endpoint) return false;
			if (f.to !== undefined && digits(f.to) !== digits(recipient)) return false;
			return true;
		});
		if (idx < 0) return undefined;
		const f = list[idx];
		f.remaining -= 1;
		if (f.remaining <= 0) list.splice(idx, 1);
		return f;
	};

	const handle = async (req: IncomingMessage, res: ServerResponse): Promise<void> => {
		const chunks: Buffer[] = [];
		for await (const c of req) chunks.push(c as Buffer);
		const rawBody = Buffer.concat(chunks).toString('utf8');
		const target = req.url ?? '/';
		const qIdx = target.indexOf('?');
		const pathname = qIdx < 0 ? target : target.slice(0, qIdx);
		const query = parseQuery(qIdx < 0 ? '' : target.slice(qIdx + 1));
		const { body, contentType, jsonError } = parseBody(rawBody, req.headers['content-type']);
		const seg = pathname.split('/')[1] ?? '';
		const record: RecordedRequest = {
			provider: 'unknown',
			method: req.method ?? 'GET',
			path: pathname,
			url: target,
			query,
			headers: req.headers,
			rawBody,
			body,
			contentType,
			endpoint: 'other',
			time: Date.now(),
		};
		log.push(record);

		if (req.method === 'GET' && pathname === '/sent') {
			record.responseStatus = 200;
			sendResponse(res, { status: 200, body: log.filter((r) => r !== record) });
			return;
		}
		if (!(seg in SIMS) || !enabled.has(seg as ProviderId)) {
			record.responseStatus = 404;
			sendResponse(res, { status: 404, body: { error: `No simulated provider at /${seg}` } });
			return;
		}
		const provider = seg as ProviderId;
		const sim = SIMS[provider] as ProviderSim<unknown>;
		const creds = credentials[provider];
		const simReq: SimRequest = {
			method: record.method,
			path: pathname.slice(provider.length + 1) || '/',
			query,
			headers: req.headers,
			rawBody,
			body,
			contentType,
			jsonError,
		};
		record.provider = provider;
		record.path = simReq.path;
		const { endpoint, recipient } = sim.classify(simReq, creds);
		record.endpoint = endpoint;
		record.recipient = recipient;

		let answer = sim.authenticate(simReq, creds);
		if (!answer) {
			const fault = takeFault(provider, endpoint, recipient);
			if (fault?.hang) return; // hold the socket until the client gives up or close()
			if (fault?.delayMs) await new Promise((r) => setTimeout(r, fault.delayMs));
			if (fault && (fault.status !== undefined || fault.code !== undefined)) {
				answer = sim.fault(fault, simReq, creds);
				if (answer.status === 429 || answer.status === 503) {
					answer.headers = {
						'Retry-After': String(fault.retryAfter ?? 1),
						...(answer.headers ?? {}),
					};
				}
			} else {
				let state = states.get(provider);
				if (!state) states.set(provider, (state = new Map()));
				answer = sim.handle(simReq, creds, simOptions, state);
			}
		}
		record.responseStatus = answer.status;
		if (!res.destroyed) sendResponse(res, answer);
	};

	const server = createServer((req, res) => {
		handle(req, res).catch((err: unknown) => {
			if (!res.headersSent && !res.destroyed)
				sendResponse(res, { status: 500, body: { error: String(err) } });
		});
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
	const url = `http://127.0.0.1:${port}`;

	return {
		url,
		port,
		credentials,
		log,
		baseUrl: (provider) => `${url}/${provider}`,
		requests: (provider, endpoint) =>
			log.filter(
				(r) => r.provider === provider && (endpoint === undefined || r.endpoint === endpoint),
			),
		inject(provider, fault) {
			const list = faults.get(provider) ?? [];
			list.push({ ...fault, remaining: fault.times ?? 1 });
			faults.set(provider, list);
		},
		reset() {
			log.length = 0;
			faults.clear();
			states.clear();
		},
		close() {
			for (const s of sockets) s.destroy();
			return new Promise<void>((resolve) => server.close(() => resolve()));
		},
	};
}
