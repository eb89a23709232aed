// Survey-flow benchmark (core, one process): conversation steps per second (advanceSurvey with the state as
// JSON text, as a workflow stores it) against plain parseReply calls on the same replies in the same run, and
// parseChoice calls per second. The ratio matters more than the absolute numbers on a shared machine.
import { parseReply } from '../../nodes/core/reply';
import { advanceSurvey, defaultSurvey, parseChoice } from '../../nodes/core/survey';
import type { BenchResult } from './types';

const CONVERSATIONS: Array<[string, string[]]> = [
	['ru', ['2', 'долго ждал', 'минут сорок на линии']],
	['ru', ['5', 'оператор молодец']],
	['zh', ['1', '等太久', '排队一个小时']],
	['en', ['4', 'quick and friendly']],
	['es', ['cinco', 'todo bien']],
	['uz', ['1', 'uzoq kutdim', 'operator javob bermadi']],
];
const OPTIONS = [
	{ id: 'wait_time' },
	{ id: 'staff_attitude' },
	{ id: 'resolution' },
	{ id: 'other' },
];

function timeIt(fn: () => number, minMs = 1500): number {
	fn(); // warm-up
	let ops = 0;
	const start = process.hrtime.bigint();
	let elapsed = 0;
	while (elapsed < minMs) {
		ops += fn();
		elapsed = Number(process.hrtime.bigint() - start) / 1e6;
	}
	return (ops / elapsed) * 1000;
}

export async function run(): Promise<BenchResult[]> {
	const def = defaultSurvey();
	const steps = timeIt(() => {
		let n = 0;
		for (const [language, replies] of CONVERSATIONS) {
			let state = '';
			for (const text of replies) {
				state = JSON.stringify(advanceSurvey(def, state, text, { language }).state);
				n++;
			}
		}
		return n;
	});
	const plain = timeIt(() => {
		let n = 0;
		for (const [language, replies] of CONVERSATIONS) {
			for (const text of replies) {
				parseReply(text, { language });
				n++;
			}
		}
		return n;
	});
	const choices = timeIt(() => {
		let n = 0;
		for (const t of [
			'2',
			'второе',
			'ожидание',
			'等太久',
			'waiting',
			'la espera fue larga',
			'hmm',
		]) {
			parseChoice(t, OPTIONS, { language: 'ru' });
			n++;
		}
		return n;
	});
	return [
		{ name: 'advanceSurvey steps (state as JSON text)', value: Math.round(steps), unit: 'steps/s' },
		{ name: 'parseReply on the same replies', value: Math.round(plain), unit: 'replies/s' },
		{
			name: 'advanceSurvey / parseReply',
			value: Math.round((steps / plain) * 100) / 100,
			unit: 'ratio',
			note: 'same run',
		},
		{ name: 'parseChoice', value: Math.round(choices), unit: 'replies/s' },
	];
}
