import fc from 'fast-check';
import {
	advanceSurvey,
	defaultSurvey,
	maxMessages,
	parseChoice,
} from '../../../../nodes/core/survey';
import type { SurveyDefinition, SurveyState } from '../../../../nodes/core/survey';

// Replies drawn from what customers send: numbers, keycaps, number words, option words, opt-outs, junk.
const pieces = [
	'1',
	'2',
	'5',
	'10',
	'0',
	'2️⃣',
	'②',
	'второе',
	'ожидание',
	'等太久',
	'waiting',
	'STOP',
	'стоп',
	'отлично',
	'⭐⭐⭐',
	'5 всё отлично',
	'3 или 4',
	'no',
	' ',
	'\n',
	'🙂',
	'ok',
	'دو',
	'٢',
];
const reply = fc.oneof(
	fc.string({ maxLength: 40 }),
	fc.string({ unit: 'grapheme', maxLength: 30 }),
	fc.constantFrom(...pieces),
	fc.array(fc.constantFrom(...pieces), { maxLength: 4 }).map((p) => p.join(' ')),
);
const language = fc.constantFrom('ru', 'uz', 'uz-Cyrl', 'zh', 'en', 'es', 'ar', 'xx', '');
const definition: fc.Arbitrary<SurveyDefinition> = fc
	.record({
		min: fc.constantFrom(0, 1),
		max: fc.constantFrom(5, 10),
		reason: fc.boolean(),
		comment: fc.boolean(),
		nps: fc.boolean(),
		maxAttempts: fc.integer({ min: 1, max: 4 }),
	})
	.map((o) => defaultSurvey(o));

describe('survey flow properties', () => {
	it('no reply text throws, loops or sends more than the definition allows', () => {
		fc.assert(
			fc.property(
				definition,
				language,
				fc.array(reply, { minLength: 1, maxLength: 30 }),
				(def, lang, replies) => {
					let state: SurveyState | null = null;
					let sent = 0;
					let steps = 0;
					let doneAt = -1;
					const limit = maxMessages(def);
					for (const text of replies) {
						const r = advanceSurvey(def, state, text, {
							language: lang,
							now: Date.parse('2026-01-01T00:00:00Z') + steps * 1000,
						});
						steps++;
						if (r.reply !== null) {
							sent++;
							expect(typeof r.reply).toBe('string');
							expect(r.reply.length).toBeGreaterThan(0);
						}
						// the state stays small JSON and round-trips
						expect(JSON.parse(JSON.stringify(r.state))).toEqual(r.state);
						expect(JSON.stringify(r.state).length).toBeLessThan(12000);
						if (r.done && doneAt < 0) doneAt = steps;
						// after the end nothing more is sent
						if (doneAt >= 0 && steps > doneAt) expect(r.reply).toBeNull();
						// a pending survey always awaits a real question
						if (!r.done) expect(r.state.q).toBeLessThan(def.questions.length);
						state = r.state;
					}
					expect(sent).toBeLessThanOrEqual(limit);
					expect(state?.sent).toBe(sent);
					// the conversation ends within the sum of the attempt limits
					if (replies.length >= limit) expect(doneAt).toBeGreaterThan(0);
					expect(doneAt <= limit).toBe(true);
				},
			),
			{ numRuns: 400 },
		);
	});
	it('parseChoice never throws and only returns offered options', () => {
		const options = [{ id: 'a' }, { id: 'wait_time' }, { id: 'other' }];
		fc.assert(
			fc.property(reply, language, (text, lang) => {
				const r = parseChoice(text, options, { language: lang });
				if (r.choice !== null) {
					expect(options.map((o) => o.id)).toContain(r.choice);
					expect(options[(r.index ?? 0) - 1].id).toBe(r.choice);
				} else expect(r.index).toBeNull();
			}),
			{ numRuns: 2000 },
		);
	});
	it('garbage states are read as a fresh survey', () => {
		fc.assert(
			fc.property(fc.anything(), reply, (state, text) => {
				const r = advanceSurvey(defaultSurvey(), state as SurveyState, text);
				expect(r.state.v).toBe(1);
			}),
			{ numRuns: 300 },
		);
	});
});
