import type {
	ICredentialDataDecryptedObject,
	ICredentialTestRequest,
	ICredentialType,
	IHttpRequestOptions,
	INodeProperties,
} from 'n8n-workflow';

/** Plivo account for sending survey SMS and verifying Plivo's webhook signatures (X-Plivo-Signature-V3). */
export class PlivoCsiApi implements ICredentialType {
	name = 'plivoCsiApi';

	displayName = 'Plivo (SMS CSI) API';

	documentationUrl =
		'https://github.com/n8n-nodes-sms-csi/n8n-nodes-sms-csi/blob/main/docs/credentials.md#plivo';

	icon = { light: 'file:icons/plivo.svg', dark: 'file:icons/plivo.dark.svg' } as const;

	properties: INodeProperties[] = [
		{
			displayName: 'Auth ID',
			name: 'authId',
			type: 'string',
			default: '',
			required: true,
			placeholder: 'MAXXXXXXXXXXXXXXXXXX',
			description: 'Auth ID from the Plivo console overview page',
		},
		{
			displayName: 'Auth Token',
			name: 'authToken',
			type: 'string',
			typeOptions: { password: true },
			default: '',
			required: true,
			description:
				'Auth Token from the Plivo console; also verifies the signature of Plivo webhooks',
		},
		{
			displayName: 'Base URL',
			name: 'baseUrl',
			type: 'string',
			default: 'https://api.plivo.com',
			description: 'Plivo API base URL. Change only for a proxy or a test server.',
		},
	];

	/** Basic auth (authId : authToken); a function, so no expression is evaluated per request in bulk sends. */
	async authenticate(
		credentials: ICredentialDataDecryptedObject,
		requestOptions: IHttpRequestOptions,
	): Promise<IHttpRequestOptions> {
		return {
			...requestOptions,
			auth: {
				username: String(credentials.authId ?? ''),
				password: String(credentials.authToken ?? ''),
			},
		};
	}

	test: ICredentialTestRequest = {
		request: {
			baseURL: '={{$credentials.baseUrl.replace(/\\/+$/, "")}}',
			url: '=/v1/Account/{{encodeURIComponent($credentials.authId)}}/',
			method: 'GET',
		},
	};
}
