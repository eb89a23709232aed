import type { SimWebhookRequest } from './types';

const esc = (s: string) =>
	s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');

export interface PlaymobileReply {
	id: string;
	msisdn: string;
	text: string;
	/** `YYYY-MM-DD HH:MM:SS` in Tashkent time. */
	submitDate: string;
	/** Put the text in a CDATA section instead of escaping it. */
	cdata?: boolean;
}

/** Play Mobile's inbound push: an `<sms-request>` with one `<message>` per reply (unsigned). */
export function playmobileReplies(
	url: string,
	replies: PlaymobileReply[],
	headers: Record<string, string> = {},
): SimWebhookRequest {
	const messages = replies
		.map(
			(r) =>
				`<message id="${esc(r.id)}" msisdn="${esc(r.msisdn)}" submit-date="${esc(r.submitDate)}"><content type="text/plain">${r.cdata ? `<![CDATA[${r.text}]]>` : esc(r.text)}</content></message>`,
		)
		.join('');
	return {
		method: 'POST',
		url,
		headers: { 'Content-Type': 'text/xml; charset=utf-8', ...headers },
		body: `<?xml version="1.0" encoding="UTF-8"?><sms-request version="1.0">${messages}</sms-request>`,
	};
}
