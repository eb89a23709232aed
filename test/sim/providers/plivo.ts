// Plivo Message API simulator: POST /v1/Account/{auth_id}/Message/, GET /v1/Account/{auth_id}/.
import type { ProviderSim, SimFault, SimResponse } from '../types';
import { asObj, basicCredentials, str, uuid } from '../util';

export interface PlivoSimCredentials {
	authId: string;
	authToken: string;
}

const MESSAGE_PATH = /^\/v1\/Account\/([^/]+)\/Message\/?$/;
const ACCOUNT_PATH = /^\/v1\/Account\/([^/]+)\/?$/;

function plivoError(status: number, error: string): SimResponse {
	return { status, body: { api_id: uuid(), error } };
}

export const plivoSim: ProviderSim<PlivoSimCredentials> = {
	id: 'plivo',
	defaults: { authId: 'MAXXXXXXXXXXXXXXXXXX', authToken: 'example-plivo-auth-token' },

	classify(req) {
		if (req.method === 'POST' && MESSAGE_PATH.test(req.path)) return { endpoint: 'send', recipient: str(asObj(req.body)?.dst) };
		if (req.method === 'GET' && ACCOUNT_PATH.test(req.path)) return { endpoint: 'test' };
		return { endpoint: 'other' };
	},

	authenticate(req, creds) {
		const basic = basicCredentials(req.headers.authorization);
		const m = MESSAGE_PATH.exec(req.path) ?? ACCOUNT_PATH.exec(req.path);
		if (!basic || basic.user !== creds.authId || basic.password !== creds.authToken || (m && m[1] !== creds.authId)) {
			return plivoError(401, 'Authentication failed');
		}
		return undefined;
	},

	handle(req, creds) {
		if (req.method === 'GET' && ACCOUNT_PATH.test(req.path)) {
			return {
				status: 200,
				body: {
					account_type: 'standard',
					address: '',
					api_id: uuid(),
					auth_id: creds.authId,
					auto_recharge: false,
					billing_mode: 'prepaid',
					cash_credits: '12.34560',
					city: '',
					name: 'Simulated account',
					resource_uri: `/v1/Account/${creds.authId}/`,
					state: '',
					timezone: 'UTC',
				},
			};
		}
		if (req.method !== 'POST' || !MESSAGE_PATH.test(req.path)) return plivoError(404, 'not found');
		if (req.contentType !== 'json' || req.jsonError) return plivoError(400, 'invalid json data sent in raw POST');
		const b = asObj(req.body) ?? {};
		const src = str(b.src);
		const powerpack = str(b.powerpack_uuid);
		const dst = str(b.dst);
		const text = str(b.text);
		if (!src && !powerpack) return plivoError(400, 'Missing mandatory parameter: src or powerpack_uuid');
		if (!dst) return plivoError(400, 'Missing mandatory parameter: dst');
		if (text === undefined || text === '') return plivoError(400, 'Missing mandatory parameter: text');
		const dsts = dst.split('<');
		if (dsts.some((d) => !/^\d{7,15}$/.test(d))) return plivoError(400, `invalid dst parameter: ${dst}`);
		if (b.url !== undefined && !/^https?:\/\//.test(String(b.url))) return plivoError(400, 'invalid url parameter');
		return {
			status: 202,
			body: { api_id: uuid(), message: 'message(s) queued', message_uuid: dsts.map(() => uuid()) },
		};
	},

	fault(fault: SimFault) {
		const status = fault.status ?? (fault.code ? 400 : 500);
		return plivoError(status, fault.message ?? fault.code ?? (status === 429 ? 'too many requests' : 'internal server error'));
	},
};
