/**
 * SMS encoding and segment counting (GSM 03.38 / 3GPP TS 23.038).
 *
 * A text is sent as GSM-7 when every character is in the GSM 7-bit default alphabet (basic table) or its
 * extension table (the extension characters are sent as ESC + code and cost 2 septets). Anything else
 * forces UCS-2 (UTF-16), where every UTF-16 code unit costs 2 bytes (surrogate pairs, e.g. emoji, cost 2 units).
 *
 * Single message: 160 septets (GSM-7) or 70 units (UCS-2). Concatenated messages carry a 6-byte user data
 * header, leaving 153 septets or 67 units per segment. Like the handsets and SMS centres do, a character is
 * never split across two segments: a 2-septet escape pair (or a UTF-16 surrogate pair) that would straddle a
 * segment boundary moves whole to the next segment, so the segment count can exceed ceil(units / perSegment).
 *
 * National language shift tables (Turkish, Spanish, Portuguese, Indian scripts) are not used: most providers
 * do not apply them, and a text that needs them is counted as UCS-2.
 */

/** GSM 03.38 basic character set, in table order (0x00..0x7F); ESC (0x1B) is excluded. */
const GSM7_BASIC_CHARS =
	'@£$¥èéùìòÇ\nØø\rÅå' +
	'Δ_ΦΓΛΩΠΨΣΘΞÆæßÉ' +
	' !"#¤%&\'()*+,-./' +
	'0123456789:;<=>?' +
	'¡ABCDEFGHIJKLMNO' +
	'PQRSTUVWXYZÄÖÑÜ§' +
	'¿abcdefghijklmno' +
	'pqrstuvwxyzäöñüà';

/** GSM 03.38 extension table characters (sent as ESC + code, 2 septets each): form feed, ^ { } \ [ ~ ] | €. */
const GSM7_EXTENSION_CHARS = '\f^{}\\[~]|€';

const GSM7_BASIC = new Set<number>(Array.from(GSM7_BASIC_CHARS, (c) => c.charCodeAt(0)));
const GSM7_EXTENSION = new Set<number>(Array.from(GSM7_EXTENSION_CHARS, (c) => c.charCodeAt(0)));

/** Septets per single GSM-7 message. */
export const GSM7_SINGLE_SEGMENT = 160;
/** Septets per segment of a concatenated GSM-7 message. */
export const GSM7_MULTI_SEGMENT = 153;
/** UTF-16 code units per single UCS-2 message. */
export const UCS2_SINGLE_SEGMENT = 70;
/** UTF-16 code units per segment of a concatenated UCS-2 message. */
export const UCS2_MULTI_SEGMENT = 67;

/** SMS data coding used for a text. */
export type SmsEncoding = 'GSM-7' | 'UCS-2';

/** Result of {@link countSegments}. */
export interface SegmentInfo {
	/** `GSM-7` when every character is in the GSM 03.38 basic or extension table, otherwise `UCS-2`. */
	encoding: SmsEncoding;
	/** Number of SMS segments billed for the text; 0 for the empty string. */
	segments: number;
	/** Number of Unicode code points (an emoji such as 😀 is 1; a ZWJ sequence is several). */
	characters: number;
	/** GSM-7 septets (extension characters count 2) or UCS-2 UTF-16 code units (surrogate pairs count 2). */
	units: number;
	/** Capacity of one segment for this text: 160/153 (GSM-7) or 70/67 (UCS-2). */
	perSegment: number;
	/** Units still free in the last segment (for the empty text: the whole single-message capacity). */
	remaining: number;
}

/** Septet cost of a UTF-16 code unit in GSM-7: 1 (basic), 2 (extension) or 0 (not representable). */
function gsmCost(code: number): number {
	if (GSM7_BASIC.has(code)) return 1;
	if (GSM7_EXTENSION.has(code)) return 2;
	return 0;
}

/**
 * True when the whole text can be sent in the GSM 7-bit default alphabet (basic + extension table).
 * The empty string is GSM-7. Never throws (non-strings → false).
 */
export function isGsm7(text: string): boolean {
	if (typeof text !== 'string') return false;
	for (let i = 0; i < text.length; i++) {
		if (gsmCost(text.charCodeAt(i)) === 0) return false;
	}
	return true;
}

/** Packs characters of the given widths into segments without splitting any; returns [segments, fill]. */
function pack(widths: readonly number[], capacity: number): [number, number] {
	let segments = 1;
	let fill = 0;
	for (const w of widths) {
		if (fill + w > capacity) {
			segments++;
			fill = w;
		} else {
			fill += w;
		}
	}
	return [segments, fill];
}

/**
 * Counts the SMS segments a text needs, with its encoding.
 *
 * - GSM-7: 160 septets in one message, 153 per segment when concatenated; `^{}\[~]|€` and form feed cost 2.
 * - UCS-2: 70 UTF-16 units in one message, 67 per segment; characters outside the BMP (emoji) cost 2.
 * - An escape pair or a surrogate pair is never split across segments (it moves to the next one).
 * - `characters` counts Unicode code points; the empty string has 0 segments.
 *
 * Linear time, never throws (a non-string is counted as the empty string).
 */
export function countSegments(text: string): SegmentInfo {
	const s = typeof text === 'string' ? text : '';
	let characters = 0;
	let gsm = true;
	for (let i = 0; i < s.length; i++) {
		const code = s.charCodeAt(i);
		// Count code points: a high surrogate followed by a low surrogate is one code point.
		if (code >= 0xdc00 && code <= 0xdfff && i > 0) {
			const prev = s.charCodeAt(i - 1);
			if (prev >= 0xd800 && prev <= 0xdbff) continue;
		}
		characters++;
		if (gsm && gsmCost(code) === 0) gsm = false;
	}
	// Width of every character in units of the chosen encoding (pairs stay together).
	const widths: number[] = [];
	let units = 0;
	if (gsm) {
		for (let i = 0; i < s.length; i++) {
			const w = gsmCost(s.charCodeAt(i));
			widths.push(w);
			units += w;
		}
	} else {
		for (let i = 0; i < s.length; i++) {
			const code = s.charCodeAt(i);
			const next = i + 1 < s.length ? s.charCodeAt(i + 1) : 0;
			if (code >= 0xd800 && code <= 0xdbff && next >= 0xdc00 && next <= 0xdfff) {
				widths.push(2);
				i++;
			} else {
				widths.push(1);
			}
		}
		units = s.length;
	}
	const encoding: SmsEncoding = gsm ? 'GSM-7' : 'UCS-2';
	const single = gsm ? GSM7_SINGLE_SEGMENT : UCS2_SINGLE_SEGMENT;
	const multi = gsm ? GSM7_MULTI_SEGMENT : UCS2_MULTI_SEGMENT;
	if (units === 0) {
		return {
			encoding,
			segments: 0,
			characters: 0,
			units: 0,
			perSegment: single,
			remaining: single,
		};
	}
	if (units <= single) {
		return {
			encoding,
			segments: 1,
			characters,
			units,
			perSegment: single,
			remaining: single - units,
		};
	}
	const [segments, fill] = pack(widths, multi);
	return { encoding, segments, characters, units, perSegment: multi, remaining: multi - fill };
}
