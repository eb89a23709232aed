// Signature checks of the simulated China clouds, written from Alibaba Cloud's V3 and Tencent Cloud's TC3
// documentation (independent of the product's signers).
import { createHash, createHmac } from 'crypto';
import type { IncomingHttpHeaders } from 'http';

const sha = (s: string): string => createHash('sha256').update(s, 'utf8').digest('hex');
const header = (h: IncomingHttpHeaders, n: string): string => {
	const v = h[n.toLowerCase()];
	return (Array.isArray(v) ? v.join(',') : (v ?? '')).trim();
};

/** Alibaba Cloud V3: recompute the signature of a request; a reason string when it does not match. */
export function checkAcs3(
	method: string,
	path: string,
	headers: IncomingHttpHeaders,
	rawBody: string,
	keys: { accessKeyId: string; accessKeySecret: string },
	nowMs = Date.now(),
): string | undefined {
	const auth = header(headers, 'authorization');
	const m =
		/^ACS3-HMAC-SHA256 Credential=([^,]+),SignedHeaders=([^,]*),Signature=([0-9a-f]{64})$/.exec(
			auth,
		);
	if (!m) return 'IncompleteSignature';
	if (m[1] !== keys.accessKeyId) return 'InvalidAccessKeyId.NotFound';
	if (header(headers, 'x-acs-content-sha256') !== sha(rawBody)) return 'SignatureDoesNotMatch';
	const date = Date.parse(header(headers, 'x-acs-date'));
	if (!Number.isFinite(date) || Math.abs(nowMs - date) > 15 * 60_000)
		return 'InvalidTimeStamp.Expired';
	const names = m[2].split(';').filter(Boolean);
	for (const required of [
		'host',
		'x-acs-action',
		'x-acs-content-sha256',
		'x-acs-date',
		'x-acs-signature-nonce',
		'x-acs-version',
	])
		if (!names.includes(required)) return 'IncompleteSignature';
	const canonical = [
		method,
		path,
		'',
		names.map((n) => `${n}:${header(headers, n)}\n`).join(''),
		names.join(';'),
		sha(rawBody),
	].join('\n');
	const expected = createHmac('sha256', keys.accessKeySecret)
		.update(`ACS3-HMAC-SHA256\n${sha(canonical)}`)
		.digest('hex');
	return expected === m[3] ? undefined : 'SignatureDoesNotMatch';
}

/** Tencent Cloud TC3: recompute the signature; an error code when it does not match. */
export function checkTc3(
	path: string,
	headers: IncomingHttpHeaders,
	rawBody: string,
	keys: { secretId: string; secretKey: string },
	nowMs = Date.now(),
): string | undefined {
	const auth = header(headers, 'authorization');
	const m =
		/^TC3-HMAC-SHA256 Credential=([^/]+)\/(\d{4}-\d{2}-\d{2})\/([a-z]+)\/tc3_request, SignedHeaders=([a-z;-]+), Signature=([0-9a-f]{64})$/.exec(
			auth,
		);
	if (!m) return 'AuthFailure.InvalidAuthorization';
	if (m[1] !== keys.secretId) return 'AuthFailure.SecretIdNotFound';
	const ts = Number(header(headers, 'x-tc-timestamp'));
	if (!Number.isFinite(ts) || Math.abs(nowMs / 1000 - ts) > 300)
		return 'AuthFailure.SignatureExpire';
	if (new Date(ts * 1000).toISOString().slice(0, 10) !== m[2])
		return 'AuthFailure.SignatureFailure';
	const names = m[4].split(';');
	const canonical = [
		'POST',
		path,
		'',
		names.map((n) => `${n}:${header(headers, n)}\n`).join(''),
		m[4],
		sha(rawBody),
	].join('\n');
	const sts = `TC3-HMAC-SHA256\n${ts}\n${m[2]}/${m[3]}/tc3_request\n${sha(canonical)}`;
	const h = (k: string | Buffer, d: string) => createHmac('sha256', k).update(d).digest();
	const kSigning = h(h(h(`TC3${keys.secretKey}`, m[2]), m[3]), 'tc3_request');
	return createHmac('sha256', kSigning).update(sts).digest('hex') === m[5]
		? undefined
		: 'AuthFailure.SignatureFailure';
}

/** `${name}` / `{n}` placeholders of an approved template text. */
export function placeholders(text: string): { named: string[]; indexed: number } {
	const named = [...text.matchAll(/\$\{([A-Za-z_][A-Za-z0-9_]*)\}/g)].map((x) => x[1]);
	const idx = [...text.matchAll(/\{([1-9][0-9]*)\}/g)].map((x) => Number(x[1]));
	return { named, indexed: idx.length ? Math.max(...idx) : 0 };
}
