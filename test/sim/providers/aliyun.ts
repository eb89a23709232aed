// Alibaba Cloud SMS simulator (Dysmsapi 2017-05-25, RPC style, V3 signature checked): SendSms,
// QuerySmsSignList. Approved templates and signs come from the credentials.
import type { ProviderSim, SimFault, SimResponse } from '../types';
import { str, uuid } from '../util';
import { checkAcs3, placeholders } from './cloudSign';

export interface AliyunSimCredentials {
	accessKeyId: string;
	accessKeySecret: string;
	signName: string;
	/** Approved templates: code → text with ${name} placeholders. */
	templates: Record<string, string>;
}

function acsError(code: string, message: string, status = 200): SimResponse {
	return { status, body: { Code: code, Message: message, RequestId: uuid() } };
}

function formOf(raw: string): Record<string, string> {
	return Object.fromEntries(new URLSearchParams(raw));
}

export const aliyunSim: ProviderSim<AliyunSimCredentials> = {
	id: 'aliyun',
	defaults: {
		accessKeyId: 'LTAI5tSimulatedKey01',
		accessKeySecret: 'SimulatedSecret0123456789abcdef',
		signName: '示例客服',
		templates: { SMS_460000001: '您的工单${ticket}已处理，请回复1-5为本次服务评分' },
	},

	classify(req) {
		const action = str(req.headers['x-acs-action']);
		if (action === 'SendSms')
			return { endpoint: 'send', recipient: formOf(req.rawBody).PhoneNumbers };
		if (action === 'QuerySmsSignList') return { endpoint: 'test' };
		return { endpoint: 'other' };
	},

	authenticate(req, creds) {
		const reason = checkAcs3(req.method, `/aliyun${req.path}`, req.headers, req.rawBody, creds);
		if (!reason) return undefined;
		return acsError(
			reason,
			`Specified signature is not matched with our calculation (${reason}).`,
			reason === 'InvalidAccessKeyId.NotFound' ? 404 : 400,
		);
	},

	handle(req, creds, _o, state) {
		const action = str(req.headers['x-acs-action']);
		if (str(req.headers['x-acs-version']) !== '2017-05-25')
			return acsError('InvalidVersion', 'Specified parameter Version is not valid.', 400);
		const p = formOf(req.rawBody);
		if (action === 'QuerySmsSignList')
			return {
				status: 200,
				body: {
					Code: 'OK',
					Message: 'OK',
					RequestId: uuid(),
					SmsSignList: [{ SignName: creds.signName, AuditStatus: 'AUDIT_STATE_PASS' }],
				},
			};
		if (action !== 'SendSms')
			return acsError('InvalidAction.NotFound', 'Specified api is not found.', 404);
		if (
			!/^\d{11,15}$/.test(p.PhoneNumbers ?? '') ||
			(p.PhoneNumbers.startsWith('86') && !/^861\d{10}$/.test(p.PhoneNumbers))
		)
			return acsError('isv.MOBILE_NUMBER_ILLEGAL', '非法手机号');
		if (p.SignName !== creds.signName)
			return acsError('isv.SMS_SIGNATURE_ILLEGAL', '该账号下找不到对应签名');
		const text = creds.templates[p.TemplateCode ?? ''];
		if (text === undefined) return acsError('isv.SMS_TEMPLATE_ILLEGAL', '该账号下找不到对应模板');
		let params: Record<string, unknown> = {};
		if (p.TemplateParam !== undefined) {
			try {
				params = JSON.parse(p.TemplateParam) as Record<string, unknown>;
			} catch {
				return acsError('isv.INVALID_JSON_PARAM', 'JSON参数不合法，只接受字符串值');
			}
		}
		for (const name of placeholders(text).named)
			if (typeof params[name] !== 'string')
				return acsError('isv.TEMPLATE_MISSING_PARAMETERS', `模板缺少变量 ${name}`);
		const bizId = `${900000 + Math.floor(Math.random() * 99999)}${Date.now() % 100000}^0`;
		const rendered = text.replace(/\$\{([A-Za-z_][A-Za-z0-9_]*)\}/g, (_, n: string) =>
			String(params[n]),
		);
		state.set(bizId, { to: p.PhoneNumbers, text: `【${p.SignName}】${rendered}`, outId: p.OutId });
		return { status: 200, body: { Code: 'OK', Message: 'OK', BizId: bizId, RequestId: uuid() } };
	},

	fault(fault: SimFault) {
		if (fault.code !== undefined)
			return acsError(fault.code, fault.message ?? fault.code, fault.status ?? 200);
		return {
			status: fault.status ?? 500,
			body: { Code: 'isp.SYSTEM_ERROR', Message: 'System error', RequestId: uuid() },
		};
	},
};
