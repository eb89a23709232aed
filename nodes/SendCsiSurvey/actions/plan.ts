// Per-item planning: parameters → phone, survey id, text, rules → "send", "deferred", "skipped" or an error.
// Nothing is sent here, so a configuration error stops the node before any SMS goes out.
import type { IDataObject, IExecuteFunctions } from 'n8n-workflow';
import type {
	HttpRequestSpec,
	ProviderConfig,
	SendInput,
	SendTemplate,
	SmsProvider,
} from '../../core/providers';
import {
	buildSurveyMessage,
	checkFatigue,
	checkSendWindow,
	chooseVariant,
	countSegments,
	fillApprovedTemplate,
	findBlockedWords,
	normalizePhone,
	resolveSurveyLanguage,
	surveyId as deriveSurveyId,
} from '../../core/sms';
import type { createDedupe } from '../../core/sms';
import { splitList } from '../../shared/languages';
import { resolveScale } from '../../shared/scale';

export interface RuleOptions {
	blockedWords?: string;
	fatigueDays?: number;
	lastSurveyedAt?: string | number;
	windowDays?: number[];
	windowStart?: string;
	windowEnd?: string;
	windowTimeZone?: string;
}

export interface SendOptions {
	variantSalt?: string;
	company?: string;
	concurrency?: number;
	contextFields?: string;
	dryRun?: boolean;
	withComment?: boolean;
	maxRetries?: number;
	messagesPerSecond?: number;
	optOutKeyword?: string;
	timeout?: number;
	retryAfterTimeout?: 'never' | 'idempotent' | 'always';
	retryBaseDelay?: number;
	retryMaxDelay?: number;
}

/** What every output item's `survey` field starts from. */
export interface SurveyBase {
	surveyId: string;
	provider: string;
	to: string;
	from: string | null;
	text: string;
	language: string;
	scale: { min: number; max: number };
	variant: string | null;
	encoding: string;
	segments: number;
	characters: number;
	context: IDataObject;
	dryRun: boolean;
}

/** A per-item problem found before sending (reported like a provider failure). */
export interface PlanFailure {
	type: 'error';
	index: number;
	message: string;
	code: string;
	kind: 'invalid_number' | 'invalid_request';
	description?: string;
}

export type ItemPlan =
	| PlanFailure
	| { type: 'send'; index: number; base: SurveyBase; input: SendInput; spec: HttpRequestSpec }
	| { type: 'deferred'; index: number; base: SurveyBase; reason: string; nextAllowedAt: string }
	| { type: 'skipped'; index: number; base: SurveyBase; reason: string; details: IDataObject };

export interface PlanContext {
	/** Reads a node parameter for an item (expressions are evaluated per item; fixed values are read once). */
	param: (name: string, itemIndex: number, fallback?: unknown) => unknown;
	provider: SmsProvider;
	config: ProviderConfig;
	dedupe: ReturnType<typeof createDedupe>;
	now: number;
	executionKey: string;
	dryRun: boolean;
}

function fail(
	index: number,
	message: string,
	code: string,
	kind: PlanFailure['kind'],
	description?: string,
): PlanFailure {
	return { type: 'error', index, message, code, kind, description };
}

const text = (value: unknown): string =>
	value === undefined || value === null ? '' : String(value).trim();

