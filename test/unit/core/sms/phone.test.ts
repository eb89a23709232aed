import {
	callingCodeOf,
	normalizePhone,
	phoneRegions,
	type NormalizePhoneOptions,
} from '../../../../nodes/core/sms';

type Row = [
	input: string,
	defaultCountry: string | undefined,
	e164: string,
	country: string | undefined,
];

// Each row hand-checked against the country's national numbering plan.
const VALID: Row[] = [
	// Russia / Kazakhstan (+7, trunk 8)
	['+7 912 345-67-89', undefined, '+79123456789', 'RU'],
	['(495) 123-45-67', 'RU', '+74951234567', 'RU'],
	['8 (912) 345-67-89', 'RU', '+79123456789', 'RU'],
	['79123456789', 'RU', '+79123456789', 'RU'],
	['79123456789', undefined, '+79123456789', 'RU'],
	['+7 8 912 345 67 89', undefined, '+79123456789', 'RU'],
	['8 10 998 90 123 45 67', 'RU', '+998901234567', 'UZ'],
	['8 701 123 45 67', 'KZ', '+77011234567', 'KZ'],
	['+7 (727) 250-12-34', undefined, '+77272501234', 'KZ'],
	// Uzbekistan (+998, 9 digits, no trunk prefix)
	['+998 90 123-45-67', undefined, '+998901234567', 'UZ'],
	['998901234567', 'UZ', '+998901234567', 'UZ'],
	['90 123 45 67', 'UZ', '+998901234567', 'UZ'],
	['8 90 123 45 67', 'UZ', '+998901234567', 'UZ'],
	['00998901234567', undefined, '+998901234567', 'UZ'],
	['998 99 812 34 56', 'UZ', '+998998123456', 'UZ'],
	// Other CIS and Caucasus
	['0555 123 456', 'KG', '+996555123456', 'KG'],
	['+996 700 123 456', undefined, '+996700123456', 'KG'],
	['93 123 45 67', 'TJ', '+992931234567', 'TJ'],
	['8 65 12 34 56', 'TM', '+99365123456', 'TM'],
	['050 123 45 67', 'AZ', '+994501234567', 'AZ'],
	['077 123456', 'AM', '+37477123456', 'AM'],
	['555 12 34 56', 'GE', '+995555123456', 'GE'],
	['8 029 123-45-67', 'BY', '+375291234567', 'BY'],
	['+375 29 123 45 67', undefined, '+375291234567', 'BY'],
	['067 123 4567', 'UA', '+380671234567', 'UA'],
	['8 067 123 4567', 'UA', '+380671234567', 'UA'],
	['069 123 456', 'MD', '+37369123456', 'MD'],
	// Greater China
	['138 0013 8000', 'CN', '+8613800138000', 'CN'],
	['+86 138 0013 8000', undefined, '+8613800138000', 'CN'],
	['010 1234 5678', 'CN', '+861012345678', 'CN'],
	['8613800138000', 'CN', '+8613800138000', 'CN'],
	['5123 4567', 'HK', '+85251234567', 'HK'],
	['0912 345 678', 'TW', '+886912345678', 'TW'],
	// North America (+1, trunk 1)
	['(212) 555-1234', 'US', '+12125551234', 'US'],
	['1-212-555-1234', 'US', '+12125551234', 'US'],
	['+1 416 555 0199', undefined, '+14165550199', 'CA'],
	['011 44 20 7946 0958', 'US', '+442079460958', 'GB'],
	['+1 876 555 0100', undefined, '+18765550100', 'JM'],
	// Europe
	['07911 123456', 'GB', '+447911123456', 'GB'],
	['+44 (0)20 7946 0958', undefined, '+442079460958', 'GB'],
	['0151 23456789', 'DE', '+4915123456789', 'DE'],
	['030 1234567', 'DE', '+49301234567', 'DE'],
	['06 12 34 56 78', 'FR', '+33612345678', 'FR'],
	['0033 6 12 34 56 78', 'FR', '+33612345678', 'FR'],
	['612 34 56 78', 'ES', '+34612345678', 'ES'],
	['912 345 678', 'PT', '+351912345678', 'PT'],
	['06 1234 5678', 'IT', '+390612345678', 'IT'],
	['06 30 123 4567', 'HU', '+36301234567', 'HU'],
	// Latin America
	['(11) 98765-4321', 'BR', '+5511987654321', 'BR'],
	['0 15 11 98765-4321', 'BR', '+5511987654321', 'BR'],
	['55 1234 5678', 'MX', '+525512345678', 'MX'],
	['+52 1 55 1234 5678', undefined, '+525512345678', 'MX'],
	['+54 9 11 2345-6789', undefined, '+5491123456789', 'AR'],
	['011 4123-4567', 'AR', '+541141234567', 'AR'],
	// Middle East, Africa
	['0532 123 45 67', 'TR', '+905321234567', 'TR'],
	['050 123 4567', 'AE', '+971501234567', 'AE'],
	['050 123 4567', 'SA', '+966501234567', 'SA'],
	['010 1234 5678', 'EG', '+201012345678', 'EG'],
	['0803 123 4567', 'NG', '+2348031234567', 'NG'],
	['0712 345678', 'KE', '+254712345678', 'KE'],
	['082 123 4567', 'ZA', '+27821234567', 'ZA'],
	// Asia-Pacific
	['098765 43210', 'IN', '+919876543210', 'IN'],
	['0812-3456-7890', 'ID', '+6281234567890', 'ID'],
	['091 234 56 78', 'VN', '+84912345678', 'VN'],
	['081 234 5678', 'TH', '+66812345678', 'TH'],
	['0917 123 4567', 'PH', '+639171234567', 'PH'],
	['012-345 6789', 'MY', '+60123456789', 'MY'],
	['8123 4567', 'SG', '+6581234567', 'SG'],
	['090-1234-5678', 'JP', '+819012345678', 'JP'],
	['010 7 912 345 67 89', 'JP', '+79123456789', 'RU'],
	['010-1234-5678', 'KR', '+821012345678', 'KR'],
	['0412 345 678', 'AU', '+61412345678', 'AU'],
	['0011 998 90 123 45 67', 'AU', '+998901234567', 'UZ'],
	// Non-geographic
	['+800 1234 5678', undefined, '+80012345678', undefined],
];

