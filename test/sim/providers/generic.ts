// Generic-HTTP targets for the configurable provider, three real-world shapes:
// - Play Mobile (Uzbekistan) broker API: POST /broker-api/send, Basic auth, `{messages: [{recipient,
//   "message-id", sms: {originator, content: {text}}}]}`, answers 200 "Request is received".
// - Aliyun-SMS-shaped JSON: POST /aliyun/send `{PhoneNumbers, SignName, TemplateCode, TemplateParam}` →
//   200 `{Code: "OK", Message, BizId, RequestId}` (errors are also HTTP 200 with another Code).
// - Tencent-Cloud-SMS-shaped JSON: POST /tencent/send `{PhoneNumberSet, SmsSdkAppId, SignName, TemplateId,
//   TemplateParamSet, SessionContext}` → 200 `{Response: {SendStatusSet: [{SerialNo, Code: "Ok"…}], RequestId}}`
//   (errors are HTTP 200 with `Response.Error`).
// (The real Aliyun/Tencent APIs also require request signing, which is out of scope here.)
import type { ProviderSim, SimFault, SimRequest, SimResponse } from '../types';
import { asObj, basicCredentials, hex, str, uuid } from '../util';

export interface GenericSimCredentials {
	/** Play Mobile Basic auth. */
	username: string;
	password: string;
	/** Aliyun-shaped endpoint: `X-Api-Key` header. */
	apiKey: string;
	/** Tencent-shaped endpoint: Bearer token. */
	token: string;
}

function playMobileMessage(body: unknown): Record<string, unknown> | undefined {
	const msgs = asObj(body)?.messages;
	return Array.isArray(msgs) ? asObj(msgs[0]) : undefined;
}

function recipientOf(req: SimRequest): string | undefined {
	const b = asObj(req.body);
	if (req.path === '/broker-api/send') return str(playMobileMessage(req.body)?.recipient);
	if (req.path === '/aliyun/send') return str(b?.PhoneNumbers);
	if (req.path === '/tencent/send')
		return Array.isArray(b?.PhoneNumberSet) ? str(b.PhoneNumberSet[0]) : undefined;
	return undefined;
}

function pmError(status: number, code: number, description: string): SimResponse {
	return { status, body: { 'error-code': code, 'error-description': description } };
}

export const genericSim: ProviderSim<GenericSimCredentials> = {
	id: 'generic',
	defaults: {
		username: 'playmobile-user',
		password: 'playmobile-pass',
		apiKey: 'aliyun-style-key',
		token: 'tencent-style-token',
	},

	classify(req) {
		if (
			req.method === 'POST' &&
			['/broker-api/send', '/aliyun/send', '/tencent/send'].includes(req.path)
		) {
			return { endpoint: 'send', recipient: recipientOf(req) };
		}
		if (req.method === 'GET') return { endpoint: 'test' };
		return { endpoint: 'other' };
	},

	authenticate(req, creds) {
		if (req.path === '/broker-api/send' || req.path === '/' || req.path === '/broker-api/') {
			const basic = basicCredentials(req.headers.authorization);
			if (!basic || basic.user !== creds.username || basic.password !== creds.password)
				return pmError(401, 401, 'Unauthorized');
		}
		if (req.path === '/aliyun/send' && req.headers['x-api-key'] !== creds.apiKey) {
			return {
				status: 403,
				body: {
					Code: 'InvalidAccessKeyId.NotFound',
					Message: 'Specified access key is not found.',
					RequestId: uuid(),
				},
			};
		}
		if (req.path === '/tencent/send' && req.headers.authorization !== `Bearer ${creds.token}`) {
			return {
				status: 200,
				body: {
					Response: {
						Error: { Code: 'AuthFailure.SecretIdNotFound', Message: 'The SecretId is not found.' },
						RequestId: uuid(),
					},
				},
			};
		}
		return undefined;
	},

	handle(req) {
		if (req.method === 'GET') return { status: 200, body: 'OK' };
		if (req.contentType !== 'json' || req.jsonError) return pmError(400, 400, 'Invalid JSON');
		if (req.path === '/broker-api/send') {
			const m = playMobileMessage(req.body);
			const recipient = str(m?.recipient);
			const messageId = str(m?.['message-id']);
			const sms = asObj(m?.sms);
			const text = str(asObj(sms?.content)?.text);
			if (!recipient || !/^\d{9,15}$/.test(recipient))
				return pmError(400, 102, 'Invalid recipient');
			if (!messageId) return pmError(400, 103, 'message-id is required');
			if (!str(sms?.originator)) return pmError(400, 104, 'originator is required');
			if (!text) return pmError(400, 105, 'text is required');
			return { status: 200, body: 'Request is received' };
		}
		if (req.path === '/aliyun/send') {
			const b = asObj(req.body) ?? {};
			const phone = str(b.PhoneNumbers) ?? '';
			if (!/^\d{11}$/.test(phone.replace(/^\+?86/, ''))) {
				return {
					status: 200,
					body: {
						Code: 'isv.MOBILE_NUMBER_ILLEGAL',
						Message: 'Invalid mobile number',
						RequestId: uuid(),
					},
				};
			}
			if (!str(b.SignName) || !str(b.TemplateCode)) {
				return {
					status: 200,
					body: {
						Code: 'MissingParameter',
						Message: 'SignName and TemplateCode are required',
						RequestId: uuid(),
					},
				};
			}
			try {
				JSON.parse(str(b.TemplateParam) ?? '{}');
			} catch {
				return {
					status: 200,
					body: {
						Code: 'isv.INVALID_JSON_PARAM',
						Message: 'TemplateParam is not valid JSON',
						RequestId: uuid(),
					},
				};
			}
			return {
				status: 200,
				body: { Code: 'OK', Message: 'OK', BizId: `${Date.now()}${hex(3)}^0`, RequestId: uuid() },
			};
		}
		if (req.path === '/tencent/send') {
			const b = asObj(req.body) ?? {};
			const phones = Array.isArray(b.PhoneNumberSet) ? b.PhoneNumberSet.map(String) : [];
			if (phones.length === 0 || !str(b.SmsSdkAppId) || !str(b.TemplateId)) {
				return {
					status: 200,
					body: {
						Response: {
							Error: {
								Code: 'MissingParameter',
								Message: 'PhoneNumberSet, SmsSdkAppId and TemplateId are required',
							},
							RequestId: uuid(),
						},
					},
				};
			}
			return {
				status: 200,
				body: {
					Response: {
						SendStatusSet: phones.map((p) =>
							/^\+\d{8,15}$/.test(p)
								? {
										SerialNo: `5000:${hex(10)}`,
										PhoneNumber: p,
										Fee: 1,
										SessionContext: str(b.SessionContext) ?? '',
										Code: 'Ok',
										Message: 'send success',
										IsoCode: 'CN',
									}
								: {
										SerialNo: '',
										PhoneNumber: p,
										Fee: 0,
										SessionContext: str(b.SessionContext) ?? '',
										Code: 'InvalidParameterValue.IncorrectPhoneNumber',
										Message: 'invalid phone number',
										IsoCode: '',
									},
						),
						RequestId: uuid(),
					},
				},
			};
		}
		return pmError(404, 404, 'Not found');
	},

	fault(fault: SimFault) {
		const status = fault.status ?? 400;
		return pmError(
			status,
			Number(fault.code ?? status) || status,
			fault.message ??
				(status === 429
					? 'Too many requests'
					: status >= 500
						? 'Internal server error'
						: 'Bad request'),
		);
	},
};
