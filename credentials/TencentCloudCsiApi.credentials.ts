import type {
	ICredentialDataDecryptedObject,
	ICredentialTestRequest,
	ICredentialType,
	IHttpRequestOptions,
	INodeProperties,
} from 'n8n-workflow';
import { signTc3 } from '../nodes/core/providers';
import type { HttpRequestSpec } from '../nodes/core/providers';
import { fullUrl, unsignedWebhookFields } from '../nodes/shared/credentialFields';

/** Tencent Cloud SMS: SecretId/SecretKey (TC3-HMAC-SHA256 on every request), SDK AppID and approved sign. */
export class TencentCloudCsiApi implements ICredentialType {
	name = 'tencentCloudCsiApi';

	displayName = 'Tencent Cloud SMS (SMS CSI) API';

	documentationUrl =
		'https://github.com/n8n-nodes-sms-csi/n8n-nodes-sms-csi/blob/main/docs/providers-cis-cn.md#tencent-cloud-sms';

	icon = { light: 'file:icons/tencent.svg', dark: 'file:icons/tencent.dark.svg' } as const;

	properties: INodeProperties[] = [
		{ displayName: 'SecretId', name: 'secretId', type: 'string', default: '', required: true },
		{
			displayName: 'SecretKey',
			name: 'secretKey',
			type: 'string',
			typeOptions: { password: true },
			default: '',
			required: true,
		},
		{
			displayName: 'SMS SDK AppID',
			name: 'smsSdkAppId',
			type: 'string',
			default: '',
			required: true,
			placeholder: '1400000000',
		},
		{
			displayName: 'Sign Name (签名)',
			name: 'signName',
			type: 'string',
			default: '',
			description:
				'Approved SMS signature (required for mainland China numbers); shown as 【Sign Name】',
		},
		{ displayName: 'Region', name: 'region', type: 'string', default: 'ap-guangzhou' },
		{
			displayName: 'Base URL',
			name: 'baseUrl',
			type: 'string',
			default: 'https://sms.tencentcloudapi.com',
		},
		...unsignedWebhookFields('Tencent Cloud'),
	];

	/** Signs the request (exact JSON body) with TC3-HMAC-SHA256. */
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
		const signed = signTc3(spec, credentials);
		return { ...requestOptions, headers: { ...(requestOptions.headers ?? {}), ...signed.headers } };
	}

	test: ICredentialTestRequest = {
		request: {
			baseURL: '={{$credentials.baseUrl.replace(/\\/+$/, "")}}',
			url: '/',
			method: 'POST',
			headers: {
				Accept: 'application/json',
				'Content-Type': 'application/json; charset=utf-8',
				'X-TC-Action': 'DescribePhoneNumberInfo',
				'X-TC-Version': '2021-01-11',
				'X-TC-Region': '={{$credentials.region || "ap-guangzhou"}}',
			},
			body: '{"PhoneNumberSet":["+8613711112222"]}',
		},
		rules: [
			{
				type: 'responseSuccessBody',
				properties: {
					key: 'Response.Error.Code',
					value: 'AuthFailure.SignatureFailure',
					message: 'Tencent Cloud rejected the signature: check SecretId and SecretKey',
				},
			},
			{
				type: 'responseSuccessBody',
				properties: {
					key: 'Response.Error.Code',
					value: 'AuthFailure.SecretIdNotFound',
					message: 'Unknown SecretId',
				},
			},
		],
	};
}
