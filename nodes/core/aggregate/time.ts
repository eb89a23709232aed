/**
 * Calendar helpers of the aggregation: timestamp parsing, local calendar day in an IANA time zone (with
 * `Intl.DateTimeFormat`, cached per 15-minute UTC slot), and day / ISO week / month periods.
 *
 * Day numbers are days since 1970-01-01 of a LOCAL calendar date (proleptic Gregorian), so arithmetic on them
 * is independent of DST.
 */
import type { AggregatePeriod } from './types';

const MS_PER_DAY = 86_400_000;
/** 15 minutes: every modern UTC offset and every offset transition is aligned to it. */
const SLOT_MS = 900_000;
/** 0001-01-02T00:00Z and 9999-12-30T00:00Z: keeps the local date inside years 1–9999 in every zone. */
const MIN_MS = -62_135_510_400_000;
const MAX_MS = 253_402_041_600_000;

/** Days since 1970-01-01 of a proleptic Gregorian date (H. Hinnant's algorithm). */
export function daysFromCivil(y: number, m: number, d: number): number {
	const yy = m <= 2 ? y - 1 : y;
	const era = Math.floor(yy / 400);
	const yoe = yy - era * 400;
	const mp = (m + 9) % 12;
	const doy = Math.floor((153 * mp + 2) / 5) + d - 1;
	const doe = yoe * 365 + Math.floor(yoe / 4) - Math.floor(yoe / 100) + doy;
	return era * 146097 + doe - 719468;
}

/** Inverse of {@link daysFromCivil}. */
export function civilFromDays(days: number): { y: number; m: number; d: number } {
	const z = days + 719468;
	const era = Math.floor(z / 146097);
	const doe = z - era * 146097;
	const yoe = Math.floor(
		(doe - Math.floor(doe / 1460) + Math.floor(doe / 36524) - Math.floor(doe / 146096)) / 365,
	);
	const doy = doe - (365 * yoe + Math.floor(yoe / 4) - Math.floor(yoe / 100));
	const mp = Math.floor((5 * doy + 2) / 153);
	const d = doy - Math.floor((153 * mp + 2) / 5) + 1;
	const m = mp < 10 ? mp + 3 : mp - 9;
	return { y: m <= 2 ? era * 400 + yoe + 1 : era * 400 + yoe, m, d };
}

function pad(n: number, width: number): string {
	return String(n).padStart(width, '0');
}

/** `YYYY-MM-DD` of a day number. */
export function formatDay(days: number): string {
	const { y, m, d } = civilFromDays(days);
	return `${pad(y, 4)}-${pad(m, 2)}-${pad(d, 2)}`;
}

function daysInMonth(y: number, m: number): number {
	return daysFromCivil(m === 12 ? y + 1 : y, m === 12 ? 1 : m + 1, 1) - daysFromCivil(y, m, 1);
}

/** Returns `true` when `timeZone` is a time zone `Intl.DateTimeFormat` accepts. */
export function isValidTimeZone(timeZone: string): boolean {
	try {
		new Intl.DateTimeFormat('en-US', { timeZone });
		return true;
	} catch {
		return false;
	}
}

/**
 * Maps an instant (epoch ms) to the local day number in a time zone. `Intl.DateTimeFormat` is called once per
 * 15-minute UTC slot and cached: exact for every offset that is a multiple of 15 minutes (all IANA zones in
 * current use, including +05:30, +05:45 and +12:45, and all DST transitions); historical local-mean-time
 * offsets (before ~1970 in a few zones) may put instants within 15 minutes of midnight on the neighbouring day.
 */
export class ZoneCalendar {
	private readonly utc: boolean;
	private readonly format: Intl.DateTimeFormat | null;
	private readonly cache = new Map<number, number>();

	/** `timeZone` must be valid (see {@link isValidTimeZone}). */
	constructor(readonly timeZone: string) {
		const resolved = new Intl.DateTimeFormat('en-US', { timeZone }).resolvedOptions().timeZone;
		this.utc =
			resolved === 'UTC' || resolved === 'Etc/UTC' || resolved === 'Etc/GMT' || resolved === 'GMT';
		this.format = this.utc
			? null
			: new Intl.DateTimeFormat('en-US-u-ca-gregory-nu-latn', {
					timeZone,
					year: 'numeric',
					month: 'numeric',
					day: 'numeric',
				});
	}

	/** Local day number of the instant, or `undefined` outside years 1–9999. */
	dayOf(ms: number): number | undefined {
		if (!(ms >= MIN_MS && ms <= MAX_MS)) return undefined;
		if (this.utc || this.format === null) return Math.floor(ms / MS_PER_DAY);
		const slot = Math.floor(ms / SLOT_MS);
		const hit = this.cache.get(slot);
		if (hit !== undefined) return hit;
		let y = 0;
		let m = 0;
		let d = 0;
		for (const part of this.format.formatToParts(slot * SLOT_MS)) {
			if (part.type === 'year') y = Number(part.value);
			else if (part.type === 'month') m = Number(part.value);
			else if (part.type === 'day') d = Number(part.value);
		}
		const day = daysFromCivil(y, m, d);
		if (this.cache.size > 2_000_000) this.cache.clear();
		this.cache.set(slot, day);
		return day;
	}
}

