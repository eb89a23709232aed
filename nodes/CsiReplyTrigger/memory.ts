// What CSI Reply Trigger keeps in the n8n process between requests, every part of it bounded: recent event
// keys for the duplicate filter, keys still waiting for n8n's answer, and recently loaded verification
// secrets.
import type { IWebhookFunctions } from 'n8n-workflow';
import { onAnswered, type AnswerTarget } from './answer';

/** Recent event keys kept for "Drop Duplicates Within". */
export const DEDUPE_MAX = 1000;

/**
 * Recent event keys per trigger in this process. n8n saves the workflow's static data only after the answer
 * has gone out, so a retry arriving right after it would not see the key there yet; this map closes that gap
 * while the static data keeps the keys across restarts.
 */
export const RECENT_IN_PROCESS = new Map<string, Record<string, number>>();
export const RECENT_TRIGGERS_MAX = 200;

/** Event keys whose request is still waiting for n8n's answer (at most one entry per event in flight). */
const PENDING = new Map<string, true>();
const PENDING_MAX = 10_000;

export function mergeRecent(
	a: Record<string, number>,
	b: Record<string, number> | undefined,
): Record<string, number> {
	const out: Record<string, number> = { ...a };
	if (b)
		for (const [k, v] of Object.entries(b)) if (typeof v === 'number' && !(out[k] >= v)) out[k] = v;
	return out;
}

/**
 * Verification secrets of recently called triggers. Loading a credential costs n8n a database read and a
 * decryption, which would halve the webhook throughput; a secret is reused for at most SECRET_TTL_MS, and a
 * request that fails verification with a cached secret is checked again with a fresh one, so a rotated
 * secret takes effect immediately for genuine requests.
 */
const SECRET_CACHE = new Map<string, { at: number; credentials: Record<string, unknown> }>();
const SECRET_TTL_MS = 30_000;
const SECRET_CACHE_MAX = 500;

export async function webhookCredentials(
	ctx: IWebhookFunctions,
	type: string,
	fresh: boolean,
): Promise<{ credentials: Record<string, unknown>; cached: boolean }> {
	const node = ctx.getNode();
	const key = `${ctx.getWorkflow().id ?? ''}\u0000${node.id}\u0000${node.credentials?.[type]?.id ?? ''}\u0000${type}`;
	const now = Date.now();
	const hit = SECRET_CACHE.get(key);
	if (!fresh && hit && now - hit.at < SECRET_TTL_MS)
		return { credentials: hit.credentials, cached: true };
	const credentials = (await ctx.getCredentials(type)) as Record<string, unknown>;
	SECRET_CACHE.delete(key);
	SECRET_CACHE.set(key, { at: now, credentials });
	if (SECRET_CACHE.size > SECRET_CACHE_MAX) {
		const oldest = SECRET_CACHE.keys().next();
		if (!oldest.done) SECRET_CACHE.delete(oldest.value);
	}
	return { credentials, cached: false };
}

/** True when one of these event keys of the trigger is still waiting for n8n's answer. */
export function anyPending(triggerKey: string, keys: string[]): boolean {
	return keys.some((key) => PENDING.has(`${triggerKey}\u0000${key}`));
}

/** Removes event keys from the trigger's in-process duplicate filter. */
export function forgetRecent(triggerKey: string, keys: string[]): void {
	const current = RECENT_IN_PROCESS.get(triggerKey);
	if (current) for (const key of keys) delete current[key];
}

/**
 * Marks the keys pending until the request is over; when its answer was not a success they are forgotten,
 * so the provider's retry is not dropped as a duplicate of a delivery n8n never recorded.
 */
export function holdUntilAnswered(triggerKey: string, keys: string[], res: AnswerTarget): void {
	if (keys.length === 0) return;
	const pending = keys.map((key) => `${triggerKey}\u0000${key}`);
	for (const key of pending) PENDING.set(key, true);
	while (PENDING.size > PENDING_MAX) {
		const oldest = PENDING.keys().next();
		if (oldest.done) break;
		PENDING.delete(oldest.value);
	}
	onAnswered(res, (ok) => {
		for (const key of pending) PENDING.delete(key);
		if (!ok) forgetRecent(triggerKey, keys);
	});
}

/** How many keys are pending (for tests). */
export function pendingCount(): number {
	return PENDING.size;
}
