/** Options of `aggregateResponses`: defaults, validation with specific errors, the effective settings. */
import { roundTo } from './stats';
import { isValidTimeZone } from './time';
import type { AspectSettings } from './aspects';
import type { ThemeSettings } from './themes';
import type { AggregateOptions, AggregatePeriod } from './types';

/** Default `minSample`: the usual rule of thumb for a stable mean / normal approximation. */
export const AGGREGATE_DEFAULT_MIN_SAMPLE = 30;
/** Largest supported `max − min` (a 0–100 scale is the widest). */
export const AGGREGATE_MAX_SCALE_SPAN = 100;
/** Label of a missing group value in `label`. */
export const AGGREGATE_NO_GROUP_LABEL = '(none)';

/**
 * Default sentiment thresholds of a scale (`score >= positiveMin` positive, `score <= negativeMax` negative,
 * neutral in between):
 * - 0–10 and 1–10 (NPS convention): 9–10 positive, 7–8 neutral, ≤ 6 negative;
 * - any other scale: `positiveMin = min + ceil(0.75 · span)`, `negativeMax = min + floor(0.4 · span)`, which
 *   gives 4–5 / 3 / 1–2 on 1–5, 6–7 / 4–5 / 1–3 on 1–7, 3 / 2 / 1 on 1–3, 4–5 / 3 / 0–2 on 0–5.
 */
export function defaultScoreThresholds(
	min: number,
	max: number,
): { positiveMin: number; negativeMax: number } {
	if ((min === 0 || min === 1) && max === 10) return { positiveMin: 9, negativeMax: 6 };
	const span = max - min;
	const positiveMin = min + Math.ceil(0.75 * span);
	let negativeMax = min + Math.floor(0.4 * span);
	if (negativeMax >= positiveMin) negativeMax = positiveMin - 1;
	return { positiveMin, negativeMax };
}

export function describe(value: unknown): string {
	if (value === undefined) return 'undefined';
	if (typeof value === 'number' || typeof value === 'boolean') return String(value);
	if (typeof value === 'string')
		return JSON.stringify(value.length > 60 ? `${value.slice(0, 60)}…` : value);
	if (value === null) return 'null';
	return Array.isArray(value) ? 'an array' : `a ${typeof value}`;
}

export function optionError(name: string, expected: string, got: unknown): Error {
	return new Error(
		`aggregateResponses: invalid option "${name}": expected ${expected}, got ${describe(got)}`,
	);
}

export function isPlainObject(v: unknown): v is Record<string, unknown> {
	return typeof v === 'object' && v !== null && !Array.isArray(v);
}

function fieldOption(
	options: AggregateOptions,
	name: keyof AggregateOptions,
	fallback: string,
): string {
	const v = options[name];
	if (v === undefined) return fallback;
	if (typeof v !== 'string' || v === '') throw optionError(name, 'a non-empty field name', v);
	return v;
}

function intOption(value: unknown, name: string, lo: number, hi: number, fallback: number): number {
	if (value === undefined) return fallback;
	if (typeof value !== 'number' || !Number.isInteger(value) || value < lo || value > hi)
		throw optionError(name, `an integer from ${lo} to ${hi}`, value);
	return value;
}

export interface Settings {
	min: number;
	max: number;
	size: number;
	positiveMin: number;
	negativeMax: number;
	groupBy: string[];
	period: AggregatePeriod | null;
	timeZone: string;
	scoreField: string;
	commentField: string;
	timestampField: string;
	kindField: string;
	optOutField: string;
	minSample: number;
	themes: ThemeSettings | null;
	aspects: AspectSettings | null;
	anomaly: { alpha: number; minDrop: number; minSample: number; lookback: number } | null;
}

