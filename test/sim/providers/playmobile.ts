// Play Mobile broker-api simulator: POST /broker-api/send (Basic auth, JSON messages[]).
import type { ProviderSim, SimFault, SimResponse } from '../types';
import { asObj, basicCredentials, str } from '../util';

export interface PlaymobileSimCredentials {
	username: string;
	password: string;
}

const DESCRIPTIONS: Record<string, string> = {
	'100': 'Internal server error',
	'101': 'Syntax error',
	'102': 'Account lock',
	'202': 'Empty recipient',
	'205': 'Empty message-id',
	'401': 'Empty originator',
	'404': 'Empty content',
};

function pmError(code: string, message?: string): SimResponse {
	return {
		status: 400,
		body: {
			'error-code': Number(code),
			'error-description': message ?? DESCRIPTIONS[code] ?? 'Error',
		},
	};
}

export const playmobileSim: ProviderSim<PlaymobileSimCredentials> = {
	id: 'playmobile',
	defaults: { username: 'csi_broker', password: 'pm-secret-1' },

	classify(req) {
		if (req.method === 'POST' && req.path === '/broker-api/send') {
			const list = asObj(req.body)?.messages;
			if (Array.isArray(list) && list.length === 0) return { endpoint: 'test' };
			const first = Array.isArray(list) ? asObj(list[0]) : undefined;
			return { endpoint: 'send', recipient: str(first?.recipient) };
		}
		return { endpoint: 'other' };
	},

	authenticate(req, creds) {
		const c = basicCredentials(req.headers.authorization);
		if (!c || c.user !== creds.username || c.password !== creds.password)
			return { status: 401, body: '' };
		return undefined;
	},

	handle(req) {
		if (req.method !== 'POST' || req.path !== '/broker-api/send') return { status: 404, body: '' };
		if (req.contentType !== 'json' || req.jsonError) return pmError('101');
		const list = asObj(req.body)?.messages;
		if (!Array.isArray(list)) return pmError('101');
		// An empty batch (the credential Test) sends nothing; the real broker's answer is undocumented.
		if (list.length === 0) return { status: 200, body: 'Request is received' };
		for (const raw of list) {
			const m = asObj(raw) ?? {};
			const recipient = str(m.recipient) ?? '';
			if (recipient === '') return pmError('202');
			if (!/^998\d{9}$/.test(recipient)) return pmError('202', 'Invalid recipient');
			if (!str(m['message-id'])) return pmError('205');
			const sms = asObj(m.sms) ?? {};
			if (!str(sms.originator)) return pmError('401');
			if (!str(asObj(sms.content)?.text)) return pmError('404');
		}
		return { status: 200, body: 'Request is received' };
	},

	fault(fault: SimFault) {
		if (fault.code !== undefined) return pmError(fault.code, fault.message);
		return { status: fault.status ?? 500, body: '' };
	},
};
