import type {
	ICredentialDataDecryptedObject,
	ICredentialTestRequest,
	ICredentialType,
	IHttpRequestOptions,
	INodeProperties,
} from 'n8n-workflow';
import { unsignedWebhookFields } from '../nodes/shared/credentialFields';

/** Play Mobile (Uzbekistan) broker API: Basic auth; unsigned XML reply push protected by a URL token. */
export class PlayMobileCsiApi implements ICredentialType {
	name = 'playMobileCsiApi';

	displayName = 'Play Mobile (SMS CSI) API';

	documentationUrl =
		'https://github.com/n8n-nodes-sms-csi/n8n-nodes-sms-csi/blob/main/docs/providers-cis-cn.md#play-mobile';

	icon = { light: 'file:icons/playmobile.svg', dark: 'file:icons/playmobile.dark.svg' } as const;

	properties: INodeProperties[] = [
		{
			displayName: 'Username',
			name: 'username',
			type: 'string',
			default: '',
			required: true,
			description: 'Broker API login Play Mobile gave you',
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
			displayName: 'Originator',
			name: 'originator',
			type: 'string',
			default: '',
			placeholder: '3700',
			description:
				"Default sender: your short number or approved alpha name (the node's From wins)",
		},
		{
			displayName: 'Base URL',
			name: 'baseUrl',
			type: 'string',
			default: 'https://send.smsxabar.uz',
			description: 'Broker API base URL from your contract (…/broker-api/send is added)',
		},
		...unsignedWebhookFields('Play Mobile'),
	];

	async authenticate(
		credentials: ICredentialDataDecryptedObject,
		requestOptions: IHttpRequestOptions,
	): Promise<IHttpRequestOptions> {
		return {
			...requestOptions,
			auth: {
				username: String(credentials.username ?? ''),
				password: String(credentials.password ?? ''),
			},
		};
	}

	/**
	 * Play Mobile has no documented balance/account endpoint: the Test posts an empty batch (nothing is sent);
	 * 401 means wrong credentials. Play Mobile does not document its answer to an empty batch.
	 */
	test: ICredentialTestRequest = {
		request: {
			baseURL: '={{$credentials.baseUrl.replace(/\\/+$/, "")}}',
			url: '/broker-api/send',
			method: 'POST',
			body: { messages: [] },
			json: true,
		},
	};
}
