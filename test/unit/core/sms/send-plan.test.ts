import fc from 'fast-check';
import { PROVIDER_IDS, getProvider } from '../../../../nodes/core/providers/registry';
import type { SendFailure, SendResult } from '../../../../nodes/core/providers/types';
import {
	createDedupe,
	isAmbiguousFailure,
	runPool,
	sendWithRetry,
	shouldRetry,
} from '../../../../nodes/core/sms/send-plan';

const fail = (init: Partial<SendFailure>): SendFailure => ({
	ok: false,
	provider: 'twilio',
	retryable: true,
	code: '500',
	message: 'x',
	kind: 'server_error',
	raw: null,
	...init,
});
const ok = (id = 'SM1'): SendResult => ({ ok: true, provider: 'twilio', messageId: id, raw: null });

/** A send function answering with the given results in order, recording attempts. */
function scripted(results: SendResult[]) {
	const calls: number[] = [];
	return {
		calls,
		send: async (attempt: number) => {
			calls.push(attempt);
			const r = results[calls.length - 1];
			if (!r) throw new Error('unexpected extra attempt');
			return r;
		},
	};
}

describe('isAmbiguousFailure', () => {
	test('timeouts and resets are ambiguous; HTTP answers and connection refusals are not', () => {
		expect(isAmbiguousFailure(fail({ kind: 'timeout', code: 'ECONNABORTED' }))).toBe(true);
		expect(isAmbiguousFailure(fail({ kind: 'network', code: 'ECONNRESET' }))).toBe(true);
		expect(isAmbiguousFailure(fail({ kind: 'network', code: 'ECONNREFUSED' }))).toBe(false);
		expect(isAmbiguousFailure(fail({ kind: 'network', code: 'enotfound' }))).toBe(false);
		expect(isAmbiguousFailure(fail({ kind: 'rate_limited', code: '429', httpStatus: 429 }))).toBe(
			false,
		);
		expect(isAmbiguousFailure(fail({ kind: 'server_error', httpStatus: 503 }))).toBe(false);
	});
});

describe('shouldRetry', () => {
	const policy = { maxRetries: 2 };
	test('permanent errors never; retryable HTTP errors up to maxRetries', () => {
		expect(shouldRetry(fail({ retryable: false, kind: 'opted_out' }), 1, policy)).toEqual({
			retry: false,
		});
		expect(shouldRetry(fail({}), 1, policy)).toEqual({ retry: true });
		expect(shouldRetry(fail({}), 2, policy)).toEqual({ retry: true });
		expect(shouldRetry(fail({}), 3, policy)).toEqual({ retry: false, reason: 'max_retries' });
	});
	test('timeouts: only for idempotent providers by default; never/always modes', () => {
		const timeout = fail({ kind: 'timeout', code: 'ETIMEDOUT' });
		expect(
			shouldRetry(timeout, 1, { ...policy, idempotency: getProvider('twilio').idempotency({}) }),
		).toEqual({ retry: false, reason: 'ambiguous_not_idempotent' });
		expect(
			shouldRetry(timeout, 1, { ...policy, idempotency: getProvider('infobip').idempotency({}) }),
		).toEqual({ retry: true });
		expect(
			shouldRetry(timeout, 1, {
				...policy,
				idempotency: getProvider('infobip').idempotency({}),
				retryAmbiguous: 'never',
			}),
		).toEqual({ retry: false, reason: 'ambiguous_not_idempotent' });
		expect(
			shouldRetry(timeout, 1, {
				...policy,
				idempotency: getProvider('vonage').idempotency({}),
				retryAmbiguous: 'always',
			}),
		).toEqual({ retry: true });
		// a refused connection never reached the provider: retried even without idempotency
		expect(
			shouldRetry(fail({ kind: 'network', code: 'ECONNREFUSED' }), 1, {
				...policy,
				idempotency: getProvider('twilio').idempotency({}),
			}),
		).toEqual({ retry: true });
	});
	test('only Infobip deduplicates on the reference among the built-in providers', () => {
		expect(PROVIDER_IDS.filter((id) => getProvider(id).idempotency({}).idempotent)).toEqual([
			'infobip',
		]);
	});
});

