// Infobip SMS API v3 simulator: POST /sms/3/messages, GET /account/1/balance.
import type { ProviderSim, SimFault, SimResponse } from '../types';
import { asObj, hex, segmentsOf, str } from '../util';

export interface InfobipSimCredentials {
	apiKey: string;
}

const RESOURCES = [
	{
		name: 'API endpoint documentation',
		url: 'https://www.infobip.com/docs/api/channels/sms/sms-messaging/outbound-sms/send-sms-messages',
	},
];

const REJECTED: Record<string, { id: number; description: string }> = {
	REJECTED_NETWORK: { id: 6, description: 'Network is forbidden' },
	REJECTED_NOT_ENOUGH_CREDITS: { id: 12, description: 'Not enough credits' },
	REJECTED_SENDER: { id: 13, description: 'Sender ID blocklisted' },
	REJECTED_DESTINATION: { id: 14, description: 'Destination address blocklisted' },
	REJECTED_PREPAID_PACKAGE_EXPIRED: { id: 17, description: 'Account credit expired' },
	REJECTED_DESTINATION_NOT_REGISTERED: { id: 18, description: 'Destination not registered' },
	REJECTED_ROUTE_NOT_AVAILABLE: { id: 19, description: 'Route not available' },
	REJECTED_FLOODING_FILTER: { id: 20, description: 'Rejected flooding' },
	REJECTED_SYSTEM_ERROR: { id: 21, description: 'System error' },
	REJECTED_DUPLICATE_MESSAGE_ID: { id: 23, description: 'Rejected duplicate message ID' },
	REJECTED_INVALID_UDH: { id: 24, description: 'Rejected invalid UDH' },
	REJECTED_MESSAGE_TOO_LONG: { id: 25, description: 'Rejected message too long' },
	MISSING_TO: { id: 51, description: 'Missing to' },
	REJECTED_INVALID_DESTINATION: { id: 52, description: 'Invalid destination' },
};

function e400(violations: Array<{ property: string; violation: string }>): SimResponse {
	return {
		status: 400,
		body: {
			errorCode: 'E400',
			description: 'Request cannot be processed.',
			action: 'Check the syntax, violations and adjust the request.',
			violations,
			resources: RESOURCES,
		},
	};
}

function rejected(
	name: string,
	destination: string,
	messageId: string,
	description?: string,
): SimResponse {
	const r = REJECTED[name] ?? { id: 0, description: name };
	return {
		status: 200,
		body: {
			messages: [
				{
					messageId,
					status: {
						groupId: 5,
						groupName: 'REJECTED',
						id: r.id,
						name,
						description: description ?? r.description,
					},
					destination,
				},
			],
		},
	};
}

function firstDestination(body: unknown): Record<string, unknown> | undefined {
	const msgs = asObj(body)?.messages;
	const m = Array.isArray(msgs) ? asObj(msgs[0]) : undefined;
	const d = Array.isArray(m?.destinations) ? asObj(m.destinations[0]) : undefined;
	return d;
}

