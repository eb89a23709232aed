import { sendTemplateProperties } from '../shared/templateFields';
import type { IDisplayOptions, INodeCredentialDescription, INodeProperties } from 'n8n-workflow';
import { LANGUAGE_OPTIONS } from '../shared/languages';
import {
	CREDENTIAL_TYPES,
	PROVIDER_OPTIONS,
	providerCredentials,
	providerProperties,
} from '../shared/providers';
import { scaleProperties } from '../shared/scale';

/** Output names, in output order. */
export const OUTPUT_NAMES = ['Sent', 'Deferred', 'Skipped'] as const;

export { CREDENTIAL_TYPES };

export const sendCsiSurveyCredentials: INodeCredentialDescription[] = providerCredentials;

const show = (values: Record<string, string[]>): IDisplayOptions => ({ show: values });

const providerSpecific: INodeProperties[] = providerProperties((p) => p.sendFields);

const ruleOptions: INodeProperties = {
	displayName: 'Rules',
	name: 'rules',
	type: 'collection',
	placeholder: 'Add Rule',
	default: {},
	options: [
		{
			displayName: 'Blocked Words',
			name: 'blockedWords',
			type: 'string',
			default: '',
			placeholder: 'casino, loan, кредит',
			description:
				'Comma-separated words or phrases; an item whose final text contains one is not sent and goes to the Skipped output with reason "blocked_words"',
		},
		{
			displayName: 'Fatigue: Days Between Surveys',
			name: 'fatigueDays',
			type: 'number',
			default: 30,
			typeOptions: { minValue: 0 },
			description:
				'A recipient whose "Last Surveyed At" is less than this many days ago goes to the Skipped output (0 = off)',
		},
		{
			displayName: 'Fatigue: Last Surveyed At',
			name: 'lastSurveyedAt',
			type: 'string',
			default: '',
			placeholder: '={{ $json.lastSurveyedAt }}',
			description:
				'When this recipient was last surveyed (ISO date or Unix timestamp), usually an expression reading a field of the item or a lookup. Empty = never.',
		},
		{
			displayName: 'Send Window: Days',
			name: 'windowDays',
			type: 'multiOptions',
			options: [
				{ name: 'Monday', value: 1 },
				{ name: 'Tuesday', value: 2 },
				{ name: 'Wednesday', value: 3 },
				{ name: 'Thursday', value: 4 },
				{ name: 'Friday', value: 5 },
				{ name: 'Saturday', value: 6 },
				{ name: 'Sunday', value: 7 },
			],
			default: [],
			description: 'Days on which sending is allowed (none selected = every day)',
		},
		{
			displayName: 'Send Window: From',
			name: 'windowStart',
			type: 'string',
			default: '09:00',
			placeholder: '09:00',
			description:
				'Local time (HH:mm) from which surveys may be sent. Items outside the window go to the Deferred output with "nextAllowedAt" (feed it to a Wait node).',
		},
		{
			displayName: 'Send Window: Time Zone',
			name: 'windowTimeZone',
			type: 'string',
			default: 'UTC',
			placeholder: 'Asia/Tashkent',
			description:
				'IANA time zone of the window, e.g. Asia/Tashkent, Europe/Moscow, Asia/Shanghai (may be an expression per recipient)',
		},
		{
			displayName: 'Send Window: Until',
			name: 'windowEnd',
			type: 'string',
			default: '21:00',
			placeholder: '21:00',
			description:
				'Local time (HH:mm, exclusive) until which surveys may be sent; earlier than From = window crosses midnight',
		},
	],
};

