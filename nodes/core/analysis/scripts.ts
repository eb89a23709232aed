/**
 * Which writing system a code point belongs to: one table for the comment-language detection (aggregate) and
 * the reply-language guess (reply parser). Letters of the scripts the packages tell apart; anything else
 * (digits, punctuation, symbols, scripts not listed) is {@link SCRIPT_NONE}.
 */

export const SCRIPTS = [
	'han',
	'kana',
	'hangul',
	'thai',
	'lao',
	'khmer',
	'myanmar',
	'cyrillic',
	'arabic',
	'hebrew',
	'devanagari',
	'georgian',
	'armenian',
	'greek',
	'latin',
] as const;

export type Script = (typeof SCRIPTS)[number];

export const SCRIPT_HAN = 0;
export const SCRIPT_KANA = 1;
export const SCRIPT_HANGUL = 2;
export const SCRIPT_THAI = 3;
export const SCRIPT_LAO = 4;
export const SCRIPT_KHMER = 5;
export const SCRIPT_MYANMAR = 6;
export const SCRIPT_CYRILLIC = 7;
export const SCRIPT_ARABIC = 8;
export const SCRIPT_HEBREW = 9;
export const SCRIPT_DEVANAGARI = 10;
export const SCRIPT_GEORGIAN = 11;
export const SCRIPT_ARMENIAN = 12;
export const SCRIPT_GREEK = 13;
export const SCRIPT_LATIN = 14;
export const SCRIPT_NONE = -1;

/** Script index of a code point (an index into SCRIPTS), or SCRIPT_NONE. */
function scriptOfCodePoint(c: number): number {
	if (c < 0x80)
		return (c >= 0x41 && c <= 0x5a) || (c >= 0x61 && c <= 0x7a) ? SCRIPT_LATIN : SCRIPT_NONE;
	if (c >= 0xc0 && c <= 0x24f) return c === 0xd7 || c === 0xf7 ? SCRIPT_NONE : SCRIPT_LATIN;
	if (c >= 0x1e00 && c <= 0x1eff) return SCRIPT_LATIN;
	if (c >= 0x370 && c <= 0x3ff) return SCRIPT_GREEK;
	if (c >= 0x400 && c <= 0x52f) return SCRIPT_CYRILLIC;
	if (c >= 0x530 && c <= 0x58f) return SCRIPT_ARMENIAN;
	if (c >= 0x590 && c <= 0x5ff) return SCRIPT_HEBREW;
	if (
		(c >= 0x600 && c <= 0x6ff) ||
		(c >= 0x750 && c <= 0x77f) ||
		(c >= 0xfb50 && c <= 0xfdff) ||
		(c >= 0xfe70 && c <= 0xfeff)
	)
		return SCRIPT_ARABIC;
	if (c >= 0x900 && c <= 0x97f) return SCRIPT_DEVANAGARI;
	if (c >= 0xe00 && c <= 0xe7f) return SCRIPT_THAI;
	if (c >= 0xe80 && c <= 0xeff) return SCRIPT_LAO;
	if (c >= 0x1000 && c <= 0x109f) return SCRIPT_MYANMAR;
	if (c >= 0x10a0 && c <= 0x10ff) return SCRIPT_GEORGIAN;
	if ((c >= 0x1100 && c <= 0x11ff) || (c >= 0x3130 && c <= 0x318f) || (c >= 0xac00 && c <= 0xd7af))
		return SCRIPT_HANGUL;
	if (c >= 0x1780 && c <= 0x17ff) return SCRIPT_KHMER;
	if ((c >= 0x3040 && c <= 0x30ff) || (c >= 0x31f0 && c <= 0x31ff)) return SCRIPT_KANA;
	if (
		(c >= 0x3400 && c <= 0x4dbf) ||
		(c >= 0x4e00 && c <= 0x9fff) ||
		(c >= 0xf900 && c <= 0xfaff) ||
		(c >= 0x20000 && c <= 0x3134f)
	)
		return SCRIPT_HAN;
	return SCRIPT_NONE;
}

/** Script index + 1 of each BMP code unit (0: none), filled once from {@link scriptOfCodePoint}. */
const BMP_SCRIPTS = new Uint8Array(0x10000);
for (let c = 0; c < 0x10000; c++) BMP_SCRIPTS[c] = scriptOfCodePoint(c) + 1;

/** {@link scriptOfCodePoint} from a table for BMP code units. */
export function scriptAt(c: number): number {
	return c < 0x10000 ? BMP_SCRIPTS[c] - 1 : scriptOfCodePoint(c);
}