describe('normalizePhone: valid numbers', () => {
	it.each(VALID)('%s (default %s) → %s', (input, defaultCountry, e164, country) => {
		const r = normalizePhone(input, defaultCountry ? { defaultCountry } : undefined);
		expect(r).toMatchObject({ ok: true, e164 });
		if (r.ok) expect(r.country).toBe(country);
	});

	it('reports the calling code and national number', () => {
		expect(normalizePhone('+998 90 123 45 67')).toEqual({
			ok: true,
			e164: '+998901234567',
			country: 'UZ',
			callingCode: '998',
			nationalNumber: '901234567',
		});
	});

	it('reads Unicode digits, stray characters and URI prefixes', () => {
		expect(normalizePhone('＋９９８ ９０ １２３ ４５ ６７')).toMatchObject({
			e164: '+998901234567',
		});
		expect(normalizePhone('+٩٩٨ ٩٠ ١٢٣ ٤٥ ٦٧')).toMatchObject({ e164: '+998901234567' });
		expect(normalizePhone('+۹۹۸۹۰۱۲۳۴۵۶۷')).toMatchObject({ e164: '+998901234567' });
		expect(normalizePhone('+९१ ९८७६५ ४३२१०')).toMatchObject({ e164: '+919876543210' });
		expect(normalizePhone('tel:+7-912-345-67-89')).toMatchObject({ e164: '+79123456789' });
		expect(normalizePhone('\u200e+7\u00a0912\u2009345\u201167\u201489 ☎')).toMatchObject({
			e164: '+79123456789',
		});
		expect(normalizePhone('"+7 (912) 345.67.89"')).toMatchObject({ e164: '+79123456789' });
		expect(normalizePhone('（495）123-45-67', { defaultCountry: 'RU' })).toMatchObject({
			e164: '+74951234567',
		});
	});

	it('accepts a default calling code instead of a country, and lower-case ISO codes', () => {
		expect(normalizePhone('90 123 45 67', { defaultCallingCode: '+998' })).toMatchObject({
			e164: '+998901234567',
			country: 'UZ',
		});
		expect(normalizePhone('8 912 345 67 89', { defaultCallingCode: '7' })).toMatchObject({
			e164: '+79123456789',
		});
		expect(normalizePhone('07911 123456', { defaultCountry: 'gb' })).toMatchObject({
			e164: '+447911123456',
		});
	});

	it('ignores the default country when the number has a "+"', () => {
		expect(normalizePhone('+998901234567', { defaultCountry: 'RU' })).toMatchObject({
			e164: '+998901234567',
			country: 'UZ',
		});
	});

	it('reports the default region for a shared calling code', () => {
		expect(normalizePhone('07797 123456', { defaultCountry: 'JE' })).toMatchObject({
			e164: '+447797123456',
			country: 'JE',
		});
	});

	it('accepts a safe-integer number input', () => {
		expect(normalizePhone(998901234567 as unknown as string)).toMatchObject({
			e164: '+998901234567',
		});
	});
});

type Bad = [input: unknown, options: NormalizePhoneOptions | undefined, reason: string];

