import type { INodeCredentialDescription, INodeProperties } from 'n8n-workflow';
import {
	CREDENTIAL_TYPES,
	PROVIDER_OPTIONS,
	namesOf,
	providerCredentials,
	providerProperties,
	providersWith,
} from '../shared/providers';

/** Provider id → credential type the trigger reads its verification secret from. */
export { CREDENTIAL_TYPES };

export const csiReplyTriggerCredentials: INodeCredentialDescription[] = providerCredentials;

function byDisplayName(list: INodeProperties[]): INodeProperties[] {
	return [...list].sort((a, b) => a.displayName.localeCompare(b.displayName, 'en'));
}

const REGISTRABLE = providersWith((p) => p.registration !== undefined);
const SIGNING = providersWith((p) => p.signsWebhooks);
const NOT_SIGNING = providersWith((p) => !p.signsWebhooks);
const AUTO_REPLY = providersWith((p) => p.capabilities.autoReply);

export const csiReplyTriggerProperties: INodeProperties[] = [
	{
		displayName: `Paste the Production URL shown above into your provider as the URL for inbound SMS and delivery reports, or, for ${namesOf(REGISTRABLE)}, turn on "Register Webhook Automatically". Requests that fail the provider's signature check are refused with 401/403 and start nothing.`,
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
		displayName: 'Answer the Provider',
		name: 'acknowledge',
		type: 'options',
		noDataExpression: true,
		options: [
			{
				name: 'After the Reply Is Recorded (Respond to Webhook Node)',
				value: 'respondNode',
				description:
					'A Respond to Webhook node placed after the step that stores the reply (e.g. a Data Table insert) sends the answer; each item carries it in "answer". Nothing the provider was told was accepted can be lost, also when a queue-mode worker dies.',
			},
			{
				name: 'When the Execution Is Created',
				value: 'executionCreated',
				description:
					'The answer goes out once n8n has stored the execution with the reply in it. In queue mode n8n 2.41 can drop that data when the worker running it dies.',
			},
		],
		default: 'executionCreated',
		description:
			'When the provider hears that the request was accepted. Until then a failure is an error answer that the provider can retry.',
	},
	{
		displayName: 'Verify Requests',
		name: 'verify',
		type: 'boolean',
		default: true,
		description: `Whether to refuse requests that do not carry the provider's valid signature (${namesOf(SIGNING)}) or the Basic auth / token / HMAC set in the credential (${namesOf(NOT_SIGNING)}). Turn off only for testing.`,
	},
	...providerProperties((p) => p.triggerFields?.filter((f) => f.type === 'notice')),
	{
		displayName: 'Register Webhook Automatically',
		name: 'registerWebhook',
		type: 'boolean',
		default: false,
		displayOptions: { show: { provider: REGISTRABLE } },
		description:
			"Whether to set this trigger's URL in the provider when the workflow is activated and restore the previous URL when it is deactivated",
	},
	...providerProperties((p) => p.registration?.fields, 'provider', { registerWebhook: [true] }),
	...providerProperties((p) => p.triggerFields?.filter((f) => f.type !== 'notice')),
	{
		displayName: 'Options',
		name: 'options',
		type: 'collection',
		placeholder: 'Add Option',
		default: {},
		// Alphabetical, with the providers' own options merged in.
		options: byDisplayName([
			{
				displayName: 'Auto-Reply Text',
				name: 'autoReply',
				type: 'string',
				default: '',
				displayOptions: { show: { '/provider': AUTO_REPLY } },
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
					"Ignore a repeated delivery of the same event (same message ID and status) within this many seconds. Providers retry when an answer is slow. 0 turns it off. Remembers up to 1000 recent events in the workflow's static data.",
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
					"The URL the provider calls, when n8n runs behind a proxy that changes it. Signatures cover the URL, so it must match exactly. Empty: n8n's Production URL.",
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
			...providerProperties((p) => p.triggerOptions, '/provider'),
		]),
	},
];
