// A scale statement before or after the rating ("5 ballik tizimda 4", "on a 5-point scale 4", "по 5-балльной
// шкале 4") names the scale, not a second candidate: the number of points is not a rating, and the statement stays
// in the comment as the existing Russian form does. A statement of another scale is a rating on another scale
// (../shared/corpus/README.md: "a rating on another scale … not rescaled" → null). Labelled before the rule.
import { S10, S5, eachRow, type Row } from './heldout-rows';

const ROWS: Row[] = [
	// uz
	['5 ballik tizimda 4', S5, 4, '5 ballik tizimda'],
	['Xizmat yaxshi, 5 ballik tizimda 4', S5, 4, 'Xizmat yaxshi, 5 ballik tizimda'],
	['10 ballik tizimda 8', S10, 8, '10 ballik tizimda'],
	['5 ballik tizimda', S5, null, null], // the scale alone: no rating
	['5 ballik tizimda 4, kuryer tez keldi', S5, 4, '5 ballik tizimda kuryer tez keldi'],
	['10 ballik tizimda 4', S5, null, null], // a rating on another scale
	// kk
	['5 баллдық жүйе бойынша 4', S5, 4, '5 баллдық жүйе бойынша'],
	// ru
	['по 5-балльной шкале 4', S5, 4, 'по 5-балльной шкале'],
	['по пятибалльной шкале 4', S5, 4, 'по пятибалльной шкале'],
	['4 по 5-балльной шкале', S5, 4, 'по 5-балльной шкале'],
	['по 10-балльной шкале 8', S10, 8, 'по 10-балльной шкале'],
	['по 10-балльной шкале 4', S5, null, null], // a rating on another scale
	['5-балльной', S5, null, null],
	// tr
	['5 puanlık sistemde 4', S5, 4, '5 puanlık sistemde'],
	['10 puanlık ölçekte 8', S10, 8, '10 puanlık ölçekte'],
	// vi
	['Trên thang điểm 5, 4', S5, 4, 'Trên thang điểm 5'],
	['Trên thang điểm 10, 4', S5, null, null], // a rating on another scale
	// en
	['on a 5-point scale 4', S5, 4, 'on a 5-point scale'],
	['5 point scale: 4', S5, 4, '5 point scale'],
	['on a 10 point scale, 8', S10, 8, 'on a 10 point scale'],
	['on a 10-point scale 4', S5, null, null], // a rating on another scale
	['on a scale of 1 to 5, 4', S5, 4, 'on a scale of 1 to 5'],
	// near misses that keep their reading
	['5 points', S5, 5, ''],
	['4 из 5 баллов', S5, 4, ''],
	['5 üzerinden 4', S5, 4, ''],
	['5 dan 4', S5, 4, ''],
];

describe('scale statements', () => {
	eachRow(ROWS);
});
