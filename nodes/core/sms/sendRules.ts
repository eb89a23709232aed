/**
 * Send rules: quiet hours (time-zone aware via `Intl.DateTimeFormat`), survey fatigue, blocked words,
 * retry back-off and a send-rate planner. All pure and deterministic given their inputs.
 */

const MINUTE = 60_000;
const DAY = 86_400_000;

// ---------------------------------------------------------------------------------------------------------
// Wall-clock arithmetic in an IANA time zone.

const formatters = new Map<string, Intl.DateTimeFormat>();

function formatterFor(timeZone: string): Intl.DateTimeFormat {
	let f = formatters.get(timeZone);
	if (!f) {
		let valid = typeof timeZone === 'string' && timeZone.length > 0;
		try {
			f = new Intl.DateTimeFormat('en-US', {
				timeZone,
				hourCycle: 'h23',
				year: 'numeric',
				month: 'numeric',
				day: 'numeric',
				hour: 'numeric',
				minute: 'numeric',
				second: 'numeric',
			});
		} catch {
			valid = false;
		}
		if (!valid || !f) {
			throw new RangeError(
				`Unknown time zone '${String(timeZone)}' (expected an IANA name such as 'Asia/Tashkent').`,
			);
		}
		formatters.set(timeZone, f);
	}
	return f;
}

interface Wall {
	year: number;
	month: number;
	day: number;
	hour: number;
	minute: number;
	second: number;
}

function wallOf(ms: number, timeZone: string): Wall {
	const wall: Wall = { year: 0, month: 0, day: 0, hour: 0, minute: 0, second: 0 };
	for (const part of formatterFor(timeZone).formatToParts(ms)) {
		if (part.type in wall) wall[part.type as keyof Wall] = Number(part.value);
	}
	if (wall.hour === 24) wall.hour = 0;
	return wall;
}

/** The local wall-clock time of an instant, expressed as milliseconds "as if it were UTC" (seconds precision). */
function wallMs(ms: number, timeZone: string): number {
	const w = wallOf(ms, timeZone);
	return Date.UTC(w.year, w.month - 1, w.day, w.hour, w.minute, w.second);
}

/** Offset of the time zone at an instant (local − UTC), in ms. */
function offsetAt(ms: number, timeZone: string): number {
	const whole = Math.floor(ms / 1000) * 1000;
	return wallMs(whole, timeZone) - whole;
}

/**
 * The instants at which the local wall clock shows `target` (a wall time as UTC ms): one normally, two for an
 * ambiguous time (DST fall-back), and for a skipped time (DST spring-forward) the instant the clock jumps
 * over it — i.e. the earliest instants whose wall time reaches `target`.
 */
function instantsAt(target: number, timeZone: string): number[] {
	const candidates = [
		...new Set([
			target - offsetAt(target - DAY, timeZone),
			target - offsetAt(target + DAY, timeZone),
		]),
	];
	const exact = candidates.filter((u) => wallMs(u, timeZone) === target);
	if (exact.length > 0) return exact.sort((x, y) => x - y);
	// A gap: local time jumps over the target between the two candidates; find the jump.
	let lo = Math.min(...candidates);
	let hi = Math.max(...candidates);
	if (wallMs(lo, timeZone) >= target) return [lo];
	while (hi - lo > 1) {
		const mid = Math.floor((lo + hi) / 2);
		if (wallMs(mid, timeZone) >= target) hi = mid;
		else lo = mid;
	}
	return [hi];
}

/** The first instant in (from, to] where the UTC offset differs from the offset at `from`, or undefined. */
function firstTransition(from: number, to: number, timeZone: string): number | undefined {
	const before = offsetAt(from, timeZone);
	if (offsetAt(to, timeZone) === before) return undefined;
	let lo = from;
	let hi = to;
	while (hi - lo > 1) {
		const mid = Math.floor((lo + hi) / 2);
		if (offsetAt(mid, timeZone) === before) lo = mid;
		else hi = mid;
	}
	return hi;
}