export function readSettings(options: AggregateOptions): Settings {
	if (!isPlainObject(options))
		throw optionError('options', 'an object with at least min and max', options);
	const { min, max } = options;
	if (typeof min !== 'number' || !Number.isInteger(min))
		throw optionError('min', 'an integer', min);
	if (typeof max !== 'number' || !Number.isInteger(max))
		throw optionError('max', 'an integer', max);
	if (max <= min) throw optionError('max', `an integer greater than min (${min})`, max);
	if (max - min > AGGREGATE_MAX_SCALE_SPAN)
		throw optionError('max', `at most min + ${AGGREGATE_MAX_SCALE_SPAN}`, max);

	const defaults = defaultScoreThresholds(min, max);
	let positiveMin = defaults.positiveMin;
	let negativeMax = defaults.negativeMax;
	if (options.thresholds !== undefined) {
		if (!isPlainObject(options.thresholds))
			throw optionError('thresholds', 'an object', options.thresholds);
		const t = options.thresholds;
		if (t.positiveMin !== undefined) {
			if (
				typeof t.positiveMin !== 'number' ||
				!Number.isFinite(t.positiveMin) ||
				t.positiveMin < min ||
				t.positiveMin > max
			)
				throw optionError(
					'thresholds.positiveMin',
					`a number from ${min} to ${max}`,
					t.positiveMin,
				);
			positiveMin = t.positiveMin;
		}
		if (t.negativeMax !== undefined) {
			if (
				typeof t.negativeMax !== 'number' ||
				!Number.isFinite(t.negativeMax) ||
				t.negativeMax < min ||
				t.negativeMax > max
			)
				throw optionError(
					'thresholds.negativeMax',
					`a number from ${min} to ${max}`,
					t.negativeMax,
				);
			negativeMax = t.negativeMax;
		}
		if (negativeMax >= positiveMin)
			throw optionError(
				'thresholds',
				`negativeMax below positiveMin (positiveMin is ${positiveMin})`,
				negativeMax,
			);
	}

	let groupBy: string[] = [];
	if (options.groupBy !== undefined) {
		if (
			!Array.isArray(options.groupBy) ||
			options.groupBy.some((f) => typeof f !== 'string' || f === '')
		)
			throw optionError('groupBy', 'an array of non-empty field names', options.groupBy);
		groupBy = options.groupBy.slice();
	}

	let period: AggregatePeriod | null = null;
	if (options.period !== undefined && options.period !== null) {
		if (options.period !== 'day' && options.period !== 'week' && options.period !== 'month')
			throw optionError('period', '"day", "week" or "month"', options.period);
		period = options.period;
	}

	let timeZone = 'UTC';
	if (options.timeZone !== undefined) {
		if (
			typeof options.timeZone !== 'string' ||
			options.timeZone === '' ||
			!isValidTimeZone(options.timeZone)
		)
			throw optionError(
				'timeZone',
				'an IANA time zone such as "Europe/Berlin" or "Asia/Tashkent"',
				options.timeZone,
			);
		timeZone = options.timeZone;
	}

	const minSample = intOption(options.minSample, 'minSample', 0, 1e9, AGGREGATE_DEFAULT_MIN_SAMPLE);

	let themes: Settings['themes'] = null;
	if (options.themes === undefined || options.themes === true) {
		themes = { top: 10, language: 'auto', minPhraseCount: 2, maxComments: 200_000, minCount: 0 };
	} else if (isPlainObject(options.themes)) {
		const t = options.themes;
		let language = 'auto';
		if (t.language !== undefined) {
			if (
				typeof t.language !== 'string' ||
				!/^(?:auto|[A-Za-z]{2,3}(?:-[A-Za-z0-9]{1,8}){0,3})$/.test(t.language)
			)
				throw optionError(
					'themes.language',
					'"auto" or a language code such as "ru" or "zh"',
					t.language,
				);
			language = t.language === 'auto' ? 'auto' : t.language.toLowerCase().split('-')[0];
		}
		themes = {
			top: intOption(t.top, 'themes.top', 1, 1000, 10),
			language,
			minPhraseCount: intOption(t.minPhraseCount, 'themes.minPhraseCount', 1, 1e9, 2),
			maxComments: intOption(t.maxComments, 'themes.maxComments', 0, 1e9, 200_000),
			minCount: intOption(t.minCount, 'themes.minCount', 0, 1e9, 0),
		};
	} else if (options.themes !== false) {
		throw optionError('themes', 'true, false or an object', options.themes);
	}

	const aspects = readAspectSettings(options.aspects);
	let anomaly: Settings['anomaly'] = null;
	if (period !== null && options.anomaly !== false) {
		const a = options.anomaly === undefined || options.anomaly === true ? {} : options.anomaly;
		if (!isPlainObject(a))
			throw optionError('anomaly', 'true, false or an object', options.anomaly);
		let alpha = 0.05;
		if (a.alpha !== undefined) {
			if (typeof a.alpha !== 'number' || !(a.alpha > 0 && a.alpha < 1))
				throw optionError('anomaly.alpha', 'a number between 0 and 1', a.alpha);
			alpha = a.alpha;
		}
		let minDrop = roundTo(0.1 * (max - min), 4);
		if (a.minDrop !== undefined) {
			if (typeof a.minDrop !== 'number' || !Number.isFinite(a.minDrop) || a.minDrop < 0)
				throw optionError('anomaly.minDrop', 'a number ≥ 0 (score units)', a.minDrop);
			minDrop = a.minDrop;
		}
		anomaly = {
			alpha,
			minDrop,
			minSample: intOption(a.minSample, 'anomaly.minSample', 2, 1e9, Math.max(2, minSample)),
			lookback: intOption(a.lookback, 'anomaly.lookback', 1, 1000, 8),
		};
	} else if (
		options.anomaly !== undefined &&
		typeof options.anomaly !== 'boolean' &&
		!isPlainObject(options.anomaly)
	) {
		throw optionError('anomaly', 'true, false or an object', options.anomaly);
	}

	return {
		min,
		max,
		size: max - min + 1,
		positiveMin,
		negativeMax,
		groupBy,
		period,
		timeZone,
		scoreField: fieldOption(options, 'scoreField', 'score'),
		commentField: fieldOption(options, 'commentField', 'comment'),
		timestampField: fieldOption(options, 'timestampField', 'timestamp'),
		kindField:
			options.kindField !== undefined
				? fieldOption(options, 'kindField', 'kind')
				: fieldOption(options, 'statusField', 'kind'),
		optOutField: fieldOption(options, 'optOutField', 'optOut'),
		minSample,
		themes,
		aspects,
		anomaly,
	};
}

