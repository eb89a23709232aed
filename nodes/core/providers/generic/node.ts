// Generic HTTP gateway: the node parameters that describe the gateway's request, answer and webhook fields.
import { configText, joinUrl } from '../common';
import { baseVerifyOptions, credentialText, twoWay } from '../common/node';
import type { ParamReader, ProviderConfig, ProviderField, SmsProvider } from '../types';
import type { GenericWebhookOptions } from './webhook';

/** Send CSI Survey parameters (the request template and how to read the answer). */
const sendFields: ProviderField[] = [
	{
		displayName: 'Method',
		name: 'genericMethod',
		type: 'options',
		options: [
			{ name: 'GET', value: 'GET' },
			{ name: 'POST', value: 'POST' },
			{ name: 'PUT', value: 'PUT' },
		],
		default: 'POST',
		description: "HTTP method of the gateway's send endpoint",
	},
	{
		displayName: 'Path or URL',
		name: 'genericPath',
		type: 'string',
		default: '/send',
		required: true,
		placeholder: '/broker-api/send',
		description:
			"Path appended to the credential's Base URL, or a full URL. Placeholders such as {{to}} are URL-encoded.",
	},
	{
		displayName: 'Headers (JSON)',
		name: 'genericHeaders',
		type: 'json',
		default: '{}',
		description:
			'Extra request headers as a JSON object (authentication comes from the credential)',
	},
	{
		displayName: 'Body Type',
		name: 'genericBodyType',
		type: 'options',
		options: [
			{ name: 'JSON', value: 'json' },
			{ name: 'Form (URL-Encoded)', value: 'form' },
		],
		default: 'json',
	},
	{
		displayName: 'Body Template',
		name: 'genericBodyTemplate',
		type: 'string',
		typeOptions: { rows: 6 },
		default: '',
		placeholder:
			'{"mobile_phone":"{{toDigits}}","message":"{{text}}","from":"{{from}}","callback_url":"{{statusCallbackUrl}}"}',
		description:
			'JSON (or key=value&… for forms) with placeholders {{to}}, {{toDigits}}, {{from}}, {{fromDigits}}, {{text}}, {{reference}} (the survey ID), {{statusCallbackUrl}}, {{unicode}}. Put placeholders inside quotes; values are JSON-escaped. Empty sends {"to","from","text","reference"}.',
	},
	{
		displayName: 'Message ID Path',
		name: 'genericMessageIdPath',
		type: 'string',
		default: '',
		placeholder: 'data.messages[0].messageId',
		description:
			"Where the gateway's answer holds the message ID (dot/bracket path). Empty: the survey ID is used as the message ID.",
	},
	{
		displayName: 'Success Path',
		name: 'genericSuccessPath',
		type: 'string',
		default: '',
		placeholder: 'Code',
		description:
			'For gateways that answer HTTP 200 to failures: the field that says whether the send succeeded',
	},
	{
		displayName: 'Success Value',
		name: 'genericSuccessValue',
		type: 'string',
		default: '',
		placeholder: 'OK',
		description:
			'Value(s) of the Success Path meaning success, separated by |. Empty: any truthy value.',
	},
	{
		displayName: 'Gateway Deduplicates on Reference',
		name: 'genericIdempotent',
		type: 'boolean',
		default: false,
		description:
			'Whether the gateway rejects a second message with the same {{reference}} (e.g. a client message ID). When on, a request that timed out is retried safely.',
	},
];

/** CSI Reply Trigger parameters: where the gateway puts each field. */
const triggerFields: ProviderField[] = [
	{
		displayName: 'Field Paths',
		name: 'fieldPaths',
		type: 'collection',
		placeholder: 'Add Field Path',
		default: {},
		description:
			'Where the gateway puts each field: a dot path into the JSON body (data.from, results[0].text) or a form/query parameter name. Unset fields try common names (from, msisdn, text, body, ID, status…).',
		options: [
			{
				displayName: 'Error Code',
				name: 'errorCodePath',
				type: 'string',
				default: '',
				placeholder: 'error_code',
			},
			{
				displayName: 'Event Kind',
				name: 'eventPath',
				type: 'string',
				default: '',
				placeholder: 'type',
				description:
					'Field telling replies from delivery reports. Without it, an item with a status and no text is a delivery report.',
			},
			{ displayName: 'From', name: 'fromPath', type: 'string', default: '', placeholder: 'msisdn' },
			{
				displayName: 'Items',
				name: 'itemsPath',
				type: 'string',
				default: '',
				placeholder: 'messages',
				description:
					'Array of messages in one request; the other paths are then relative to each item',
			},
			{
				displayName: 'Message ID',
				name: 'idPath',
				type: 'string',
				default: '',
				placeholder: 'message_id',
			},
			{
				displayName: 'Part Index',
				name: 'partIndexPath',
				type: 'string',
				default: '',
				placeholder: 'udh.part',
			},
			{
				displayName: 'Part Reference',
				name: 'partRefPath',
				type: 'string',
				default: '',
				placeholder: 'udh.ref',
			},
			{
				displayName: 'Part Total',
				name: 'partTotalPath',
				type: 'string',
				default: '',
				placeholder: 'udh.total',
			},
			{
				displayName: 'Reply Event Values',
				name: 'replyEventValues',
				type: 'string',
				default: '',
				placeholder: 'inbound, mo',
				description: 'Comma-separated values of the event kind field that mean a reply',
			},
			{
				displayName: 'Segments',
				name: 'segmentsPath',
				type: 'string',
				default: '',
				placeholder: 'parts',
			},
			{
				displayName: 'Status',
				name: 'statusPath',
				type: 'string',
				default: '',
				placeholder: 'status',
			},
			{ displayName: 'Text', name: 'textPath', type: 'string', default: '', placeholder: 'text' },
			{
				displayName: 'Timestamp',
				name: 'timestampPath',
				type: 'string',
				default: '',
				placeholder: 'received_at',
			},
			{ displayName: 'To', name: 'toPath', type: 'string', default: '', placeholder: 'to' },
		],
	},
];

