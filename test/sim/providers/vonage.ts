// Vonage (Nexmo) SMS API simulator: POST /sms/json (form or JSON), GET /account/get-balance.
import type { ProviderSim, SimFault, SimRequest, SimResponse } from '../types';
import { asObj, hex, isGsm, segmentsOf, str, uuid } from '../util';

export interface VonageSimCredentials {
	apiKey: string;
	apiSecret: string;
}

const ERROR_TEXT: Record<string, string> = {
	'1': 'Throughput Rate Exceeded - please wait [ 1000 ] and retry',
	'2': 'Missing Parameters',
	'3': 'Invalid Parameters',
	'4': 'Bad Credentials',
	'5': 'Internal Error',
	'6': 'Invalid Message',
	'7': 'Number barred.',
	'8': 'Partner Account barred.',
	'9': 'Partner quota exceeded.',
	'15': 'Illegal Sender Address - rejected',
	'29': 'Non White-listed Destination - rejected',
};

function smsError(status: string, text?: string): SimResponse {
	return {
		status: 200,
		body: {
			'message-count': '1',
			messages: [{ status, 'error-text': text ?? ERROR_TEXT[status] ?? 'Error' }],
		},
	};
}

function params(req: SimRequest): Record<string, unknown> {
	const body =
		req.contentType === 'form' || req.contentType === 'json' ? (asObj(req.body) ?? {}) : {};
	return { ...req.query, ...body };
}

export const vonageSim: ProviderSim<VonageSimCredentials> = {
	id: 'vonage',
	defaults: { apiKey: 'abcd1234', apiSecret: 'VonageSecret01' },

	classify(req) {
		if (req.method === 'POST' && req.path === '/sms/json')
			return { endpoint: 'send', recipient: str(params(req).to) };
		if (req.method === 'GET' && req.path === '/account/get-balance') return { endpoint: 'test' };
		return { endpoint: 'other' };
	},

	authenticate(req, creds) {
		const p = params(req);
		const key = str(p.api_key);
		const secret = str(p.api_secret);
		if (req.path === '/sms/json') {
			if (!key) return smsError('2', 'Missing api_key');
			if (!secret) return smsError('2', 'Missing api_secret');
			if (key !== creds.apiKey || secret !== creds.apiSecret) return smsError('4');
			return undefined;
		}
		if (key !== creds.apiKey || secret !== creds.apiSecret) {
			return {
				status: 401,
				headers: { 'Content-Type': 'application/problem+json' },
				body: {
					type: 'https://developer.nexmo.com/api-errors#unauthorized',
					title: 'Unauthorized',
					detail: 'You did not provide correct credentials.',
					instance: uuid(),
				},
			};
		}
		return undefined;
	},

	handle(req, _creds, _options, state) {
		if (req.path === '/account/settings') {
			if (req.method !== 'POST') return { status: 405, body: '' };
			const p = params(req);
			for (const [key, slot] of [
				['moCallBackUrl', 'mo'],
				['drCallBackUrl', 'dr'],
			] as const) {
				const url = str(p[key]);
				if (url === undefined) continue;
				if (url !== '' && !/^https?:\/\//.test(url))
					return {
						status: 400,
						body: { 'error-code': '420', 'error-code-label': `Invalid ${key}` },
					};
				state.set(slot, url);
			}
			return {
				status: 200,
				body: {
					'mo-callback-url': (state.get('mo') as string | undefined) ?? '',
					'dr-callback-url': (state.get('dr') as string | undefined) ?? '',
					'max-outbound-request': 30,
					'max-inbound-request': 30,
					'max-calls-per-second': 30,
				},
			};
		}
		if (req.method === 'GET' && req.path === '/account/get-balance') {
			return { status: 200, body: { value: 10.28, autoReload: false } };
		}
		if (req.method !== 'POST' || req.path !== '/sms/json') return { status: 404, body: '' };
		const p = params(req);
		const from = str(p.from);
		const to = str(p.to);
		const text = str(p.text);
		if (!from) return smsError('2', 'Missing from param');
		if (!to) return smsError('2', 'Missing to param');
		if (text === undefined || text === '') return smsError('2', 'Missing text param');
		if (!/^\d{7,15}$/.test(to)) return smsError('3', 'Invalid to param');
		const type = str(p.type) ?? 'text';
		if (!['text', 'unicode', 'binary'].includes(type)) return smsError('3', 'Invalid type param');
		// Without type=unicode, non-GSM characters would be lost: count as GSM anyway, like the platform.
		const count =
			type === 'unicode' || isGsm(text)
				? segmentsOf(text)
				: segmentsOf(text.replace(/[^\x20-\x7e]/g, '?'));
		const clientRef = str(p['client-ref']);
		const messages = Array.from({ length: count }, () => {
			const m: Record<string, string> = {
				to,
				'message-id': hex(8, true),
				status: '0',
				'remaining-balance': '15.53590000',
				'message-price': '0.03330000',
				network: '23410',
			};
			if (clientRef) m['client-ref'] = clientRef;
			return m;
		});
		return { status: 200, body: { 'message-count': String(count), messages } };
	},

	fault(fault: SimFault) {
		if (fault.code !== undefined) {
			const r = smsError(fault.code, fault.message);
			if (fault.status !== undefined) r.status = fault.status;
			return r;
		}
		const status = fault.status ?? 500;
		if (status === 429) {
			return {
				status,
				headers: { 'Content-Type': 'application/problem+json' },
				body: {
					type: 'https://developer.nexmo.com/api-errors#throttled',
					title: 'Too Many Requests',
					detail: fault.message ?? 'Rate limit hit',
					instance: uuid(),
				},
			};
		}
		return { status, body: fault.message ?? 'Internal Server Error' };
	},
};
