// Tencent Cloud SMS simulator (2021-01-11, TC3 signature checked): SendSms, DescribePhoneNumberInfo.
import type { ProviderSim, SimFault, SimResponse } from '../types';
import { asObj, str, uuid } from '../util';
import { checkTc3, placeholders } from './cloudSign';

export interface TencentSimCredentials {
	secretId: string;
	secretKey: string;
	smsSdkAppId: string;
	signName: string;
	/** Approved templates: id → text with {1}, {2} placeholders. */
	templates: Record<string, string>;
}

function tcError(code: string, message: string): SimResponse {
	return {
		status: 200,
		body: { Response: { Error: { Code: code, Message: message }, RequestId: uuid() } },
	};
}

function json(raw: string): Record<string, unknown> | undefined {
	try {
		return asObj(JSON.parse(raw));
	} catch {
		return undefined;
	}
}

export const tencentSim: ProviderSim<TencentSimCredentials> = {
	id: 'tencent',
	defaults: {
		secretId: 'AKIDsimulated0000000000000000000000',
		secretKey: 'simulatedSecretKey000000000000000',
		smsSdkAppId: '1400000001',
		signName: '示例客服',
		templates: { '2000001': '您的工单{1}已处理，请回复1-5为本次服务评分' },
	},

	classify(req) {
		const action = str(req.headers['x-tc-action']);
		if (action === 'SendSms') {
			const set = json(req.rawBody)?.PhoneNumberSet;
			return { endpoint: 'send', recipient: Array.isArray(set) ? str(set[0]) : undefined };
		}
		if (action === 'DescribePhoneNumberInfo') return { endpoint: 'test' };
		return { endpoint: 'other' };
	},

	authenticate(req, creds) {
		const reason = checkTc3(`/tencent${req.path}`, req.headers, req.rawBody, creds);
		return reason ? tcError(reason, 'The provided credentials could not be validated.') : undefined;
	},

	handle(req, creds) {
		if (str(req.headers['x-tc-version']) !== '2021-01-11')
			return tcError('InvalidParameter', 'Version');
		const b = json(req.rawBody);
		if (!b) return tcError('InvalidParameter', 'The request body is not valid JSON');
		const action = str(req.headers['x-tc-action']);
		if (action === 'DescribePhoneNumberInfo')
			return {
				status: 200,
				body: {
					Response: {
						PhoneNumberInfoSet: [
							{
								Code: 'Ok',
								Message: '',
								NationCode: '86',
								SubscriberNumber: '13711112222',
								PhoneNumber: '+8613711112222',
								IsoCode: 'CN',
								IsoName: 'China',
							},
						],
						RequestId: uuid(),
					},
				},
			};
		if (action !== 'SendSms') return tcError('InvalidAction', 'The action does not exist.');
		if (str(b.SmsSdkAppId) !== creds.smsSdkAppId)
			return tcError('InvalidParameterValue.SdkAppIdNotExist', 'SdkAppId not exist.');
		const set = Array.isArray(b.PhoneNumberSet) ? b.PhoneNumberSet.map(String) : [];
		if (set.length === 0)
			return tcError('MissingParameter.EmptyPhoneNumberSet', 'PhoneNumberSet is empty');
		const text = creds.templates[str(b.TemplateId) ?? ''];
		if (text === undefined)
			return tcError(
				'FailedOperation.TemplateIncorrectOrUnapproved',
				'template is not approved or not exist.',
			);
		const params = Array.isArray(b.TemplateParamSet) ? b.TemplateParamSet : [];
		if (params.length !== placeholders(text).indexed)
			return tcError(
				'InvalidParameterValue.TemplateParameterFormatError',
				'the number of template parameters does not match',
			);
		const statuses = set.map((phone) => {
			if (!/^\+\d{8,15}$/.test(phone))
				return {
					SerialNo: '',
					PhoneNumber: phone,
					Fee: 0,
					SessionContext: str(b.SessionContext) ?? '',
					Code: 'InvalidParameterValue.IncorrectPhoneNumber',
					Message: 'incorrect phone number',
					IsoCode: '',
				};
			if (phone.startsWith('+86') && str(b.SignName) !== creds.signName)
				return {
					SerialNo: '',
					PhoneNumber: phone,
					Fee: 0,
					SessionContext: str(b.SessionContext) ?? '',
					Code: 'FailedOperation.SignatureIncorrectOrUnapproved',
					Message: 'signature is not approved',
					IsoCode: 'CN',
				};
			return {
				SerialNo: `2019:${Date.now()}${Math.floor(Math.random() * 1000)}`,
				PhoneNumber: phone,
				Fee: 1,
				SessionContext: str(b.SessionContext) ?? '',
				Code: 'Ok',
				Message: 'send success',
				IsoCode: phone.startsWith('+86') ? 'CN' : 'XX',
			};
		});
		return { status: 200, body: { Response: { SendStatusSet: statuses, RequestId: uuid() } } };
	},

	fault(fault: SimFault, req) {
		if (fault.code !== undefined && fault.code.startsWith('LimitExceeded.')) {
			const set = json(req.rawBody)?.PhoneNumberSet;
			const phone = Array.isArray(set) ? String(set[0]) : '';
			return {
				status: 200,
				body: {
					Response: {
						SendStatusSet: [
							{
								SerialNo: '',
								PhoneNumber: phone,
								Fee: 0,
								SessionContext: '',
								Code: fault.code,
								Message: fault.message ?? 'limit exceeded',
								IsoCode: 'CN',
							},
						],
						RequestId: uuid(),
					},
				},
			};
		}
		if (fault.code !== undefined) return tcError(fault.code, fault.message ?? fault.code);
		return { status: fault.status ?? 500, body: '' };
	},
};
