import { createHash, createHmac, timingSafeEqual } from 'crypto';
import type { InboundRequest, VerifyOptions, VerifyResult } from '../types';
import { headerValue, isRecord } from './json';
import { webhookQuery } from './webhook';

/** Digest algorithms the webhook helpers accept. */
export type WebhookDigest = 'md5' | 'sha1' | 'sha256' | 'sha384' | 'sha512';

/**
 * Constant-time string equality. Both sides are hashed with SHA-256 first, so `timingSafeEqual` always gets
 * two equal-length buffers and the comparison time does not depend on where the strings differ or on their lengths.
 */
export function safeEqual(a: string, b: string): boolean {
	if (typeof a !== 'string' || typeof b !== 'string') return false;
	const ha = createHash('sha256').update(a, 'utf8').digest();
	const hb = createHash('sha256').update(b, 'utf8').digest();
	return timingSafeEqual(ha, hb) && a.length === b.length;
}

/** Constant-time byte equality (hash-then-compare, like {@link safeEqual}). */
export function safeEqualBytes(a: Uint8Array, b: Uint8Array): boolean {
	const ha = createHash('sha256').update(a).digest();
	const hb = createHash('sha256').update(b).digest();
	return timingSafeEqual(ha, hb) && a.length === b.length;
}

/** HMAC of UTF-8 `data` keyed with UTF-8 `key`. */
export function hmacDigest(
	algorithm: WebhookDigest,
	key: string,
	data: string,
	encoding: 'hex' | 'base64',
): string {
	return createHmac(algorithm, key).update(data, 'utf8').digest(encoding);
}

/** Plain hash of UTF-8 text. */
export function hashDigest(
	algorithm: WebhookDigest,
	data: string,
	encoding: 'hex' | 'base64' = 'hex',
): string {
	return createHash(algorithm).update(data, 'utf8').digest(encoding);
}

/** Lower-case hex SHA-256 of UTF-8 text. */
export function sha256Hex(data: string): string {
	return hashDigest('sha256', data, 'hex');
}

/** Decode base64 or base64url; `undefined` when the text is not base64. */
export function decodeBase64(text: string): Buffer | undefined {
	if (typeof text !== 'string') return undefined;
	const clean = text.trim();
	if (clean === '' || clean.length > 16384 || !/^[A-Za-z0-9+/_-]+={0,2}$/.test(clean))
		return undefined;
	return Buffer.from(clean.replace(/-/g, '+').replace(/_/g, '/'), 'base64');
}

function base64UrlJson(part: string): unknown {
	if (!/^[A-Za-z0-9_-]*$/.test(part)) return undefined;
	try {
		return JSON.parse(Buffer.from(part, 'base64url').toString('utf8')) as unknown;
	} catch {
		return undefined;
	}
}

/** Result of {@link verifyHmacJwt}: the claims when the signature is right. */
export type JwtCheck =
	| { ok: true; claims: Record<string, unknown> }
	| { ok: false; reason: 'malformed' | 'bad_signature' };

const JWT_ALGORITHMS: Record<string, WebhookDigest> = {
	HS256: 'sha256',
	HS384: 'sha384',
	HS512: 'sha512',
};

/**
 * Verify the signature of a compact JWT signed with an HMAC (`HS256` by default) keyed with `secret`
 * (UTF-8). Checks only the header and signature; the caller checks the claims. Never throws.
 */
export function verifyHmacJwt(
	token: string,
	secret: string,
	algorithms: string[] = ['HS256'],
): JwtCheck {
	if (typeof token !== 'string' || token.length > 16384) return { ok: false, reason: 'malformed' };
	const parts = token.trim().split('.');
	if (parts.length !== 3) return { ok: false, reason: 'malformed' };
	const [h, p, s] = parts;
	const header = base64UrlJson(h);
	if (!isRecord(header) || typeof header.alg !== 'string')
		return { ok: false, reason: 'malformed' };
	const digest = JWT_ALGORITHMS[header.alg];
	if (!digest || !algorithms.includes(header.alg)) return { ok: false, reason: 'bad_signature' };
	if (!/^[A-Za-z0-9_-]+$/.test(s)) return { ok: false, reason: 'malformed' };
	const expected = createHmac(digest, secret).update(`${h}.${p}`, 'utf8').digest('base64url');
	if (!safeEqual(expected, s)) return { ok: false, reason: 'bad_signature' };
	const claims = base64UrlJson(p);
	if (!isRecord(claims)) return { ok: false, reason: 'malformed' };
	return { ok: true, claims };
}

/** Number claim (seconds) or `undefined`. */
export function numericClaim(claims: Record<string, unknown>, name: string): number | undefined {
	const v = claims[name];
	return typeof v === 'number' && Number.isFinite(v) ? v : undefined;
}

