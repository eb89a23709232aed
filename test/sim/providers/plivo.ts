// Plivo Message API simulator: POST /v1/Account/{auth_id}/Message/, GET /v1/Account/{auth_id}/.
import type { ProviderSim, SimFault, SimResponse } from '../types';
import { asObj, basicCredentials, str, uuid } from '../util';

export interface PlivoSimCredentials {
	authId: string;
	authToken: string;
}

const MESSAGE_PATH = /^\/v1\/Account\/([^/]+)\/Message\/?$/;
const ACCOUNT_PATH = /^\/v1\/Account\/([^/]+)\/?$/;
const APPLICATION_PATH = /^\/v1\/Account\/([^/]+)\/Application\/([^/]+)\/?$/;

/** The application the simulated account owns (its numbers are linked to it). */
export const PLIVO_SIM_APP_ID = '20468599130939380';

function plivoError(status: number, error: string): SimResponse {
	return { status, body: { api_id: uuid(), error } };
}

export const plivoSim: ProviderSim<PlivoSimCredentials> = {
	id: 'plivo',
	defaults: { authId: 'MAXXXXXXXXXXXXXXXXXX', authToken: 'example-plivo-auth-token' },

	classify(req) {
		if (req.method === 'POST' && MESSAGE_PATH.test(req.path))
			return { endpoint: 'send', recipient: str(asObj(req.body)?.dst) };
		if (req.method === 'GET' && ACCOUNT_PATH.test(req.path)) return { endpoint: 'test' };
		return { endpoint: 'other' };
	},

	authenticate(req, creds) {
		const basic = basicCredentials(req.headers.authorization);
		const m =
			MESSAGE_PATH.exec(req.path) ?? ACCOUNT_PATH.exec(req.path) ?? APPLICATION_PATH.exec(req.path);
		if (
			!basic ||
			basic.user !== creds.authId ||
			basic.password !== creds.authToken ||
			(m && m[1] !== creds.authId)
		) {
			return plivoError(401, 'Authentication failed');
		}
		return undefined;
	},

	handle(req, creds, _options, state) {
		const app = APPLICATION_PATH.exec(req.path);
		if (app) {
			if (app[2] !== PLIVO_SIM_APP_ID) return plivoError(404, 'Application not found');
			if (req.method === 'POST') {
				if (req.contentType !== 'json' || req.jsonError)
					return plivoError(400, 'invalid json data sent in raw POST');
				const b = asObj(req.body) ?? {};
				if (b.message_url !== undefined) {
					const url = str(b.message_url) ?? '';
					if (url !== '' && !/^https?:\/\//.test(url))
						return plivoError(400, 'invalid message_url parameter');
					state.set('message_url', url);
				}
				if (b.message_method !== undefined)
					state.set('message_method', str(b.message_method) ?? 'POST');
				return { status: 202, body: { api_id: uuid(), message: 'changed' } };
			}
			if (req.method !== 'GET') return plivoError(405, 'method not allowed');
			return {
				status: 200,
				body: {
					api_id: uuid(),
					app_id: PLIVO_SIM_APP_ID,
					app_name: 'csi-survey',
					answer_url: '',
					answer_method: 'POST',
					message_url: (state.get('message_url') as string | undefined) ?? '',
					message_method: (state.get('message_method') as string | undefined) ?? 'POST',
					default_app: false,
					enabled: true,
					resource_uri: `/v1/Account/${creds.authId}/Application/${PLIVO_SIM_APP_ID}/`,
				},
			};
		}
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
		if (req.contentType !== 'json' || req.jsonError)
			return plivoError(400, 'invalid json data sent in raw POST');
		const b = asObj(req.body) ?? {};
		const src = str(b.src);
		const powerpack = str(b.powerpack_uuid);
		const dst = str(b.dst);
		const text = str(b.text);
		if (!src && !powerpack)
			return plivoError(400, 'Missing mandatory parameter: src or powerpack_uuid');
		if (!dst) return plivoError(400, 'Missing mandatory parameter: dst');
		if (text === undefined || text === '')
			return plivoError(400, 'Missing mandatory parameter: text');
		const dsts = dst.split('<');
		if (dsts.some((d) => !/^\d{7,15}$/.test(d)))
			return plivoError(400, `invalid dst parameter: ${dst}`);
		if (b.url !== undefined && !/^https?:\/\//.test(String(b.url)))
			return plivoError(400, 'invalid url parameter');
		return {
			status: 202,
			body: { api_id: uuid(), message: 'message(s) queued', message_uuid: dsts.map(() => uuid()) },
		};
	},

	fault(fault: SimFault) {
		const status = fault.status ?? (fault.code ? 400 : 500);
		return plivoError(
			status,
			fault.message ??
				fault.code ??
				(status === 429 ? 'too many requests' : 'internal server error'),
		);
	},
};
