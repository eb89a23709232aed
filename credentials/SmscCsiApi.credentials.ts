import type {
	ICredentialDataDecryptedObject,
	ICredentialTestRequest,
	ICredentialType,
	IDataObject,
	IHttpRequestOptions,
	INodeProperties,
} from 'n8n-workflow';
import { smscAuthFields, encodeForm } from '../nodes/core/providers';
import { unsignedWebhookFields } from '../nodes/shared/credentialFields';

/** SMSC.ru: login + password (or API key) as request parameters; handler URL for inbound SMS and statuses. */
export class SmscCsiApi implements ICredentialType {
	name = 'smscCsiApi';

	displayName = 'SMSC.ru (SMS CSI) API';

	documentationUrl =
		'https://github.com/n8n-nodes-sms-csi/n8n-nodes-sms-csi/blob/main/docs/providers-cis-cn.md#smscru-the-russian-two-way-provider';

	icon = { light: 'file:icons/smsc.svg', dark: 'file:icons/smsc.dark.svg' } as const;

	properties: INodeProperties[] = [
		{ displayName: 'Login', name: 'login', type: 'string', default: '' },
		{
			displayName: 'Password',
			name: 'password',
			type: 'string',
			typeOptions: { password: true },
			default: '',
		},
		{
			displayName: 'API Key',
			name: 'apiKey',
			type: 'string',
			typeOptions: { password: true },
			default: '',
			description: 'Instead of login and password: the API key from the SMSC cabinet',
		},
		{ displayName: 'Sender', name: 'sender', type: 'string', default: '' },
		{ displayName: 'Base URL', name: 'baseUrl', type: 'string', default: 'https://smsc.ru' },
		...unsignedWebhookFields('SMSC.ru'),
	];

	/** Adds `login`/`psw` (or `apikey`) to the form body, or to the query of GET requests. */
	async authenticate(
		credentials: ICredentialDataDecryptedObject,
		requestOptions: IHttpRequestOptions,
	): Promise<IHttpRequestOptions> {
		const auth = smscAuthFields(credentials);
		if ((requestOptions.method ?? 'GET') === 'GET' || requestOptions.body === undefined) {
			return { ...requestOptions, qs: { ...((requestOptions.qs ?? {}) as IDataObject), ...auth } };
		}
		const body =
			typeof requestOptions.body === 'string'
				? `${requestOptions.body}${requestOptions.body ? '&' : ''}${encodeForm(auth)}`
				: { ...(requestOptions.body as IDataObject), ...auth };
		return { ...requestOptions, body };
	}

	test: ICredentialTestRequest = {
		request: {
			baseURL: '={{$credentials.baseUrl.replace(/\\/+$/, "")}}',
			url: '/sys/balance.php',
			method: 'GET',
			qs: { fmt: 3 },
		},
		rules: [
			{
				type: 'responseSuccessBody',
				properties: { key: 'error_code', value: 2, message: 'Wrong login, password or API key' },
			},
		],
	};
}