const ISO_RE =
	/^(\d{4})-(\d{2})-(\d{2})(?:[T ](\d{2}):(\d{2})(?::(\d{2})(?:[.,](\d{1,9}))?)?)?\s?([Zz]|[+-]\d{2}(?::?\d{2})?)?$/;
const ZONE_HINT_RE = /(?:\b(?:GMT|UTC|Z)\b|[+-]\d{2}:?\d{2}\s*$)/;

/**
 * Local day number of a timestamp value, or `undefined` when it is unusable. Accepted:
 * - `Date` (valid);
 * - finite numbers: epoch milliseconds, or epoch SECONDS when |n| < 1e11 (before 1973-03-03 in ms);
 * - ISO 8601 strings `YYYY-MM-DD`, `YYYY-MM-DDThh:mm[:ss[.fff]]` with optional `Z`/`±hh[:mm]`. Without an
 *   offset the date and time are taken as LOCAL time of the report's time zone (so the local date is the
 *   written date);
 * - other strings only when they name a zone (`GMT`, `UTC`, `Z` or a trailing `±hhmm`), via `Date.parse`.
 * Never throws.
 */
export function localDayOf(value: unknown, calendar: ZoneCalendar): number | undefined {
	let ms: number;
	if (typeof value === 'number') {
		if (!Number.isFinite(value)) return undefined;
		ms = Math.abs(value) < 1e11 ? value * 1000 : value;
	} else if (typeof value === 'string') {
		const s = value.length > 64 ? '' : value.trim();
		if (s === '') return undefined;
		const m = ISO_RE.exec(s);
		if (m) {
			const y = Number(m[1]);
			const mo = Number(m[2]);
			const d = Number(m[3]);
			if (y < 1 || mo < 1 || mo > 12 || d < 1 || d > daysInMonth(y, mo)) return undefined;
			const hh = m[4] === undefined ? 0 : Number(m[4]);
			const mi = m[5] === undefined ? 0 : Number(m[5]);
			const ss = m[6] === undefined ? 0 : Number(m[6]);
			if (hh > 23 || mi > 59 || ss > 60) return undefined;
			const day = daysFromCivil(y, mo, d);
			const zone = m[8];
			if (zone === undefined) return day;
			let offsetMin = 0;
			if (zone !== 'Z' && zone !== 'z') {
				const sign = zone[0] === '-' ? -1 : 1;
				const digits = zone.slice(1).replace(':', '');
				const oh = Number(digits.slice(0, 2));
				const om = digits.length > 2 ? Number(digits.slice(2, 4)) : 0;
				if (oh > 23 || om > 59) return undefined;
				offsetMin = sign * (oh * 60 + om);
			}
			const frac = m[7] === undefined ? 0 : Number(`0.${m[7]}`) * 1000;
			ms = day * MS_PER_DAY + ((hh * 60 + mi - offsetMin) * 60 + ss) * 1000 + Math.floor(frac);
		} else {
			if (!ZONE_HINT_RE.test(s)) return undefined;
			ms = Date.parse(s);
		}
	} else if (value instanceof Date) {
		ms = value.getTime();
	} else {
		return undefined;
	}
	if (!Number.isFinite(ms)) return undefined;
	return calendar.dayOf(ms);
}

/** First local day of the period containing `day`. */
export function periodStart(day: number, period: AggregatePeriod): number {
	if (period === 'day') return day;
	if (period === 'week') return day - ((((day + 3) % 7) + 7) % 7);
	const { y, m } = civilFromDays(day);
	return daysFromCivil(y, m, 1);
}

/** Key, first and last local day of the period starting at `start`. */
export function describePeriod(
	start: number,
	period: AggregatePeriod,
): { key: string; start: string; end: string } {
	if (period === 'day') {
		const s = formatDay(start);
		return { key: s, start: s, end: s };
	}
	if (period === 'week') {
		const thursday = start + 3;
		const isoYear = civilFromDays(thursday).y;
		const week = Math.floor((thursday - daysFromCivil(isoYear, 1, 1)) / 7) + 1;
		return {
			key: `${pad(isoYear, 4)}-W${pad(week, 2)}`,
			start: formatDay(start),
			end: formatDay(start + 6),
		};
	}
	const { y, m } = civilFromDays(start);
	return {
		key: `${pad(y, 4)}-${pad(m, 2)}`,
		start: formatDay(start),
		end: formatDay(start + daysInMonth(y, m) - 1),
	};
}
