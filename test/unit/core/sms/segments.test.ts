import { countSegments, isGsm7 } from '../../../../nodes/core/sms';

const a = (n: number): string => 'a'.repeat(n);

describe('countSegments: GSM-7 boundaries', () => {
	it('empty text has no segment', () => {
		expect(countSegments('')).toEqual({
			encoding: 'GSM-7',
			segments: 0,
			characters: 0,
			units: 0,
			perSegment: 160,
			remaining: 160,
		});
	});

	it('160 septets fit one message, 161 need two of 153', () => {
		expect(countSegments(a(160))).toEqual({
			encoding: 'GSM-7',
			segments: 1,
			characters: 160,
			units: 160,
			perSegment: 160,
			remaining: 0,
		});
		expect(countSegments(a(161))).toEqual({
			encoding: 'GSM-7',
			segments: 2,
			characters: 161,
			units: 161,
			perSegment: 153,
			remaining: 145,
		});
	});

	it('306 septets are exactly two segments, 307 three', () => {
		expect(countSegments(a(306))).toMatchObject({ segments: 2, remaining: 0, units: 306 });
		expect(countSegments(a(307))).toMatchObject({ segments: 3, remaining: 152, units: 307 });
		expect(countSegments(a(459))).toMatchObject({ segments: 3, remaining: 0 });
		expect(countSegments(a(460))).toMatchObject({ segments: 4, remaining: 152 });
	});

	it('extension characters cost two septets', () => {
		const ext = '^{}\\[~]|€\f';
		const r = countSegments(ext);
		expect(r).toMatchObject({
			encoding: 'GSM-7',
			characters: 10,
			units: 20,
			segments: 1,
			remaining: 140,
		});
		expect(countSegments('€'.repeat(80))).toMatchObject({ units: 160, segments: 1, remaining: 0 });
		// 81 × 2 = 162 septets: 76 euros (152 septets) fill the first segment, the 77th would straddle.
		expect(countSegments('€'.repeat(81))).toMatchObject({
			units: 162,
			segments: 2,
			perSegment: 153,
			remaining: 143,
		});
	});

	it('an escape pair never straddles the 153-septet boundary', () => {
		// 152 + € (2) does not fit in 153 → € opens segment 2; 152 more 'a' overflow one septet into segment 3.
		const straddle = a(152) + '€' + a(152);
		expect(countSegments(straddle)).toMatchObject({ units: 306, segments: 3, remaining: 152 });
		// 151 + € ends exactly at 153, so the same 306 septets fit two segments.
		const aligned = a(151) + '€' + a(153);
		expect(countSegments(aligned)).toMatchObject({ units: 306, segments: 2, remaining: 0 });
		// 152 + € + 8: 162 septets, € moved to segment 2 (2 + 8 = 10 used).
		expect(countSegments(a(152) + '€' + a(8))).toMatchObject({
			units: 162,
			segments: 2,
			remaining: 143,
		});
		// Inside a single message the boundary does not matter: 152 + € + 6 = 160.
		expect(countSegments(a(152) + '€' + a(6))).toMatchObject({
			units: 160,
			segments: 1,
			remaining: 0,
		});
	});

	it('the whole GSM 03.38 basic table is GSM-7 at one septet each', () => {
		const basic =
			'@£$¥èéùìòÇ\nØø\rÅåΔ_ΦΓΛΩΠΨΣΘΞÆæßÉ !"#¤%&\'()*+,-./0123456789:;<=>?' +
			'¡ABCDEFGHIJKLMNOPQRSTUVWXYZÄÖÑÜ§¿abcdefghijklmnopqrstuvwxyzäöñüà';
		expect(basic.length).toBe(127);
		expect(isGsm7(basic)).toBe(true);
		expect(countSegments(basic)).toMatchObject({
			encoding: 'GSM-7',
			units: 127,
			characters: 127,
			segments: 1,
		});
	});

	it('look-alikes outside the table force UCS-2', () => {
		for (const ch of [
			'ç',
			'á',
			'í',
			'ó',
			'ú',
			'ê',
			'õ',
			'`',
			'Ё',
			'ğ',
			'ş',
			'ı',
			'’',
			'“',
			'–',
			'\t',
			'\u00a0',
		]) {
			expect(isGsm7(`ok ${ch}`)).toBe(false);
			expect(countSegments(`ok ${ch}`).encoding).toBe('UCS-2');
		}
		expect(isGsm7('')).toBe(true);
	});
});