const INVALID: Bad[] = [
	['', undefined, 'empty'],
	['  - ( ) ', undefined, 'empty'],
	[null, undefined, 'invalid_input'],
	[{}, undefined, 'invalid_input'],
	['abc', undefined, 'invalid_characters'],
	['+7 912 345 67 89 ext 12', undefined, 'invalid_characters'],
	['*100#', undefined, 'invalid_characters'],
	['+7 912 +345', undefined, 'invalid_characters'],
	['9123456789', undefined, 'no_country_code'],
	['8 912 345 67 89', undefined, 'no_country_code'],
	['07911 123456', undefined, 'no_country_code'],
	['12345', undefined, 'too_short'],
	['+99890123456', undefined, 'too_short'],
	['+9989012345678', undefined, 'too_long'],
	['+7 912 345 67', undefined, 'too_short'],
	['+7 912 345 67 890', undefined, 'too_long'],
	['+1 212 555 123', undefined, 'too_short'],
	['555 1234', { defaultCountry: 'US' }, 'too_short'],
	['+1 112 555 1234', undefined, 'invalid_number'],
	['+7 512 345 67 89', undefined, 'invalid_number'],
	['+86 138 0013 800', undefined, 'too_short'],
	['+49 151 234', undefined, 'too_short'],
	['+999 123 456 789', undefined, 'invalid_country_code'],
	['+0 123 456 789', undefined, 'invalid_country_code'],
	['00', undefined, 'too_short'],
	['0 912 345 67 89', undefined, 'no_country_code'],
	// a 0 trunk prefix twice after the country code is no number (once it is dropped: '+44 (0)20…'); read as
	// +32 010… it would have normalised to +32 10… the second time (found by the property test)
	['+32 0010 000 000', undefined, 'too_long'],
	['320010000000', undefined, 'no_country_code'],
	['+1234567890123456789', undefined, 'too_long'],
	['1'.repeat(21), undefined, 'too_long'],
	['+7' + ' '.repeat(300), undefined, 'too_long'],
	['90 123 45 67', { defaultCountry: 'XX' }, 'invalid_default_country'],
	['90 123 45 67', { defaultCallingCode: '999' }, 'invalid_default_country'],
	['123 45 67', { defaultCountry: 'UZ' }, 'too_short'],
	['90 123 45 67 89', { defaultCountry: 'UZ' }, 'too_long'],
];

describe('normalizePhone: invalid numbers', () => {
	it.each(INVALID)('%p %p → %s', (input, options, reason) => {
		const r = normalizePhone(input as string, options);
		expect(r.ok).toBe(false);
		if (!r.ok) {
			expect(r.reason).toBe(reason);
			expect(r.message.length).toBeGreaterThan(5);
		}
	});
});

describe('phone region helpers', () => {
	it('knows every calling code of our users', () => {
		const expected: Record<string, string> = {
			RU: '7',
			KZ: '7',
			UZ: '998',
			KG: '996',
			TJ: '992',
			TM: '993',
			AZ: '994',
			AM: '374',
			GE: '995',
			BY: '375',
			UA: '380',
			MD: '373',
			CN: '86',
			HK: '852',
			TW: '886',
			US: '1',
			CA: '1',
			GB: '44',
			DE: '49',
			FR: '33',
			ES: '34',
			PT: '351',
			BR: '55',
			MX: '52',
			AR: '54',
			TR: '90',
			AE: '971',
			SA: '966',
			EG: '20',
			IN: '91',
			ID: '62',
			VN: '84',
			TH: '66',
			PH: '63',
			MY: '60',
			SG: '65',
			JP: '81',
			KR: '82',
			AU: '61',
			NG: '234',
			KE: '254',
			ZA: '27',
		};
		for (const [iso, cc] of Object.entries(expected)) expect(callingCodeOf(iso)).toBe(cc);
		expect(callingCodeOf('ZZ')).toBeUndefined();
		expect(phoneRegions().length).toBeGreaterThan(240);
	});
});

describe('normalizePhone: allocated ranges of the users’ countries', () => {
	test.each([
		['+998 10 123 45 67', 'UZ'],
		['+7 799 123 45 67', 'KZ'],
		['+86 123 4567 8901', 'CN'],
		['+44 60 1234 5678', 'GB'],
		['+49 11 2345 6789', 'DE'],
		['+34 412 34 56 78', 'ES'],
		['+55 11 06123 4567', 'BR'],
		['+90 123 456 78 90', 'TR'],
		['+91 52345 67890', 'IN'],
		['+62 912 3456 7890', 'ID'],
		['+84 112 345 678', 'VN'],
		['+966 31 234 5678', 'SA'],
		['+20 14 1234 5678', 'EG'],
		['+971 60 123 4567', 'AE'],
	])('%s (%s) is refused as a range not in use, naming the mobile ranges', (input) => {
		const r = normalizePhone(input);
		expect(r.ok).toBe(false);
		if (r.ok) return;
		expect(r.reason).toBe('invalid_number');
		expect(r.message).toMatch(/not in a range in use, so it cannot receive an SMS\. .*mobile/i);
	});

	test.each([
		['+998 90 123 45 67', '+998901234567'],
		['+7 701 123 4567', '+77011234567'],
		['+86 138 0013 8000', '+8613800138000'],
		['+44 7911 123456', '+447911123456'],
		['+49 (0)151 23456789', '+4915123456789'],
		['+49 0 30 1234567', '+49301234567'],
		['+84 (0)91 234 5678', '+84912345678'],
		['+62 (0)812 3456 7890', '+6281234567890'],
		['+86 (0)10 6552 9988', '+861065529988'],
		['+966 50 123 4567', '+966501234567'],
		['+20 10 1234 5678', '+201012345678'],
		['+971 50 123 4567', '+971501234567'],
	])('%s → %s (a trunk 0 after the country code is dropped)', (input, e164) => {
		const r = normalizePhone(input);
		expect(r.ok ? r.e164 : r.message).toBe(e164);
	});
});