/** Entries of the trigger's "Options" collection. */
const triggerOptions: ProviderField[] = [
	{
		displayName: 'HMAC Algorithm',
		name: 'hmacAlgorithm',
		type: 'options',
		options: [
			{ name: 'SHA-1', value: 'sha1' },
			{ name: 'SHA-256', value: 'sha256' },
			{ name: 'SHA-512', value: 'sha512' },
		],
		default: 'sha256',
		description:
			'Digest of the HMAC over the raw body, when the credential has a Webhook HMAC Secret',
	},
	{
		displayName: 'HMAC Header',
		name: 'hmacHeader',
		type: 'string',
		default: 'X-Signature',
		description:
			'Header carrying the HMAC of the raw body (hex or base64, optionally prefixed "sha256="), when the credential has a Webhook HMAC Secret',
	},
	{
		displayName: 'Require Basic Auth',
		name: 'genericBasicAuth',
		type: 'boolean',
		default: false,
		description:
			"Whether inbound requests must carry the credential's Username and Password as HTTP Basic auth",
	},
];

const PATH_KEYS = [
	'errorCodePath',
	'eventPath',
	'fromPath',
	'itemsPath',
	'idPath',
	'partIndexPath',
	'partRefPath',
	'partTotalPath',
	'segmentsPath',
	'statusPath',
	'textPath',
	'timestampPath',
	'toPath',
] as const;

/** The trigger's "Field Paths" → the parser's options (empty paths left out). */
export function genericParseOptions(paths: Record<string, unknown>): GenericWebhookOptions {
	const out: GenericWebhookOptions = {};
	for (const key of PATH_KEYS) {
		const v = paths[key];
		if (typeof v === 'string' && v.trim() !== '') out[key] = v.trim();
	}
	if (typeof paths.replyEventValues === 'string' && paths.replyEventValues.trim() !== '') {
		out.replyEventValues = paths.replyEventValues
			.split(',')
			.map((s) => s.trim())
			.filter((s) => s !== '');
	}
	return out;
}

function parseJsonOrUndefined(text: string): unknown {
	try {
		return JSON.parse(text) as unknown;
	} catch {
		return undefined;
	}
}

/** The node's request template over the credential (base URL + auth fields). */
function sendConfig(credentials: Record<string, unknown>, param: ParamReader): ProviderConfig {
	const path = String(param('genericPath', '') ?? '').trim();
	const base = configText(credentials, 'baseUrl');
	const url = /^[a-z][a-z0-9+.-]*:\/\//i.test(path) ? path : joinUrl(base, path);
	const headersRaw = param('genericHeaders', '{}');
	let headers: unknown = headersRaw;
	if (typeof headersRaw === 'string' && headersRaw.trim() !== '') {
		headers = parseJsonOrUndefined(headersRaw);
		if (headers === undefined)
			throw new Error(
				'Headers (JSON) is not valid JSON: expected an object like {"X-Sender": "ACME"}',
			);
	}
	return {
		...credentials,
		url,
		method: param('genericMethod', 'POST') as string,
		headers,
		bodyType: param('genericBodyType', 'json') as string,
		bodyTemplate: param('genericBodyTemplate', '') as string,
		messageIdPath: param('genericMessageIdPath', '') as string,
		successPath: param('genericSuccessPath', '') as string,
		successValue: param('genericSuccessValue', '') as string,
		idempotent: param('genericIdempotent', false) === true,
	};
}

export const node = {
	optionName: 'Generic HTTP Gateway',
	credential: {
		type: 'genericSmsCsiApi',
		displayName: 'Generic SMS Gateway (SMS CSI) API',
		webhookSecretFields: ['webhookToken', 'webhookHmacSecret', 'password'],
	},
	capabilities: twoWay({ autoReply: false }),
	idempotency: (config: ProviderConfig) =>
		config.idempotent === true
			? { idempotent: true, via: '{{reference}} in the request template' }
			: { idempotent: false, via: '{{reference}} in the request template' },
	sendFields,
	sendConfig,
	triggerFields,
	triggerOptions,
	webhookParseOptions: (param: ParamReader) =>
		genericParseOptions((param('fieldPaths', {}) ?? {}) as Record<string, unknown>),
	verificationSettings(credentials, context) {
		const verifyOptions = baseVerifyOptions(context);
		const { options } = context;
		const token = credentialText(credentials, 'webhookToken');
		const hmacSecret = credentialText(credentials, 'webhookHmacSecret');
		if (token !== '') verifyOptions.token = token;
		if (options.genericBasicAuth === true) {
			verifyOptions.username = credentialText(credentials, 'username');
			verifyOptions.password = credentialText(credentials, 'password');
		}
		if (hmacSecret !== '') {
			const header = typeof options.hmacHeader === 'string' ? options.hmacHeader.trim() : '';
			verifyOptions.hmacHeader = header || 'X-Signature';
			const algorithm = options.hmacAlgorithm;
			verifyOptions.hmacAlgorithm =
				algorithm === 'sha1' || algorithm === 'sha512' ? algorithm : 'sha256';
		}
		return { secret: hmacSecret, verifyOptions };
	},
} satisfies Partial<SmsProvider>;
