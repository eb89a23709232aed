// Building SendResult values and classifying provider failures.

import type { DeliveryStatus, ProviderId, SendFailure, SendSuccess } from '../types';
import { parseRetryAfter } from './request';

/** Failure classification (`SendFailure['kind']`). */
export type SendFailureKind = SendFailure['kind'];

/** A successful send. */
export function sendSuccess(
	provider: ProviderId,
	messageId: string,
	raw: unknown,
	extra: { status?: DeliveryStatus; segments?: number } = {},
): SendSuccess {
	const out: SendSuccess = { ok: true, provider, messageId, raw };
	if (extra.status !== undefined) out.status = extra.status;
	if (extra.segments !== undefined && Number.isFinite(extra.segments) && extra.segments > 0)
		out.segments = extra.segments;
	return out;
}

/** Whether a failure kind is worth retrying. */
export function isRetryableKind(kind: SendFailureKind): boolean {
	return (
		kind === 'rate_limited' || kind === 'server_error' || kind === 'timeout' || kind === 'network'
	);
}

/** A failure; `retryable` follows the kind unless given. */
export function sendFailure(
	provider: ProviderId,
	init: {
		kind: SendFailureKind;
		code: string;
		message: string;
		raw: unknown;
		httpStatus?: number;
		retryable?: boolean;
		retryAfter?: number;
	},
): SendFailure {
	const out: SendFailure = {
		ok: false,
		provider,
		retryable: init.retryable ?? isRetryableKind(init.kind),
		code: init.code,
		message: init.message,
		kind: init.kind,
		raw: init.raw,
	};
	if (init.httpStatus !== undefined) out.httpStatus = init.httpStatus;
	if (init.retryAfter !== undefined) out.retryAfter = init.retryAfter;
	return out;
}

/** The kind implied by an HTTP status alone (for 4xx without a more specific provider code). */
export function kindFromHttpStatus(status: number): SendFailureKind {
	if (status === 429) return 'rate_limited';
	if (status >= 500) return 'server_error';
	if (status === 408) return 'timeout';
	if (status === 401 || status === 403) return 'auth';
	if (status === 402) return 'insufficient_funds';
	if (status >= 400) return 'invalid_request';
	return 'unknown';
}

/**
 * A best-effort kind from a provider's error text (for providers whose errors are free text, e.g. Plivo,
 * generic APIs). Bounded input; linear regexes only.
 */
export function kindFromErrorText(text: string): SendFailureKind | undefined {
	const t = String(text ?? '')
		.slice(0, 2000)
		.toLowerCase();
	if (t === '') return undefined;
	if (
		/opt(?:ed)?[\s_-]?out|unsubscribed|\bstop\b|blacklist|blocklist|do[\s_-]not[\s_-]contact/.test(
			t,
		)
	)
		return 'opted_out';
	if (
		/insufficient|not enough (?:balance|credit|money|funds)|low balance|balance is (?:too )?low|no credit|out of credit|quota exceeded/.test(
			t,
		)
	)
		return 'insufficient_funds';
	if (
		/unauthori[sz]ed|authenticat|auth[\s_.-]?failure|invalid[\s_-]?(?:api[\s_-]?key|token|credential|login|access[\s_-]?key)|bad credentials|forbidden|signature[\s_-]?(?:failure|does[\s_-]?not[\s_-]?match|mismatch)|invalid[\s_-]signature/.test(
			t,
		)
	)
		return 'auth';
	if (/too many requests|rate[\s_-]?limit|throttl/.test(t)) return 'rate_limited';
	if (
		/(?:invalid|incorrect|wrong|malformed|unknown|not a valid)\W+(?:\w+\W+)?(?:phone|number|msisdn|destination|recipient|dst|mobile|to\b)/.test(
			t,
		) ||
		/(?:phone|number|msisdn|destination|recipient|dst|mobile)\W+(?:\w+\W+)?(?:is )?(?:invalid|not valid|incorrect|malformed)/.test(
			t,
		)
	)
		return 'invalid_number';
	return undefined;
}

