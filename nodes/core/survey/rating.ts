// Reads a rating in survey-flow mode: parseReply, plus scale labels ("1 – очень плохо, 5 – отлично": a reply
// that is only "отлично" reads 5). The plain parser is unchanged (labels are off there). Pure.
import { parseReply } from '../reply';
import type { ParseResult } from '../reply';
import { fold } from './fold';

export type ScaleLabels = Readonly<Record<string, string | readonly string[]>>;

export interface RatingOptions {
	min: number;
	max: number;
	language?: string;
	/** score → label(s); a reply that is only one of these labels reads as that score */
	labels?: ScaleLabels;
}

const LABEL_PAIR = /(?:^|[\s,;(（])(\d{1,2})\s*(?:[-–—=:]|—|-)\s*([^,;.\n()（）0-9]+)/gu;

/**
 * The scale labels named in a survey text: "1 – очень плохо, 5 – отлично" → { 1: 'очень плохо',
 * 5: 'отлично' }; "1 = very bad, 5 = excellent" → { 1: 'very bad', 5: 'excellent' }.
 */
export function scaleLabelsFromText(text: unknown): Record<string, string> {
	const out: Record<string, string> = {};
	if (typeof text !== 'string') return out;
	for (const m of text.slice(0, 1000).matchAll(LABEL_PAIR)) {
		const label = m[2].trim();
		if (label && label.length <= 40 && /\p{L}/u.test(label)) out[m[1]] = label;
	}
	return out;
}

function labelScore(text: string, labels: ScaleLabels, min: number, max: number): number | null {
	const bare = fold(text).replace(/^[\s\p{P}\p{S}]+|[\s\p{P}\p{S}]+$/gu, '');
	if (!bare) return null;
	const hits = new Set<number>();
	for (const [score, value] of Object.entries(labels)) {
		const n = Number(score);
		if (!Number.isInteger(n) || n < min || n > max) continue;
		const list = Array.isArray(value) ? value : [value];
		if (list.some((l) => typeof l === 'string' && fold(l) === bare)) hits.add(n);
	}
	return hits.size === 1 ? [...hits][0] : null;
}

/** parseReply with the survey's scale labels read as scores. */
export function parseRating(text: string, options: RatingOptions): ParseResult {
	const parsed = parseReply(text, {
		min: options.min,
		max: options.max,
		language: options.language,
	});
	if (parsed.score !== null || parsed.optOut || !options.labels) return parsed;
	const score = labelScore(text, options.labels, options.min, options.max);
	if (score === null) return parsed;
	return {
		...parsed,
		score,
		valid: true,
		reason: 'ok',
		comment: '',
		ratingText: text.trim(),
		candidates: [score],
	};
}
