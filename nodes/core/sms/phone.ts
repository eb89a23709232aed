/**
 * Phone number normalization to E.164 (`+<country code><national significant number>`).
 *
 * Written for messy CRM data: separators, brackets, full-width or Arabic-Indic digits, `tel:` prefixes,
 * zero-width and direction marks are tolerated; national numbers are completed with a default country;
 * international prefixes (`00`, `011`, `810`, `0011`, `010`, carrier-select prefixes) and national trunk
 * prefixes (`0`, `8`, `1`, `06`) are recognised. Lengths are validated per calling code.
 */
import { PHONE_REGIONS, type PhoneRegion } from './phoneData';
import { NUMBER_RANGES, SHARED_PLANS } from './phoneRanges';

/** Options of {@link normalizePhone}. */
export interface NormalizePhoneOptions {
	/** ISO 3166-1 alpha-2 region used for national numbers, e.g. 'UZ', 'RU', 'CN'. */
	defaultCountry?: string;
	/** Calling code used for national numbers when no `defaultCountry` is given, e.g. '998' or '+998'. */
	defaultCallingCode?: string;
}

/** Why a phone number was rejected by {@link normalizePhone}. */
export type PhoneErrorReason =
	| 'empty'
	| 'invalid_input'
	| 'invalid_characters'
	| 'too_short'
	| 'too_long'
	| 'no_country_code'
	| 'invalid_country_code'
	| 'invalid_number'
	| 'invalid_default_country';

/** Successful result of {@link normalizePhone}. */
export interface PhoneOk {
	ok: true;
	/** E.164 form, e.g. '+998901234567'. */
	e164: string;
	/** ISO 3166-1 alpha-2 region when known (absent for non-geographic codes such as +800). */
	country?: string;
	/** Country calling code without '+', e.g. '998'. */
	callingCode: string;
	/** National significant number (digits after the calling code). */
	nationalNumber: string;
}

/** Failed result of {@link normalizePhone}. */
export interface PhoneError {
	ok: false;
	reason: PhoneErrorReason;
	/** Human-readable explanation (English). */
	message: string;
}

/** Result of {@link normalizePhone}. */
export type NormalizePhoneResult = PhoneOk | PhoneError;

const MAX_INPUT_LENGTH = 256;

const BY_ISO = new Map<string, PhoneRegion>();
const BY_CC = new Map<string, PhoneRegion[]>();
for (const region of PHONE_REGIONS) {
	if (region.iso) BY_ISO.set(region.iso, region);
	const list = BY_CC.get(region.cc) ?? [];
	list.push(region);
	BY_CC.set(region.cc, list);
}

/** Region reported for a calling code shared by several regions (unless the number or the default says otherwise). */
const MAIN_REGION: Record<string, string> = {
	'1': 'US',
	'7': 'RU',
	'39': 'IT',
	'44': 'GB',
	'47': 'NO',
	'61': 'AU',
	'212': 'MA',
	'262': 'RE',
	'290': 'SH',
	'358': 'FI',
	'590': 'GP',
	'599': 'CW',
};

/** Canadian area codes (NANP, +1). */
const CANADA_AREA_CODES = new Set(
	(
		'204 226 236 249 250 257 263 289 306 343 354 365 367 368 382 403 416 418 428 431 437 438 450 468 474 ' +
		'506 514 519 548 579 581 584 587 604 613 639 647 672 683 705 709 742 753 778 780 782 807 819 825 867 ' +
		'873 879 902 905 942'
	).split(' '),
);

/** NANP area codes of the regions other than the US and Canada. */
const NANP_AREA_REGION: Record<string, string> = {
	'242': 'BS',
	'246': 'BB',
	'264': 'AI',
	'268': 'AG',
	'284': 'VG',
	'340': 'VI',
	'345': 'KY',
	'441': 'BM',
	'473': 'GD',
	'649': 'TC',
	'658': 'JM',
	'664': 'MS',
	'670': 'MP',
	'671': 'GU',
	'684': 'AS',
	'721': 'SX',
	'758': 'LC',
	'767': 'DM',
	'784': 'VC',
	'787': 'PR',
	'809': 'DO',
	'829': 'DO',
	'849': 'DO',
	'868': 'TT',
	'869': 'KN',
	'876': 'JM',
	'939': 'PR',
};

