// Shared types of the loopback SMS provider simulators.
import type { IncomingHttpHeaders } from 'http';
import type { ProviderId } from '../../nodes/core/providers/types';

/** Every request the simulator received, in arrival order. */
export interface RecordedRequest {
	/** Provider prefix the request was routed to (`unknown` when none matched). */
	provider: ProviderId | 'unknown';
	method: string;
	/** Path below the provider prefix, e.g. `/2010-04-01/Accounts/AC…/Messages.json`. */
	path: string;
	/** Full request target as received, including the prefix and query. */
	url: string;
	query: Record<string, string>;
	headers: IncomingHttpHeaders;
	rawBody: string;
	/** Body parsed by content type (JSON object, form map) or the raw text. */
	body: unknown;
	/** `json`, `form`, `other` or `none`. */
	contentType: SimContentType;
	/** Which endpoint the provider module recognised. */
	endpoint: 'send' | 'test' | 'other';
	/** Recipient of a send (as sent), when recognisable. */
	recipient?: string;
	/** Status the simulator answered with (undefined while pending / for hung requests). */
	responseStatus?: number;
	/** ms since epoch. */
	time: number;
}

export type SimContentType = 'json' | 'form' | 'other' | 'none';

/** A fault to inject into upcoming requests of one provider. */
export interface SimFault {
	/** HTTP status to answer with (429 gets a Retry-After header). */
	status?: number;
	/** Provider error code to answer with in the provider's real error format (e.g. `21610`, `40300`). */
	code?: string;
	/** Override the provider message for `code`. */
	message?: string;
	/** How many matching requests it applies to (default 1; `Infinity` for all). */
	times?: number;
	/** Delay before answering (ms); alone it only slows the normal answer. */
	delayMs?: number;
	/** Never answer (hold the socket) — for client timeouts. */
	hang?: boolean;
	/** Only for sends to this recipient (compared by digits). */
	to?: string;
	/** Retry-After header value for 429/503 (default `1`). */
	retryAfter?: number | string;
	/** Which endpoint it applies to (default `send`). */
	endpoint?: 'send' | 'test' | 'any';
}

/** A request as a provider module sees it. */
export interface SimRequest {
	method: string;
	path: string;
	query: Record<string, string>;
	headers: IncomingHttpHeaders;
	rawBody: string;
	body: unknown;
	contentType: SimContentType;
	/** The body was declared JSON but did not parse. */
	jsonError: boolean;
}

export interface SimResponse {
	status: number;
	headers?: Record<string, string>;
	/** Objects are sent as JSON; strings as text; undefined as an empty body. */
	body?: unknown;
}

export interface SimOptions {
	/** Infobip: reject a repeated client `messageId` like the real platform (REJECTED_DUPLICATE_MESSAGE_ID). Default false. */
	rejectDuplicateIds?: boolean;
}

/** One provider's simulated API. */
export interface ProviderSim<C> {
	id: ProviderId;
	/** Default test credentials. */
	defaults: C;
	/** Which endpoint a request is, and its recipient. */
	classify(req: SimRequest, creds: C): { endpoint: 'send' | 'test' | 'other'; recipient?: string };
	/** The provider's own authentication error, or undefined when the request authenticates. */
	authenticate(req: SimRequest, creds: C): SimResponse | undefined;
	/** Normal handling (validation, success body). */
	handle(req: SimRequest, creds: C, options: SimOptions, state: Map<string, unknown>): SimResponse;
	/** The provider's real error answer for an injected fault. */
	fault(fault: SimFault, req: SimRequest, creds: C): SimResponse;
}
