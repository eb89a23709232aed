// The demo gateway in Play Mobile's wire format: survey SMS arrive through the broker API
// (`POST /playmobile/broker-api/send`, Basic auth, validated by the Play Mobile simulator) and replies typed on
// a phone go to n8n as Play Mobile's unsigned XML push (the Webhook Token is in the trigger URL).
import type { IncomingMessage } from 'http';
import { playmobileSim, type PlaymobileSimCredentials } from '../providers/playmobile';
import type { SimContentType, SimRequest, SimResponse } from '../types';
import { asObj, str } from '../util';
import { playmobileReplies } from '../webhooks/playmobile';
import type { SimWebhookRequest } from '../webhooks/types';

export interface PlaymobileOutbound {
	messageId: string;
	to: string;
	from: string;
	text: string;
}

/** Handles a broker-api send; returns the answer and the accepted messages. */
export function handlePlaymobileSend(
	req: IncomingMessage,
	path: string,
	rawBody: string,
	creds: PlaymobileSimCredentials,
): { answer: SimResponse; accepted: PlaymobileOutbound[] } {
	let body: unknown = rawBody;
	let jsonError = false;
	const contentType: SimContentType = (req.headers['content-type'] ?? '').includes('json')
		? 'json'
		: 'other';
	if (contentType === 'json') {
		try {
			body = JSON.parse(rawBody);
		} catch {
			jsonError = true;
		}
	}
	const simReq: SimRequest = {
		method: req.method ?? 'POST',
		path,
		query: {},
		headers: req.headers,
		rawBody,
		body,
		contentType,
		jsonError,
	};
	const denied = playmobileSim.authenticate(simReq, creds);
	if (denied) return { answer: denied, accepted: [] };
	const answer = playmobileSim.handle(simReq, creds, {}, new Map());
	if (answer.status !== 200) return { answer, accepted: [] };
	const list = asObj(body)?.messages;
	const accepted = (Array.isArray(list) ? list : []).map((raw) => {
		const m = asObj(raw) ?? {};
		const sms = asObj(m.sms) ?? {};
		return {
			messageId: str(m['message-id']) ?? '',
			to: `+${str(m.recipient) ?? ''}`,
			from: str(sms.originator) ?? '',
			text: str(asObj(sms.content)?.text) ?? '',
		};
	});
	return { answer, accepted };
}

/** `YYYY-MM-DD HH:MM:SS` Tashkent time (UTC+05:00) of `ms`. */
export function tashkentNow(ms = Date.now()): string {
	return new Date(ms + 5 * 3600_000).toISOString().slice(0, 19).replace('T', ' ');
}

/** The XML push of one reply. */
export function playmobileReply(
	url: string,
	id: string,
	from: string,
	text: string,
): SimWebhookRequest {
	return playmobileReplies(url, [
		{ id, msisdn: from.replace(/^\+/, ''), text, submitDate: tashkentNow() },
	]);
}
