import type {
	ICredentialDataDecryptedObject,
	ICredentialTestRequest,
	ICredentialType,
	IHttpRequestOptions,
	INodeProperties,
} from 'n8n-workflow';
import { formEscape } from '../nodes/core/providers';

/** Vonage (Nexmo) SMS API key/secret; optional signature secret and method for signed webhooks. */
export class VonageCsiApi implements ICredentialType {
	name = 'vonageCsiApi';

	displayName = 'Vonage (SMS CSI) API';

	documentationUrl =
		'https://github.com/n8n-nodes-sms-csi/n8n-nodes-sms-csi/blob/main/docs/credentials.md#vonage';

	icon = { light: 'file:icons/vonage.svg', dark: 'file:icons/vonage.dark.svg' } as const;

	properties: INodeProperties[] = [
		{
			displayName: 'API Key',
			name: 'apiKey',
			type: 'string',
			typeOptions: { password: true },
			default: '',
			required: true,
			description: 'API key from the Vonage API dashboard',
		},
		{
			displayName: 'API Secret',
			name: 'apiSecret',
			type: 'string',
			typeOptions: { password: true },
			default: '',
			required: true,
			description: 'API secret from the Vonage API dashboard',
		},
		{
			displayName: 'Signature Secret',
			name: 'signatureSecret',
			type: 'string',
			typeOptions: { password: true },
			default: '',
			description:
				'Optional: the signature secret of signed webhooks (dashboard → Settings), checked by CSI Reply Trigger',
		},
		{
			displayName: 'Signature Method',
			name: 'signatureMethod',
			type: 'options',
			options: [
				{ name: 'HMAC MD5', value: 'md5' },
				{ name: 'HMAC SHA-1', value: 'sha1' },
				{ name: 'HMAC SHA-256', value: 'sha256' },
				{ name: 'HMAC SHA-512', value: 'sha512' },
				{ name: 'MD5 Hash', value: 'md5hash' },
			],
			default: 'sha256',
			description: 'Signature method configured for the account (dashboard → Settings)',
		},
		{
			displayName: 'Base URL',
			name: 'baseUrl',
			type: 'string',
			default: 'https://rest.nexmo.com',
			description: 'Vonage SMS API base URL. Change only for a proxy or a test server.',
		},
	];

	/**
	 * Vonage reads `api_key` / `api_secret` as request parameters: appended to a form body (the send request),
	 * merged into a JSON body, or put in the query string (GET requests such as the Test).
	 */
	async authenticate(
		credentials: ICredentialDataDecryptedObject,
		requestOptions: IHttpRequestOptions,
	): Promise<IHttpRequestOptions> {
		const apiKey = String(credentials.apiKey ?? '');
		const apiSecret = String(credentials.apiSecret ?? '');
		const body = requestOptions.body;
		if (typeof body === 'string') {
			const extra = `api_key=${formEscape(apiKey)}&api_secret=${formEscape(apiSecret)}`;
			return { ...requestOptions, body: body === '' ? extra : `${extra}&${body}` };
		}
		if (
			body !== null &&
			typeof body === 'object' &&
			!Array.isArray(body) &&
			Object.keys(body).length > 0
		) {
			return {
				...requestOptions,
				body: { api_key: apiKey, api_secret: apiSecret, ...(body as object) },
			};
		}
		return {
			...requestOptions,
			qs: { ...(requestOptions.qs ?? {}), api_key: apiKey, api_secret: apiSecret },
		};
	}

	test: ICredentialTestRequest = {
		request: {
			baseURL: '={{$credentials.baseUrl.replace(/\\/+$/, "")}}',
			url: '/account/get-balance',
			method: 'GET',
		},
	};
}
