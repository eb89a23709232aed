import type {
	ICredentialDataDecryptedObject,
	ICredentialTestRequest,
	ICredentialType,
	IHttpRequestOptions,
	INodeProperties,
} from 'n8n-workflow';
import { signAcs3 } from '../nodes/core/providers';
import type { HttpRequestSpec } from '../nodes/core/providers';
import { fullUrl, unsignedWebhookFields } from '../nodes/shared/credentialFields';

/** Alibaba Cloud SMS: AccessKey pair (V3 signature ACS3-HMAC-SHA256 on every request) and the approved sign. */
export class AliyunCsiApi implements ICredentialType {
	name = 'aliyunCsiApi';

	displayName = 'Alibaba Cloud SMS (SMS CSI) API';

	documentationUrl =
		'https://github.com/n8n-nodes-sms-csi/n8n-nodes-sms-csi/blob/main/docs/providers-cis-cn.md#alibaba-cloud-sms';

	icon = { light: 'file:icons/aliyun.svg', dark: 'file:icons/aliyun.dark.svg' } as const;

	properties: INodeProperties[] = [
		{
			displayName: 'AccessKey ID',
			name: 'accessKeyId',
			type: 'string',
			default: '',
			required: true,
		},
		{
			displayName: 'AccessKey Secret',
			name: 'accessKeySecret',
			type: 'string',
			typeOptions: { password: true },
			default: '',
			required: true,
		},
		{
			displayName: 'Sign Name (签名)',
			name: 'signName',
			type: 'string',
			default: '',
			required: true,
			description:
				'The approved SMS signature; the customer sees it as 【Sign Name】 in front of the text',
		},
		{
			displayName: 'Base URL',
			name: 'baseUrl',
			type: 'string',
			default: 'https://dysmsapi.aliyuncs.com',
			description: 'Endpoint (dysmsapi.ap-southeast-1.aliyuncs.com for international sending)',
		},
		...unsignedWebhookFields('Alibaba Cloud'),
	];

	/** Signs the request (method, URL, exact body) with the V3 algorithm. */
	async authenticate(
		credentials: ICredentialDataDecryptedObject,
		requestOptions: IHttpRequestOptions,
	): Promise<IHttpRequestOptions> {
		const spec: HttpRequestSpec = {
			method: (requestOptions.method ?? 'POST') as HttpRequestSpec['method'],
			url: fullUrl(requestOptions.baseURL, requestOptions.url),
			headers: { ...((requestOptions.headers ?? {}) as Record<string, string>) },
			bodyType: 'raw',
			body: typeof requestOptions.body === 'string' ? requestOptions.body : '',
		};
		const signed = signAcs3(spec, credentials);
		return { ...requestOptions, headers: { ...(requestOptions.headers ?? {}), ...signed.headers } };
	}

	test: ICredentialTestRequest = {
		request: {
			baseURL: '={{$credentials.baseUrl.replace(/\\/+$/, "")}}',
			url: '/',
			method: 'POST',
			headers: {
				Accept: 'application/json',
				'Content-Type': 'application/x-www-form-urlencoded',
				'x-acs-action': 'QuerySmsSignList',
				'x-acs-version': '2017-05-25',
			},
			body: 'PageIndex=1&PageSize=1',
		},
	};
}
