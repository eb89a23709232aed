import { asText } from './json';

function isoOrUndefined(ms: number): string | undefined {
	if (!Number.isFinite(ms)) return undefined;
	const d = new Date(ms);
	return Number.isNaN(d.getTime()) ? undefined : d.toISOString();
}

/**
 * Provider timestamp → ISO 8601 (UTC), or `undefined` when it cannot be read. Accepts ISO 8601 with `Z`,
 * `+hh:mm` or `+hhmm` offsets; `YYYY-MM-DD HH:MM:SS[.ffffff]` without zone (taken as UTC, as Vonage and
 * Plivo send it); Unix seconds or milliseconds.
 */
export function webhookTimestamp(value: unknown): string | undefined {
	const text = (asText(value) ?? '').trim();
	if (text === '' || text.length > 64) return undefined;
	if (/^\d{9,13}(\.\d+)?$/.test(text)) {
		const n = Number(text);
		return isoOrUndefined(n > 1e11 ? n : n * 1000);
	}
	const m =
		/^(\d{4})-(\d{2})-(\d{2})[T ](\d{2}):(\d{2})(?::(\d{2})(?:[.,](\d{1,9}))?)?\s*(Z|[+-]\d{2}:?\d{2}|[+-]\d{2})?$/i.exec(
			text,
		);
	if (!m) return undefined;
	const [, y, mo, d, h, mi, s = '00', frac = '', zone = 'Z'] = m;
	const ms = frac === '' ? '000' : frac.slice(0, 3).padEnd(3, '0');
	let offset = 'Z';
	if (zone.toUpperCase() !== 'Z') {
		const digits = zone.replace(':', '');
		offset = `${digits.slice(0, 3)}:${digits.length > 3 ? digits.slice(3, 5) : '00'}`;
	}
	return isoOrUndefined(Date.parse(`${y}-${mo}-${d}T${h}:${mi}:${s}.${ms}${offset}`));
}

/** First readable timestamp among `values`, else `now` (ms) as ISO. */
export function receivedAtOf(now: number | undefined, ...values: unknown[]): string {
	for (const v of values) {
		const iso = webhookTimestamp(v);
		if (iso) return iso;
	}
	const clock = typeof now === 'number' && Number.isFinite(now) ? now : Date.now();
	return new Date(clock).toISOString();
}
