// Eskiz simulator: POST /api/auth/login → token; POST /api/message/sms/send (Bearer); GET /api/auth/user.
// Tokens live per credentials object; `expireTokens` (or an injected fault with code `token_expired`) makes
// every issued token invalid, as when the ~30-day token runs out.
import type { ProviderSim, SimFault, SimResponse } from '../types';
import { asObj, hex, str, uuid } from '../util';

export interface EskizSimCredentials {
	email: string;
	password: string;
}

const tokens = new WeakMap<EskizSimCredentials, Set<string>>();

function tokenSet(creds: EskizSimCredentials): Set<string> {
	let set = tokens.get(creds);
	if (!set) tokens.set(creds, (set = new Set()));
	return set;
}

/** Invalidate every token issued for these credentials. */
export function expireEskizTokens(creds: EskizSimCredentials): void {
	tokenSet(creds).clear();
}

const tokenInvalid: SimResponse = {
	status: 401,
	body: { status: 'token-invalid', message: 'Token has expired' },
};

export const eskizSim: ProviderSim<EskizSimCredentials> = {
	id: 'eskiz',
	defaults: { email: 'csi@example.uz', password: 'eskiz-secret-1' },

	classify(req) {
		if (req.method === 'POST' && req.path === '/api/message/sms/send')
			return { endpoint: 'send', recipient: str(asObj(req.body)?.mobile_phone) };
		if (req.method === 'GET' && req.path === '/api/auth/user') return { endpoint: 'test' };
		return { endpoint: 'other' };
	},

	authenticate(req, creds) {
		if (req.path === '/api/auth/login') return undefined;
		const h = str(req.headers.authorization) ?? '';
		const token = /^Bearer (.+)$/.exec(h)?.[1];
		if (!token || !tokenSet(creds).has(token)) return tokenInvalid;
		return undefined;
	},

	handle(req, creds) {
		if (req.method === 'POST' && req.path === '/api/auth/login') {
			const b = asObj(req.body) ?? {};
			if (str(b.email) !== creds.email || str(b.password) !== creds.password)
				return { status: 401, body: { message: 'Invalid credentials', status: 'error' } };
			const token = `eyJ.${hex(16)}`;
			tokenSet(creds).add(token);
			return {
				status: 200,
				body: { message: 'token_generated', data: { token }, token_type: 'bearer' },
			};
		}
		if (req.method === 'GET' && req.path === '/api/auth/user')
			return {
				status: 200,
				body: {
					status: 'success',
					data: {
						id: 1,
						name: 'CSI',
						email: creds.email,
						role: 'user',
						status: 'active',
						balance: 50000,
					},
				},
			};
		if (req.method !== 'POST' || req.path !== '/api/message/sms/send')
			return { status: 404, body: { message: 'Not found', status: 'error' } };
		const b = asObj(req.body) ?? {};
		const phone = str(b.mobile_phone) ?? '';
		if (!/^998\d{9}$/.test(phone))
			return { status: 400, body: { message: 'Invalid phone number', status: 'error' } };
		if (!str(b.message))
			return { status: 400, body: { message: 'The message field is required.', status: 'error' } };
		return {
			status: 200,
			body: { id: uuid(), message: 'Waiting for SMS provider', status: 'waiting' },
		};
	},

	fault(fault: SimFault, _req, creds) {
		if (fault.code === 'token_expired') {
			expireEskizTokens(creds);
			return tokenInvalid;
		}
		const status = fault.status ?? 400;
		return {
			status,
			body: {
				message: fault.message ?? (fault.code === 'balance' ? 'Insufficient balance' : 'Error'),
				status: 'error',
			},
		};
	},
};
