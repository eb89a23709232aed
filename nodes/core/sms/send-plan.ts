/**
 * Send planning for survey SMS: retry decisions that never duplicate a message, a retry loop with injected
 * I/O and sleep, a bounded-concurrency pool, and in-run de-duplication of (recipient, survey id) pairs.
 * Pure: no timers, no n8n imports; the caller injects `send` and `sleep`.
 */
import type { ProviderIdempotency, SendFailure, SendResult, SendSuccess } from '../providers/types';
import { backoffDelay } from './sendRules';

/** Network error codes raised before a request reached the provider: re-sending cannot duplicate. */
const NOT_SENT_CODES = new Set([
	'ECONNREFUSED',
	'ENOTFOUND',
	'EAI_AGAIN',
	'EHOSTUNREACH',
	'ENETUNREACH',
	'EADDRNOTAVAIL',
	'ERR_INVALID_URL',
]);

/**
 * Whether a failure leaves it unknown if the provider accepted the message: timeouts, resets and other network
 * errors after the connection was made. HTTP answers (429, 5xx, 4xx) and errors raised before connecting
 * (`ECONNREFUSED`, `ENOTFOUND`, …) are not ambiguous.
 */
export function isAmbiguousFailure(failure: SendFailure): boolean {
	if (failure.kind === 'timeout') return true;
	if (failure.kind !== 'network') return false;
	return !NOT_SENT_CODES.has(String(failure.code ?? '').toUpperCase());
}

/** When a request that timed out (or was cut off) is sent again. */
export type AmbiguousRetryMode = 'never' | 'idempotent' | 'always';

/** Options of {@link sendWithRetry}. */
export interface RetryPolicy {
	/** Retries after the first attempt (0 = no retry). */
	maxRetries: number;
	/** Back-off base delay (ms) of the first retry; see {@link backoffDelay}. */
	baseMs?: number;
	/** Upper bound of one back-off delay, Retry-After included (ms). */
	maxMs?: number;
	/** Jitter fraction 0..1 (default 0.5). */
	jitter?: number;
	/**
	 * Re-send after an ambiguous failure (timeout, connection cut): `never`; `idempotent` (default) only when
	 * the provider deduplicates on our reference; `always` (may duplicate a survey for non-idempotent providers).
	 */
	retryAmbiguous?: AmbiguousRetryMode;
	/** Whether the provider deduplicates on the reference, and the code it answers a duplicate with. */
	idempotency?: ProviderIdempotency;
	/** Random source for the jitter (tests). */
	random?: () => number;
}

/** Result of {@link sendWithRetry}. */
export interface RetryOutcome {
	result: SendResult;
	/** Requests made (1 + retries). */
	attempts: number;
	/** Waits before each retry (ms), in order. */
	delays: number[];
	/**
	 * True when a retry after an ambiguous failure was answered "duplicate" by an idempotent provider: the
	 * earlier attempt was accepted, so the result is reported as a success with the reference as message id.
	 */
	duplicateSuppressed: boolean;
	/** Set when a retryable failure was deliberately not retried (e.g. a timeout on a non-idempotent provider). */
	notRetriedReason?: 'ambiguous_not_idempotent' | 'max_retries';
}

/** Decides whether `failure` (after `attempt` requests) is retried under `policy`. */
export function shouldRetry(
	failure: SendFailure,
	attempt: number,
	policy: RetryPolicy,
): { retry: boolean; reason?: RetryOutcome['notRetriedReason'] } {
	if (!failure.retryable) return { retry: false };
	if (isAmbiguousFailure(failure)) {
		const mode = policy.retryAmbiguous ?? 'idempotent';
		const allowed =
			mode === 'always' || (mode === 'idempotent' && policy.idempotency?.idempotent === true);
		if (!allowed) return { retry: false, reason: 'ambiguous_not_idempotent' };
	}
	const max =
		Number.isFinite(policy.maxRetries) && policy.maxRetries > 0 ? Math.floor(policy.maxRetries) : 0;
	if (attempt > max) return { retry: false, reason: 'max_retries' };
	return { retry: true };
}

/**
 * Sends once and retries retryable failures with exponential back-off and jitter (honouring the provider's
 * Retry-After), never re-sending after an ambiguous failure unless the policy allows it. `send` receives the
 * attempt number (1-based); `sleep` waits the given milliseconds. A duplicate answer of an idempotent provider
 * to a retry that followed an ambiguous failure is turned into a success (`duplicateSuppressed`).
 * Never throws unless `send` or `sleep` throw.
 */
export async function sendWithRetry(
	send: (attempt: number) => Promise<SendResult>,
	sleep: (ms: number) => Promise<void>,
	policy: RetryPolicy,
	reference?: string,
): Promise<RetryOutcome> {
	const delays: number[] = [];
	let attempt = 0;
	let hadAmbiguous = false;
	for (;;) {
		attempt++;
		const result = await send(attempt);
		if (result.ok) return { result, attempts: attempt, delays, duplicateSuppressed: false };
		const dupCode = policy.idempotency?.duplicateCode;
		if (hadAmbiguous && dupCode !== undefined && result.code === dupCode) {
			const success: SendSuccess = {
				ok: true,
				provider: result.provider,
				messageId: reference ?? '',
				status: 'queued',
				raw: result.raw,
			};
			return { result: success, attempts: attempt, delays, duplicateSuppressed: true };
		}
		const decision = shouldRetry(result, attempt, policy);
		if (!decision.retry) {
			const out: RetryOutcome = { result, attempts: attempt, delays, duplicateSuppressed: false };
			if (decision.reason) out.notRetriedReason = decision.reason;
			return out;
		}
		if (isAmbiguousFailure(result)) hadAmbiguous = true;
		const wait = backoffDelay(attempt, {
			baseMs: policy.baseMs,
			maxMs: policy.maxMs,
			jitter: policy.jitter,
			retryAfterSeconds: result.retryAfter,
			random: policy.random,
		});
		delays.push(wait);
		await sleep(wait);
	}
}

/**
 * Runs `worker(index)` for indexes 0..count−1 with at most `concurrency` running at once, in index order of
 * start. When `stop()` returns true no further index is started (running ones finish). Resolves when all
 * started workers have finished; the first worker rejection is re-thrown after that.
 */
export async function runPool(
	count: number,
	concurrency: number,
	worker: (index: number) => Promise<void>,
	stop: () => boolean = () => false,
): Promise<void> {
	const total = Math.max(0, Math.floor(count));
	const width = Math.max(
		1,
		Math.min(total || 1, Math.floor(Number.isFinite(concurrency) ? concurrency : 1)),
	);
	let next = 0;
	let firstError: unknown;
	let failed = false;
	const lane = async (): Promise<void> => {
		while (next < total && !failed && !stop()) {
			const index = next++;
			try {
				await worker(index);
			} catch (error) {
				if (!failed) {
					failed = true;
					firstError = error;
				}
			}
		}
	};
	await Promise.all(Array.from({ length: width }, lane));
	if (failed) throw firstError;
}

/**
 * Tracks (recipient, survey id) pairs within one run: `claim` returns undefined the first time a pair is seen
 * and the index of the item that claimed it on repeats.
 */
export function createDedupe(): {
	claim(to: string, surveyId: string, index: number): number | undefined;
} {
	const seen = new Map<string, number>();
	return {
		claim(to: string, surveyId: string, index: number): number | undefined {
			const key = `${to}\u0000${surveyId}`;
			const first = seen.get(key);
			if (first !== undefined) return first;
			seen.set(key, index);
			return undefined;
		},
	};
}