describe('sendWithRetry', () => {
	const noJitter = { jitter: 0, baseMs: 100, maxMs: 10_000 };

	test('429 with Retry-After 2 s, then success: waits 2000 ms once, 2 attempts', async () => {
		const s = scripted([
			fail({ kind: 'rate_limited', code: '20429', httpStatus: 429, retryAfter: 2 }),
			ok('SM9'),
		]);
		const waits: number[] = [];
		const out = await sendWithRetry(s.send, async (ms) => void waits.push(ms), {
			maxRetries: 3,
			...noJitter,
		});
		expect(out).toMatchObject({
			attempts: 2,
			delays: [2000],
			duplicateSuppressed: false,
			result: { ok: true, messageId: 'SM9' },
		});
		expect(waits).toEqual([2000]);
		expect(s.calls).toEqual([1, 2]);
	});

	test('exponential back-off without jitter: 100, 200, 400 ms, then gives up after maxRetries', async () => {
		const s = scripted([fail({}), fail({}), fail({}), fail({ code: 'last' })]);
		const out = await sendWithRetry(s.send, async () => undefined, { maxRetries: 3, ...noJitter });
		expect(out.delays).toEqual([100, 200, 400]);
		expect(out.attempts).toBe(4);
		expect(out.notRetriedReason).toBe('max_retries');
		expect(out.result).toMatchObject({ ok: false, code: 'last' });
	});

	test('timeout on a non-idempotent provider: one attempt only', async () => {
		const s = scripted([fail({ kind: 'timeout', code: 'ECONNABORTED' })]);
		const out = await sendWithRetry(s.send, async () => undefined, {
			maxRetries: 5,
			idempotency: getProvider('telnyx').idempotency({}),
		});
		expect(out).toMatchObject({
			attempts: 1,
			delays: [],
			notRetriedReason: 'ambiguous_not_idempotent',
		});
	});

	test('timeout on Infobip, retry answered REJECTED_DUPLICATE_MESSAGE_ID: reported as sent with the reference', async () => {
		const s = scripted([
			fail({ provider: 'infobip', kind: 'timeout', code: 'ETIMEDOUT' }),
			fail({
				provider: 'infobip',
				kind: 'invalid_request',
				code: 'REJECTED_DUPLICATE_MESSAGE_ID',
				retryable: false,
				httpStatus: 200,
			}),
		]);
		const out = await sendWithRetry(
			s.send,
			async () => undefined,
			{ maxRetries: 2, ...noJitter, idempotency: getProvider('infobip').idempotency({}) },
			'svy-1',
		);
		expect(out).toMatchObject({
			attempts: 2,
			duplicateSuppressed: true,
			result: { ok: true, provider: 'infobip', messageId: 'svy-1', status: 'queued' },
		});
	});

	test('a duplicate answer without an earlier ambiguous failure stays a failure', async () => {
		const s = scripted([
			fail({
				provider: 'infobip',
				kind: 'invalid_request',
				code: 'REJECTED_DUPLICATE_MESSAGE_ID',
				retryable: false,
			}),
		]);
		const out = await sendWithRetry(
			s.send,
			async () => undefined,
			{ maxRetries: 2, idempotency: getProvider('infobip').idempotency({}) },
			'svy-1',
		);
		expect(out.result.ok).toBe(false);
		expect(out.duplicateSuppressed).toBe(false);
	});

	test('property: never more than 1 + maxRetries attempts, and never a second attempt after an ambiguous failure on a non-idempotent provider', async () => {
		const failureArb = fc.oneof(
			fc.constant(fail({ kind: 'timeout', code: 'ETIMEDOUT' })),
			fc.constant(fail({ kind: 'network', code: 'ECONNRESET' })),
			fc.constant(fail({ kind: 'rate_limited', httpStatus: 429 })),
			fc.constant(fail({ kind: 'server_error', httpStatus: 500 })),
			fc.constant(fail({ kind: 'opted_out', retryable: false, httpStatus: 400 })),
		);
		await fc.assert(
			fc.asyncProperty(
				fc.array(failureArb, { minLength: 1, maxLength: 8 }),
				fc.integer({ min: 0, max: 6 }),
				async (answers, maxRetries) => {
					const results: SendResult[] = [...answers, ok()];
					const s = scripted(results);
					const out = await sendWithRetry(s.send, async () => undefined, {
						maxRetries,
						idempotency: getProvider('twilio').idempotency({}),
						random: () => 0.5,
					});
					expect(out.attempts).toBeLessThanOrEqual(1 + maxRetries);
					const firstAmbiguous = answers.findIndex((a) => isAmbiguousFailure(a));
					if (firstAmbiguous >= 0) expect(out.attempts).toBeLessThanOrEqual(firstAmbiguous + 1);
					expect(out.delays.length).toBe(out.attempts - 1);
				},
			),
			{ numRuns: 300 },
		);
	});
});

describe('runPool', () => {
	test('never more than `concurrency` workers at once; every index once, started in order', async () => {
		let running = 0;
		let peak = 0;
		const started: number[] = [];
		await runPool(25, 4, async (i) => {
			started.push(i);
			running++;
			peak = Math.max(peak, running);
			await new Promise((r) => setImmediate(r));
			running--;
		});
		expect(peak).toBe(4);
		expect(started).toEqual(Array.from({ length: 25 }, (_, i) => i));
	});

	test('stop() prevents new starts; running ones finish', async () => {
		const done: number[] = [];
		let stop = false;
		await runPool(
			10,
			2,
			async (i) => {
				if (i === 1) stop = true;
				await new Promise((r) => setImmediate(r));
				done.push(i);
			},
			() => stop,
		);
		expect(done.sort()).toEqual([0, 1]);
	});

	test('zero items resolves at once', async () => {
		let calls = 0;
		await runPool(0, 5, async () => void calls++);
		expect(calls).toBe(0);
	});
});

describe('createDedupe', () => {
	test('the same (recipient, survey id) pair is claimed once; other pairs are independent', () => {
		const d = createDedupe();
		expect(d.claim('+998901234567', 's1', 0)).toBeUndefined();
		expect(d.claim('+998901234567', 's2', 1)).toBeUndefined();
		expect(d.claim('+998901234568', 's1', 2)).toBeUndefined();
		expect(d.claim('+998901234567', 's1', 3)).toBe(0);
		// the separator keeps ('a', 'bc') and ('ab', 'c') apart
		expect(d.claim('a', 'bc', 4)).toBeUndefined();
		expect(d.claim('ab', 'c', 5)).toBeUndefined();
	});
});