/** Current time in ms from the options (tests) or the clock. */
export function nowMs(options?: VerifyOptions): number {
	return typeof options?.now === 'number' && Number.isFinite(options.now)
		? options.now
		: Date.now();
}

/** Tolerance in seconds from the options (default 300). */
export function toleranceSeconds(options?: VerifyOptions, fallback = 300): number {
	const t = options?.toleranceSeconds;
	return typeof t === 'number' && Number.isFinite(t) && t >= 0 ? t : fallback;
}

/**
 * Unix time (seconds; values above 10^11 are taken as milliseconds) within `tolerance` seconds of `now`.
 * Non-numeric text → `undefined` (malformed).
 */
export function withinTolerance(
	timestamp: string | number,
	now: number,
	tolerance: number,
): boolean | undefined {
	const text = String(timestamp).trim();
	if (!/^\d{1,16}(\.\d+)?$/.test(text)) return undefined;
	let seconds = Number(text);
	if (seconds > 1e11) seconds /= 1000;
	return Math.abs(now / 1000 - seconds) <= tolerance;
}

/**
 * HTTP Basic auth check of the `Authorization` header against `username`/`password`, constant-time.
 */
export function checkBasicAuth(
	request: InboundRequest,
	username: string,
	password: string,
): VerifyResult {
	const header = headerValue(request.headers, 'authorization');
	if (!header) return { ok: false, reason: 'unauthorized' };
	const m = /^\s*basic\s+([A-Za-z0-9+/=]+)\s*$/i.exec(header);
	if (!m) return { ok: false, reason: 'unauthorized' };
	const decoded = Buffer.from(m[1], 'base64').toString('utf8');
	const ok = safeEqual(decoded, `${username}:${password}`);
	return ok ? { ok: true } : { ok: false, reason: 'unauthorized' };
}

/**
 * Secret token check: the URL's `token` query parameter, or its last path segment, must equal `token`.
 */
export function checkUrlToken(request: InboundRequest, token: string): VerifyResult {
	const url = typeof request.url === 'string' ? request.url : '';
	const query = webhookQuery(url);
	const candidates: string[] = [];
	for (const key of ['token', 'Token', 'secret']) if (query[key]) candidates.push(...query[key]);
	const path = url.replace(/[?#].*$/s, '').replace(/\/+$/, '');
	const segment = path.slice(path.lastIndexOf('/') + 1);
	try {
		candidates.push(decodeURIComponent(segment));
	} catch {
		candidates.push(segment);
	}
	let ok = false;
	for (const c of candidates) ok = safeEqual(c, token) || ok;
	return ok ? { ok: true } : { ok: false, reason: 'unauthorized' };
}

/**
 * Verification for providers that do not sign webhooks (Infobip, Sinch by default, generic): every configured
 * check must pass — Basic auth (`options.username`/`password`), URL token (`options.token`) and the
 * provider's `extra` check (HMAC) when given. With none configured, a non-empty `secret` is used as the URL
 * token; with no secret either the result is `missing_secret`.
 */
export function verifyUnsigned(
	request: InboundRequest,
	secret: string,
	options: VerifyOptions | undefined,
	extra?: () => VerifyResult,
): VerifyResult {
	const mode = options?.mode;
	const hasBasic = typeof options?.username === 'string' && options.username !== '';
	const hasToken = typeof options?.token === 'string' && options.token !== '';
	const checks: Array<() => VerifyResult> = [];
	if (hasBasic && (!mode || mode === 'basic')) {
		checks.push(() => checkBasicAuth(request, options?.username ?? '', options?.password ?? ''));
	}
	if (hasToken && (!mode || mode === 'token'))
		checks.push(() => checkUrlToken(request, options?.token ?? ''));
	if (extra) checks.push(extra);
	if (checks.length === 0) {
		if (mode === 'basic' || mode === 'token' || typeof secret !== 'string' || secret === '') {
			return { ok: false, reason: 'missing_secret' };
		}
		checks.push(() => checkUrlToken(request, secret));
	}
	for (const check of checks) {
		const result = check();
		if (!result.ok) return result;
	}
	return { ok: true };
}

/** Run a verification, turning any unexpected exception into `{ ok: false, reason: 'malformed' }`. */
export function guardVerify(run: () => VerifyResult): VerifyResult {
	try {
		const result = run();
		return result.ok ? { ok: true } : { ok: false, reason: result.reason ?? 'bad_signature' };
	} catch {
		return { ok: false, reason: 'malformed' };
	}
}

/**
 * `verifyWebhook` of a provider whose pushes are not signed: Basic auth and/or a URL token, as
 * {@link verifyUnsigned} checks them, with unexpected exceptions turned into `malformed`.
 */
export function verifyUnsignedWebhook(
	request: InboundRequest,
	secret: string,
	options?: VerifyOptions,
): VerifyResult {
	return guardVerify(() => verifyUnsigned(request, secret, options));
}
