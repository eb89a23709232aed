import type { SimWebhookRequest } from './types';

/** Eskiz delivery report posted to the send's callback_url (JSON, unsigned). */
export function eskizStatus(
	url: string,
	input: { requestId: string; phone: string; status: string; statusDate?: string },
): SimWebhookRequest {
	return {
		method: 'POST',
		url,
		headers: { 'Content-Type': 'application/json' },
		body: JSON.stringify({
			request_id: input.requestId,
			message_id: `m-${input.requestId}`,
			user_sms_id: '',
			country: 'UZ',
			phone_number: input.phone.replace(/^\+/, ''),
			sms_count: 1,
			status: input.status,
			status_date: input.statusDate ?? '2024-05-01 12:00:00',
		}),
	};
}