function readAspectSettings(value: AggregateOptions['aspects']): AspectSettings | null {
	if (value === undefined || value === false) return null;
	if (value === true) return { language: 'auto', customAspects: [], field: 'aspects' };
	if (!isPlainObject(value)) throw optionError('aspects', 'true, false or an object', value);
	const v = value as Record<string, unknown>;
	let language = 'auto';
	if (v.language !== undefined) {
		if (
			typeof v.language !== 'string' ||
			!/^(?:auto|[A-Za-z]{2,3}(?:-[A-Za-z0-9]{1,8}){0,3})$/.test(v.language)
		)
			throw optionError('aspects.language', '"auto" or a language code such as "ru"', v.language);
		language = v.language === 'auto' ? 'auto' : v.language.toLowerCase().split('-')[0];
	}
	const custom = v.customAspects ?? [];
	if (!Array.isArray(custom)) {
		throw optionError('aspects.customAspects', 'an array of { name, keywords }', custom);
	}
	custom.forEach((c: unknown, i: number) => {
		const ok =
			isPlainObject(c) &&
			typeof (c as Record<string, unknown>).name === 'string' &&
			((c as Record<string, unknown>).name as string).trim() !== '' &&
			(Array.isArray((c as Record<string, unknown>).keywords) ||
				isPlainObject((c as Record<string, unknown>).keywords));
		if (!ok) {
			throw optionError(
				`aspects.customAspects[${i}]`,
				'{ name: non-empty text, keywords: a list of words or { <language>: [words] } }',
				c,
			);
		}
	});
	const field = v.field === undefined ? 'aspects' : v.field;
	if (typeof field !== 'string' || field.trim() === '') {
		throw optionError('aspects.field', 'a non-empty field name', field);
	}
	return {
		language,
		customAspects: custom as AspectSettings['customAspects'],
		field: field.trim(),
	};
}
