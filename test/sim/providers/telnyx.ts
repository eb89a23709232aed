// Telnyx Messaging v2 simulator: POST /v2/messages, GET /v2/balance.
import type { ProviderSim, SimFault, SimResponse } from '../types';
import { asObj, isE164, isGsm, segmentsOf, str, uuid } from '../util';

export interface TelnyxSimCredentials {
	apiKey: string;
	/** A messaging profile id the account owns (accepted in `messaging_profile_id`). */
	messagingProfileId?: string;
}

const TITLES: Record<string, { status: number; title: string; detail: string }> = {
	'10004': {
		status: 422,
		title: 'Missing required parameter',
		detail: 'A required parameter was missing.',
	},
	'10009': {
		status: 401,
		title: 'Authentication failed',
		detail: 'Could not understand the provided credentials.',
	},
	'10011': {
		status: 429,
		title: 'Too many requests',
		detail: 'You have exceeded the maximum number of allowed requests.',
	},
	'10007': { status: 500, title: 'Unexpected error', detail: 'An unexpected error occured.' },
	'10015': {
		status: 400,
		title: 'Bad Request',
		detail: 'The request failed because it was not well-formed.',
	},
	'10016': {
		status: 422,
		title: 'Phone number must be in +E.164 format',
		detail: 'The specified phone number parameter must be in +E.164 format.',
	},
	'40300': {
		status: 400,
		title: 'Blocked due to STOP message',
		detail: 'Messages cannot be sent to this recipient because it replied STOP to this sender.',
	},
	'40310': { status: 400, title: "Invalid 'to' address", detail: "The 'to' address is invalid." },
};

function telnyxError(
	code: string,
	status?: number,
	detail?: string,
	pointer?: string,
): SimResponse {
	const t = TITLES[code] ?? { status: 400, title: 'Error', detail: 'Error' };
	const err: Record<string, unknown> = {
		code,
		title: t.title,
		detail: detail ?? t.detail,
		meta: { url: `https://developers.telnyx.com/docs/overview/errors/${code}` },
	};
	if (pointer) err.source = { pointer };
	return { status: status ?? t.status, body: { errors: [err] } };
}

export const telnyxSim: ProviderSim<TelnyxSimCredentials> = {
	id: 'telnyx',
	defaults: {
		apiKey: 'KEY_example_telnyx_0001',
		messagingProfileId: '40017f8e-49bd-4f16-9e3d-ef103f916228',
	},

	classify(req) {
		if (req.method === 'POST' && req.path === '/v2/messages')
			return { endpoint: 'send', recipient: str(asObj(req.body)?.to) };
		if (req.method === 'GET' && req.path === '/v2/balance') return { endpoint: 'test' };
		return { endpoint: 'other' };
	},

	authenticate(req, creds) {
		const h = req.headers.authorization;
		if (h !== `Bearer ${creds.apiKey}`) return telnyxError('10009');
		return undefined;
	},

	handle(req, creds, _options, state) {
		const profilePath = /^\/v2\/messaging_profiles\/([^/]+)$/.exec(req.path);
		if (profilePath) {
			if (decodeURIComponent(profilePath[1]) !== creds.messagingProfileId) {
				return {
					status: 404,
					body: {
						errors: [
							{
								code: '10005',
								title: 'Resource not found',
								detail: 'The requested resource or URL could not be found.',
							},
						],
					},
				};
			}
			if (req.method === 'PATCH') {
				if (req.contentType !== 'json' || req.jsonError) return telnyxError('10015');
				const b = asObj(req.body) ?? {};
				if (b.webhook_url !== undefined) {
					const url = str(b.webhook_url) ?? '';
					if (url !== '' && !/^https?:\/\//.test(url))
						return telnyxError('10015', 422, 'webhook_url must be a valid URL.', '/webhook_url');
					state.set('webhook_url', url);
				}
				if (b.webhook_api_version !== undefined)
					state.set('webhook_api_version', str(b.webhook_api_version) ?? '2');
			} else if (req.method !== 'GET') {
				return telnyxError('10015', 405, 'Method not allowed.');
			}
			return {
				status: 200,
				body: {
					data: {
						record_type: 'messaging_profile',
						id: creds.messagingProfileId,
						name: 'Simulated profile',
						enabled: true,
						webhook_url: (state.get('webhook_url') as string | undefined) ?? '',
						webhook_failover_url: '',
						webhook_api_version: (state.get('webhook_api_version') as string | undefined) ?? '2',
						whitelisted_destinations: ['US'],
						created_at: '2024-01-01T00:00:00.000Z',
						updated_at: new Date().toISOString(),
					},
				},
			};
		}
		if (req.method === 'GET' && req.path === '/v2/balance') {
			return {
				status: 200,
				body: {
					data: {
						record_type: 'balance',
						balance: '300.00',
						credit_limit: '100.00',
						available_credit: '400.00',
						pending: '10.00',
						currency: 'USD',
					},
				},
			};
		}
		if (req.method !== 'POST' || req.path !== '/v2/messages')
			return {
				status: 404,
				body: {
					errors: [
						{
							code: '10005',
							title: 'Resource not found',
							detail: 'The requested resource or URL could not be found.',
						},
					],
				},
			};
		if (req.contentType !== 'json' || req.jsonError) return telnyxError('10015');
		const b = asObj(req.body) ?? {};
		const to = str(b.to);
		const from = str(b.from);
		const profile = str(b.messaging_profile_id);
		const text = str(b.text);
		if (!to) return telnyxError('10004', undefined, 'The to parameter is required.', '/to');
		if (!isE164(to)) return telnyxError('10016', undefined, undefined, '/to');
		if (!from && !profile)
			return telnyxError(
				'10004',
				undefined,
				'Either from or messaging_profile_id is required.',
				'/from',
			);
		if (!text) return telnyxError('10004', undefined, 'The text parameter is required.', '/text');
		if (profile && creds.messagingProfileId && profile !== creds.messagingProfileId) {
			return telnyxError('10015', 422, 'Invalid messaging profile id.', '/messaging_profile_id');
		}
		const now = new Date();
		return {
			status: 200,
			body: {
				data: {
					record_type: 'message',
					direction: 'outbound',
					id: uuid(),
					type: 'SMS',
					messaging_profile_id: profile ?? creds.messagingProfileId ?? null,
					organization_id: 'b448f9cc-a842-4784-98e9-03c1a5872950',
					from: { phone_number: from ?? '+18445550001', carrier: 'TELNYX LLC', line_type: 'VoIP' },
					to: [
						{
							phone_number: to,
							status: 'queued',
							carrier: 'T-MOBILE USA, INC.',
							line_type: 'Wireless',
						},
					],
					cc: [],
					text,
					media: [],
					webhook_url: str(b.webhook_url) ?? '',
					webhook_failover_url: '',
					encoding: isGsm(text) ? 'GSM-7' : 'UCS-2',
					parts: segmentsOf(text),
					tags: [],
					cost: null,
					received_at: now.toISOString(),
					sent_at: null,
					completed_at: null,
					valid_until: new Date(now.getTime() + 4 * 3600_000).toISOString(),
					errors: [],
				},
			},
		};
	},

	fault(fault: SimFault) {
		if (fault.code !== undefined) return telnyxError(fault.code, fault.status, fault.message);
		const status = fault.status ?? 500;
		return telnyxError(
			status === 429 ? '10011' : status >= 500 ? '10007' : '10015',
			status,
			fault.message,
		);
	},
};
