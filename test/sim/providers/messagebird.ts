// MessageBird SMS REST API simulator: POST /messages, GET /balance.
import type { ProviderSim, SimFault, SimResponse } from '../types';
import { asObj, hex, str } from '../util';

export interface MessagebirdSimCredentials {
	apiKey: string;
}

const DESCRIPTIONS: Record<
	string,
	{ status: number; description: string; parameter: string | null }
> = {
	'2': {
		status: 401,
		description: 'Request not allowed (incorrect access_key)',
		parameter: 'access_key',
	},
	'9': { status: 422, description: 'no (correct) recipients found', parameter: 'recipients' },
	'10': { status: 422, description: 'Invalid params', parameter: null },
	'20': { status: 404, description: 'Not found', parameter: null },
	'21': { status: 400, description: 'Bad request', parameter: null },
	'25': { status: 422, description: 'Not enough balance', parameter: null },
	'99': { status: 500, description: 'Internal error', parameter: null },
};

function mbError(
	code: string,
	status?: number,
	description?: string,
	parameter?: string | null,
): SimResponse {
	const d = DESCRIPTIONS[code] ?? { status: 422, description: 'Error', parameter: null };
	return {
		status: status ?? d.status,
		body: {
			errors: [
				{
					code: Number(code),
					description: description ?? d.description,
					parameter: parameter === undefined ? d.parameter : parameter,
				},
			],
		},
	};
}

function recipientsOf(value: unknown): string[] {
	if (Array.isArray(value)) return value.map((v) => String(v));
	if (typeof value === 'string' || typeof value === 'number')
		return String(value)
			.split(',')
			.map((s) => s.trim());
	return [];
}

export const messagebirdSim: ProviderSim<MessagebirdSimCredentials> = {
	id: 'messagebird',
	defaults: { apiKey: 'live_example_access_key_0001' },

	classify(req) {
		if (req.method === 'POST' && req.path === '/messages')
			return { endpoint: 'send', recipient: recipientsOf(asObj(req.body)?.recipients)[0] };
		if (req.method === 'GET' && req.path === '/balance') return { endpoint: 'test' };
		return { endpoint: 'other' };
	},

	authenticate(req, creds) {
		if (req.headers.authorization !== `AccessKey ${creds.apiKey}`) return mbError('2');
		return undefined;
	},

	handle(req) {
		if (req.method === 'GET' && req.path === '/balance')
			return { status: 200, body: { payment: 'prepaid', type: 'credits', amount: 9.2 } };
		if (req.method !== 'POST' || req.path !== '/messages') return mbError('20');
		if (req.jsonError || (req.contentType !== 'json' && req.contentType !== 'form'))
			return mbError('21');
		const b = asObj(req.body) ?? {};
		const originator = str(b.originator);
		const body = str(b.body);
		const recipients = recipientsOf(b.recipients);
		if (!originator) return mbError('9', undefined, 'originator is required', 'originator');
		if (!body) return mbError('9', undefined, 'body is required', 'body');
		if (recipients.length === 0 || recipients.some((r) => !/^\d{7,15}$/.test(r)))
			return mbError('9');
		const datacoding = str(b.datacoding) ?? 'plain';
		if (!['plain', 'unicode', 'auto'].includes(datacoding))
			return mbError('10', undefined, 'datacoding is invalid', 'datacoding');
		const id = hex(16);
		const now = new Date().toISOString().replace(/\.\d{3}Z$/, '+00:00');
		return {
			status: 201,
			body: {
				id,
				href: `https://rest.messagebird.com/messages/${id}`,
				direction: 'mt',
				type: 'sms',
				originator,
				body,
				reference: str(b.reference) ?? null,
				reportUrl: str(b.reportUrl) ?? null,
				validity: null,
				gateway: 10,
				typeDetails: {},
				datacoding,
				mclass: 1,
				scheduledDatetime: null,
				createdDatetime: now,
				recipients: {
					totalCount: recipients.length,
					totalSentCount: recipients.length,
					totalDeliveredCount: 0,
					totalDeliveryFailedCount: 0,
					items: recipients.map((r) => ({
						recipient: Number(r),
						status: 'sent',
						statusDatetime: now,
						messagePartCount: 1,
					})),
				},
			},
		};
	},

	fault(fault: SimFault) {
		if (fault.code !== undefined) return mbError(fault.code, fault.status, fault.message);
		const status = fault.status ?? 500;
		if (status === 429)
			return {
				status,
				body: {
					errors: [
						{ code: 429, description: fault.message ?? 'Too many requests', parameter: null },
					],
				},
			};
		return mbError('99', status, fault.message);
	},
};
