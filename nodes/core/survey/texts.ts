// The SMS a survey flow sends: question texts, re-asks, reminders, in the survey's language. Pure.
import { surveyPack } from './packs';
import type { ReasonId } from './packTypes';
import type { ChoiceQuestion, LocalText, SurveyQuestion } from './types';

/** A localized text in `language` ('pt-BR' → 'pt'; then 'default', 'en', the first one). */
export function localize(text: LocalText | undefined, language: string): string | undefined {
	if (text === undefined || text === null) return undefined;
	if (typeof text === 'string') return text;
	if (typeof text !== 'object') return undefined;
	const code = language.toLowerCase();
	const base = code.split(/[-_]/)[0];
	const entries = Object.entries(text);
	const find = (k: string) => entries.find(([key]) => key.toLowerCase() === k)?.[1];
	return find(code) ?? find(base) ?? find('default') ?? find('en') ?? entries[0]?.[1];
}

function fill(t: string, vars: Record<string, number>): string {
	return t.replace(/\{(min|max)\}/g, (_, k: string) => String(vars[k]));
}

/** "1 – долгое ожидание\n2 – …" for a choice question. */
export function optionList(question: ChoiceQuestion, language: string): string {
	const pack = surveyPack(language);
	return question.options
		.map((o, i) => {
			const label =
				localize(o.label, language) ?? pack.reasonLabels[o.id as ReasonId] ?? String(o.id);
			return `${i + 1} – ${label}`;
		})
		.join('\n');
}

/** The SMS asking a question (its own text, else the built-in one). */
export function questionText(question: SurveyQuestion, language: string): string {
	const pack = surveyPack(language);
	const own = localize(question.text, language);
	if (question.type === 'rating') {
		const nps = question.kind === 'nps' || (question.min === 0 && question.max === 10);
		return fill(own ?? (nps ? pack.npsQuestion : pack.ratingQuestion), {
			min: question.min,
			max: question.max,
		});
	}
	if (question.type === 'choice') {
		if (own !== undefined && /1/.test(own)) return own;
		return `${own ?? pack.reasonQuestion}\n${optionList(question, language)}`;
	}
	return own ?? pack.commentPrompt;
}

/** Re-asks a choice question after an unreadable answer. */
export function choiceRepromptText(question: ChoiceQuestion, language: string): string {
	const pack = surveyPack(language);
	return `${pack.choiceReprompt.replace('{max}', String(question.options.length))}\n${optionList(question, language)}`;
}

/** The reminder SMS to a survey with no reply yet (scale default 1–5). */
export function reminderText(language: string, scale?: { min?: number; max?: number }): string {
	const min = Number.isFinite(scale?.min) ? Number(scale?.min) : 1;
	const max = Number.isFinite(scale?.max) ? Number(scale?.max) : 5;
	return fill(surveyPack(language).reminder, { min, max });
}

/** The comment prompt in a language. */
export function commentPromptText(language: string): string {
	return surveyPack(language).commentPrompt;
}