function isoWeekday(year: number, month: number, day: number): number {
	const d = new Date(Date.UTC(year, month - 1, day)).getUTCDay();
	return d === 0 ? 7 : d;
}

function toMs(value: Date | number, name: string): number {
	const ms = value instanceof Date ? value.getTime() : value;
	if (typeof ms !== 'number' || !Number.isFinite(ms))
		throw new RangeError(`${name} is not a valid date or timestamp.`);
	return ms;
}

// ---------------------------------------------------------------------------------------------------------
// Send window (quiet hours).

/** When sending is allowed: local `start`–`end` in `timeZone`, on the given ISO weekdays (1 = Mon … 7 = Sun). */
export interface SendWindow {
	/** 'HH:mm', inclusive. */
	start: string;
	/** 'HH:mm', exclusive; '24:00' = end of day; earlier than `start` = the window crosses midnight. */
	end: string;
	/** IANA time zone, e.g. 'Asia/Tashkent'. */
	timeZone: string;
	/** ISO weekdays on which the window opens (default all); a window crossing midnight belongs to its start day. */
	days?: number[];
}

/** Result of {@link checkSendWindow}. */
export type SendWindowResult =
	| { allowed: true }
	| {
			allowed: false;
			/** Earliest allowed instant, ISO 8601 UTC. */
			nextAllowedAt: string;
			/** `outside_hours` or `day_not_allowed`. */
			reason: 'outside_hours' | 'day_not_allowed';
	  };

function parseHhMm(value: string, name: string, allow24: boolean): number {
	const m = typeof value === 'string' ? /^(\d{1,2}):(\d{2})$/.exec(value.trim()) : null;
	const h = m ? Number(m[1]) : NaN;
	const min = m ? Number(m[2]) : NaN;
	const total = h * 60 + min;
	if (!m || min > 59 || h > 24 || total > 24 * 60 || (total === 24 * 60 && !allow24)) {
		throw new RangeError(
			`Invalid ${name} time '${String(value)}' (expected HH:mm, 00:00–${allow24 ? '24:00' : '23:59'}).`,
		);
	}
	return total;
}

/**
 * Whether a survey may be sent at `now` under a local-time sending window, and if not, the next instant when
 * it may. The window is the time when sending IS allowed: `09:00`–`21:00` allows 09:00:00 up to 20:59:59
 * local time; `start > end` crosses midnight (`22:00`–`08:00` allows nights, the night belonging to the day
 * it starts on for `days`); `start == end` allows the whole day (00:00–24:00). DST is handled with the real local clock:
 * on a spring-forward day a start inside the skipped hour opens when the clock jumps; on a fall-back day a
 * repeated time opens at its first occurrence (and again at the second one), and a clock set back into the
 * window opens it at the transition.
 *
 * @throws RangeError for an invalid time, time zone, weekday list or `now` (configuration errors).
 */
