import type { INodeCredentialDescription, INodeProperties } from 'n8n-workflow';
import { CREDENTIAL_TYPES, PROVIDER_OPTIONS, providerCredentials } from '../shared/providers';

/** Provider id → credential type the trigger reads its verification secret from. */
export { CREDENTIAL_TYPES };

export const csiReplyTriggerCredentials: INodeCredentialDescription[] = providerCredentials;

const REGISTRABLE = ['twilio', 'telnyx', 'vonage', 'plivo'];

export const csiReplyTriggerProperties: INodeProperties[] = [
	{
		displayName:
			'Paste the Production URL shown above into your provider as the URL for inbound SMS and delivery reports, or, for Twilio, Telnyx, Vonage and Plivo, turn on "Register Webhook Automatically". Requests that fail the provider\'s signature check are refused with 401/403 and start nothing.',
		name: 'notice',
		type: 'notice',
		default: '',
	},
	{
		displayName: 'Provider',
		name: 'provider',
		type: 'options',
		noDataExpression: true,
		options: PROVIDER_OPTIONS,
		default: 'twilio',
		description: 'SMS provider that calls this webhook',
	},
	{
		displayName: 'Events',
		name: 'events',
		type: 'options',
		noDataExpression: true,
		options: [
			{ name: 'Replies and Delivery Reports', value: 'both' },
			{ name: 'Replies Only', value: 'replies' },
			{ name: 'Delivery Reports Only', value: 'status' },
		],
		default: 'both',
		description:
			'Which events start the workflow. The provider still gets a success answer for the others, so it does not retry them.',
	},
	{
		displayName: 'Verify Requests',
		name: 'verify',
		type: 'boolean',
		default: true,
		description:
			'Whether to refuse requests that do not carry the provider\'s valid signature (Twilio, Plivo, Vonage, Telnyx, MessageBird) or the Basic auth / token / HMAC set in the credential (Infobip, Sinch, generic gateways). Turn off only for testing.',
	},
	{
		displayName:
			'Vonage signs webhooks only when "signed webhooks" are enabled for the account; set the signature secret and method in the credential',
		name: 'vonageNotice',
		type: 'notice',
		default: '',
		displayOptions: { show: { provider: ['vonage'], verify: [true] } },
	},
	{
		displayName: 'Register Webhook Automatically',
		name: 'registerWebhook',
		type: 'boolean',
		default: false,
		displayOptions: { show: { provider: REGISTRABLE } },
		description:
			'Whether to set this trigger\'s URL in the provider when the workflow is activated and restore the previous URL when it is deactivated',
	},
	{
		displayName: 'Phone Number',
		name: 'phoneNumber',
		type: 'string',
		default: '',
		required: true,
		placeholder: '+15005550006',
		displayOptions: { show: { provider: ['twilio'], registerWebhook: [true] } },
		description: 'Your Twilio number (E.164) whose "A message comes in" URL is set to this trigger',
	},
	{
		displayName: 'Messaging Profile ID',
		name: 'messagingProfileId',
		type: 'string',
		default: '',
		displayOptions: { show: { provider: ['telnyx'], registerWebhook: [true] } },
		description:
			'Telnyx messaging profile whose webhook URL is set to this trigger. Empty: the one in the credential.',
	},
	{
		displayName: 'Application ID',
		name: 'plivoAppId',
		type: 'string',
		default: '',
		required: true,
		displayOptions: { show: { provider: ['plivo'], registerWebhook: [true] } },
		description: 'Plivo application (linked to your numbers) whose Message URL is set to this trigger',
	},
	{
		displayName: 'Account Callbacks',
		name: 'vonageCallbacks',
		type: 'options',
		options: [
			{ name: 'Inbound SMS and Delivery Receipts', value: 'both' },
			{ name: 'Inbound SMS Only', value: 'mo' },
			{ name: 'Delivery Receipts Only', value: 'dr' },
		],
		default: 'both',
		displayOptions: { show: { provider: ['vonage'], registerWebhook: [true] } },
		description: 'Which Vonage account callback URLs (SMS API) are set to this trigger',
	},
	{
		displayName: 'Field Paths',
		name: 'fieldPaths',
		type: 'collection',
		placeholder: 'Add Field Path',
		default: {},
		displayOptions: { show: { provider: ['generic'] } },
		description: 'Where the gateway puts each field: a dot path into the JSON body (data.from, results[0].text) or a form/query parameter name. Unset fields try common names (from, msisdn, text, body, ID, status…).',
		options: [
			{ displayName: 'Error Code', name: 'errorCodePath', type: 'string', default: '', placeholder: 'error_code' },
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
				description: 'Array of messages in one request; the other paths are then relative to each item',
			},
			{ displayName: 'Message ID', name: 'idPath', type: 'string', default: '', placeholder: 'message_id' },
			{ displayName: 'Part Index', name: 'partIndexPath', type: 'string', default: '', placeholder: 'udh.part' },
			{ displayName: 'Part Reference', name: 'partRefPath', type: 'string', default: '', placeholder: 'udh.ref' },
			{ displayName: 'Part Total', name: 'partTotalPath', type: 'string', default: '', placeholder: 'udh.total' },
			{
				displayName: 'Reply Event Values',
				name: 'replyEventValues',
				type: 'string',
				default: '',
				placeholder: 'inbound, mo',
				description: 'Comma-separated values of the event kind field that mean a reply',
			},
			{ displayName: 'Segments', name: 'segmentsPath', type: 'string', default: '', placeholder: 'parts' },
			{ displayName: 'Status', name: 'statusPath', type: 'string', default: '', placeholder: 'status' },
			{ displayName: 'Text', name: 'textPath', type: 'string', default: '', placeholder: 'text' },
			{ displayName: 'Timestamp', name: 'timestampPath', type: 'string', default: '', placeholder: 'received_at' },
			{ displayName: 'To', name: 'toPath', type: 'string', default: '', placeholder: 'to' },
		],
	},
	{
		displayName: 'Options',
		name: 'options',
		type: 'collection',
		placeholder: 'Add Option',
		default: {},
		options: [
			{
				displayName: 'Auto-Reply Text',
				name: 'autoReply',
				type: 'string',
				default: '',
				displayOptions: { show: { '/provider': ['twilio', 'plivo'] } },
				description:
					'SMS sent back to every reply through the webhook answer (TwiML / Plivo XML), e.g. a thank-you. Empty: no auto-reply.',
			},
			{
				displayName: 'Drop Duplicates Within (Seconds)',
				name: 'dedupeSeconds',
				type: 'number',
				default: 0,
				typeOptions: { minValue: 0 },
				description:
					'Ignore a repeated delivery of the same event (same message ID and status) within this many seconds. Providers retry when an answer is slow. 0 turns it off. Remembers up to 1000 recent events in the workflow\'s static data.',
			},
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
				displayOptions: { show: { '/provider': ['generic'] } },
				description: 'Digest of the HMAC over the raw body, when the credential has a Webhook HMAC Secret',
			},
			{
				displayName: 'HMAC Header',
				name: 'hmacHeader',
				type: 'string',
				default: 'X-Signature',
				displayOptions: { show: { '/provider': ['generic'] } },
				description:
					'Header carrying the HMAC of the raw body (hex or base64, optionally prefixed "sha256="), when the credential has a Webhook HMAC Secret',
			},
			{
				displayName: 'Join Message Parts',
				name: 'joinParts',
				type: 'boolean',
				default: true,
				description:
					'Whether to join the parts of a long SMS into one reply when they arrive in the same request. Parts sent in separate requests (Vonage) stay separate and carry "part".',
			},
			{
				displayName: 'Public URL',
				name: 'publicUrl',
				type: 'string',
				default: '',
				placeholder: 'https://n8n.example.com/webhook/…/csi-reply',
				description:
					'The URL the provider calls, when n8n runs behind a proxy that changes it. Signatures cover the URL, so it must match exactly. Empty: n8n\'s Production URL.',
			},
			{
				displayName: 'Require Basic Auth',
				name: 'genericBasicAuth',
				type: 'boolean',
				default: false,
				displayOptions: { show: { '/provider': ['generic'] } },
				description:
					'Whether inbound requests must carry the credential\'s Username and Password as HTTP Basic auth',
			},
			{
				displayName: 'Timestamp Tolerance (Seconds)',
				name: 'toleranceSeconds',
				type: 'number',
				default: 300,
				typeOptions: { minValue: 0 },
				description:
					'How far a signed timestamp may be from now before the request is refused as a replay (Telnyx, Vonage, Sinch; MessageBird uses it as clock leeway)',
			},
		],
	},
];