/** International call prefixes other than plain `00`, by calling code or region (checked longest first). */
const INTL_PREFIXES_BY_REGION: Record<string, readonly string[]> = {
	RU: ['810'],
	KZ: ['810'],
	BY: ['810'],
	TJ: ['810'],
	TM: ['810'],
	UZ: ['810'],
	AU: ['0011'],
	JP: ['010'],
	KE: ['000'],
	NG: ['009'],
	MN: ['001'],
	KR: ['00700', '001', '002', '005', '006', '008', '009'],
	ID: ['001', '007', '008', '009'],
	TH: ['001', '007', '008', '009'],
	HK: ['0030', '0050', '0059', '001', '002', '006', '007', '008', '009'],
	TW: ['002', '005', '006', '007', '009', '019'],
	SG: ['001', '002', '008', '013', '018', '019'],
	IL: ['012', '013', '014', '015', '016', '017', '018', '019'],
	CO: ['00414', '00444', '00456', '005', '007', '009'],
	BR: [
		'0012',
		'0014',
		'0015',
		'0021',
		'0022',
		'0023',
		'0025',
		'0031',
		'0041',
		'0043',
		'0055',
		'0065',
		'0099',
	],
};

/** Extra national prefixes tried only when the number is invalid as written (legacy or common habits). */
const ALT_TRUNKS: Record<string, readonly string[]> = {
	BY: ['80', '0'],
	UA: ['80', '8'],
	UZ: ['8'],
	TJ: ['8'],
	KG: ['8'],
	AZ: ['8'],
	AM: ['8'],
	GE: ['8'],
	MD: ['8'],
	MX: ['01', '044', '045'],
};

function fail(reason: PhoneErrorReason, message: string): PhoneError {
	return { ok: false, reason, message };
}