export const infobipSim: ProviderSim<InfobipSimCredentials> = {
	id: 'infobip',
	defaults: { apiKey: 'example-infobip-api-key-0001' },

	classify(req) {
		if (req.method === 'POST' && req.path === '/sms/3/messages')
			return { endpoint: 'send', recipient: str(firstDestination(req.body)?.to) };
		if (req.method === 'GET' && req.path === '/account/1/balance') return { endpoint: 'test' };
		return { endpoint: 'other' };
	},

	authenticate(req, creds) {
		if (req.headers.authorization !== `App ${creds.apiKey}`) {
			return {
				status: 401,
				body: {
					requestError: {
						serviceException: { messageId: 'UNAUTHORIZED', text: 'Invalid login details' },
					},
				},
			};
		}
		return undefined;
	},

	handle(req, _creds, options, state) {
		if (req.method === 'GET' && req.path === '/account/1/balance')
			return { status: 200, body: { balance: 47.79134, currency: 'EUR' } };
		if (req.method !== 'POST' || req.path !== '/sms/3/messages') {
			return {
				status: 404,
				body: {
					errorCode: 'E404',
					description: 'Resource not found.',
					action: 'Check the path.',
					violations: [],
					resources: RESOURCES,
				},
			};
		}
		if (req.contentType !== 'json' || req.jsonError)
			return e400([{ property: 'body', violation: 'must be valid JSON' }]);
		const msgs = asObj(req.body)?.messages;
		if (!Array.isArray(msgs) || msgs.length === 0)
			return e400([{ property: 'messages', violation: 'must not be empty' }]);
		const violations: Array<{ property: string; violation: string }> = [];
		msgs.forEach((mv, i) => {
			const m = asObj(mv) ?? {};
			const dests = m.destinations;
			if (!Array.isArray(dests) || dests.length === 0)
				violations.push({
					property: `messages[${i}].destinations`,
					violation: 'must not be empty',
				});
			else
				dests.forEach((dv, j) => {
					const to = str(asObj(dv)?.to);
					if (!to)
						violations.push({
							property: `messages[${i}].destinations[${j}].to`,
							violation: 'must not be blank',
						});
					else if (!/^\d{5,15}$/.test(to))
						violations.push({
							property: `messages[${i}].destinations[${j}].to`,
							violation: 'invalid destination address format',
						});
				});
			const text = str(asObj(m.content)?.text);
			if (!text)
				violations.push({
					property: `messages[${i}].content.text`,
					violation: 'must not be blank',
				});
			const url = asObj(asObj(m.webhooks)?.delivery)?.url;
			if (url !== undefined && !/^https?:\/\//.test(String(url)))
				violations.push({
					property: `messages[${i}].webhooks.delivery.url`,
					violation: 'must be a valid URL',
				});
		});
		if (violations.length) return e400(violations);
		const seen = (state.get('ids') as Set<string> | undefined) ?? new Set<string>();
		state.set('ids', seen);
		const out: unknown[] = [];
		for (const mv of msgs) {
			const m = asObj(mv) ?? {};
			const text = str(asObj(m.content)?.text) ?? '';
			for (const dv of m.destinations as unknown[]) {
				const d = asObj(dv) ?? {};
				const to = str(d.to) ?? '';
				const id = str(d.messageId) ?? hex(18);
				if (options.rejectDuplicateIds && seen.has(id))
					return rejected('REJECTED_DUPLICATE_MESSAGE_ID', to, id);
				seen.add(id);
				out.push({
					messageId: id,
					status: {
						groupId: 1,
						groupName: 'PENDING',
						id: 26,
						name: 'PENDING_ACCEPTED',
						description: 'Message sent to next instance',
					},
					destination: to,
					details: { messageCount: segmentsOf(text) },
				});
			}
		}
		const body: Record<string, unknown> = { messages: out };
		if (out.length > 1) body.bulkId = hex(16);
		return { status: 200, body };
	},

	fault(fault: SimFault, req) {
		const d = firstDestination(req.body);
		if (
			fault.code !== undefined &&
			(fault.code.startsWith('REJECTED') || fault.code === 'MISSING_TO')
		) {
			return rejected(fault.code, str(d?.to) ?? '', str(d?.messageId) ?? hex(18), fault.message);
		}
		const status = fault.status ?? 400;
		if (status === 401)
			return {
				status,
				body: {
					requestError: {
						serviceException: {
							messageId: 'UNAUTHORIZED',
							text: fault.message ?? 'Invalid login details',
						},
					},
				},
			};
		const desc =
			status === 429
				? 'Too many requests.'
				: status >= 500
					? 'Something went wrong.'
					: 'Request cannot be processed.';
		return {
			status,
			body: {
				errorCode: fault.code ?? `E${status}`,
				description: fault.message ?? desc,
				action:
					status >= 500
						? 'Contact the support.'
						: status === 429
							? 'Slow down and retry later.'
							: 'Check the syntax, violations and adjust the request.',
				violations: [],
				resources: RESOURCES,
			},
		};
	},
};