export function checkSendWindow(now: Date | number, window: SendWindow): SendWindowResult {
	const nowMs = toMs(now, 'now');
	const start = parseHhMm(window.start, 'start', false);
	const end = parseHhMm(window.end, 'end', true);
	const tz = window.timeZone;
	const days = window.days ?? [1, 2, 3, 4, 5, 6, 7];
	if (
		!Array.isArray(days) ||
		days.length === 0 ||
		days.some((d) => !Number.isInteger(d) || d < 1 || d > 7)
	) {
		throw new RangeError(
			`Invalid days ${JSON.stringify(window.days)}: expected ISO weekdays 1 (Mon) … 7 (Sun).`,
		);
	}
	const allowedDay = new Set(days);
	const state = (ms: number): { allowed: boolean; inHours: boolean } => {
		const w = wallOf(ms, tz);
		const minutes = w.hour * 60 + w.minute;
		const today = isoWeekday(w.year, w.month, w.day);
		const yesterday = today === 1 ? 7 : today - 1;
		if (start === end) return { allowed: allowedDay.has(today), inHours: true };
		if (start < end) {
			const inHours = minutes >= start && minutes < end;
			return { allowed: inHours && allowedDay.has(today), inHours };
		}
		const evening = minutes >= start;
		const morning = minutes < end;
		return {
			allowed: (evening && allowedDay.has(today)) || (morning && allowedDay.has(yesterday)),
			inHours: evening || morning,
		};
	};
	const current = state(nowMs);
	if (current.allowed) return { allowed: true };
	const reason = current.inHours ? 'day_not_allowed' : 'outside_hours';

	// The window opens when the local clock reaches `start` (00:00 for a whole-day window) on an allowed day.
	const opening = start === end ? 0 : start;
	const w = wallOf(nowMs, tz);
	let next = Infinity;
	for (let k = 0; k <= 15 && next === Infinity; k++) {
		const date = new Date(Date.UTC(w.year, w.month - 1, w.day + k));
		if (
			!allowedDay.has(isoWeekday(date.getUTCFullYear(), date.getUTCMonth() + 1, date.getUTCDate()))
		)
			continue;
		for (const u of instantsAt(date.getTime() + opening * MINUTE, tz)) {
			// A window lying entirely in a skipped stretch of local time (DST gap, skipped day) does not open.
			if (u > nowMs && u < next && state(u).allowed) next = u;
		}
	}
	if (next === Infinity) next = nowMs + 7 * DAY; // unreachable with a non-empty weekday list
	// A DST fall-back can also move the clock back into the window without passing `start`.
	const transition = firstTransition(nowMs, next, tz);
	if (transition !== undefined && transition < next && state(transition).allowed) next = transition;
	return { allowed: false, nextAllowedAt: new Date(next).toISOString(), reason };
}

// ---------------------------------------------------------------------------------------------------------
// Survey fatigue.

/** Result of {@link checkFatigue}. */
export type FatigueResult =
	| { allowed: true }
	| { allowed: false; reason: 'surveyed_recently'; lastSurveyedAt: string; nextAllowedAt: string };

/**
 * Parses a timestamp: a Date, epoch milliseconds (numbers below 1e11 are taken as epoch seconds), a string of
 * digits (same rule) or an ISO 8601 / RFC 2822 date string. Returns NaN when it cannot be read.
 */
function parseInstant(value: string | number | Date): number {
	if (value instanceof Date) return value.getTime();
	if (typeof value === 'number')
		return Number.isFinite(value) ? (Math.abs(value) < 1e11 ? value * 1000 : value) : NaN;
	if (typeof value !== 'string') return NaN;
	const s = value.trim();
	if (/^\d{1,16}$/.test(s)) return parseInstant(Number(s));
	if (s.length > 64) return NaN;
	return Date.parse(s);
}

/**
 * Survey fatigue: a recipient surveyed less than `days` × 24 h ago must not be surveyed again.
 * `lastSurveyedAt` null/undefined/'' means never surveyed (allowed); `days` ≤ 0 disables the rule.
 * `lastSurveyedAt` may be a Date, an ISO 8601 string, or a Unix timestamp (number or digit string) in
 * milliseconds — values below 1e11 (before 1973 as milliseconds) are read as seconds.
 * A last-survey time in the future (clock skew) blocks until that time + `days`.
 *
 * @throws Error with a clear message when `lastSurveyedAt` is present but not a readable date — the node
 * reports it as an error of that item instead of silently surveying or skipping the recipient.
 */
