/**
 * Deterministic A/B variant assignment and survey ids.
 */
import { createHash, randomBytes } from 'crypto';

/** A weighted variant for {@link chooseVariant}; `weight` defaults to 1, 0 disables the variant. */
export interface WeightedVariant {
	name: string;
	weight?: number;
}

/** Result of {@link chooseVariant}: position in the given list and the variant's name. */
export interface ChosenVariant {
	index: number;
	name: string;
}

/** SHA-256 of `salt NUL key` mapped to a uniform number in [0, 1) (48 bits of the digest). */
function uniform(key: string, salt: string): number {
	const digest = createHash('sha256').update(`${salt}\u0000${key}`, 'utf8').digest();
	return digest.readUIntBE(0, 6) / 2 ** 48;
}

/**
 * Picks the A/B variant of a recipient deterministically: the same key (e.g. the E.164 phone number) and
 * salt (e.g. the campaign id) always get the same variant, on every run and machine (SHA-256 based);
 * different salts give independent splits. Weights are relative (`[{name:'A',weight:3},{name:'B'}]` → 75/25).
 *
 * @throws RangeError when there is no variant with a positive finite weight (a configuration error).
 */
export function chooseVariant(
	key: string,
	variants: ReadonlyArray<string | WeightedVariant>,
	salt = '',
): ChosenVariant {
	const list = Array.isArray(variants) ? variants : [];
	const weights = list.map((v) => {
		const w = typeof v === 'string' ? 1 : (v?.weight ?? 1);
		return typeof w === 'number' && Number.isFinite(w) && w > 0 ? w : 0;
	});
	const total = weights.reduce((a, b) => a + b, 0);
	if (!(total > 0))
		throw new RangeError('chooseVariant needs at least one variant with a positive weight.');
	const target = uniform(String(key ?? ''), String(salt ?? '')) * total;
	let acc = 0;
	let index = weights.findIndex((w) => w > 0);
	for (let i = 0; i < weights.length; i++) {
		if (weights[i] <= 0) continue;
		acc += weights[i];
		index = i;
		if (target < acc) break;
	}
	const chosen = list[index];
	return { index, name: typeof chosen === 'string' ? chosen : String(chosen.name ?? index) };
}

function base64Url(bytes: Buffer): string {
	return bytes.toString('base64url');
}

/**
 * A deterministic URL-safe id (22 characters of `[A-Za-z0-9_-]`, 128 bits of SHA-256) derived from the
 * given parts, e.g. `surveyId(campaignId, phone)`: sending the same survey twice yields the same id, which
 * makes retries idempotent. Parts are separated unambiguously (`('ab','c')` ≠ `('a','bc')`).
 */
export function surveyId(...parts: Array<string | number | boolean | null | undefined>): string {
	const hash = createHash('sha256');
	for (const part of parts) {
		const text = part === null || part === undefined ? '' : String(part);
		hash.update(`${text.length}:${text}\u0000`, 'utf8');
	}
	return base64Url(hash.digest().subarray(0, 16));
}

/**
 * A URL-safe survey id (22 characters): deterministic from `seed` when given (same as `surveyId(seed)`),
 * otherwise 128 random bits from the platform CSPRNG.
 */
export function generateSurveyId(seed?: string): string {
	if (typeof seed === 'string' && seed.length > 0) return surveyId(seed);
	return base64Url(randomBytes(16));
}
