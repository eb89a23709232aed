// SMSC.ru simulator: /sys/send.php (fmt=3 JSON), /sys/balance.php; login+psw or apikey in form or query.
import type { ProviderSim, SimFault, SimRequest, SimResponse } from '../types';
import { asObj, segmentsOf } from '../util';

export interface SmscSimCredentials {
	login: string;
	password: string;
	apiKey: string;
}

function params(req: SimRequest): Record<string, string> {
	const body = asObj(req.body) ?? {};
	const out: Record<string, string> = { ...req.query };
	for (const [k, v] of Object.entries(body)) if (typeof v === 'string') out[k] = v;
	return out;
}

const smscError = (code: number, error: string): SimResponse => ({
	status: 200,
	body: { error, error_code: code },
});

let nextId = 1000;

export const smscSim: ProviderSim<SmscSimCredentials> = {
	id: 'smsc',
	defaults: { login: 'csi', password: 'smsc-secret-1', apiKey: 'smsc-api-key-1' },

	classify(req) {
		if (req.path === '/sys/send.php') return { endpoint: 'send', recipient: params(req).phones };
		if (req.path === '/sys/balance.php') return { endpoint: 'test' };
		return { endpoint: 'other' };
	},

	authenticate(req, creds) {
		const p = params(req);
		const ok = p.apikey
			? p.apikey === creds.apiKey
			: p.login === creds.login && p.psw === creds.password;
		return ok ? undefined : smscError(2, 'authorise error');
	},

	handle(req) {
		const p = params(req);
		if (req.path === '/sys/balance.php') return { status: 200, body: { balance: '1520.75' } };
		if (req.path !== '/sys/send.php') return { status: 404, body: '' };
		if (!p.phones || !p.mes) return smscError(1, 'parameters error');
		if (!/^\d{10,15}$/.test(p.phones)) return smscError(7, 'invalid number');
		if (p.fmt !== '3') return { status: 200, body: `OK - 1 SMS, ID - ${nextId++}` };
		return {
			status: 200,
			body: { id: nextId++, cnt: segmentsOf(p.mes), cost: '3.50', balance: '1517.25' },
		};
	},

	fault(fault: SimFault) {
		if (fault.code !== undefined) return smscError(Number(fault.code), fault.message ?? 'error');
		return { status: fault.status ?? 500, body: '' };
	},
};
