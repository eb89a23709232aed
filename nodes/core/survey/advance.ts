// One step of an SMS survey conversation: the reply to the question awaiting an answer moves the survey
// on (next question, re-ask, thank-you, opt-out) or, after the end, extends the comment. Pure.
import { optOutConfirmationText, parseReply, repromptText, thankYouText } from '../reply';
import { parseChoice } from './choice';
import { parseRating } from './rating';
import { choiceRepromptText, localize, questionText } from './texts';
import type {
	AdvanceOptions,
	AdvanceResult,
	AskIf,
	SurveyAnswer,
	SurveyDefinition,
	SurveyEvent,
	SurveyQuestion,
	SurveyState,
	SurveySummary,
} from './types';

const ASPECTS = new Set(['wait_time', 'staff_attitude', 'resolution']);
const MAX_TEXT = 1000;
const DEFAULT_LATE_MINUTES = 30;

/** Checks a definition; throws a TypeError naming the first problem. */
export function validateDefinition(def: unknown): asserts def is SurveyDefinition {
	const d = def as SurveyDefinition;
	if (!d || typeof d !== 'object' || !Array.isArray(d.questions) || d.questions.length === 0) {
		throw new TypeError('Survey definition: expected an object with a non-empty "questions" list');
	}
	const ids = new Set<string>();
	d.questions.forEach((q, i) => {
		const where = `Survey definition: question ${i + 1}`;
		if (!q || typeof q.id !== 'string' || !q.id) throw new TypeError(`${where}: "id" is missing`);
		if (ids.has(q.id)) throw new TypeError(`${where}: id "${q.id}" is used twice`);
		ids.add(q.id);
		if (q.type === 'rating') {
			if (!Number.isInteger(q.min) || !Number.isInteger(q.max) || q.min >= q.max) {
				throw new TypeError(`${where} ("${q.id}"): rating needs whole numbers min < max`);
			}
		} else if (q.type === 'choice') {
			if (!Array.isArray(q.options) || q.options.length === 0 || q.options.length > 20) {
				throw new TypeError(`${where} ("${q.id}"): choice needs 1–20 options`);
			}
			if (q.options.some((o: { id?: unknown }) => !o || typeof o.id !== 'string' || !o.id)) {
				throw new TypeError(`${where} ("${q.id}"): every option needs an "id"`);
			}
		} else if (q.type !== 'text') {
			throw new TypeError(`${where} ("${q.id}"): type must be rating, choice or text`);
		}
		if (q.askIf && !ids.has(q.askIf.question)) {
			throw new TypeError(
				`${where} ("${q.id}"): askIf names "${q.askIf.question}", not an earlier question`,
			);
		}
	});
}

function attemptLimit(def: SurveyDefinition, q: SurveyQuestion): number {
	const n = Number(q.maxAttempts ?? def.maxAttempts ?? 2);
	return Number.isFinite(n) ? Math.min(10, Math.max(1, Math.trunc(n))) : 2;
}

/** The most SMS a conversation of this definition can send after the first question. */
export function maxMessages(def: SurveyDefinition): number {
	return def.questions.reduce((sum, q) => sum + attemptLimit(def, q), 0);
}

function holds(cond: AskIf | undefined, answers: Record<string, SurveyAnswer>): boolean {
	if (!cond) return true;
	const a = answers[cond.question];
	if (!a) return false;
	if (cond.min !== undefined || cond.max !== undefined) {
		if (typeof a.score !== 'number') return false;
		if (cond.min !== undefined && a.score < cond.min) return false;
		if (cond.max !== undefined && a.score > cond.max) return false;
	}
	if (cond.in && !(typeof a.choice === 'string' && cond.in.includes(a.choice))) return false;
	return true;
}

function nextQuestion(def: SurveyDefinition, from: number, answers: Record<string, SurveyAnswer>) {
	for (let i = from; i < def.questions.length; i++) {
		const q = def.questions[i];
		if (!answers[q.id] && holds(q.askIf, answers)) return i;
	}
	return def.questions.length;
}

function toTime(now: AdvanceOptions['now']): number {
	const t =
		now instanceof Date ? now.getTime() : now === undefined ? Date.now() : Date.parse(String(now));
	const n = typeof now === 'number' ? now : t;
	return Number.isFinite(n) ? n : Date.now();
}