const ND = /^\p{Nd}$/u;
const SEPARATOR =
	/^[\s\p{Pd}\p{Ps}\p{Pe}\p{Pi}\p{Pf}\p{Cf}\p{Mn}\p{Me}\p{So}\p{Zs}.,/\\:;'"`_~·・、。]$/u;

/** Value of a Unicode decimal digit: digits are encoded in contiguous runs of ten from 0 to 9. */
function digitValue(cp: number): number {
	let k = 0;
	while (k < 60 && cp - k - 1 >= 0 && ND.test(String.fromCodePoint(cp - k - 1))) k++;
	return k % 10;
}

interface Extracted {
	plus: boolean;
	digits: string;
}

/** Keeps the digits (any script) and a leading '+', drops separators; an error for any other character. */
function extract(input: string): Extracted | PhoneError {
	let s = input.normalize('NFKC').trim();
	const scheme = /^(?:tel|sms|callto|phone):/i.exec(s);
	if (scheme) s = s.slice(scheme[0].length);
	let plus = false;
	let digits = '';
	for (const ch of s) {
		if (ch >= '0' && ch <= '9') {
			digits += ch;
		} else if (ch === '+') {
			if (plus || digits.length > 0) {
				return fail('invalid_characters', "A '+' may only appear at the start of the number.");
			}
			plus = true;
		} else if (ND.test(ch)) {
			digits += String(digitValue(ch.codePointAt(0) ?? 0));
		} else if (!SEPARATOR.test(ch)) {
			return fail('invalid_characters', `The phone number contains an invalid character: '${ch}'.`);
		}
	}
	return { plus, digits };
}

function isError(x: Extracted | PhoneError): x is PhoneError {
	return (x as PhoneError).ok === false;
}

/** The region describing the numbering plan of a calling code + NSN (e.g. +7 7xx → KZ). */
function regionFor(cc: string, nsn: string, hint: string | undefined): string | undefined {
	if (cc === '7') return /^[67]/.test(nsn) ? 'KZ' : 'RU';
	if (cc === '1') {
		const area = nsn.slice(0, 3);
		if (CANADA_AREA_CODES.has(area)) return 'CA';
		return NANP_AREA_REGION[area] ?? 'US';
	}
	const list = BY_CC.get(cc);
	if (!list) return undefined;
	if (hint && list.some((r) => r.iso === hint)) return hint;
	const main = MAIN_REGION[cc];
	const first = main ?? list[0].iso;
	return first || undefined;
}

/** Rules for a calling code: the union of the lengths of its regions (regions sharing a code share a plan). */
function lengthsFor(cc: string): { min: number; max: number } | undefined {
	const list = BY_CC.get(cc);
	if (!list) return undefined;
	let min = Infinity;
	let max = 0;
	for (const r of list) {
		min = Math.min(min, r.min);
		max = Math.max(max, r.max);
	}
	return { min, max };
}

/** Country-specific checks of a national significant number beyond its length; returns an error or null. */
function checkNsn(cc: string, nsn: string): PhoneError | null {
	if (cc === '1' && !/^[2-9]\d\d[2-9]/.test(nsn)) {
		return fail(
			'invalid_number',
			'A North American number needs an area code and exchange starting with 2-9.',
		);
	}
	if (cc === '7' && !/^[346-9]/.test(nsn)) {
		return fail(
			'invalid_number',
			'A +7 number must start with 3, 4, 6, 7, 8 or 9 after the country code.',
		);
	}
	if (cc === '86' && /^1[3-9]/.test(nsn) && nsn.length !== 11) {
		return fail(
			nsn.length < 11 ? 'too_short' : 'too_long',
			'A Chinese mobile number has 11 digits.',
		);
	}
	if (cc === '49' && /^1[5-7]/.test(nsn) && (nsn.length < 10 || nsn.length > 11)) {
		return fail(
			nsn.length < 10 ? 'too_short' : 'too_long',
			'A German mobile number has 10 or 11 digits.',
		);
	}
	if (cc === '82' && /^1[016-9]/.test(nsn) && nsn.length < 9) {
		return fail('too_short', 'A Korean mobile number has 9 or 10 digits.');
	}
	if (cc === '54' && nsn.length === 11 && nsn[0] !== '9') {
		return fail(
			'invalid_number',
			'An 11-digit Argentine number must be a mobile number starting with 9.',
		);
	}
	return null;
}

/** Validates `cc + nsn` (digits only, cc known or not) and builds the result. */
function validate(cc: string, nsnIn: string, hint: string | undefined): NormalizePhoneResult {
	const lengths = lengthsFor(cc);
	if (!lengths)
		return fail('invalid_country_code', `+${cc} is not an assigned country calling code.`);
	let nsn = nsnIn;
	// Mexico: the mobile '1' after +52 was abolished in 2019; '+52 1 55 ...' still appears in old data.
	if (cc === '52' && nsn.length === 11 && nsn[0] === '1') nsn = nsn.slice(1);
	// '+49 (0)151 …', '+84 (0)91 …': a trunk prefix 0 written after the country code. No national significant
	// number starts with the trunk prefix where it is 0 (or 06), so it is always dropped there.
	const zeroTrunk = (BY_CC.get(cc) ?? [])
		.map((r) => r.trunk)
		.find((t) => t.startsWith('0') && nsn.startsWith(t));
	// Dropped once only: what is left must not start with the trunk prefix again (no number does), so a
	// normalised number normalises to itself.
	if (
		zeroTrunk &&
		nsn.length - zeroTrunk.length >= lengths.min &&
		!nsn.startsWith(zeroTrunk, zeroTrunk.length)
	)
		nsn = nsn.slice(zeroTrunk.length);
	// '+7 8 912 ...': another trunk prefix written after the country code (only when it makes the length fit,
	// and, as above, only when what is left does not start with a 0 trunk prefix again: '+32 0 010…' is no number;
	// '+7 8 812…' is St Petersburg).
	if (nsn.length > lengths.max) {
		const trunks = (BY_CC.get(cc) ?? []).map((r) => r.trunk).filter((t) => t);
		const trunk = trunks.find((t) => nsn.startsWith(t));
		if (trunk) {
			const stripped = nsn.slice(trunk.length);
			if (
				stripped.length >= lengths.min &&
				stripped.length <= lengths.max &&
				!trunks.some((t) => t.startsWith('0') && stripped.startsWith(t))
			)
				nsn = stripped;
		}
	}
	const country = regionFor(cc, nsn, hint);
	if (nsn.length < lengths.min || cc.length + nsn.length < 7) {
		return fail(
			'too_short',
			`Too few digits for a +${cc} number (need at least ${Math.max(lengths.min, 7 - cc.length)} after the country code).`,
		);
	}
	if (nsn.length > lengths.max || cc.length + nsn.length > 15) {
		return fail(
			'too_long',
			`Too many digits for a +${cc} number (at most ${Math.min(lengths.max, 15 - cc.length)} after the country code).`,
		);
	}
	const specific = checkNsn(cc, nsn);
	if (specific) return specific;
	const plan = country ? NUMBER_RANGES[SHARED_PLANS[country] ?? country] : undefined;
	if (plan && !plan.pattern.test(nsn)) {
		return fail(
			'invalid_number',
			`+${cc} ${nsn} is not in a range in use, so it cannot receive an SMS. ${plan.hint}.`,
		);
	}
	const result: PhoneOk = { ok: true, e164: `+${cc}${nsn}`, callingCode: cc, nationalNumber: nsn };
	if (country) result.country = country;
	return result;
}

/** Parses digits that start with a calling code. */
function parseInternational(digits: string, hint: string | undefined): NormalizePhoneResult {
	if (digits.length === 0)
		return fail('too_short', 'Only an international prefix was given, no number.');
	if (digits[0] === '0')
		return fail('invalid_country_code', 'A country calling code cannot start with 0.');
	for (let n = 1; n <= 3 && n <= digits.length; n++) {
		const cc = digits.slice(0, n);
		if (BY_CC.has(cc)) return validate(cc, digits.slice(n), hint);
	}
	if (digits.length < 4) return fail('too_short', 'The number is too short.');
	return fail(
		'invalid_country_code',
		`No country calling code starts the number +${digits.slice(0, 3)}...`,
	);
}

/** Parses a number written without '+' for a known region; tries the plausible readings in order. */
function parseNational(digits: string, region: PhoneRegion): NormalizePhoneResult {
	const { cc, iso } = region;
	const trunks = region.trunk ? [region.trunk] : [];
	const candidates: Array<() => NormalizePhoneResult> = [];
	const startsWithTrunk = trunks.some((t) => digits.startsWith(t));
	if (startsWithTrunk) {
		for (const t of trunks) {
			if (!digits.startsWith(t)) continue;
			const rest = digits.slice(t.length);
			candidates.push(() => validate(cc, rest, iso));
			// Brazil: 0 + two-digit carrier code + area code + number.
			if (iso === 'BR' && (rest.length === 12 || rest.length === 13))
				candidates.push(() => validate(cc, rest.slice(2), iso));
		}
	}
	// The country code written without '+', e.g. '998901234567' or '79123456789'.
	if (digits.startsWith(cc) && digits.length > cc.length) {
		candidates.push(() => {
			const r = validate(cc, digits.slice(cc.length), iso);
			return r.ok ? r : fail('invalid_number', '');
		});
	}
	if (!startsWithTrunk) candidates.push(() => validate(cc, digits, iso));
	for (const t of ALT_TRUNKS[iso] ?? []) {
		if (digits.startsWith(t)) candidates.push(() => validate(cc, digits.slice(t.length), iso));
	}
	let firstError: PhoneError | undefined;
	for (const candidate of candidates) {
		const r = candidate();
		if (r.ok) return r;
		if (!firstError && r.message) firstError = r;
	}
	return firstError ?? validate(cc, digits, iso);
}

function resolveDefault(
	options: NormalizePhoneOptions | undefined,
): PhoneRegion | PhoneError | undefined {
	if (!options || typeof options !== 'object') return undefined;
	const { defaultCountry, defaultCallingCode } = options;
	if (typeof defaultCountry === 'string' && defaultCountry.trim()) {
		const region = BY_ISO.get(defaultCountry.trim().toUpperCase());
		if (!region)
			return fail(
				'invalid_default_country',
				`Unknown default country '${defaultCountry}' (expected an ISO 3166-1 alpha-2 code).`,
			);
		return region;
	}
	if (typeof defaultCallingCode === 'string' && defaultCallingCode.trim()) {
		const cc = defaultCallingCode.trim().replace(/^\+/, '');
		const list = /^\d{1,3}$/.test(cc) ? BY_CC.get(cc) : undefined;
		if (!list)
			return fail(
				'invalid_default_country',
				`Unknown default calling code '${defaultCallingCode}'.`,
			);
		const main = MAIN_REGION[cc];
		return list.find((r) => r.iso === main) ?? list[0];
	}
	return undefined;
}

/**
 * Normalizes a phone number to E.164 (`+998901234567`). Never throws.
 *
 * Accepted: `+998 90 123-45-67`; national numbers with `defaultCountry` (`(495) 123-45-67` with RU,
 * `8 (912) 345-67-89` with RU → +7…, `07911 123456` with GB, `0151 …` with DE, `138 0013 8000` with CN);
 * the country code without '+' (`998901234567` with UZ, or with no default when the number is then valid);
 * international prefixes `00`, `011` (NANP or no default), `810` (RU/KZ/BY/TJ/TM/UZ), `0011` (AU), `010` (JP)
 * and carrier-select prefixes (KR, ID, TH, HK, TW, SG, IL, CO, BR); a trunk prefix after the country code
 * (`+44 (0)20…`); full-width, Arabic-Indic and other Unicode decimal digits; separators, brackets, dots,
 * quotes, zero-width and direction marks, `tel:` prefixes.
 *
 * Validation: the calling code must be assigned; the national significant number must have a length allowed
 * by that country's numbering plan (fixed or mobile), with extra checks for +1, +7, +86, +49, +82, +54;
 * the whole number has 7–15 digits. Not handled: Argentine national `15` mobile prefixes, extensions.
 *
 * @returns `{ ok: true, e164, country?, callingCode, nationalNumber }` or `{ ok: false, reason, message }` with
 * reason one of `empty`, `invalid_input`, `invalid_characters`, `too_short`, `too_long`, `no_country_code`,
 * `invalid_country_code`, `invalid_number`, `invalid_default_country`.
 */
export function normalizePhone(
	input: string,
	options?: NormalizePhoneOptions,
): NormalizePhoneResult {
	try {
		let raw: string;
		if (typeof input === 'string') raw = input;
		else if (typeof input === 'number' && Number.isSafeInteger(input) && input > 0)
			raw = String(input);
		else return fail('invalid_input', 'The phone number must be a string.');
		if (raw.length > MAX_INPUT_LENGTH)
			return fail('too_long', `The input is longer than ${MAX_INPUT_LENGTH} characters.`);
		const region = resolveDefault(options);
		if (region && 'ok' in region) return region;
		const extracted = extract(raw);
		if (isError(extracted)) return extracted;
		const { plus, digits } = extracted;
		if (digits.length === 0) return fail('empty', 'No phone number was given.');
		if (digits.length > 20) return fail('too_long', 'The number has more than 20 digits.');
		if (plus) return parseInternational(digits, region?.iso);

		const prefixes = [...(region ? (INTL_PREFIXES_BY_REGION[region.iso] ?? []) : [])];
		if (region?.cc === '1' || !region) prefixes.push('011');
		prefixes.push('00');
		prefixes.sort((a, b) => b.length - a.length);
		for (const p of prefixes) {
			// '011' is only taken as an international prefix for NANP or without a default country.
			if (digits.startsWith(p) && digits.length > p.length + 3)
				return parseInternational(digits.slice(p.length), region?.iso);
		}
		if (region) return parseNational(digits, region);

		if (digits.length >= 8 && digits[0] !== '0') {
			const r = parseInternational(digits, undefined);
			if (r.ok) return r;
		}
		if (digits.length < 7) return fail('too_short', 'The number is too short.');
		return fail(
			'no_country_code',
			"The number has no country code: write it with '+' or set a default country.",
		);
	} catch {
		return fail('invalid_input', 'The phone number could not be read.');
	}
}

/** ISO 3166-1 alpha-2 codes of all regions known to {@link normalizePhone}. */
export function phoneRegions(): string[] {
	return [...BY_ISO.keys()];
}

/** Country calling code (without '+') of an ISO 3166-1 alpha-2 region, or undefined. */
export function callingCodeOf(country: string): string | undefined {
	return typeof country === 'string' ? BY_ISO.get(country.trim().toUpperCase())?.cc : undefined;
}
