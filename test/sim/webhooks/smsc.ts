import { formEncode, type SimWebhookRequest } from './types';

const post = (url: string, params: Record<string, string>): SimWebhookRequest => ({
	method: 'POST',
	url,
	headers: { 'Content-Type': 'application/x-www-form-urlencoded' },
	body: formEncode(params),
});

/** SMSC.ru handler: an inbound SMS on a rented number. */
export function smscInbound(
	url: string,
	input: { phone: string; to: string; text: string; id: string; sent: number },
): SimWebhookRequest {
	return post(url, {
		phone: input.phone.replace(/^\+/, ''),
		mes: input.text,
		to: input.to.replace(/^\+/, ''),
		id: input.id,
		sent: String(input.sent),
		time: String(input.sent),
	});
}

/** SMSC.ru handler: a delivery status. */
export function smscStatus(
	url: string,
	input: { id: string; phone: string; status: number; err?: number },
): SimWebhookRequest {
	return post(url, {
		id: input.id,
		phone: input.phone.replace(/^\+/, ''),
		status: String(input.status),
		err: String(input.err ?? 0),
		time: '01.05.2024 13:00:00',
	});
}
