import type { INodeProperties } from 'n8n-workflow';

/** A survey's rating scale. */
export interface Scale {
	min: number;
	max: number;
}

export const PRESET_SCALES: Record<string, Scale> = {
	'1-5': { min: 1, max: 5 },
	'0-10': { min: 0, max: 10 },
	'1-10': { min: 1, max: 10 },
	'1-7': { min: 1, max: 7 },
};

/** The scale selector every node shares (preset or custom range). */
export const scaleProperties: INodeProperties[] = [
	{
		displayName: 'Scale',
		name: 'scale',
		type: 'options',
		options: [
			{ name: '0 to 10 (NPS)', value: '0-10' },
			{ name: '1 to 10', value: '1-10' },
			{ name: '1 to 5 (CSAT)', value: '1-5' },
			{ name: '1 to 7 (CES)', value: '1-7' },
			{ name: 'Custom Range', value: 'custom' },
		],
		default: '1-5',
		description: 'The rating scale the survey asked for',
	},
	{
		displayName: 'Lowest Score',
		name: 'scaleMin',
		type: 'number',
		default: 1,
		displayOptions: { show: { scale: ['custom'] } },
		description: 'Lowest valid rating (an integer)',
	},
	{
		displayName: 'Highest Score',
		name: 'scaleMax',
		type: 'number',
		default: 5,
		displayOptions: { show: { scale: ['custom'] } },
		description: 'Highest valid rating (an integer, greater than the lowest)',
	},
];

/**
 * Resolves the scale parameters into `{min,max}`; returns an error text (naming the field and what was
 * expected) instead of throwing, so the caller can attach it to the right item.
 */
export function resolveScale(preset: unknown, min: unknown, max: unknown): Scale | string {
	if (typeof preset === 'string' && preset !== 'custom') {
		const found = PRESET_SCALES[preset.replace(/\s+/g, '').replace('–', '-')];
		if (found) return found;
		return `Scale "${preset}" is not supported: expected one of ${Object.keys(PRESET_SCALES).join(', ')} or "custom"`;
	}
	const lo = Number(min);
	const hi = Number(max);
	if (!Number.isInteger(lo) || !Number.isInteger(hi)) {
		return `Custom scale needs whole numbers: got Lowest Score ${String(min)} and Highest Score ${String(max)}`;
	}
	if (lo >= hi) return `Custom scale: Lowest Score (${lo}) must be less than Highest Score (${hi})`;
	if (hi - lo > 100) return `Custom scale: at most 101 points are supported (got ${lo} to ${hi})`;
	return { min: lo, max: hi };
}
