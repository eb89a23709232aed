import type {
	ICredentialDataDecryptedObject,
	ICredentialTestRequest,
	ICredentialType,
	IHttpRequestOptions,
	INodeProperties,
} from 'n8n-workflow';

/** Twilio account for sending survey SMS and verifying Twilio's webhook signatures (X-Twilio-Signature). */
export class TwilioCsiApi implements ICredentialType {
	name = 'twilioCsiApi';

	displayName = 'Twilio (SMS CSI) API';

	documentationUrl =
		'https://github.com/n8n-nodes-sms-csi/n8n-nodes-sms-csi/blob/main/docs/credentials.md#twilio';

	icon = { light: 'file:icons/twilio.svg', dark: 'file:icons/twilio.dark.svg' } as const;

	properties: INodeProperties[] = [
		{
			displayName: 'Account SID',
			name: 'accountSid',
			type: 'string',
			default: '',
			required: true,
			placeholder: 'AC0123456789abcdef0123456789abcdef',
			description: 'Your Account SID from the Twilio Console (starts with AC)',
		},
		{
			displayName: 'Auth Token',
			name: 'authToken',
			type: 'string',
			typeOptions: { password: true },
			default: '',
			required: true,
			description:
				'Auth Token from the Twilio Console; also verifies the signature of Twilio webhooks',
		},
		{
			displayName: 'Base URL',
			name: 'baseUrl',
			type: 'string',
			default: 'https://api.twilio.com',
			description: 'Twilio REST API base URL. Change only for a proxy or a test server.',
		},
	];

	/** Basic auth (accountSid : authToken); a function, so no expression is evaluated per request in bulk sends. */
	async authenticate(
		credentials: ICredentialDataDecryptedObject,
		requestOptions: IHttpRequestOptions,
	): Promise<IHttpRequestOptions> {
		return {
			...requestOptions,
			auth: {
				username: String(credentials.accountSid ?? ''),
				password: String(credentials.authToken ?? ''),
			},
		};
	}

	test: ICredentialTestRequest = {
		request: {
			baseURL: '={{$credentials.baseUrl.replace(/\\/+$/, "")}}',
			url: '=/2010-04-01/Accounts/{{encodeURIComponent($credentials.accountSid)}}.json',
			method: 'GET',
		},
	};
}