function readState(state: unknown, def: SurveyDefinition): SurveyState {
	let s = state;
	if (typeof s === 'string') {
		try {
			s = s.trim() ? JSON.parse(s) : null;
		} catch {
			s = null;
		}
	}
	const o = s as SurveyState | null;
	if (
		o &&
		typeof o === 'object' &&
		o.v === 1 &&
		Number.isInteger(o.q) &&
		o.q >= 0 &&
		o.q <= def.questions.length &&
		o.answers &&
		typeof o.answers === 'object'
	) {
		return {
			...o,
			attempts: Number.isInteger(o.attempts) ? o.attempts : 0,
			sent: Number.isInteger(o.sent) ? o.sent : 0,
			answers: { ...o.answers },
		};
	}
	return {
		v: 1,
		q: nextQuestion(def, 0, {}),
		attempts: 0,
		status: 'pending',
		answers: {},
		sent: 0,
	};
}

/** A flat view of the answers: first score, joined comment, first choice, aspects. */
export function summarize(
	def: SurveyDefinition,
	answers: Record<string, SurveyAnswer>,
): SurveySummary {
	const out: SurveySummary = { score: null, comment: '', choice: null, aspects: [], scores: {} };
	const comments: string[] = [];
	const ids = def.questions.map((q) => q.id);
	for (const id of Object.keys(answers)) if (!ids.includes(id)) ids.push(id);
	for (const qid of ids) {
		const a = answers[qid];
		const q = { id: qid };
		if (!a) continue;
		if (typeof a.score === 'number') {
			out.scores[q.id] = a.score;
			if (out.score === null) out.score = a.score;
		}
		if (typeof a.choice === 'string') {
			if (out.choice === null) out.choice = a.choice;
			if (ASPECTS.has(a.choice) && !out.aspects.includes(a.choice)) out.aspects.push(a.choice);
		}
		if (a.comment) comments.push(a.comment);
		if (a.text) comments.push(a.text);
	}
	out.comment = comments.join(' ').slice(0, MAX_TEXT * 2);
	return out;
}

function clip(text: string): string {
	return text.trim().replace(/\s+/g, ' ').slice(0, MAX_TEXT);
}

function hasContent(text: string): boolean {
	return /[\p{L}\p{N}\p{So}]/u.test(text);
}

function firstScale(def: SurveyDefinition) {
	const r = def.questions.find((q) => q.type === 'rating');
	return r && r.type === 'rating' ? { min: r.min, max: r.max } : undefined;
}

/** Reads one answer to `q`; null when unreadable. */
function readAnswer(
	q: SurveyQuestion,
	text: string,
	language: string,
	def: SurveyDefinition,
): SurveyAnswer | null {
	const raw = text.slice(0, MAX_TEXT);
	if (q.type === 'rating') {
		const labels = def.scaleLabels === false ? undefined : q.labels;
		const r = parseRating(text, { min: q.min, max: q.max, language, labels });
		if (r.score === null) return null;
		const comment = clip(r.comment);
		return hasContent(comment) && /\p{L}/u.test(comment)
			? { score: r.score, comment, raw }
			: { score: r.score, raw };
	}
	if (q.type === 'choice') {
		const c = parseChoice(text, q.options, { language });
		if (c.choice === null) return null;
		const rest = c.by === 'number' ? clip(c.rest) : '';
		return rest && /\p{L}/u.test(rest)
			? { choice: c.choice, comment: rest, raw }
			: { choice: c.choice, raw };
	}
	return hasContent(text) ? { text: clip(text), raw } : null;
}

/**
 * Moves a survey conversation on by one reply.
 * @param definition the questions (the first one is sent by the survey sender)
 * @param state the stored state (object or JSON text), or null when only the first question was sent
 * @param replyText the customer's SMS
 */