const sendOptions: INodeProperties = {
	displayName: 'Options',
	name: 'options',
	type: 'collection',
	placeholder: 'Add Option',
	default: {},
	options: [
		{
			displayName: 'A/B Salt',
			name: 'variantSalt',
			type: 'string',
			default: '',
			description:
				'Changes the A/B split (e.g. a campaign name): the same recipient always gets the same variant for the same salt',
		},
		{
			displayName: 'Company Name',
			name: 'company',
			type: 'string',
			default: '',
			description:
				'Put in front of the built-in text ("Acme: …", Chinese "【Acme】…"); also available as {{company}} in custom texts',
		},
		{
			displayName: 'Concurrency',
			name: 'concurrency',
			type: 'number',
			default: 5,
			typeOptions: { minValue: 1, maxValue: 100 },
			description: 'How many requests to the provider may be in flight at once',
		},
		{
			displayName: 'Context Fields',
			name: 'contextFields',
			type: 'string',
			default: 'ticketId, operatorId',
			description:
				'Comma-separated input fields copied into survey.context (e.g. the ticket and operator the survey is about), so the reply workflow can link the score back',
		},
		{
			displayName: 'Dry Run',
			name: 'dryRun',
			type: 'boolean',
			default: false,
			description:
				'Whether to build every message and apply every rule without sending anything (messageId is null)',
		},
		{
			displayName: 'Invite a Comment',
			name: 'withComment',
			type: 'boolean',
			default: true,
			description: 'Whether the built-in text invites a free-text comment',
		},
		{
			displayName: 'Max Retries',
			name: 'maxRetries',
			type: 'number',
			default: 3,
			typeOptions: { minValue: 0, maxValue: 10 },
			description:
				'Retries of a send that failed with a retryable error (429, 5xx); permanent errors are never retried',
		},
		{
			displayName: 'Messages per Second',
			name: 'messagesPerSecond',
			type: 'number',
			default: 0,
			typeOptions: { minValue: 0, numberPrecision: 2 },
			description:
				'Upper limit of requests per second to the provider, retries included (0 = no limit)',
		},
		{
			displayName: 'Opt-Out Keyword',
			name: 'optOutKeyword',
			type: 'string',
			default: '',
			description: 'Keyword named in the opt-out footer (default: STOP; Russian СТОП; Chinese T)',
		},
		{
			displayName: 'Request Timeout (Ms)',
			name: 'timeout',
			type: 'number',
			default: 15000,
			typeOptions: { minValue: 100 },
			description: "How long to wait for the provider's answer to one request",
		},
		{
			displayName: 'Retry After Timeout',
			name: 'retryAfterTimeout',
			type: 'options',
			options: [
				{
					name: 'Only if the Provider Deduplicates',
					value: 'idempotent',
					description:
						'Retry only where a repeated reference is rejected (Infobip, or a generic gateway marked so)',
				},
				{
					name: 'Never',
					value: 'never',
					description: 'A timed-out send is reported as an error and never repeated',
				},
				{
					name: 'Always (May Duplicate)',
					value: 'always',
					description: 'Retry every timeout; the recipient may get the survey twice',
				},
			],
			default: 'idempotent',
			description:
				'A request that timed out may already have been accepted by the provider. Choose when it is sent again.',
		},
		{
			displayName: 'Retry Base Delay (Ms)',
			name: 'retryBaseDelay',
			type: 'number',
			default: 1000,
			typeOptions: { minValue: 0 },
			description:
				'First retry waits about this long, doubling each time (with jitter); a Retry-After from the provider wins',
		},
		{
			displayName: 'Retry Max Delay (Ms)',
			name: 'retryMaxDelay',
			type: 'number',
			default: 60000,
			typeOptions: { minValue: 0 },
			description: 'Upper bound of one retry wait, Retry-After included',
		},
	],
};

