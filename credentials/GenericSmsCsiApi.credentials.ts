import type {
	ICredentialDataDecryptedObject,
	ICredentialTestRequest,
	ICredentialType,
	IHttpRequestOptions,
	INodeProperties,
} from 'n8n-workflow';
import { basicAuthHeader } from '../nodes/core/providers';

/**
 * Any HTTP SMS gateway (Play Mobile, Eskiz, SMS.ru, in-house, Aliyun/Tencent behind a signing proxy…): base URL
 * and authentication. The request template itself is set on the Send CSI Survey node.
 */
export class GenericSmsCsiApi implements ICredentialType {
	name = 'genericSmsCsiApi';

	displayName = 'Generic SMS Gateway (SMS CSI) API';

	documentationUrl =
		'https://github.com/n8n-nodes-sms-csi/n8n-nodes-sms-csi/blob/main/docs/credentials.md#generic-http-gateway';

	icon = { light: 'file:icons/genericSms.svg', dark: 'file:icons/genericSms.dark.svg' } as const;

	properties: INodeProperties[] = [
		{
			displayName: 'Base URL',
			name: 'baseUrl',
			type: 'string',
			default: '',
			required: true,
			placeholder: 'https://send.example-gateway.uz',
			description: "Base URL of the gateway; the node's Path is appended to it",
		},
		{
			displayName: 'Authentication',
			name: 'authType',
			type: 'options',
			options: [
				{ name: 'Basic Auth', value: 'basic' },
				{ name: 'Bearer Token', value: 'bearer' },
				{ name: 'Header', value: 'header' },
				{ name: 'None', value: 'none' },
			],
			default: 'basic',
			description: 'How requests to the gateway authenticate',
		},
		{
			displayName: 'Username',
			name: 'username',
			type: 'string',
			default: '',
			displayOptions: { show: { authType: ['basic'] } },
		},
		{
			displayName: 'Password',
			name: 'password',
			type: 'string',
			typeOptions: { password: true },
			default: '',
			displayOptions: { show: { authType: ['basic'] } },
		},
		{
			displayName: 'Header Name',
			name: 'authHeaderName',
			type: 'string',
			default: '',
			placeholder: 'X-Api-Key',
			displayOptions: { show: { authType: ['header'] } },
		},
		{
			displayName: 'Header Value',
			name: 'authHeaderSecret',
			type: 'string',
			typeOptions: { password: true },
			default: '',
			displayOptions: { show: { authType: ['header'] } },
		},
		{
			displayName: 'Token',
			name: 'token',
			type: 'string',
			typeOptions: { password: true },
			default: '',
			displayOptions: { show: { authType: ['bearer'] } },
			description: 'Sent as "Authorization: Bearer &lt;token&gt;"',
		},
		{
			displayName: 'Test Path or URL',
			name: 'testUrl',
			type: 'string',
			default: '',
			placeholder: '/account/balance',
			description:
				'Optional path (appended to the Base URL) or full URL the Test button calls with GET; default: the Base URL itself',
		},
		{
			displayName: 'Webhook Token',
			name: 'webhookToken',
			type: 'string',
			typeOptions: { password: true },
			default: '',
			description:
				'Optional shared token the gateway sends with inbound webhooks (checked by CSI Reply Trigger)',
		},
		{
			displayName: 'Webhook HMAC Secret',
			name: 'webhookHmacSecret',
			type: 'string',
			typeOptions: { password: true },
			default: '',
			description:
				'Optional HMAC secret when the gateway signs its webhooks (checked by CSI Reply Trigger)',
		},
	];

	/** Adds Basic auth, a Bearer token or a custom header according to "Authentication". */
	async authenticate(
		credentials: ICredentialDataDecryptedObject,
		requestOptions: IHttpRequestOptions,
	): Promise<IHttpRequestOptions> {
		const headers = { ...(requestOptions.headers ?? {}) };
		const type = String(credentials.authType ?? 'none');
		if (type === 'basic') {
			headers.Authorization = basicAuthHeader(
				String(credentials.username ?? ''),
				String(credentials.password ?? ''),
			);
		} else if (type === 'bearer') {
			headers.Authorization = `Bearer ${String(credentials.token ?? '')}`;
		} else if (type === 'header') {
			const name = String(credentials.authHeaderName ?? '').trim();
			if (name) headers[name] = String(credentials.authHeaderSecret ?? '');
		}
		return { ...requestOptions, headers };
	}

	test: ICredentialTestRequest = {
		request: {
			baseURL:
				'={{$credentials.testUrl && /^https?:\\/\\//i.test($credentials.testUrl) ? "" : $credentials.baseUrl.replace(/\\/+$/, "")}}',
			url: '={{$credentials.testUrl || ""}}',
			method: 'GET',
		},
	};
}
