// Ready-made conversations for Parse CSI Reply's survey-flow mode and the templates.
import type { SurveyDefinition } from './types';

export interface PresetOptions {
	min?: number;
	max?: number;
	language?: string;
	/** ask the reason when the score is at most this (default: the lower 40% of the scale) */
	reasonMax?: number;
	/** ask the reason question (default true) */
	reason?: boolean;
	/** ask for a comment (default true) */
	comment?: boolean;
	/** follow the rating with an NPS question 0–10 (default false) */
	nps?: boolean;
	maxAttempts?: number;
	lateCommentMinutes?: number;
	labels?: Record<string, string | string[]>;
}

/** Rating → (reason when low) → (NPS) → comment, the conversation most SMS surveys run. */
export function defaultSurvey(o: PresetOptions = {}): SurveyDefinition {
	const min = Number.isInteger(o.min) ? Number(o.min) : 1;
	const max = Number.isInteger(o.max) ? Number(o.max) : 5;
	const reasonMax = Number.isFinite(o.reasonMax)
		? Number(o.reasonMax)
		: Math.floor(min + (max - min) * 0.4);
	return {
		language: o.language,
		maxAttempts: o.maxAttempts,
		lateCommentMinutes: o.lateCommentMinutes,
		questions: [
			{ id: 'score', type: 'rating', min, max, labels: o.labels },
			...(o.reason === false
				? []
				: [
						{
							id: 'reason',
							type: 'choice' as const,
							askIf: { question: 'score', max: reasonMax },
							options: [
								{ id: 'wait_time' },
								{ id: 'staff_attitude' },
								{ id: 'resolution' },
								{ id: 'other' },
							],
						},
					]),
			...(o.nps
				? [{ id: 'nps', type: 'rating' as const, kind: 'nps' as const, min: 0, max: 10 }]
				: []),
			...(o.comment === false ? [] : [{ id: 'comment', type: 'text' as const }]),
		],
	};
}
