// A deduction written after its unit ("one star off", "Ein Stern Abzug", "Bir puan eksik") is not a rating
// (../shared/corpus/README.md: "a deduction alone … is not a rating"); a bare number before such a word is a rating
// and a comment ("1 Less quantity…"). Indonesian "saja"/"aja" close a rating ("3 saja"). Labelled before the rules.
import { S5, eachRow, type Row } from './heldout-rows';

const ROWS: Row[] = [
	['one star off for the wait', S5, null, null],
	['Ein Stern Abzug wegen Wartezeit', S5, null, null],
	['Un punto menos por la espera', S5, null, null],
	['Bir puan eksik', S5, null, null],
	['1 Less quantity and high price', S5, 1, 'Less quantity and high price'],
	['5 stars. Less waiting would help', S5, 5, 'Less waiting would help'],
	['4 off', S5, 4, 'off'],
	['Tadinya mau kasih 5, tapi 3 saja', S5, 3, 'Tadinya mau kasih 5, tapi'],
	['4 aja', S5, 4, ''],
];

describe('deductions after the unit', () => {
	eachRow(ROWS);
});
