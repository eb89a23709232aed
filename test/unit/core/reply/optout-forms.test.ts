// Plain-language opt-outs written with a comma inside the request (German sets one before an infinitive clause:
// "Hören Sie auf, mir zu schreiben"), and the Kazakh and Uzbek one-word "stop" imperatives. A comma right after
// the first word of a phrase splits it into two sentences ("Не, пишите мне" is "No, do write to me"), and a
// one-word keyword inside a sentence stays an ordinary word. As with "5 STOP", an opt-out carries no score.
import { S5, eachRow, type Row } from './heldout-rows';

const ROWS: Row[] = [
	['Hören Sie auf, mir zu schreiben', S5, null, null, true],
	['Bitte hören Sie auf, mir zu schreiben!', S5, null, null, true],
	['Hör auf, mir zu schreiben', S5, null, null, true],
	['Hören Sie auf mir zu schreiben', S5, null, null, true],
	['Не, пишите мне ещё', S5, null, null, false],
	['Не пишите, пожалуйста, мне больше', S5, null, null, true],
	['Тоқтатыңыз', S5, null, null, true],
	['ТОҚТАТЫҢЫЗ', S5, null, null, true],
	['5 тоқтатыңыз', S5, null, null, true],
	['Қызмет жақсы, бірақ төлемді тоқтатыңыз деп сұрадым', S5, null, null, false],
	["To'xtating", S5, null, null, true],
	['Тўхтатинг', S5, null, null, true],
	["Operator yaxshi edi, lekin to'lovni to'xtating dedim", S5, null, null, false],
];

describe('opt-out requests with a comma inside, and kk/uz stop imperatives', () => {
	eachRow(ROWS);
});
