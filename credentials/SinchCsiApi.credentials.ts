import type {
	ICredentialDataDecryptedObject,
	ICredentialTestRequest,
	ICredentialType,
	IHttpRequestOptions,
	INodeProperties,
} from 'n8n-workflow';

/** Sinch SMS REST API (service plan + API token, regional host); optional callback HMAC secret. */
export class SinchCsiApi implements ICredentialType {
	name = 'sinchCsiApi';

	displayName = 'Sinch (SMS CSI) API';

	documentationUrl =
		'https://github.com/n8n-nodes-sms-csi/n8n-nodes-sms-csi/blob/main/docs/credentials.md#sinch';

	icon = { light: 'file:icons/sinch.svg', dark: 'file:icons/sinch.dark.svg' } as const;

	properties: INodeProperties[] = [
		{
			displayName: 'Service Plan ID',
			name: 'servicePlanId',
			type: 'string',
			default: '',
			required: true,
			description: 'Service plan ID from the Sinch dashboard (SMS → Service APIs)',
		},
		{
			displayName: 'API Token',
			name: 'apiToken',
			type: 'string',
			typeOptions: { password: true },
			default: '',
			required: true,
			description: 'API token of the service plan, sent as a Bearer token',
		},
		{
			displayName: 'Region',
			name: 'region',
			type: 'options',
			options: [
				{ name: 'Australia', value: 'au' },
				{ name: 'Brazil', value: 'br' },
				{ name: 'Canada', value: 'ca' },
				{ name: 'Europe', value: 'eu' },
				{ name: 'United States', value: 'us' },
			],
			default: 'us',
			description: 'Region of the service plan (host https://{region}.sms.api.sinch.com)',
		},
		{
			displayName: 'Base URL',
			name: 'baseUrl',
			type: 'string',
			default: '',
			placeholder: 'https://eu.sms.api.sinch.com',
			description: 'Optional override of the regional host (proxy or test server)',
		},
		{
			displayName: 'Webhook Secret',
			name: 'webhookSecret',
			type: 'string',
			typeOptions: { password: true },
			default: '',
			description:
				'Optional: HMAC secret when Sinch signs its callbacks (checked by CSI Reply Trigger)',
		},
	];

	/** `Authorization: Bearer <apiToken>`; a function, so no expression is evaluated per request in bulk sends. */
	async authenticate(
		credentials: ICredentialDataDecryptedObject,
		requestOptions: IHttpRequestOptions,
	): Promise<IHttpRequestOptions> {
		return {
			...requestOptions,
			headers: {
				...(requestOptions.headers ?? {}),
				Authorization: `Bearer ${String(credentials.apiToken ?? '')}`,
			},
		};
	}

	test: ICredentialTestRequest = {
		request: {
			baseURL:
				'={{($credentials.baseUrl ? $credentials.baseUrl : "https://" + $credentials.region + ".sms.api.sinch.com").replace(/\\/+$/, "")}}',
			url: '=/xms/v1/{{encodeURIComponent($credentials.servicePlanId)}}/batches',
			qs: { page_size: 1 },
			method: 'GET',
		},
	};
}