export function checkFatigue(
	lastSurveyedAt: string | number | Date | null | undefined,
	now: Date | number,
	days: number,
): FatigueResult {
	if (lastSurveyedAt === null || lastSurveyedAt === undefined) return { allowed: true };
	if (typeof lastSurveyedAt === 'string' && lastSurveyedAt.trim() === '') return { allowed: true };
	const nowMs = toMs(now, 'now');
	const last = parseInstant(lastSurveyedAt);
	if (!Number.isFinite(last) || Math.abs(last) > 8.64e15) {
		throw new Error(
			`Invalid last survey date '${String(lastSurveyedAt).slice(0, 64)}': expected an ISO 8601 date or a Unix timestamp.`,
		);
	}
	if (!Number.isFinite(days) || days <= 0) return { allowed: true };
	const next = last + days * DAY;
	if (nowMs >= next) return { allowed: true };
	return {
		allowed: false,
		reason: 'surveyed_recently',
		lastSurveyedAt: new Date(last).toISOString(),
		nextAllowedAt: new Date(Math.min(next, 8.64e15)).toISOString(),
	};
}

// ---------------------------------------------------------------------------------------------------------
// Blocked words.

const MAX_SCAN = 20_000;
const WORD_CHAR = /[\p{L}\p{N}\p{M}]/u;
const NO_SPACE_SCRIPT =
	/[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}\p{Script=Thai}\p{Script=Lao}\p{Script=Khmer}\p{Script=Myanmar}]/u;

function fold(s: string): string {
	return s.normalize('NFKC').toLowerCase();
}

function isWordBoundary(text: string, index: number, before: boolean): boolean {
	if (before) {
		if (index <= 0) return true;
		const code = text.charCodeAt(index - 1);
		const ch =
			code >= 0xdc00 && code <= 0xdfff && index >= 2
				? text.slice(index - 2, index)
				: text[index - 1];
		return !WORD_CHAR.test(ch);
	}
	if (index >= text.length) return true;
	const cp = text.codePointAt(index) ?? 0;
	return !WORD_CHAR.test(String.fromCodePoint(cp));
}

/**
 * The blocked words (or phrases) that occur in a text, in the order of `words`, each once, as given.
 * Case-insensitive (Unicode lower case after NFKC). Words in scripts written with spaces (Latin, Cyrillic,
 * Arabic, …) match whole words only (`ass` does not match `class`); words containing Han, Kana, Thai, Lao,
 * Khmer or Myanmar characters match as substrings. The text is scanned up to 20,000 characters. Never throws.
 */
export function findBlockedWords(text: string, words: string[]): string[] {
	if (typeof text !== 'string' || !Array.isArray(words)) return [];
	const haystack = fold(text.slice(0, MAX_SCAN));
	const found: string[] = [];
	for (const word of words) {
		if (typeof word !== 'string' || found.includes(word)) continue;
		const needle = fold(word.trim());
		if (!needle) continue;
		const substring = NO_SPACE_SCRIPT.test(needle);
		let from = 0;
		for (;;) {
			const at = haystack.indexOf(needle, from);
			if (at < 0) break;
			if (
				substring ||
				(isWordBoundary(haystack, at, true) && isWordBoundary(haystack, at + needle.length, false))
			) {
				found.push(word);
				break;
			}
			from = at + 1;
		}
	}
	return found;
}

// ---------------------------------------------------------------------------------------------------------
// Retry back-off.

/** Options of {@link backoffDelay}. */
export interface BackoffOptions {
	/** Delay of the first retry before jitter (default 1000 ms). */
	baseMs?: number;
	/** Upper bound of any delay, Retry-After included (default 60 000 ms). */
	maxMs?: number;
	/** The provider's Retry-After, in seconds: the delay is at least this (capped at `maxMs`). */
	retryAfterSeconds?: number;
	/** Jitter fraction 0..1 (default 0.5): the delay is uniform in [(1 − jitter)·d, d]; 1 = full jitter. */
	jitter?: number;
	/** Random source in [0, 1) (default Math.random); inject for deterministic tests. */
	random?: () => number;
}

function finiteOr(value: number | undefined, fallback: number): number {
	return typeof value === 'number' && Number.isFinite(value) && value >= 0 ? value : fallback;
}

