import {
	advanceSurvey,
	defaultSurvey,
	maxMessages,
	validateDefinition,
} from '../../../../nodes/core/survey';
import type { SurveyDefinition, SurveyState } from '../../../../nodes/core/survey';

const reasonOptions = [
	{ id: 'wait_time' },
	{ id: 'staff_attitude' },
	{ id: 'resolution' },
	{ id: 'other' },
];
const def = (language: string): SurveyDefinition => ({
	language,
	questions: [
		{ id: 'score', type: 'rating', min: 1, max: 5 },
		{ id: 'reason', type: 'choice', askIf: { question: 'score', max: 2 }, options: reasonOptions },
		{ id: 'comment', type: 'text' },
	],
});

describe('advanceSurvey: the contract from the issue', () => {
	const d = def('ru');
	it('low score → reason → comment → thank-you', () => {
		let r = advanceSurvey(d, null, '2');
		expect(r.done).toBe(false);
		expect(r.answers.score.score).toBe(2);
		expect(r.reply).toContain('Что пошло не так');
		for (const n of ['1', '2', '3', '4']) expect(r.reply).toContain(`${n} –`);
		r = advanceSurvey(d, r.state, 'ожидание');
		expect(r.answers.reason.choice).toBe('wait_time');
		expect(r.reply).toBe(
			'Спасибо за оценку! Что больше всего на неё повлияло? Ответьте парой слов.',
		);
		r = advanceSurvey(d, r.state, 'долго ждал на линии');
		expect(r.done).toBe(true);
		expect(r.answers.comment.text).toBe('долго ждал на линии');
		expect(r.reply).toMatch(/^Спасибо/);
		expect(r.summary).toMatchObject({ score: 2, choice: 'wait_time', aspects: ['wait_time'] });
	});
	it('a high score skips the reason question', () => {
		const r = advanceSurvey(d, null, '5');
		expect(r.reply).toContain('повлияло');
		expect(r.answers.reason).toBeUndefined();
	});
	it('state survives a JSON round trip (as stored in a Data Table column)', () => {
		const a = advanceSurvey(d, null, '1');
		const b = advanceSurvey(d, JSON.stringify(a.state), '2');
		expect(b.answers.reason.choice).toBe('staff_attitude');
	});
});

type Step = [reply: string, expect: { reply?: RegExp | null; done?: boolean; event?: string }];
interface Conversation {
	lang: string;
	name: string;
	steps: Step[];
	result: { score?: number | null; choice?: string | null; comment?: string; status?: string };
	definition?: SurveyDefinition;
}

