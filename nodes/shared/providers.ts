import type { INodeCredentialDescription, INodePropertyOptions } from 'n8n-workflow';

/** Provider id → this package's credential type for it (send, webhook verification, registration). */
export const CREDENTIAL_TYPES = {
	twilio: 'twilioCsiApi',
	vonage: 'vonageCsiApi',
	plivo: 'plivoCsiApi',
	telnyx: 'telnyxCsiApi',
	infobip: 'infobipCsiApi',
	messagebird: 'messageBirdCsiApi',
	sinch: 'sinchCsiApi',
	generic: 'genericSmsCsiApi',
} as const;

export type NodeProviderId = keyof typeof CREDENTIAL_TYPES;

/** One required credential per provider, shown for the selected "Provider". */
export const providerCredentials: INodeCredentialDescription[] = (Object.keys(CREDENTIAL_TYPES) as NodeProviderId[]).map(
	(provider) => ({
		name: CREDENTIAL_TYPES[provider],
		required: true,
		displayOptions: { show: { provider: [provider] } },
	}),
);

/** The "Provider" options, sorted by name. */
export const PROVIDER_OPTIONS: INodePropertyOptions[] = [
	{ name: 'Generic HTTP Gateway', value: 'generic' },
	{ name: 'Infobip', value: 'infobip' },
	{ name: 'MessageBird (Bird)', value: 'messagebird' },
	{ name: 'Plivo', value: 'plivo' },
	{ name: 'Sinch', value: 'sinch' },
	{ name: 'Telnyx', value: 'telnyx' },
	{ name: 'Twilio', value: 'twilio' },
	{ name: 'Vonage (Nexmo)', value: 'vonage' },
];
