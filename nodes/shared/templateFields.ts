import type { INodeProperties } from 'n8n-workflow';

/**
 * Send CSI Survey's template mode (Message = "Approved Template"): the provider's template id/code, the
 * approved text and the parameters. Shown for `messageSource = template`.
 */
export const sendTemplateProperties: INodeProperties[] = [
	{
		displayName: 'Template ID / Code',
		name: 'templateId',
		type: 'string',
		default: '',
		required: true,
		displayOptions: { show: { messageSource: ['template'] } },
		placeholder: 'SMS_123456789',
		description:
			'The approved template: Alibaba Cloud TemplateCode (SMS_…), Tencent Cloud TemplateId; for providers without template IDs (Eskiz, Play Mobile, SMSC.ru) any label — they receive the filled-in text',
	},
	{
		displayName: 'Approved Template Text',
		name: 'templateText',
		type: 'string',
		typeOptions: { rows: 3 },
		default: '',
		required: true,
		displayOptions: { show: { messageSource: ['template'] } },
		placeholder: '您的工单${ticket}已处理，请回复1-5为本次服务评分',
		description:
			'The text exactly as approved, with its placeholders: ${name} (Alibaba Cloud) or {1}, {2} (Tencent Cloud). It is filled with the parameters to count encoding and segments and to output what the customer reads.',
	},
	{
		displayName: 'Template Parameters',
		name: 'templateParameters',
		type: 'fixedCollection',
		typeOptions: { multipleValues: true, sortable: true },
		default: {},
		placeholder: 'Add Parameter',
		displayOptions: { show: { messageSource: ['template'] } },
		description: 'In template order (Tencent Cloud sends the values in this order)',
		options: [
			{
				displayName: 'Parameter',
				name: 'parameter',
				values: [
					{
						displayName: 'Name',
						name: 'name',
						type: 'string',
						default: '',
						placeholder: 'ticket',
					},
					{
						displayName: 'Value',
						name: 'value',
						type: 'string',
						default: '',
						placeholder: '={{ $json.ticketId }}',
					},
				],
			},
		],
	},
];

/** Template options of Parse CSI Reply's re-prompt and thank-you (separate block; same shape as sending). */
export const replyTemplateOptions: INodeProperties[] = [
	{
		displayName: 'Re-Prompt Template',
		name: 'repromptTemplate',
		type: 'fixedCollection',
		default: {},
		placeholder: 'Use an Approved Template',
		description:
			'For providers that send approved templates only (Alibaba Cloud, Tencent Cloud; Eskiz and Russian service traffic in practice): the re-prompt as template ID + parameters; replyText is the filled-in text and replyTemplate carries ID and parameters',
		options: [{ displayName: 'Template', name: 'template', values: templateValues() }],
	},
	{
		displayName: 'Thank-You Template',
		name: 'thankYouTemplate',
		type: 'fixedCollection',
		default: {},
		placeholder: 'Use an Approved Template',
		description: 'The thank-you as an approved template (see Re-Prompt Template)',
		options: [{ displayName: 'Template', name: 'template', values: templateValues() }],
	},
];

function templateValues(): INodeProperties[] {
	return [
		{ displayName: 'Template ID / Code', name: 'id', type: 'string', default: '' },
		{
			displayName: 'Approved Template Text',
			name: 'text',
			type: 'string',
			typeOptions: { rows: 2 },
			default: '',
			description:
				'With ${name} or {1} placeholders; {{score}}, {{min}}, {{max}} are available as parameter values',
		},
		{
			displayName: 'Parameters',
			name: 'parameters',
			type: 'string',
			typeOptions: { rows: 2 },
			default: '',
			placeholder: 'score={{score}}',
			description: 'One name=value per line, in template order',
		},
	];
}