export const sendCsiSurveyProperties: INodeProperties[] = [
	{
		displayName: 'Provider',
		name: 'provider',
		type: 'options',
		noDataExpression: true,
		options: PROVIDER_OPTIONS,
		default: 'twilio',
		description: 'The SMS provider you already use',
	},
	{
		displayName: 'Recipient Phone',
		name: 'phone',
		type: 'string',
		default: '={{ $json.phone }}',
		required: true,
		description: 'Phone number of the customer; normalized to E.164 (+998901234567)',
	},
	{
		displayName: 'Default Country',
		name: 'defaultCountry',
		type: 'string',
		default: '',
		placeholder: 'UZ',
		description:
			'ISO 3166-1 alpha-2 code (UZ, RU, KZ, CN, US…) used for numbers written without a country code. Empty: numbers must be international.',
	},
	{
		displayName: 'Sender',
		name: 'from',
		type: 'string',
		default: '',
		placeholder: '+15017122661 or ACME',
		description: 'Sender phone number or alphanumeric sender ID registered with the provider',
	},
	{
		displayName: 'Status Callback URL',
		name: 'statusCallbackUrl',
		type: 'string',
		default: '',
		placeholder: 'https://n8n.example.com/webhook/csi-replies',
		description: 'Where the provider posts delivery reports, e.g. the URL of a CSI Reply Trigger',
	},
	{
		displayName: 'Survey ID',
		name: 'surveyId',
		type: 'string',
		default: '',
		description:
			'Your ID of this survey (e.g. an expression reading the ticket number); sent as the provider reference where supported. Empty: derived from the execution and the recipient.',
	},
	{
		displayName: 'Message',
		name: 'messageSource',
		type: 'options',
		options: [
			{
				name: 'Built-In Survey Text',
				value: 'builtIn',
				description: 'A short question naming the scale, in the chosen language',
			},
			{ name: 'Custom Text', value: 'custom' },
			{
				name: 'A/B Variants',
				value: 'variants',
				description: 'Several texts; each recipient always gets the same one',
			},
			{
				name: 'Approved Template',
				value: 'template',
				description:
					'A provider-approved template: ID/code + parameters (required by Alibaba Cloud and Tencent Cloud)',
			},
		],
		default: 'builtIn',
	},
	...sendTemplateProperties,
	{
		displayName: 'Language',
		name: 'language',
		type: 'options',
		options: LANGUAGE_OPTIONS,
		default: 'en',
		description:
			'Language of the built-in text and opt-out footer. Can be an expression per recipient (e.g. ru, zh, uz).',
	},
	...scaleProperties,
	{
		displayName: 'Text',
		name: 'text',
		type: 'string',
		typeOptions: { rows: 4 },
		default: '',
		required: true,
		displayOptions: show({ messageSource: ['custom'] }),
		placeholder: 'Hi {{ $json.name }}, rate our support from {{min}} to {{max}}',
		description:
			'Survey text; n8n expressions and the placeholders {{min}}, {{max}}, {{company}} are filled in',
	},
	{
		displayName: 'Variants',
		name: 'variants',
		type: 'fixedCollection',
		typeOptions: { multipleValues: true },
		default: {},
		placeholder: 'Add Variant',
		displayOptions: show({ messageSource: ['variants'] }),
		options: [
			{
				displayName: 'Variant',
				name: 'variant',
				values: [
					{
						displayName: 'Name',
						name: 'name',
						type: 'string',
						default: '',
						placeholder: 'A',
						description: 'Reported as survey.variant',
					},
					{
						displayName: 'Text',
						name: 'text',
						type: 'string',
						typeOptions: { rows: 3 },
						default: '',
						description:
							'Survey text of this variant ({{min}}, {{max}}, {{company}} are filled in)',
					},
					{
						displayName: 'Weight',
						name: 'weight',
						type: 'number',
						default: 1,
						typeOptions: { minValue: 0 },
						description: 'Relative share of recipients',
					},
				],
			},
		],
	},
	{
		displayName: 'Add Opt-Out Footer',
		name: 'optOutFooter',
		type: 'boolean',
		default: false,
		description: 'Whether to end the message with "Reply STOP to opt out" in the message language',
	},
	...providerSpecific,
	ruleOptions,
	sendOptions,
];
