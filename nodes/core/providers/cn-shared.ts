// Pieces shared by the mainland-China clouds (Alibaba Cloud, Tencent Cloud). Pure.
import { plusE164, receivedAtOf } from './common';

/** A mainland number as the clouds push it (`13811112222`, no country code) → `+8613811112222`. */
export function chinaE164(value: unknown): string {
	const text = typeof value === 'string' || typeof value === 'number' ? String(value).trim() : '';
	if (/^1\d{10}$/.test(text)) return `+86${text}`;
	return plusE164(text);
}

/**
 * A cloud timestamp `YYYY-MM-DD HH:MM:SS` without zone, taken as China Standard Time (UTC+08:00, no DST) —
 * the consoles show Beijing time; the push documentation does not name the zone.
 */
export function chinaTime(now: number | undefined, value: unknown): string {
	const text = typeof value === 'string' ? value.trim() : '';
	if (/^\d{4}-\d{2}-\d{2}[ T]\d{2}:\d{2}:\d{2}$/.test(text)) {
		return receivedAtOf(now, `${text.replace(' ', 'T')}+08:00`);
	}
	if (/^\d{14}$/.test(text)) {
		const iso = `${text.slice(0, 4)}-${text.slice(4, 6)}-${text.slice(6, 8)}T${text.slice(8, 10)}:${text.slice(10, 12)}:${text.slice(12, 14)}+08:00`;
		return receivedAtOf(now, iso);
	}
	return receivedAtOf(now, value);
}

/** The sign as the customer sees it in front of a mainland SMS: `【签名】`. */
export function withSign(signName: string, text: string): string {
	const s = signName.trim();
	return s === '' ? text : `【${s}】${text}`;
}