const conversations: Conversation[] = [
	{
		lang: 'ru',
		name: 'bare 4 → comment',
		steps: [
			['4', { reply: /повлияло/ }],
			['оператор помог быстро', { done: true, reply: /Спасибо/ }],
		],
		result: { score: 4, comment: 'оператор помог быстро', status: 'answered' },
	},
	{
		lang: 'ru',
		name: '1 → "долго ждал" → comment',
		steps: [
			['1', { reply: /не так/ }],
			['долго ждал', { reply: /повлияло/ }],
			['час на линии', { done: true }],
		],
		result: { score: 1, choice: 'wait_time', comment: 'час на линии' },
	},
	{
		lang: 'ru',
		name: 'ordinal "второе"',
		steps: [
			['2', {}],
			['второе', {}],
			['грубили', { done: true }],
		],
		result: { choice: 'staff_attitude' },
	},
	{
		lang: 'ru',
		name: 'unreadable score twice → gave up',
		steps: [
			['привет', { event: 'reprompt', reply: /от 1 до 5/ }],
			['ну как сказать', { done: true, event: 'gave_up', reply: null }],
		],
		result: { score: null, status: 'gave_up' },
	},
	{
		lang: 'ru',
		name: 'opt-out in the middle',
		steps: [
			['1', {}],
			['СТОП', { done: true, event: 'opt_out' }],
		],
		result: { score: 1, status: 'opted_out' },
	},
	{
		lang: 'ru',
		name: 'score with words fills the comment',
		steps: [['5 всё отлично', { done: true, reply: /Спасибо/ }]],
		result: { score: 5, comment: 'всё отлично' },
	},
	{
		lang: 'uz',
		name: 'Latin: 2 → "uzoq kutdim" → comment',
		steps: [
			['2', { reply: /Nima yoqmadi/ }],
			['uzoq kutdim', { reply: /ta'sir/ }],
			['operator javob bermadi', { done: true }],
		],
		result: { score: 2, choice: 'wait_time' },
	},
	{
		lang: 'uz',
		name: 'Cyrillic reason word',
		steps: [
			['1', {}],
			['ходим қўпол гапирди', {}],
			['йўқ', { done: true }],
		],
		result: { choice: 'staff_attitude' },
	},
	{
		lang: 'uz',
		name: 'ordinal "uchinchi"',
		steps: [
			['1', {}],
			['uchinchi', {}],
			['hal qilinmadi', { done: true }],
		],
		result: { choice: 'resolution' },
	},
	{
		lang: 'zh',
		name: '1 → 等太久 → comment',
		steps: [
			['1', { reply: /哪里做得不好/ }],
			['等太久', { reply: /是什么让您/ }],
			['排队一个小时', { done: true, reply: /感谢/ }],
		],
		result: { score: 1, choice: 'wait_time', comment: '排队一个小时' },
	},
	{
		lang: 'zh',
		name: '第二 → staff',
		steps: [
			['2分', {}],
			['第二', {}],
			['态度很差', { done: true }],
		],
		result: { score: 2, choice: 'staff_attitude' },
	},
	{
		lang: 'zh',
		name: 'keycap 3️⃣',
		steps: [
			['1', {}],
			['3️⃣', {}],
			['没解决', { done: true }],
		],
		result: { choice: 'resolution' },
	},
	{
		lang: 'en',
		name: 'bare 4 → comment',
		steps: [
			['4', { reply: /main reason/ }],
			['quick and friendly', { done: true, reply: /Thank/ }],
		],
		result: { score: 4, comment: 'quick and friendly' },
	},
	{
		lang: 'en',
		name: '1 → waiting',
		steps: [
			['1', { reply: /What went wrong/ }],
			['waiting', {}],
			['30 minutes on hold', { done: true }],
		],
		result: { choice: 'wait_time' },
	},
	{
		lang: 'en',
		name: 'unreadable reason twice → kept as text, moves on',
		steps: [
			['1', {}],
			['hmm', { event: 'reprompt', reply: /number from 1 to 4/ }],
			['meh', { event: 'next', reply: /main reason/ }],
			['bad', { done: true }],
		],
		result: { choice: null, comment: 'meh bad' },
	},
	{
		lang: 'es',
		name: '2 → "esperé mucho" → comment',
		steps: [
			['2', { reply: /Qué salió mal/ }],
			['esperé mucho', { reply: /motivo/ }],
			['nadie contestaba', { done: true, reply: /Gracias/ }],
		],
		result: { score: 2, choice: 'wait_time', comment: 'nadie contestaba' },
	},
	{
		lang: 'es',
		name: 'ordinal "tercera"',
		steps: [
			['1', {}],
			['la tercera', { reply: /motivo/ }],
			['no me ayudaron', { done: true }],
		],
		result: { choice: 'resolution' },
	},
	{
		lang: 'es',
		name: '"cinco" reads 5',
		steps: [
			['cinco', { reply: /motivo/ }],
			['todo bien', { done: true }],
		],
		result: { score: 5 },
	},
	{
		lang: 'en',
		name: 'CSAT then NPS',
		definition: {
			language: 'en',
			questions: [
				{ id: 'csat', type: 'rating', min: 1, max: 5 },
				{ id: 'nps', type: 'rating', kind: 'nps', min: 0, max: 10 },
			],
		},
		steps: [
			['4', { reply: /recommend us/ }],
			['9', { done: true, reply: /Thank/ }],
		],
		result: { score: 4 },
	},
	{
		lang: 'ru',
		name: 'scale labels',
		definition: {
			language: 'ru',
			questions: [
				{ id: 'score', type: 'rating', min: 1, max: 5, labels: { 1: 'очень плохо', 5: 'отлично' } },
			],
		},
		steps: [['Отлично!', { done: true }]],
		result: { score: 5 },
	},
];

describe.each(conversations)('$lang: $name', ({ lang, steps, result, definition }) => {
	it('runs as written', () => {
		const d = definition ?? def(lang);
		let state: SurveyState | null = null;
		let last = advanceSurvey(d, null, '');
		for (const [text, want] of steps) {
			last = advanceSurvey(d, state, text, { language: lang });
			state = last.state;
			if (want.reply === null) expect(last.reply).toBeNull();
			else if (want.reply) expect(last.reply).toMatch(want.reply);
			if (want.done !== undefined) expect(last.done).toBe(want.done);
			if (want.event) expect(last.event).toBe(want.event);
		}
		if ('score' in result) expect(last.summary.score).toBe(result.score);
		if ('choice' in result) expect(last.summary.choice).toBe(result.choice);
		if (result.comment !== undefined) expect(last.summary.comment).toBe(result.comment);
		if (result.status) expect(last.state.status).toBe(result.status);
	});
});

describe('late comments', () => {
	const single: SurveyDefinition = {
		language: 'en',
		questions: [{ id: 'score', type: 'rating', min: 1, max: 5 }],
		lateCommentMinutes: 10,
	};
	const t0 = Date.parse('2026-05-01T10:00:00Z');
	it('a reply without a rating after the end becomes the comment; split parts are joined', () => {
		let r = advanceSurvey(single, null, '5', { now: t0 });
		expect(r.done).toBe(true);
		r = advanceSurvey(single, r.state, 'the operator was', { now: t0 + 60000 });
		expect(r.event).toBe('late_comment');
		expect(r.reply).toBeNull();
		r = advanceSurvey(single, r.state, 'great', { now: t0 + 70000 });
		expect(r.summary.comment).toBe('the operator was great');
		expect(r.summary.score).toBe(5);
	});
	it('outside the window, a new rating or an opt-out is not a comment', () => {
		const r = advanceSurvey(single, null, '5', { now: t0 });
		expect(advanceSurvey(single, r.state, 'late words', { now: t0 + 11 * 60000 }).event).toBe(
			'ignored',
		);
		expect(advanceSurvey(single, r.state, '3', { now: t0 + 60000 }).event).toBe('ignored');
		expect(advanceSurvey(single, r.state, 'STOP', { now: t0 + 60000 }).event).toBe('ignored');
		expect(
			advanceSurvey({ ...single, lateCommentMinutes: 0 }, r.state, 'x y', { now: t0 + 1000 }).event,
		).toBe('ignored');
	});
	it('extends the comment of a conversation that asked for one', () => {
		const d = def('ru');
		let r = advanceSurvey(d, null, '4', { now: t0 });
		r = advanceSurvey(d, r.state, 'всё быстро,', { now: t0 + 1000 });
		r = advanceSurvey(d, r.state, 'спасибо оператору', { now: t0 + 2000 });
		expect(r.answers.comment.text).toBe('всё быстро, спасибо оператору');
	});
});

describe('definition checks', () => {
	it.each([
		[{}, /non-empty "questions"/],
		[{ questions: [{ id: 'a', type: 'rating', min: 5, max: 1 }] }, /min < max/],
		[{ questions: [{ id: 'a', type: 'choice', options: [] }] }, /1–20 options/],
		[
			{
				questions: [
					{ id: 'a', type: 'text' },
					{ id: 'a', type: 'text' },
				],
			},
			/used twice/,
		],
		[
			{ questions: [{ id: 'a', type: 'text', askIf: { question: 'b' } }] },
			/not an earlier question/,
		],
		[{ questions: [{ id: 'a', type: 'date' }] }, /rating, choice or text/],
	])('%j is refused', (d, msg) => {
		expect(() => validateDefinition(d)).toThrow(msg);
	});
	it('maxMessages sums the attempt limits', () => {
		expect(maxMessages(defaultSurvey())).toBe(6);
		expect(maxMessages({ ...defaultSurvey(), maxAttempts: 3 })).toBe(9);
	});
	it('defaultSurvey asks the reason in the lower 40% of the scale', () => {
		const d = defaultSurvey({ min: 0, max: 10, nps: true });
		expect(d.questions.map((q) => q.id)).toEqual(['score', 'reason', 'nps', 'comment']);
		expect(d.questions[1].askIf).toEqual({ question: 'score', max: 4 });
	});
});