describe('countSegments: UCS-2', () => {
	it('70 units fit one message, 71 need two of 67', () => {
		expect(countSegments('Ж'.repeat(70))).toEqual({
			encoding: 'UCS-2',
			segments: 1,
			characters: 70,
			units: 70,
			perSegment: 70,
			remaining: 0,
		});
		expect(countSegments('Ж'.repeat(71))).toMatchObject({
			segments: 2,
			perSegment: 67,
			remaining: 63,
		});
	});

	it('134 units are two segments, 135 three', () => {
		expect(countSegments('你'.repeat(134))).toMatchObject({
			segments: 2,
			remaining: 0,
			units: 134,
		});
		expect(countSegments('你'.repeat(135))).toMatchObject({
			segments: 3,
			remaining: 66,
			units: 135,
		});
	});

	it('emoji are surrogate pairs: 2 units, 1 character', () => {
		expect(countSegments('😀')).toMatchObject({
			encoding: 'UCS-2',
			units: 2,
			characters: 1,
			segments: 1,
			remaining: 68,
		});
		expect(countSegments('😀'.repeat(35))).toMatchObject({
			units: 70,
			characters: 35,
			segments: 1,
			remaining: 0,
		});
		// 72 units: 33 emoji (66 units) in segment 1, the 34th would straddle 67; 3 emoji (6 units) in segment 2.
		expect(countSegments('😀'.repeat(36))).toMatchObject({
			units: 72,
			characters: 36,
			segments: 2,
			remaining: 61,
		});
		// A skin-tone modifier is a second code point.
		expect(countSegments('👍🏽')).toMatchObject({ units: 4, characters: 2 });
	});

	it('a surrogate pair never straddles the 67-unit boundary', () => {
		expect(countSegments(a(66) + '😀' + a(66))).toMatchObject({
			units: 134,
			segments: 3,
			remaining: 66,
		});
		expect(countSegments(a(65) + '😀' + a(67))).toMatchObject({
			units: 134,
			segments: 2,
			remaining: 0,
		});
	});

	it('Cyrillic, Chinese and mixed texts', () => {
		expect(countSegments('Спасибо за отзыв!')).toMatchObject({
			encoding: 'UCS-2',
			units: 17,
			segments: 1,
			remaining: 53,
		});
		expect(countSegments('谢谢您的评价')).toMatchObject({
			encoding: 'UCS-2',
			units: 6,
			characters: 6,
			segments: 1,
		});
		// One Cyrillic letter turns a Latin text into UCS-2: 100 units → 2 segments.
		expect(countSegments(a(99) + 'Я')).toMatchObject({
			encoding: 'UCS-2',
			units: 100,
			segments: 2,
			remaining: 34,
		});
		// In UCS-2, '€' and '{' are plain single units.
		expect(countSegments('Цена 5€ {скидка}')).toMatchObject({ encoding: 'UCS-2', units: 16 });
	});

	it('a lone surrogate counts as one unit and does not crash', () => {
		expect(countSegments('\ud800')).toMatchObject({ encoding: 'UCS-2', units: 1, characters: 1 });
		expect(countSegments('\udc00\ud800')).toMatchObject({ units: 2, characters: 2 });
	});

	it('non-strings count as empty', () => {
		expect(countSegments(undefined as unknown as string)).toMatchObject({ segments: 0, units: 0 });
		expect(isGsm7(42 as unknown as string)).toBe(false);
	});
});
