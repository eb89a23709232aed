// "Full marks" words carry no numeral: ../shared/corpus/README.md labels "words with no numeral (… 💯)" as no
// rating, and d093 uses 满分 only in a scale statement. These rows pin that reading, with the scale statement
// that 满分 does open.
import { S10, S5, eachRow, type Row } from './heldout-rows';

const ROWS: Row[] = [
	['满分', S5, null, null],
	['给满分', S5, null, null],
	['打满分', S5, null, null],
	['满分', S10, null, null],
	['不能给满分', S5, null, null],
	['本来想给满分', S5, null, null],
	['full marks', S5, null, null],
	['высший балл', S5, null, null],
	['на все сто', S5, null, null],
	["a'lo", S5, null, null],
	// 满分 opening a scale statement
	['满分5分，给4分', S5, 4, ''],
	['满分10分的话给8分', S5, null, null],
];

describe('full-marks words', () => {
	eachRow(ROWS);
});
