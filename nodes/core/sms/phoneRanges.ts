/**
 * Allocated national number ranges of the countries this package's users send to most, so that a number in a
 * range no operator uses (`+998 10…`, `+86 123…`) is refused before an SMS is paid for. Each pattern is the
 * union of the number types in use (mobile, fixed line, toll free, shared cost…) for the national significant
 * number (NSN: the digits after the calling code); the `hint` names the mobile ranges. Written from the
 * national numbering plans as libphonenumber's metadata describes them, simplified where the detail does not
 * change which numbers can receive an SMS (fixed-line area codes are checked by their first digits only).
 */

export interface NumberRange {
	/** Whole-NSN pattern (anchored when used). */
	pattern: RegExp;
	/** The country's name and its mobile ranges, for the error message. */
	hint: string;
}

/** By ISO 3166-1 alpha-2 region. +7 is split: Kazakhstan is 7xx (and 33622), Russia the rest. */
export const NUMBER_RANGES: Readonly<Record<string, NumberRange>> = {
	UZ: {
		pattern: /^(?:20|33|[5-9]\d)\d{7}$/,
		hint: 'Uzbek numbers have 9 digits starting with 20, 33, 50, 55, 61-79, 77, 88, 90-99 (mobile: 20, 33, 50, 77, 88, 9x)',
	},
	RU: {
		pattern: /^[3489]\d{9}$/,
		hint: 'Russian numbers have 10 digits starting with 3, 4, 8 or 9 (mobile: 9xx)',
	},
	KZ: {
		pattern: /^(?:7(?:0[0-25-8]|47|6[0-4]|7[15-8]|85)\d{7}|7[12]\d{8}|33622\d{5})$/,
		hint: 'Kazakh numbers have 10 digits starting with 71, 72 (fixed) or 700-708, 747, 760-764, 771, 775-778, 785 (mobile)',
	},
	CN: {
		pattern:
			/^(?:1(?:3\d|4[5-9]|5[0-35-9]|6[2567]|7[0-8]|8\d|9[0-35-9])\d{8}|(?:10|2\d)\d{7,8}|[3-9]\d{2}[2-9]\d{6,7}|[48]00\d{7})$/,
		hint: 'Chinese mobile numbers have 11 digits starting with 13-19 (not 140-144, 154, 160-161, 164, 168-169, 179, 194); fixed numbers start with an area code 10, 2x or 3xx-9xx',
	},
	US: {
		pattern: /^[2-9]\d{2}[2-9]\d{6}$/,
		hint: 'North American numbers have a 3-digit area code and an exchange both starting with 2-9',
	},
	GB: {
		pattern: /^(?:1\d{8,9}|[23]\d{9}|5[56]\d{8}|7\d{9}|8[047]\d{7,8}|9[018]\d{8})$/,
		hint: 'UK numbers start with 1, 2, 3, 55, 56, 7 (mobile: 07xxx, 10 digits), 80, 84, 87, 90, 91 or 98',
	},
	DE: {
		pattern:
			/^(?:1(?:5[0-25-9]\d{8}|6[023]\d{7,8}|7\d{8,9}|80\d{5,11}|37\d{7}|8[1-9]\d{6,9})|[2-9]\d{4,12})$/,
		hint: 'German mobile numbers start with 15, 16 or 17 (10-11 digits); fixed numbers with an area code 2-9',
	},
	FR: {
		pattern: /^[1-9]\d{8}$/,
		hint: 'French numbers have 9 digits after +33, without the leading 0 (mobile: 6 or 7)',
	},
	ES: {
		pattern: /^[5-9]\d{8}$/,
		hint: 'Spanish numbers have 9 digits starting with 5-9 (mobile: 6 or 7)',
	},
	BR: {
		pattern: /^(?:[1-9][1-9](?:[2-5]\d{7}|9\d{8})|[3589]00\d{6,7}|[34]00\d{5})$/,
		hint: 'Brazilian numbers are a 2-digit area code then 8 digits (fixed, 2-5…) or 9 digits starting with 9 (mobile)',
	},
	TR: {
		pattern: /^(?:[2-4][1-8]\d{8}|5\d{9}|8[589]0\d{7}|900\d{7})$/,
		hint: 'Turkish numbers have 10 digits starting with 2, 3, 4 (fixed), 5 (mobile), 800, 850 or 900',
	},
	IN: {
		pattern:
			/^(?:[6-9]\d{9}|(?:11|2[02]|33|4[04]|79|80)[2-7]\d{7}|(?:1(?:2[0-249]|3[0-25]|4[145]|[59][14]|6[014]|7[1257]|8[01346])|2(?:1[257]|3[013]|4[01]|5[0137]|6[0158]|78|8[1568]|9[14])|3(?:26|4[13]|5[34]|6[01489]|7[02-46]|8[159])|4(?:1[36]|2[1-47]|3[15]|5[12]|6[0-26-9]|7[014-9]|8[013-57]|9[014-7])|5(?:1[025]|22|[36][25]|4[28]|[578]1|9[15])|6(?:12|[2-47]1|5[17]|6[13]|80)|7(?:12|2[14]|3[134]|4[47]|5[15]|[67]1)|8(?:16|2[014]|3[126]|6[136]|7[078]|8[34]|91))[2-7]\d{6}|1800\d{6,7})$/,
		hint: 'Indian mobile numbers have 10 digits starting with 6-9; fixed numbers an STD code and a number starting with 2-7',
	},
	ID: {
		pattern:
			/^(?:8[1-35-9]\d{7,10}|(?:2[124]|[36]1)\d{7,8}|(?:2[2-9]|3[2-9]|[4-79]\d)\d{6,8}|800\d{5,7})$/,
		hint: 'Indonesian mobile numbers start with 81-89 (not 84) and have 9-12 digits; fixed numbers an area code 2x-9x',
	},
	VN: {
		pattern: /^(?:(?:3[2-9]|5[25689]|7[06-9]|8[1-9]|9[0-46-9])\d{7}|2\d{9}|1[89]00\d{4,6})$/,
		hint: 'Vietnamese mobile numbers have 9 digits starting with 3, 5, 7, 8 or 9; fixed numbers 10 digits starting with 2',
	},
	SA: {
		pattern: /^(?:5\d{8}|1[1-7]\d{7}|800\d{7}|9200\d{5}|811\d{7})$/,
		hint: 'Saudi mobile numbers have 9 digits starting with 5; fixed numbers start with 11-17',
	},
	EG: {
		pattern:
			/^(?:1[0-25]\d{8}|13[23]\d{6}|(?:15|57)\d{6,7}|(?:2[2-4]|3|4[05-8]|5[05]|6[24-689]|8[2468]|9[235-7])\d{7}|[89]00\d{7})$/,
		hint: 'Egyptian mobile numbers have 10 digits starting with 10, 11, 12 or 15; fixed numbers start with 2 (Cairo), 3 (Alexandria) or a regional code',
	},
	AE: {
		pattern: /^(?:5[024-68]\d{7}|[2-4679][2-8]\d{6}|800\d{2,9}|[67]00\d{6})$/,
		hint: 'UAE mobile numbers have 9 digits starting with 50, 52-56 or 58; fixed numbers 8 digits starting with 2, 3, 4, 6, 7 or 9',
	},
};

/** Regions sharing a numbering plan with one above (Canada and NANP islands use the US plan, +44 isles GB's). */
export const SHARED_PLANS: Readonly<Record<string, string>> = {
	CA: 'US',
	GG: 'GB',
	IM: 'GB',
	JE: 'GB',
};
