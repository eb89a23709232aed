// How CSI Reply Trigger answers the provider. An accepted request is answered by n8n itself, after n8n
// has created the execution (responseMode "onReceived" with a `webhookResponse`): n8n waits for the
// execution row before it answers, so a request n8n cannot take (database busy, shutting down, crashed)
// gets a non-2xx answer the provider can retry, and load n8n cannot keep up with is pushed back to the
// provider instead of queueing in memory. Refused, unreadable and shutdown-time requests are answered at
// once by the node. Pure apart from the response object it is given.
import type { ProviderId, WebhookResponse } from '../core/providers';

/**
 * The status n8n answers an accepted request with (the webhook description's `responseCode`). It is an
 * expression over the node's parameters because n8n evaluates it before the node runs; `acceptedStatus`
 * is the same rule for the node's own checks. Vonage expects 204, every other provider 200.
 */
export const ACCEPTED_RESPONSE_CODE = '={{$parameter["provider"] === "vonage" ? 204 : 200}}';

/**
 * n8n's response mode, from the node's "Answer the Provider" parameter: "onReceived" (n8n answers once the
 * execution exists, with the node's `webhookResponse`) or "responseNode" (a Respond to Webhook node in the
 * workflow answers, after the step that records the reply).
 */
export const RESPONSE_MODE =
	'={{$parameter["acknowledge"] === "respondNode" ? "responseNode" : "onReceived"}}';

/** What a Respond to Webhook node sends for an accepted request: the provider's usual answer. */
export interface ItemAnswer {
	status: number;
	contentType: string;
	headers: Record<string, string>;
	body: string;
}

export function itemAnswer(response: WebhookResponse): ItemAnswer {
	const contentType =
		Object.entries(response.headers).find(([name]) => name.toLowerCase() === 'content-type')?.[1] ??
		'text/plain; charset=utf-8';
	return {
		status: response.status,
		contentType,
		headers: { ...response.headers },
		body: response.body ?? '',
	};
}

export function acceptedStatus(provider: ProviderId | string): number {
	return provider === 'vonage' ? 204 : 200;
}

/** The bits of Node's ServerResponse the trigger uses. */
export interface AnswerTarget {
	statusCode: number;
	headersSent: boolean;
	setHeader(name: string, value: string | number): unknown;
	writeHead(status: number, headers?: Record<string, string>): unknown;
	end(body?: string): unknown;
	once(event: 'close', listener: () => void): unknown;
}

/** Answers now, with the given status, headers and body. */
export function answerNow(res: AnswerTarget, response: WebhookResponse): void {
	res.writeHead(response.status, response.headers);
	res.end(response.body);
}

/**
 * Prepares the answer n8n sends once the execution exists: sets the provider's headers (nothing is sent
 * yet) and returns the body for `webhookResponse`. Returns undefined when n8n could not send this answer
 * as it is (a status other than the one n8n will use): the caller then answers at once.
 */
export function deferAnswer(
	res: AnswerTarget,
	response: WebhookResponse,
	provider: ProviderId,
): string | undefined {
	if (res.headersSent || response.status !== acceptedStatus(provider)) return undefined;
	for (const [name, value] of Object.entries(response.headers)) res.setHeader(name, value);
	return response.body;
}

/**
 * Calls `done(ok)` once the request is over: `ok` when a success answer went out, false when the answer
 * was an error or the connection closed before any answer.
 */
export function onAnswered(res: AnswerTarget, done: (ok: boolean) => void): void {
	res.once('close', () => {
		done(res.headersSent && res.statusCode >= 200 && res.statusCode < 300);
	});
}

/**
 * True when the HTTP server that received the request has stopped listening: n8n closes its server first
 * when it shuts down, but keeps serving requests on connections that were already open, and executions
 * started then may never finish. Undefined server details (another runtime) read as "not closing".
 */
export function serverIsClosing(request: unknown): boolean {
	const socket = (request as { socket?: { server?: { listening?: unknown } } } | undefined)?.socket;
	const server = socket?.server;
	return typeof server === 'object' && server !== null && server.listening === false;
}

/** The answer while n8n shuts down: 503, retry later, and the connection is closed. */
export function shuttingDownResponse(): WebhookResponse {
	return {
		status: 503,
		headers: {
			'Content-Type': 'application/json; charset=utf-8',
			'Retry-After': '5',
			Connection: 'close',
		},
		body: JSON.stringify({
			error: 'Service Unavailable',
			message: 'n8n is shutting down; retry the request',
		}),
	};
}

/** The answer to a redelivery while the first delivery of the same event still waits for n8n. */
export function duplicateInFlightResponse(): WebhookResponse {
	return {
		status: 503,
		headers: { 'Content-Type': 'application/json; charset=utf-8', 'Retry-After': '2' },
		body: JSON.stringify({
			error: 'Service Unavailable',
			message: 'the same event is still being recorded; retry the request',
		}),
	};
}
