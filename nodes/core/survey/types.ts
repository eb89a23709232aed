// Types of the survey-flow core: a survey definition (questions, order, conditions, texts), the small JSON
// state a workflow stores with the survey, and the result of one step. Pure: no n8n import.

/** A text in one language, or per language code ('ru', 'uz-Cyrl', 'en'…; 'default' as a fallback). */
export type LocalText = string | Readonly<Record<string, string>>;

/** Condition on an earlier answer: ask the question only when it holds. */
export interface AskIf {
	/** id of an earlier question */
	question: string;
	/** rating at least … (inclusive) */
	min?: number;
	/** rating at most … (inclusive) */
	max?: number;
	/** choice one of these option ids */
	in?: readonly string[];
}

interface QuestionBase {
	/** answer key in `answers` (unique in the definition) */
	id: string;
	/** the SMS that asks it; built-in localized text when absent */
	text?: LocalText;
	/** ask only when the condition on an earlier answer holds */
	askIf?: AskIf;
	/** unreadable answers before the question is left (default: the definition's `maxAttempts`) */
	maxAttempts?: number;
}

/** A rating on an integer scale (CSAT 1–5, NPS 0–10). */
export interface RatingQuestion extends QuestionBase {
	type: 'rating';
	min: number;
	max: number;
	/** `nps`: the built-in question text asks for a recommendation (0–10) */
	kind?: 'csat' | 'nps';
	/** scale labels: score → label(s) ("5": "отлично"); a reply that is only a label reads as its score */
	labels?: Readonly<Record<string, string | readonly string[]>>;
}

/** One numbered option of a choice question. */
export interface ChoiceOption {
	/** answer value, e.g. an aspect id (`wait_time`, `staff_attitude`, `resolution`, `other`) */
	id: string;
	/** shown label (built-in for the known aspect ids) */
	label?: LocalText;
	/** extra words that pick this option (stems, any language), added to the built-in ones */
	words?: readonly string[] | Readonly<Record<string, readonly string[]>>;
}

/** Pick one of numbered options. */
export interface ChoiceQuestion extends QuestionBase {
	type: 'choice';
	options: readonly ChoiceOption[];
}

/** A free-text answer (the comment). */
export interface TextQuestion extends QuestionBase {
	type: 'text';
}

export type SurveyQuestion = RatingQuestion | ChoiceQuestion | TextQuestion;

/** A conversation: questions in order; the first one is sent by the survey sender. */
export interface SurveyDefinition {
	/** survey language (texts and word lists); the `language` option of a step overrides it */
	language?: string;
	questions: readonly SurveyQuestion[];
	/** unreadable answers per question before it is left (default 2: one re-prompt) */
	maxAttempts?: number;
	/** minutes after the end during which a reply without a rating extends the comment (default 30; 0 = off) */
	lateCommentMinutes?: number;
	/** read replies that are only a scale label ("отлично") as that score (default true) */
	scaleLabels?: boolean;
	/** texts replacing the built-in ones */
	texts?: {
		thanks?: LocalText;
		reprompt?: LocalText;
		optOut?: LocalText;
	};
}

/** One stored answer. */
export interface SurveyAnswer {
	/** rating questions */
	score?: number;
	/** choice questions: the option id (null when an unreadable answer was kept as text) */
	choice?: string | null;
	/** text questions (and unreadable choice answers); the comment */
	text?: string;
	/** words sent with a rating or a choice ("5 всё отлично" → "всё отлично") */
	comment?: string;
	/** the reply as received */
	raw: string;
}

export type SurveyStatus = 'pending' | 'answered' | 'gave_up' | 'opted_out';

/** The state a workflow stores with the survey (small JSON; `null` before the first reply). */
export interface SurveyState {
	v: 1;
	/** index of the question awaiting an answer (questions.length once done) */
	q: number;
	/** unreadable answers to the current question */
	attempts: number;
	status: SurveyStatus;
	answers: Record<string, SurveyAnswer>;
	/** SMS sent by the flow so far (re-prompts, next questions, thanks) */
	sent: number;
	/** ISO time the conversation ended */
	doneAt?: string;
	/** ISO time of the last late comment */
	lastAt?: string;
}

/** A flat view of the answers, for the survey row and CSI Aggregate. */
export interface SurveySummary {
	/** the first rating */
	score: number | null;
	/** the comment (text answers and words sent with answers, joined) */
	comment: string;
	/** the first choice */
	choice: string | null;
	/** aspect ids named by choices (`wait_time`, `staff_attitude`, `resolution`) */
	aspects: string[];
	/** every rating by question id */
	scores: Record<string, number>;
}

/** What a step did with the reply. */
export type SurveyEvent =
	| 'answered'
	| 'reprompt'
	| 'next'
	| 'done'
	| 'gave_up'
	| 'opt_out'
	| 'late_comment'
	| 'ignored';

export interface AdvanceOptions {
	/** the time of the reply (default: now) */
	now?: Date | string | number;
	/** the customer's language, overriding the definition's */
	language?: string;
}

export interface AdvanceResult {
	state: SurveyState;
	/** the next SMS to send, or null */
	reply: string | null;
	/** the conversation has ended (answered, gave up or opted out) */
	done: boolean;
	/** answers by question id */
	answers: Record<string, SurveyAnswer>;
	/** what the step did */
	event: SurveyEvent;
	/** id of the question the reply answered (or tried to), '' when none */
	question: string;
	/** flat view of the answers */
	summary: SurveySummary;
}
