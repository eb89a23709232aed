// A ")" or "))" glued to a word is a smile that ends a clause, as Russian speakers write it ("Привет) 5) всё
// супер"): a rating after it and closed by its own smile stands as a clause of its own (mid-reply rule of
// ../shared/corpus/README.md: the rating and the ")" stuck to it are cut, the sides joined with one space).
// Numbered lists ("1) … 2) …") and real parentheses keep their reading. Labelled before the rule.
import { S5, eachRow, type Row } from './heldout-rows';

const ROWS: Row[] = [
	['Привет) 5) всё супер', S5, 5, 'Привет) всё супер'],
	['Привет)) 5)) спасибо', S5, 5, 'Привет)) спасибо'],
	['Спасибо) 4) мастер пришёл вовремя', S5, 4, 'Спасибо) мастер пришёл вовремя'],
	['Привет) пять) всё супер', S5, 5, 'Привет) всё супер'],
	['Спасибо)) 5)) ждал 2 дня', S5, 5, 'Спасибо)) ждал 2 дня'],
	// the smile before a rating on a line of its own stays with its words
	['Привет)\n5\nвсё ок', S5, 5, 'Привет)\nвсё ок'],
	['Мастер пришёл (вовремя)\n5\nвсё ок', S5, 5, 'Мастер пришёл (вовремя)\nвсё ок'],
	// unchanged: at the edges
	['5) всё супер', S5, 5, 'всё супер'],
	['5)) всё супер', S5, 5, 'всё супер'],
	['Всё супер)) 5))', S5, 5, 'Всё супер'],
	['Отлично) 5', S5, 5, 'Отлично'],
	// unchanged: numbered lists, parentheses, times, counts
	['1) долго ждал', S5, 1, 'долго ждал'],
	['1) долго\n2) грубо', S5, null, null],
	['Привет) 1) долго 2) грубо', S5, null, null],
	['Ждал 3) потом 4) ушёл', S5, null, null],
	['(заказ 3) 5) дней', S5, null, null],
	['Позвонили в 5) всё ок', S5, null, null],
	['Всё ок) 2 дня ждал', S5, null, null],
];

describe('a parenthesis smile as a separator', () => {
	eachRow(ROWS);
});
