import { analyzeComment } from '../core/analysis';
import type { CustomAspect } from '../core/analysis';
import {
	NodeConnectionTypes,
	NodeOperationError,
	type IDataObject,
	type INode,
	type IExecuteFunctions,
	type INodeExecutionData,
	type INodeType,
	type INodeTypeDescription,
} from 'n8n-workflow';
import { renderTemplate } from '../core/sms';
import {
	decideFollowUp,
	matchIntent,
	optOutConfirmationText,
	parseReply,
	repromptText,
	thankYouText,
	type KeywordIntent,
} from '../core/reply';
import { splitList } from '../shared/languages';
import { paramReader } from '../shared/params';
import { resolveScale } from '../shared/scale';
import { configuredOutputs, parseCsiReplyProperties } from './description';
import { replyTemplate, type ReplyTemplateOption } from './replyTemplate';
import { surveyFlowResult } from './surveyFlow';

const OUTPUT_INDEX = { thank: 0, reprompt: 1, opt_out: 2, give_up: 3, intent: 4 } as const;

interface ParseOptions {
	addAspects?: boolean;
	customAspects?: unknown;
	attempt?: number;
	maxAttempts?: number;
	language?: string;
	optOutKeywords?: string;
	extraOptOutKeywords?: string;
	repromptText?: string;
	thankYouText?: string;
	repromptTemplate?: ReplyTemplateOption;
	thankYouTemplate?: ReplyTemplateOption;
	optOutText?: string;
	intents?: { intent?: Array<{ name?: string; keywords?: string }> };
}

export class ParseCsiReply implements INodeType {
	description: INodeTypeDescription = {
		displayName: 'Parse CSI Reply',
		name: 'parseCsiReply',
		icon: { light: 'file:parseCsiReply.svg', dark: 'file:parseCsiReply.dark.svg' },
		group: ['transform'],
		version: 1,
		subtitle: '={{"Scale " + $parameter["scale"]}}',
		description:
			'Turn an SMS survey reply into a score, comment, validity and opt-out, with re-prompt and thank-you texts',
		defaults: { name: 'Parse CSI Reply' },
		inputs: [NodeConnectionTypes.Main],
		outputs: `={{(${configuredOutputs})($parameter)}}`,
		usableAsTool: true,
		properties: parseCsiReplyProperties,
	};

