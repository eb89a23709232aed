// Helpers for the simulators: ids, dates, segment counting.
import { randomBytes, randomUUID } from 'crypto';

export function hex(bytes: number, upper = false): string {
	const h = randomBytes(bytes).toString('hex');
	return upper ? h.toUpperCase() : h;
}

export function uuid(): string {
	return randomUUID();
}

const CROCKFORD = '0123456789ABCDEFGHJKMNPQRSTVWXYZ';

/** A 26-character ULID-like id (time-ordered, Crockford base32) as Sinch uses for batch ids. */
export function ulid(now = Date.now()): string {
	let t = now;
	let time = '';
	for (let i = 0; i < 10; i++) {
		time = CROCKFORD[t % 32] + time;
		t = Math.floor(t / 32);
	}
	const rnd = randomBytes(16);
	let rest = '';
	for (let i = 0; i < 16; i++) rest += CROCKFORD[rnd[i] % 32];
	return time + rest;
}

/** RFC 2822 date as Twilio formats it (`Thu, 30 Jul 2015 20:12:31 +0000`). */
export function rfc2822(date = new Date()): string {
	return date.toUTCString().replace('GMT', '+0000');
}

const GSM_BASIC =
	'@£$¥èéùìòÇ\nØø\rÅåΔ_ΦΓΛΩΠΨΣΘΞ\u001bÆæßÉ !"#¤%&\'()*+,-./0123456789:;<=>?¡ABCDEFGHIJKLMNOPQRSTUVWXYZÄÖÑÜ§¿abcdefghijklmnopqrstuvwxyzäöñüà';
const GSM_EXT = '^{}\\[~]|€\f';

/** Whether the text fits the GSM-7 alphabet. */
export function isGsm(text: string): boolean {
	for (const ch of text) if (!GSM_BASIC.includes(ch) && !GSM_EXT.includes(ch)) return false;
	return true;
}

/** SMS segment count (GSM-7 160/153 with extension chars counting 2; UCS-2 70/67 by UTF-16 units). */
export function segmentsOf(text: string): number {
	if (isGsm(text)) {
		let units = 0;
		for (const ch of text) units += GSM_EXT.includes(ch) ? 2 : 1;
		return units <= 160 ? 1 : Math.ceil(units / 153);
	}
	const units = text.length;
	return units <= 70 ? 1 : Math.ceil(units / 67);
}

export function digits(s: unknown): string {
	return String(s ?? '').replace(/\D+/g, '');
}

export function isE164(s: unknown): boolean {
	return typeof s === 'string' && /^\+[1-9]\d{6,14}$/.test(s);
}

/** Basic auth user/password from an Authorization header. */
export function basicCredentials(
	header: string | string[] | undefined,
): { user: string; password: string } | undefined {
	const h = Array.isArray(header) ? header[0] : header;
	if (!h || !/^Basic /i.test(h)) return undefined;
	const decoded = Buffer.from(h.slice(6).trim(), 'base64').toString('utf8');
	const idx = decoded.indexOf(':');
	if (idx < 0) return undefined;
	return { user: decoded.slice(0, idx), password: decoded.slice(idx + 1) };
}

export function headerOf(
	headers: Record<string, string | string[] | undefined>,
	name: string,
): string | undefined {
	const v = headers[name.toLowerCase()];
	return Array.isArray(v) ? v[0] : v;
}

export function asObj(v: unknown): Record<string, unknown> | undefined {
	return v !== null && typeof v === 'object' && !Array.isArray(v)
		? (v as Record<string, unknown>)
		: undefined;
}

export function str(v: unknown): string | undefined {
	return typeof v === 'string' ? v : typeof v === 'number' ? String(v) : undefined;
}
