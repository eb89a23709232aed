import { basicAuthHeader, type SimWebhookRequest } from './types';

export interface InfobipAuth {
	basic?: { username: string; password: string };
}

function post(url: string, payload: unknown, auth?: InfobipAuth): SimWebhookRequest {
	const headers: Record<string, string> = { 'Content-Type': 'application/json' };
	if (auth?.basic)
		headers.Authorization = basicAuthHeader(auth.basic.username, auth.basic.password);
	return { method: 'POST', url, headers, body: JSON.stringify(payload) };
}

export interface InfobipInboundMessage {
	from: string;
	to: string;
	text: string;
	messageId?: string;
	keyword?: string;
	receivedAt?: string;
	smsCount?: number;
}

/** Inbound SMS forwarded by Infobip (`results[]`, numbers without `+`, `+0000` offsets). */
export function infobipInbound(
	url: string,
	messages: InfobipInboundMessage[],
	auth?: InfobipAuth,
): SimWebhookRequest {
	return post(
		url,
		{
			results: messages.map((m, i) => {
				const keyword = m.keyword ?? '';
				return {
					messageId: m.messageId ?? `81779031323506644${i}`,
					from: m.from,
					to: m.to,
					text: keyword ? `${keyword} ${m.text}` : m.text,
					cleanText: m.text,
					keyword,
					receivedAt: m.receivedAt ?? '2024-05-01T10:00:00.000+0000',
					smsCount: m.smsCount ?? 1,
					price: { pricePerMessage: 0, currency: 'EUR' },
					callbackData: null,
				};
			}),
			messageCount: messages.length,
			pendingMessageCount: 0,
		},
		auth,
	);
}

export interface InfobipReport {
	messageId: string;
	to: string;
	groupName: 'PENDING' | 'UNDELIVERABLE' | 'DELIVERED' | 'EXPIRED' | 'REJECTED';
	name?: string;
	errorId?: number;
	errorName?: string;
	doneAt?: string;
}

const GROUP_IDS = { PENDING: 1, UNDELIVERABLE: 2, DELIVERED: 3, EXPIRED: 4, REJECTED: 5 };

/** Delivery reports pushed to `notifyUrl` (`results[]`). */
export function infobipDeliveryReports(
	url: string,
	reports: InfobipReport[],
	auth?: InfobipAuth,
): SimWebhookRequest {
	return post(
		url,
		{
			results: reports.map((r) => ({
				bulkId: 'BULK-ID-123-xyz',
				price: { pricePerMessage: 0.01, currency: 'EUR' },
				status: {
					groupId: GROUP_IDS[r.groupName],
					groupName: r.groupName,
					id: r.groupName === 'DELIVERED' ? 5 : 0,
					name: r.name ?? (r.groupName === 'DELIVERED' ? 'DELIVERED_TO_HANDSET' : r.groupName),
					description: '',
				},
				error: {
					groupId: r.errorId ? 1 : 0,
					groupName: r.errorId ? 'HANDSET_ERRORS' : 'OK',
					id: r.errorId ?? 0,
					name: r.errorName ?? (r.errorId ? 'EC_ABSENT_SUBSCRIBER' : 'NO_ERROR'),
					description: '',
					permanent: Boolean(r.errorId),
				},
				messageId: r.messageId,
				doneAt: r.doneAt ?? '2024-05-01T10:00:05.000+0000',
				smsCount: 1,
				sentAt: '2024-05-01T10:00:00.000+0000',
				to: r.to,
			})),
		},
		auth,
	);
}