/**
 * Delay before retry number `attempt` (1 = first retry): exponential `baseMs · 2^(attempt−1)` capped at
 * `maxMs`, with jitter, and never shorter than the provider's Retry-After (itself capped at `maxMs`).
 * Returns whole milliseconds in [0, maxMs]. Never throws (bad numbers fall back to the defaults).
 */
export function backoffDelay(attempt: number, options: BackoffOptions = {}): number {
	const base = finiteOr(options.baseMs, 1000);
	const max = finiteOr(options.maxMs, 60_000);
	const jitter = Math.min(1, finiteOr(options.jitter, 0.5));
	const n =
		typeof attempt === 'number' && Number.isFinite(attempt) && attempt >= 1
			? Math.floor(attempt)
			: 1;
	const exp = Math.min(max, base * 2 ** Math.min(n - 1, 60));
	let r = 0;
	try {
		r = typeof options.random === 'function' ? Number(options.random()) : Math.random();
	} catch {
		r = 0;
	}
	if (!Number.isFinite(r)) r = 0;
	r = Math.min(1, Math.max(0, r));
	let delay = exp * (1 - jitter) + exp * jitter * r;
	const retryAfter = options.retryAfterSeconds;
	if (typeof retryAfter === 'number' && Number.isFinite(retryAfter) && retryAfter > 0) {
		delay = Math.max(delay, Math.min(max, retryAfter * 1000));
	}
	return Math.round(Math.min(max, Math.max(0, delay)));
}

// ---------------------------------------------------------------------------------------------------------
// Send-rate planner.

/** Options of {@link createRateLimiter}. */
export interface RateLimiterOptions {
	/** Sustained sends per second (> 0; fractions allowed: 0.5 = one send every 2 s). */
	perSecond: number;
	/** Sends allowed back-to-back before spacing applies (default 1 = strict spacing). */
	burst?: number;
	/** Clock in ms (default Date.now); inject a fake clock for tests. */
	now?: () => number;
}

/** A send-rate planner: call `reserve()` before each send and wait the returned milliseconds. */
export interface RateLimiter {
	/** Reserves the next send slot; returns how long to wait (ms, whole, ≥ 0) before sending. */
	reserve(): number;
}

/**
 * A rate planner for n8n's `sleep`: a token bucket (generic cell rate algorithm) that spaces sends
 * `1000 / perSecond` ms apart after an initial burst. Reservations are monotonic (a clock going backwards
 * never yields an earlier slot) and deterministic with an injected clock.
 *
 * ```ts
 * const limiter = createRateLimiter({ perSecond: 10 });
 * for (const item of items) { await sleep(limiter.reserve()); await send(item); }
 * ```
 *
 * @throws RangeError when `perSecond` or `burst` is not a positive number.
 */
export function createRateLimiter(options: RateLimiterOptions): RateLimiter {
	const perSecond = options?.perSecond;
	if (typeof perSecond !== 'number' || !Number.isFinite(perSecond) || perSecond <= 0) {
		throw new RangeError(`perSecond must be a positive number, got ${String(perSecond)}.`);
	}
	const burst = options.burst ?? 1;
	if (typeof burst !== 'number' || !Number.isInteger(burst) || burst < 1) {
		throw new RangeError(`burst must be a positive integer, got ${String(burst)}.`);
	}
	const clock = options.now ?? (() => Date.now());
	const interval = 1000 / perSecond;
	const tolerance = (burst - 1) * interval;
	let theoretical = -Infinity;
	let lastNow = -Infinity;
	return {
		reserve(): number {
			const raw = Number(clock());
			const fallback = Number.isFinite(lastNow) ? lastNow : 0;
			const t = Number.isFinite(raw) ? Math.max(raw, fallback) : fallback;
			lastNow = t;
			const tat = Math.max(theoretical, t);
			const wait = Math.max(0, tat - t - tolerance);
			theoretical = tat + interval;
			return Math.max(0, Math.ceil(wait - 1e-9));
		},
	};
}