	async execute(this: IExecuteFunctions): Promise<INodeExecutionData[][]> {
		const items = this.getInputData();
		const surveyFlow = this.getNodeParameter('mode', 0, 'single') === 'surveyFlow';
		const route = !surveyFlow && (this.getNodeParameter('routeOutputs', 0, false) as boolean);
		const outputs: INodeExecutionData[][] = route ? [[], [], [], [], []] : [[]];

		const readText = paramReader<unknown>(this, 'text', undefined);
		const readScale = paramReader<unknown>(this, 'scale', '1-5');
		const readMin = paramReader<unknown>(this, 'scaleMin', 1);
		const readMax = paramReader<unknown>(this, 'scaleMax', 5);
		const readField = paramReader<string>(this, 'outputField', 'csi');
		const readOptions = paramReader<ParseOptions>(this, 'options', {});
		// Settings derived from the options, recomputed only when the options object changes (per-item expressions).
		let derivedFor: ParseOptions | undefined;
		let derived: {
			intents: KeywordIntent[];
			optOutKeywords?: string[];
			extraOptOutKeywords: string[];
		} = {
			intents: [],
			extraOptOutKeywords: [],
		};

		for (let i = 0; i < items.length; i++) {
			try {
				const raw = readText(i);
				if (raw === undefined || raw === null || (typeof raw === 'object' && !Array.isArray(raw))) {
					throw new NodeOperationError(
						this.getNode(),
						`Item ${i}: "Reply Text" is ${raw === null ? 'null' : typeof raw}, expected the SMS reply as text`,
						{
							itemIndex: i,
							description:
								'Point "Reply Text" at the field that holds the reply, e.g. {{ $json.text }} after CSI Reply Trigger.',
						},
					);
				}
				const text = Array.isArray(raw) ? raw.join(' ') : String(raw);
				const scale = resolveScale(readScale(i), readMin(i), readMax(i));
				if (typeof scale === 'string') {
					throw new NodeOperationError(this.getNode(), `Item ${i}: ${scale}`, { itemIndex: i });
				}
				const outputField = String(readField(i) ?? '').trim() || 'csi';
				const options = readOptions(i) ?? {};
				if (options !== derivedFor) {
					derivedFor = options;
					const replace = splitList(options.optOutKeywords);
					derived = {
						intents: (options.intents?.intent ?? [])
							.map((it) => ({
								name: String(it.name ?? '').trim(),
								keywords: splitList(it.keywords),
							}))
							.filter((it) => it.name && it.keywords.length),
						optOutKeywords: replace.length ? replace : undefined,
						extraOptOutKeywords: splitList(options.extraOptOutKeywords),
					};
				}
				const languageHint =
					options.language && options.language !== 'auto' ? options.language : undefined;
				if (surveyFlow) {
					const result = surveyFlowResult(this, i, text, scale, languageHint);
					outputs[0].push({
						json: { ...items[i].json, [outputField]: result },
						pairedItem: { item: i },
					});
					continue;
				}

				const parsed = parseReply(text, {
					min: scale.min,
					max: scale.max,
					language: languageHint,
					optOutKeywords: derived.optOutKeywords,
					extraOptOutKeywords: derived.extraOptOutKeywords,
				});

				const intent = parsed.optOut ? undefined : matchIntent(text, derived.intents);
				const attempt = Number(options.attempt ?? 1);
				const maxAttempts = Number(options.maxAttempts ?? 2);
				if (!Number.isInteger(attempt) || attempt < 1) {
					throw new NodeOperationError(
						this.getNode(),
						`Item ${i}: "Attempt Number" must be a whole number of at least 1, got ${String(options.attempt)}`,
						{ itemIndex: i },
					);
				}
				const action = decideFollowUp(parsed, { attempt, maxAttempts, intent });
				const language =
					languageHint ?? (parsed.language && parsed.language !== 'und' ? parsed.language : 'en');
				const vars = { min: scale.min, max: scale.max, score: parsed.score ?? '' };
				let replyText = '';
				if (action === 'thank') {
					replyText = options.thankYouText
						? renderTemplate(options.thankYouText, vars, { missing: 'keep' })
						: thankYouText(language, parsed.score ?? undefined, scale);
				} else if (action === 'reprompt') {
					replyText = options.repromptText
						? renderTemplate(options.repromptText, vars, { missing: 'keep' })
						: repromptText(language, scale, attempt);
				} else if (action === 'opt_out') {
					replyText = options.optOutText
						? renderTemplate(options.optOutText, vars, { missing: 'keep' })
						: optOutConfirmationText(language);
				}

				const result: IDataObject = {
					score: parsed.score,
					comment: parsed.comment,
					valid: parsed.valid,
					optOut: parsed.optOut,
					reason: parsed.reason,
					ratingText: parsed.ratingText,
					language: parsed.language,
					scale: { min: scale.min, max: scale.max },
					attempt,
					action,
					replyText,
				};
				if (intent) result.intent = intent.name;
				// Template-only providers: the approved template replaces the text (same vars).
				const approved =
					action === 'thank'
						? replyTemplate(options.thankYouTemplate, vars, 'Thank-You Template')
						: action === 'reprompt'
							? replyTemplate(options.repromptTemplate, vars, 'Re-Prompt Template')
							: undefined;
				if (approved) {
					result.replyText = approved.text;
					result.replyTemplate = approved.template;
				}
				if (options.addAspects === true) {
					result.aspects = replyAspects(
						parsed.comment,
						parsed.language,
						options.customAspects,
						i,
						this.getNode(),
					);
				}

				const out: INodeExecutionData = {
					json: { ...items[i].json, [outputField]: result },
					pairedItem: { item: i },
				};
				if (items[i].binary) out.binary = items[i].binary;
				outputs[route ? OUTPUT_INDEX[action] : 0].push(out);
			} catch (error) {
				if (this.continueOnFail()) {
					outputs[0].push({
						json: { ...items[i].json, error: (error as Error).message },
						pairedItem: { item: i },
					});
					continue;
				}
				// A NodeOperationError passes through unchanged; anything else is wrapped with the item index.
				throw new NodeOperationError(this.getNode(), error as Error, { itemIndex: i });
			}
		}
		if (route && outputs[4].length === 0 && derived.intents.length === 0) outputs.pop();
		return outputs;
	}
}

const customCache = new Map<string, CustomAspect[]>();

/** Aspects of a reply's comment for the `aspects` output (custom aspects parsed once per JSON text). */
function replyAspects(
	comment: unknown,
	language: unknown,
	customRaw: unknown,
	item: number,
	node: INode,
): IDataObject[] {
	let custom: CustomAspect[] = [];
	if (customRaw !== undefined && customRaw !== '' && customRaw !== '[]') {
		const key = typeof customRaw === 'string' ? customRaw : JSON.stringify(customRaw);
		const cached = customCache.get(key);
		if (cached !== undefined) custom = cached;
		else {
			let value: unknown = customRaw;
			try {
				if (typeof value === 'string') value = JSON.parse(value);
			} catch (error) {
				throw new NodeOperationError(
					node,
					`Item ${item}: "Custom Aspects (JSON)" is not valid JSON: ${(error as Error).message}`,
					{ itemIndex: item },
				);
			}
			if (!Array.isArray(value)) {
				throw new NodeOperationError(
					node,
					`Item ${item}: "Custom Aspects (JSON)" must be a list such as [{"name": "parking", "keywords": ["parking"]}]`,
					{ itemIndex: item },
				);
			}
			custom = value as CustomAspect[];
			if (customCache.size > 20) customCache.clear();
			customCache.set(key, custom);
		}
	}
	if (typeof comment !== 'string' || comment.trim() === '') return [];
	const lang = typeof language === 'string' && language !== '' ? language : undefined;
	return analyzeComment(comment, { language: lang, customAspects: custom }).aspects.map((a) => ({
		aspect: a.aspect,
		polarity: a.polarity,
		evidence: a.evidence,
	}));
}