/** Plans item `i`; a bad item gives a PlanFailure naming the item, the field and what was expected. */
export function planItem(this: IExecuteFunctions, i: number, ctx: PlanContext): ItemPlan {
	const item = this.getInputData()[i];
	const rawPhone = ctx.param('phone', i) as unknown;
	const phoneText = typeof rawPhone === 'number' ? String(rawPhone) : text(rawPhone);
	const defaultCountry = text(ctx.param('defaultCountry', i, ''));
	const phone = normalizePhone(phoneText, defaultCountry ? { defaultCountry } : undefined);
	if (!phone.ok && phone.reason === 'invalid_number') {
		// A well-formed number in a range no operator uses: it cannot receive the survey.
		return fail(
			i,
			`Item ${i}: phone "${phoneText.slice(0, 40)}" cannot receive an SMS: ${phone.message}`,
			'invalid_phone',
			'invalid_number',
			phone.message,
		);
	}
	if (!phone.ok) {
		const reason = phone.reason.replace(/_/g, ' ');
		return fail(
			i,
			`Item ${i}: phone "${phoneText.slice(0, 40)}" is not a valid phone number: ${reason} (expected E.164 like +998901234567 or a national number with Default Country set)`,
			'invalid_phone',
			'invalid_number',
			phone.message,
		);
	}
	const to = phone.e164;

	const options = ctx.param('options', i, {}) as SendOptions;
	const rules = ctx.param('rules', i, {}) as RuleOptions;
	const scale = resolveScale(
		ctx.param('scale', i, '1-5'),
		ctx.param('scaleMin', i, 1),
		ctx.param('scaleMax', i, 5),
	);
	if (typeof scale === 'string')
		return fail(i, `Item ${i}: ${scale}`, 'invalid_scale', 'invalid_request');
	const languageParam = text(ctx.param('language', i, 'en')) || 'en';
	const language = resolveSurveyLanguage(languageParam);
	const source = ctx.param('messageSource', i, 'builtIn') as string;

	let customText: string | undefined;
	let variant: string | null = null;
	if (source === 'custom') {
		customText = String(ctx.param('text', i, '') ?? '');
		if (customText.trim() === '') {
			return fail(
				i,
				`Item ${i}: "Text" is empty; expected the survey text (or choose the built-in text)`,
				'empty_text',
				'invalid_request',
			);
		}
	} else if (source === 'variants') {
		const list = ((ctx.param('variants', i, {}) as IDataObject).variant ?? []) as Array<{
			name?: string;
			text?: string;
			weight?: number;
		}>;
		const usable = list
			.map((v, idx) => ({
				name: text(v.name) || String.fromCharCode(65 + (idx % 26)),
				text: String(v.text ?? ''),
				weight: Number(v.weight ?? 1),
			}))
			.filter((v) => v.text.trim() !== '');
		if (usable.length === 0) {
			return fail(
				i,
				`Item ${i}: "Variants" has no variant with a text; add at least one`,
				'no_variants',
				'invalid_request',
			);
		}
		let chosen;
		try {
			chosen = chooseVariant(to, usable, text(options.variantSalt));
		} catch (error) {
			return fail(
				i,
				`Item ${i}: Variants: ${(error as Error).message}`,
				'no_variants',
				'invalid_request',
			);
		}
		customText = usable[chosen.index].text;
		variant = chosen.name;
	}

	let template: SendTemplate | undefined;
	let sendText: string | undefined;
	let message: string;
	if (source === 'template') {
		const filled = templateOf(ctx, i);
		if ('type' in filled) return filled;
		template = filled.template;
		sendText = filled.text;
		message = ctx.provider.visibleText
			? ctx.provider.visibleText(filled.text, ctx.config)
			: filled.text;
	} else {
		const company = text(options.company);
		message = buildSurveyMessage({
			text: customText,
			language,
			scale,
			footer: ctx.param('optOutFooter', i, false) === true,
			optOutKeyword: text(options.optOutKeyword) || undefined,
			company: company || undefined,
			withComment: options.withComment !== false,
		});
		if (message.trim() === '')
			return fail(
				i,
				`Item ${i}: the survey text is empty after filling it in`,
				'empty_text',
				'invalid_request',
			);
	}
	const seg = countSegments(message);

	const context: IDataObject = {};
	for (const field of splitList(options.contextFields ?? 'ticketId, operatorId')) {
		if (item.json[field] !== undefined) context[field] = item.json[field];
	}
	const from = text(ctx.param('from', i, ''));
	const givenId = text(ctx.param('surveyId', i, ''));
	const surveyId = givenId || deriveSurveyId(ctx.executionKey, to);

	const base: SurveyBase = {
		surveyId,
		provider: ctx.provider.id,
		to,
		from: from || null,
		text: message,
		language,
		scale: { min: scale.min, max: scale.max },
		variant,
		encoding: seg.encoding,
		segments: seg.segments,
		characters: seg.characters,
		context,
		dryRun: ctx.dryRun,
	};

	const first = ctx.dedupe.claim(to, surveyId, i);
	if (first !== undefined) {
		return {
			type: 'skipped',
			index: i,
			base,
			reason: 'duplicate_in_run',
			details: { duplicateOfItem: first },
		};
	}

	if (rules.lastSurveyedAt !== undefined && text(rules.lastSurveyedAt) !== '') {
		let fatigue;
		try {
			fatigue = checkFatigue(rules.lastSurveyedAt, ctx.now, Number(rules.fatigueDays ?? 30));
		} catch (error) {
			return fail(
				i,
				`Item ${i}: Fatigue: Last Surveyed At: ${(error as Error).message}`,
				'invalid_date',
				'invalid_request',
			);
		}
		if (!fatigue.allowed) {
			return {
				type: 'skipped',
				index: i,
				base,
				reason: fatigue.reason,
				details: { lastSurveyedAt: fatigue.lastSurveyedAt, nextAllowedAt: fatigue.nextAllowedAt },
			};
		}
	}

	const blocked = findBlockedWords(message, splitList(rules.blockedWords));
	if (blocked.length > 0)
		return {
			type: 'skipped',
			index: i,
			base,
			reason: 'blocked_words',
			details: { blockedWords: blocked },
		};

	const hasWindow = ['windowStart', 'windowEnd', 'windowTimeZone', 'windowDays'].some(
		(k) => k in rules,
	);
	if (hasWindow) {
		const days =
			Array.isArray(rules.windowDays) && rules.windowDays.length > 0
				? rules.windowDays.map(Number)
				: undefined;
		let window;
		try {
			window = checkSendWindow(ctx.now, {
				start: text(rules.windowStart) || '09:00',
				end: text(rules.windowEnd) || '21:00',
				timeZone: text(rules.windowTimeZone) || 'UTC',
				days,
			});
		} catch (error) {
			return fail(
				i,
				`Item ${i}: Send Window: ${(error as Error).message}`,
				'invalid_window',
				'invalid_request',
			);
		}
		if (!window.allowed)
			return {
				type: 'deferred',
				index: i,
				base,
				reason: window.reason,
				nextAllowedAt: window.nextAllowedAt,
			};
	}

	const statusCallbackUrl = text(ctx.param('statusCallbackUrl', i, ''));
	const input: SendInput = {
		to,
		text: sendText ?? message,
		reference: surveyId,
		unicode: seg.encoding === 'UCS-2',
	};
	if (from) input.from = from;
	if (statusCallbackUrl) input.statusCallbackUrl = statusCallbackUrl;
	if (template) input.template = template;
	const extra = ctx.provider.sendExtra?.((name, fallback) => ctx.param(name, i, fallback));
	if (extra) input.extra = extra;
	let spec: HttpRequestSpec;
	try {
		spec = ctx.provider.buildSendRequest(input, ctx.config);
	} catch (error) {
		return fail(
			i,
			`Item ${i}: ${(error as Error).message}`,
			'invalid_configuration',
			'invalid_request',
		);
	}
	return { type: 'send', index: i, base, input, spec };
}

/** Template mode: the approved template of item `i` filled with its parameters, or the item's failure. */
function templateOf(
	ctx: PlanContext,
	i: number,
): { template: SendTemplate; text: string } | PlanFailure {
	const id = text(ctx.param('templateId', i, ''));
	if (id === '')
		return fail(
			i,
			`Item ${i}: "Template ID / Code" is empty; expected the provider's approved template id`,
			'invalid_template',
			'invalid_request',
		);
	const list = ((ctx.param('templateParameters', i, {}) as IDataObject).parameter ?? []) as Array<{
		name?: unknown;
		value?: unknown;
	}>;
	const params = list.map((p) => ({ name: text(p.name), value: String(p.value ?? '') }));
	const filled = fillApprovedTemplate(String(ctx.param('templateText', i, '') ?? ''), params);
	if (!filled.ok)
		return fail(
			i,
			`Item ${i}: Approved Template Text: ${filled.message}`,
			'invalid_template',
			'invalid_request',
		);
	return { template: { id, params: filled.params }, text: filled.text };
}
