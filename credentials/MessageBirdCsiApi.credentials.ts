import type {
	ICredentialDataDecryptedObject,
	ICredentialTestRequest,
	ICredentialType,
	IHttpRequestOptions,
	INodeProperties,
} from 'n8n-workflow';

/** MessageBird (Bird) access key for sending survey SMS; optional signing key for webhook verification. */
export class MessageBirdCsiApi implements ICredentialType {
	name = 'messageBirdCsiApi';

	displayName = 'MessageBird (SMS CSI) API';

	documentationUrl =
		'https://github.com/n8n-nodes-sms-csi/n8n-nodes-sms-csi/blob/main/docs/credentials.md#messagebird';

	icon = { light: 'file:icons/messagebird.svg', dark: 'file:icons/messagebird.dark.svg' } as const;

	properties: INodeProperties[] = [
		{
			displayName: 'Access Key',
			name: 'apiKey',
			type: 'string',
			typeOptions: { password: true },
			default: '',
			required: true,
			description:
				'Live access key from the MessageBird dashboard, sent as "Authorization: AccessKey &lt;key&gt;"',
		},
		{
			displayName: 'Signing Key',
			name: 'signingSecret',
			type: 'string',
			typeOptions: { password: true },
			default: '',
			description:
				'Optional: signing key that verifies MessageBird-Signature-JWT on webhooks (CSI Reply Trigger)',
		},
		{
			displayName: 'Base URL',
			name: 'baseUrl',
			type: 'string',
			default: 'https://rest.messagebird.com',
			description: 'MessageBird REST API base URL. Change only for a proxy or a test server.',
		},
	];

	/** `Authorization: AccessKey <apiKey>`; a function, so no expression is evaluated per request in bulk sends. */
	async authenticate(
		credentials: ICredentialDataDecryptedObject,
		requestOptions: IHttpRequestOptions,
	): Promise<IHttpRequestOptions> {
		return {
			...requestOptions,
			headers: {
				...(requestOptions.headers ?? {}),
				Authorization: `AccessKey ${String(credentials.apiKey ?? '')}`,
			},
		};
	}

	test: ICredentialTestRequest = {
		request: {
			baseURL: '={{$credentials.baseUrl.replace(/\\/+$/, "")}}',
			url: '/balance',
			method: 'GET',
		},
	};
}
