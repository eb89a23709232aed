import type {
	ICredentialDataDecryptedObject,
	ICredentialTestRequest,
	ICredentialType,
	IHttpRequestOptions,
	INodeProperties,
} from 'n8n-workflow';

/** Infobip API key and personal base URL; optional Basic-auth user/password Infobip uses for its webhooks. */
export class InfobipCsiApi implements ICredentialType {
	name = 'infobipCsiApi';

	displayName = 'Infobip (SMS CSI) API';

	documentationUrl =
		'https://github.com/n8n-nodes-sms-csi/n8n-nodes-sms-csi/blob/main/docs/credentials.md#infobip';

	icon = { light: 'file:icons/infobip.svg', dark: 'file:icons/infobip.dark.svg' } as const;

	properties: INodeProperties[] = [
		{
			displayName: 'API Key',
			name: 'apiKey',
			type: 'string',
			typeOptions: { password: true },
			default: '',
			required: true,
			description: 'API key from the Infobip portal, sent as "Authorization: App &lt;key&gt;"',
		},
		{
			displayName: 'Base URL',
			name: 'baseUrl',
			type: 'string',
			default: 'https://api.infobip.com',
			required: true,
			placeholder: 'https://xxxxx.api.infobip.com',
			description: 'Your personal base URL shown in the Infobip portal (a bare host gets https://)',
		},
		{
			displayName: 'Webhook Username',
			name: 'webhookUsername',
			type: 'string',
			default: '',
			description:
				'Optional: Basic-auth user Infobip is configured to send with its webhooks (checked by CSI Reply Trigger)',
		},
		{
			displayName: 'Webhook Password',
			name: 'webhookPassword',
			type: 'string',
			typeOptions: { password: true },
			default: '',
			description: 'Optional: Basic-auth password Infobip sends with its webhooks',
		},
	];

	/** `Authorization: App <apiKey>`; a function, so no expression is evaluated per request in bulk sends. */
	async authenticate(
		credentials: ICredentialDataDecryptedObject,
		requestOptions: IHttpRequestOptions,
	): Promise<IHttpRequestOptions> {
		return {
			...requestOptions,
			headers: {
				...(requestOptions.headers ?? {}),
				Authorization: `App ${String(credentials.apiKey ?? '')}`,
			},
		};
	}

	test: ICredentialTestRequest = {
		request: {
			baseURL:
				'={{(/^[a-z][a-z0-9+.-]*:\\/\\//i.test($credentials.baseUrl) ? $credentials.baseUrl : "https://" + $credentials.baseUrl).replace(/\\/+$/, "")}}',
			url: '/account/1/balance',
			method: 'GET',
		},
	};
}
