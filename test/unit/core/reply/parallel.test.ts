// Ratings of two things written in parallel, the thing after the number ("5 за вежливость, 2 за скорость"): two
// candidates, so the survey score is null (../shared/corpus/README.md); the same value twice is that value; a
// number after a comma followed by another word stays in the comment. Labelled before the rule was written.
import { S5, eachRow, type Row } from './heldout-rows';

const ROWS: Row[] = [
	['5 за вежливость, 2 за скорость', S5, null, null],
	['5 for the food, 2 for the service', S5, null, null],
	['5 por la atención, 2 por la espera', S5, null, null],
	['5 за вежливость, 5 за скорость', S5, 5, 'за вежливость, за скорость'],
	['3 за ожидание, 2 раза звонил', S5, 3, 'за ожидание, 2 раза звонил'],
	['4, 5 минут ждал', S5, 4, '5 минут ждал'],
	['5 за всё, спасибо', S5, 5, 'за всё, спасибо'],
];

describe('ratings of two things after the number', () => {
	eachRow(ROWS);
});