/**
 * A failure for a non-2xx HTTP response: 429 → rate_limited, 5xx → server_error (both retryable, with
 * `retryAfter` from the Retry-After header); 4xx → `kind` when the provider-specific mapping found one,
 * else from the HTTP status.
 */
export function httpFailure(
	provider: ProviderId,
	httpStatus: number,
	init: {
		code: string;
		message: string;
		raw: unknown;
		kind?: SendFailureKind;
		headers?: Record<string, string | string[] | undefined>;
	},
): SendFailure {
	let kind: SendFailureKind;
	if (httpStatus === 429) kind = 'rate_limited';
	else if (httpStatus >= 500) kind = 'server_error';
	else kind = init.kind ?? kindFromHttpStatus(httpStatus);
	const retryAfter = parseRetryAfter(init.headers);
	return sendFailure(provider, {
		kind,
		code: init.code,
		message: init.message,
		raw: init.raw,
		httpStatus,
		retryAfter:
			retryAfter !== undefined && (kind === 'rate_limited' || kind === 'server_error')
				? retryAfter
				: undefined,
	});
}

/** A success response without the id the provider always returns: reported as a permanent unknown failure. */
export function missingIdFailure(
	provider: ProviderId,
	httpStatus: number,
	raw: unknown,
): SendFailure {
	return sendFailure(provider, {
		kind: 'unknown',
		code: 'missing_message_id',
		message: 'The provider answered with success but without a message id',
		raw,
		httpStatus,
		retryable: false,
	});
}

const TIMEOUT_CODES = new Set([
	'ETIMEDOUT',
	'ECONNABORTED',
	'ESOCKETTIMEDOUT',
	'UND_ERR_CONNECT_TIMEOUT',
	'UND_ERR_HEADERS_TIMEOUT',
	'UND_ERR_BODY_TIMEOUT',
]);

/**
 * A failure for a request that got no HTTP response: `timeout` for ETIMEDOUT / ECONNABORTED /
 * ESOCKETTIMEDOUT (and AbortSignal.timeout's `TimeoutError`), else `network` (ECONNRESET, ECONNREFUSED,
 * EAI_AGAIN, ENOTFOUND, …). Always retryable: the message may or may not have been accepted, so use the
 * provider's idempotency / reference where it has one before re-sending.
 */
export function networkFailure(
	provider: ProviderId,
	error: { code?: string; message?: string; name?: string } | undefined,
): SendFailure {
	const code = typeof error?.code === 'string' && error.code !== '' ? error.code : undefined;
	const name = typeof error?.name === 'string' ? error.name : '';
	const message =
		typeof error?.message === 'string' && error.message !== ''
			? error.message
			: (code ?? (name || 'Network error'));
	const isTimeout =
		(code !== undefined && TIMEOUT_CODES.has(code.toUpperCase())) ||
		name === 'TimeoutError' ||
		/timed? ?out/i.test(message.slice(0, 300));
	return sendFailure(provider, {
		kind: isTimeout ? 'timeout' : 'network',
		code: code ?? (isTimeout ? 'ETIMEDOUT' : 'NETWORK_ERROR'),
		message,
		raw: error === undefined ? null : { code, name: name || undefined, message: error.message },
		retryable: true,
	});
}

/** Map a provider's initial message status word onto DeliveryStatus. */
export function mapInitialStatus(status: unknown): DeliveryStatus | undefined {
	if (typeof status !== 'string') return undefined;
	const s = status.toLowerCase();
	if (
		[
			'accepted',
			'queued',
			'scheduled',
			'pending',
			'buffered',
			'enroute',
			'submitted',
			'received',
		].includes(s)
	)
		return 'queued';
	if (['sending', 'sent', 'delivering', 'dispatched'].includes(s)) return 'sent';
	if (s === 'delivered') return 'delivered';
	if (['failed', 'rejected', 'expired', 'canceled', 'cancelled', 'delivery_failed'].includes(s))
		return 'failed';
	if (s === 'undelivered' || s === 'undeliverable') return 'undelivered';
	return undefined;
}
