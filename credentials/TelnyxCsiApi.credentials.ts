import type {
	ICredentialDataDecryptedObject,
	ICredentialTestRequest,
	ICredentialType,
	IHttpRequestOptions,
	INodeProperties,
} from 'n8n-workflow';

/** Telnyx API key for sending survey SMS, and the public key that verifies Telnyx's Ed25519 webhook signatures. */
export class TelnyxCsiApi implements ICredentialType {
	name = 'telnyxCsiApi';

	displayName = 'Telnyx (SMS CSI) API';

	documentationUrl =
		'https://github.com/n8n-nodes-sms-csi/n8n-nodes-sms-csi/blob/main/docs/credentials.md#telnyx';

	icon = { light: 'file:icons/telnyx.svg', dark: 'file:icons/telnyx.dark.svg' } as const;

	properties: INodeProperties[] = [
		{
			displayName: 'API Key',
			name: 'apiKey',
			type: 'string',
			typeOptions: { password: true },
			default: '',
			required: true,
			description: 'API key (V2) from the Telnyx portal, sent as a Bearer token',
		},
		{
			displayName: 'Messaging Profile ID',
			name: 'messagingProfileId',
			type: 'string',
			default: '',
			description:
				"Optional messaging profile; with it the sender may be left empty to use the profile's number pool",
		},
		{
			displayName: 'Public Key',
			name: 'publicKey',
			type: 'string',
			default: '',
			description:
				'Optional base64 Ed25519 public key from the portal (Keys & Credentials → Public Key); CSI Reply Trigger uses it to verify webhooks',
		},
		{
			displayName: 'Base URL',
			name: 'baseUrl',
			type: 'string',
			default: 'https://api.telnyx.com',
			description: 'Telnyx API base URL. Change only for a proxy or a test server.',
		},
	];

	/** `Authorization: Bearer <apiKey>`; a function, so no expression is evaluated per request in bulk sends. */
	async authenticate(
		credentials: ICredentialDataDecryptedObject,
		requestOptions: IHttpRequestOptions,
	): Promise<IHttpRequestOptions> {
		return {
			...requestOptions,
			headers: {
				...(requestOptions.headers ?? {}),
				Authorization: `Bearer ${String(credentials.apiKey ?? '')}`,
			},
		};
	}

	test: ICredentialTestRequest = {
		request: {
			baseURL: '={{$credentials.baseUrl.replace(/\\/+$/, "")}}',
			url: '/v2/balance',
			method: 'GET',
		},
	};
}
