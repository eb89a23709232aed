// Counterfactual conditions make a rating hypothetical (../shared/corpus/README.md: "a hypothetical rating … is not
// a rating, and one stated next to the real one does not make the reply ambiguous"): a condition with a
// subjunctive before the rating in its sentence, a condition right after a rating framed as subjunctive, and in
// Chinese 如果/要是…就…了. A condition alone, or a subjunctive alone, keeps the rating. Labelled before the rule was
// written.
import { S5, eachRow, type Row } from './heldout-rows';

const ROWS: Row[] = [
	// hypothetical: the real rating next to it decides
	[
		'если бы перезвонили, поставил бы 5. А так 2',
		S5,
		2,
		'если бы перезвонили, поставил бы 5. А так',
	],
	['поставил бы 5, если бы перезвонили. Ставлю 3', S5, 3, 'поставил бы 5, если бы перезвонили.'],
	['I would rate 5 if they had called back. 2', S5, 2, 'I would rate 5 if they had called back.'],
	[
		'Ich würde 5 geben, wenn sie pünktlich wären. 3',
		S5,
		3,
		'Ich würde 5 geben, wenn sie pünktlich wären.',
	],
	['如果早点到就给5分了，现在给3分', S5, 3, '如果早点到就给5分了，现在'],
	// hypothetical alone: not a rating
	['I would give 5 if I could', S5, null, null],
	['если бы не очередь, было бы 5', S5, null, null],
	['要是再快点就五星了', S5, null, null],
	['早知道就给1分了', S5, null, null],
	// a condition or a subjunctive alone keeps the rating
	['If I had to rate, I would give 4', S5, 4, 'If I had to rate'],
	['Если честно, поставил бы 4', S5, 4, 'Если честно'],
	['Я бы поставил 5', S5, 5, ''],
	['I would give 4', S5, 4, ''],
	['如果打分的话，就给4分吧', S5, 4, '如果打分的话'],
	['就给5分了', S5, 5, ''],
	['4, если что-то изменится, напишу', S5, 4, 'если что-то изменится, напишу'],
];

describe('counterfactual conditions', () => {
	eachRow(ROWS);
});
