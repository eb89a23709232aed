import { replyTemplateOptions } from '../shared/templateFields';
import type { INodeParameters, INodeProperties } from 'n8n-workflow';
import { LANGUAGE_OPTIONS } from '../shared/languages';
import { scaleProperties } from '../shared/scale';
import { modeProperty, surveyFlowProperties } from './surveyFlow';

/** Output names when "Route to Separate Outputs" is on, in output order. */
export const ROUTE_OUTPUTS = [
	'Rated',
	'Re-Prompt',
	'Opted Out',
	'Gave Up',
	'Keyword Intent',
] as const;

/**
 * Outputs depend on the "Route to Separate Outputs" switch. n8n evaluates this function (as an expression,
 * so it must stay self-contained) with the node's parameters.
 */
export const configuredOutputs = (parameters: INodeParameters) => {
	const names = ['Rated', 'Re-Prompt', 'Opted Out', 'Gave Up', 'Keyword Intent'];
	if (parameters.routeOutputs !== true || parameters.mode === 'surveyFlow') {
		return [{ type: 'main', displayName: '' }];
	}
	const options = (parameters.options ?? {}) as { intents?: { intent?: unknown[] } };
	const withIntents = Array.isArray(options.intents?.intent) && options.intents.intent.length > 0;
	return names.slice(0, withIntents ? 5 : 4).map((displayName) => ({ type: 'main', displayName }));
};

export const parseCsiReplyProperties: INodeProperties[] = [
	modeProperty,
	{
		displayName: 'Reply Text',
		name: 'text',
		type: 'string',
		default: '={{ $json.text }}',
		required: true,
		description:
			'The customer\'s SMS reply. The default reads the "text" field that CSI Reply Trigger outputs.',
	},
	...scaleProperties,
	...surveyFlowProperties,
	{
		displayName: 'Route to Separate Outputs',
		name: 'routeOutputs',
		type: 'boolean',
		default: false,
		displayOptions: { show: { mode: ['single'] } },
		description:
			'Whether to send rated replies, replies that need a re-prompt, opt-outs and replies given up on to separate outputs (plus one for keyword intents when configured)',
	},
	{
		displayName: 'Output Field',
		name: 'outputField',
		type: 'string',
		default: 'csi',
		description: 'Name of the field that receives the parse result on each item',
	},
	{
		displayName: 'Options',
		name: 'options',
		type: 'collection',
		placeholder: 'Add Option',
		default: {},
		options: [
			{
				displayName: 'Add Aspects',
				name: 'addAspects',
				type: 'boolean',
				default: false,
				description:
					'Whether to add the aspects the comment praises or criticises (wait_time, staff_attitude, competence, resolution, communication, price, delivery, product, digital) as "aspects" to the output',
			},
			{
				displayName: 'Attempt Number',
				name: 'attempt',
				type: 'number',
				default: 1,
				typeOptions: { minValue: 1 },
				description:
					'Which answer to the survey this reply is (1 for the first). Usually an expression reading the attempts counter stored with the survey.',
			},
			{
				displayName: 'Custom Aspects (JSON)',
				name: 'customAspects',
				type: 'json',
				default: '[]',
				description:
					'Your own aspects for "Add Aspects", e.g. [{"name": "parking", "keywords": {"ru": ["парковк*"], "en": ["parking"]}}]',
			},
			{
				displayName: 'Extra Opt-Out Keywords',
				name: 'extraOptOutKeywords',
				type: 'string',
				default: '',
				placeholder: 'ОТПИСКА, HUỶ',
				description:
					'Comma-separated keywords that also mean "stop messaging me", added to the built-in ones',
			},
			{
				displayName: 'Give Up After Attempts',
				name: 'maxAttempts',
				type: 'number',
				default: 2,
				typeOptions: { minValue: 1 },
				description:
					'After this many unrecognised answers the reply is not re-prompted again (action "give_up")',
			},
			{
				displayName: 'Keyword Intents',
				name: 'intents',
				type: 'fixedCollection',
				typeOptions: { multipleValues: true },
				default: {},
				placeholder: 'Add Intent',
				description:
					'Replies that are exactly one of these keywords (e.g. Y / N to confirm, 查询 for details) are tagged with the intent name instead of being treated as ratings',
				options: [
					{
						displayName: 'Intent',
						name: 'intent',
						values: [
							{
								displayName: 'Name',
								name: 'name',
								type: 'string',
								default: '',
								placeholder: 'confirm',
								description: 'Intent name written to the result',
							},
							{
								displayName: 'Keywords',
								name: 'keywords',
								type: 'string',
								default: '',
								placeholder: 'Y, YES, ДА, 是',
								description: 'Comma-separated keywords (case-insensitive, whole reply)',
							},
						],
					},
				],
			},
			{
				displayName: 'Language',
				name: 'language',
				type: 'options',
				options: [{ name: 'Detect From Reply', value: 'auto' }, ...LANGUAGE_OPTIONS],
				default: 'auto',
				description:
					'Language of the survey; used for the re-prompt and thank-you texts. "Detect From Reply" uses the reply\'s language, falling back to English.',
			},
			{
				displayName: 'Opt-Out Confirmation Text',
				name: 'optOutText',
				type: 'string',
				default: '',
				description:
					"Custom text confirming an opt-out. Empty uses the built-in text in the reply's language.",
			},
			{
				displayName: 'Opt-Out Keywords (Replace Built-In)',
				name: 'optOutKeywords',
				type: 'string',
				default: '',
				description:
					'Comma-separated keywords that replace the built-in opt-out list (STOP, СТОП, 退订, TD, BAJA…). Empty keeps the built-in list.',
			},
			{
				displayName: 'Re-Prompt Text',
				name: 'repromptText',
				type: 'string',
				default: '',
				description:
					"Custom re-prompt for unrecognised replies. Empty uses the built-in text in the reply's language. {{min}} and {{max}} are replaced by the scale.",
			},
			{
				displayName: 'Thank-You Text',
				name: 'thankYouText',
				type: 'string',
				default: '',
				description:
					"Custom thank-you for rated replies. Empty uses the built-in text in the reply's language. {{score}} is replaced by the score.",
			},
			// Approved-template variants of the two texts (template-only providers): nodes/shared/templateFields.ts
			...replyTemplateOptions,
		],
	},
];
