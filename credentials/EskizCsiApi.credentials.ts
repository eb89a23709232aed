import type {
	ICredentialDataDecryptedObject,
	ICredentialTestRequest,
	ICredentialType,
	IDataObject,
	IHttpRequestHelper,
	INodeProperties,
} from 'n8n-workflow';
import { eskizProvider } from '../nodes/core/providers';
import { unsignedWebhookFields } from '../nodes/shared/credentialFields';

/**
 * Eskiz (Uzbekistan): e-mail + password log in once (n8n pre-authentication) and the bearer token is kept in
 * the credential; n8n logs in again once when a request is answered 401 (expired token).
 */
export class EskizCsiApi implements ICredentialType {
	name = 'eskizCsiApi';

	displayName = 'Eskiz (SMS CSI) API';

	documentationUrl =
		'https://github.com/n8n-nodes-sms-csi/n8n-nodes-sms-csi/blob/main/docs/providers-cis-cn.md#eskiz';

	icon = { light: 'file:icons/eskiz.svg', dark: 'file:icons/eskiz.dark.svg' } as const;

	properties: INodeProperties[] = [
		{
			displayName: 'Session Token',
			name: 'token',
			type: 'hidden',
			typeOptions: { expirable: true, password: true },
			default: '',
		},
		{
			displayName: 'Email',
			name: 'email',
			type: 'string',
			placeholder: 'name@email.com',
			default: '',
			required: true,
		},
		{
			displayName: 'Password',
			name: 'password',
			type: 'string',
			typeOptions: { password: true },
			default: '',
			required: true,
		},
		{
			displayName: 'From',
			name: 'from',
			type: 'string',
			default: '4546',
			description: "Sender name approved in the Eskiz cabinet (4546 is Eskiz's test sender)",
		},
		{
			displayName: 'Base URL',
			name: 'baseUrl',
			type: 'string',
			default: 'https://notify.eskiz.uz',
		},
		...unsignedWebhookFields('Eskiz'),
	];

	/** `POST /api/auth/login` → `data.token` (valid about 30 days). */
	async preAuthentication(this: IHttpRequestHelper, credentials: ICredentialDataDecryptedObject) {
		const login = eskizProvider.preAuthentication;
		if (!login) throw new Error('Eskiz: no login defined');
		const spec = login.loginRequest(credentials);
		const answer = (await this.helpers.httpRequest({
			method: spec.method,
			url: spec.url,
			headers: spec.headers,
			body: spec.body as IDataObject,
			json: true,
			returnFullResponse: true,
			ignoreHttpStatusErrors: true,
		})) as { statusCode: number; body: unknown };
		return { [login.tokenField]: login.readToken(answer.statusCode, answer.body) };
	}

	authenticate = {
		type: 'generic' as const,
		properties: { headers: { Authorization: '=Bearer {{$credentials.token}}' } },
	};

	test: ICredentialTestRequest = {
		request: {
			baseURL: '={{$credentials.baseUrl.replace(/\\/+$/, "")}}',
			url: '/api/auth/user',
			method: 'GET',
		},
	};
}