export function advanceSurvey(
	definition: SurveyDefinition,
	state: SurveyState | string | null | undefined,
	replyText: unknown,
	options: AdvanceOptions = {},
): AdvanceResult {
	validateDefinition(definition);
	const def = definition;
	const language = String(options.language || def.language || 'en');
	const now = toTime(options.now);
	const st = readState(state, def);
	const text =
		typeof replyText === 'string' ? replyText : replyText == null ? '' : String(replyText);
	let reply: string | null = null;
	let event: SurveyEvent = 'ignored';
	let question = '';
	const finish = (status: SurveyState['status']) => {
		st.status = status;
		st.q = def.questions.length;
		st.attempts = 0;
		st.doneAt = new Date(now).toISOString();
	};

	if (st.status !== 'pending' || st.q >= def.questions.length) {
		const late = lateComment(def, st, text, now, language);
		if (late) {
			event = 'late_comment';
			question = late;
		}
	} else {
		const q = def.questions[st.q];
		question = q.id;
		const optOut = parseReply(text.slice(0, 2000), { language }).optOut;
		const answer = optOut ? null : readAnswer(q, text, language, def);
		if (optOut) {
			finish('opted_out');
			reply = localize(def.texts?.optOut, language) ?? optOutConfirmationText(language);
			event = 'opt_out';
		} else if (!answer && st.attempts + 1 < attemptLimit(def, q)) {
			st.attempts += 1;
			event = 'reprompt';
			reply =
				q.type === 'rating'
					? (localize(def.texts?.reprompt, language)
							?.replace('{min}', String(q.min))
							.replace('{max}', String(q.max)) ?? repromptText(language, q, st.attempts))
					: q.type === 'choice'
						? choiceRepromptText(q, language)
						: questionText(q, language);
		} else {
			if (answer) {
				st.answers[q.id] = answer;
				if (q.type === 'rating' && answer.comment) prefillComment(def, st, answer);
			} else if (q.type === 'choice' && hasContent(text)) {
				st.answers[q.id] = { choice: null, text: clip(text), raw: text.slice(0, MAX_TEXT) };
			}
			if (Object.keys(st.answers).length === 0) {
				finish('gave_up');
				event = 'gave_up';
			} else {
				const next = nextQuestion(def, st.q + 1, st.answers);
				event = answer ? 'answered' : 'next';
				if (next >= def.questions.length) {
					finish('answered');
					const scale = firstScale(def);
					const score = summarize(def, st.answers).score;
					reply = localize(def.texts?.thanks, language) ?? thankYouText(language, score, scale);
					event = 'done';
				} else {
					st.q = next;
					st.attempts = 0;
					reply = questionText(def.questions[next], language);
					if (!answer) event = 'next';
				}
			}
		}
	}
	if (reply !== null) st.sent += 1;
	const done = st.status !== 'pending';
	return {
		state: st,
		reply,
		done,
		answers: st.answers,
		event,
		question,
		summary: summarize(def, st.answers),
	};
}

/** "5 всё отлично": the words fill the first later text question, which is then not asked. */
function prefillComment(def: SurveyDefinition, st: SurveyState, answer: SurveyAnswer): void {
	const textQ = def.questions.slice(st.q + 1).find((q) => q.type === 'text' && !st.answers[q.id]);
	if (!textQ || !answer.comment) return;
	st.answers[textQ.id] = { text: answer.comment, raw: answer.raw };
	delete answer.comment;
}

/**
 * After an answered survey, a reply without a rating within `lateCommentMinutes` of the last message
 * becomes (or extends) the comment. Returns the comment's question id, or '' when the reply is not one.
 */
function lateComment(
	def: SurveyDefinition,
	st: SurveyState,
	text: string,
	now: number,
	language: string,
): string {
	if (st.status !== 'answered' || !hasContent(text)) return '';
	const minutes = Number(def.lateCommentMinutes ?? DEFAULT_LATE_MINUTES);
	const last = Date.parse(String(st.lastAt ?? st.doneAt ?? ''));
	if (!(minutes > 0) || !Number.isFinite(last) || now < last || now - last > minutes * 60000) {
		return '';
	}
	const parsed = parseReply(text.slice(0, 2000), { language });
	if (parsed.optOut || parsed.score !== null) return '';
	const textQ = def.questions.find((q) => q.type === 'text');
	const id = textQ?.id ?? 'comment';
	const prev = st.answers[id];
	const joined = clip(prev?.text ? `${prev.text} ${text}` : text);
	st.answers[id] = {
		text: joined,
		raw: prev ? `${prev.raw}\n${text}`.slice(0, MAX_TEXT * 2) : text.slice(0, MAX_TEXT),
	};
	st.lastAt = new Date(now).toISOString();
	return id;
}
