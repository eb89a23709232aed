// Shape of one language's survey texts and choice words (nodes/core/languages/<code>/survey.ts).

/** The built-in option ids of the reason question (CSI aspect ids). */
export type ReasonId = 'wait_time' | 'staff_attitude' | 'resolution' | 'other';

export interface SurveyPack {
	/** language code: 'ru', 'uz', 'uz-Cyrl', 'zh'… */
	code: string;
	/** asks for a comment after a rating */
	commentPrompt: string;
	/** asks for the reason after a low rating; the numbered options follow it */
	reasonQuestion: string;
	/** short labels of the reason options */
	reasonLabels: Readonly<Record<ReasonId, string>>;
	/** stems (or CJK substrings) that pick an option when the reply names it */
	reasonWords: Readonly<Record<ReasonId, readonly string[]>>;
	/** a follow-up rating question; {min} {max} replaced */
	ratingQuestion: string;
	/** NPS question (0–10); {min} {max} replaced */
	npsQuestion: string;
	/** re-asks a choice question that could not be read; {max} replaced */
	choiceReprompt: string;
	/** reminder to a survey with no reply; {min} {max} replaced */
	reminder: string;
	/** number words and ordinals: index 0 → words for 1, index 1 → words for 2, … */
	ordinals: readonly (readonly string[])[];
}
