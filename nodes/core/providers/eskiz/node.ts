// Eskiz: credential (token login), capabilities (no inbound SMS), idempotency, verification.
import { httpFailure } from '../common';
import type { SmsProvider } from '../types';
import { UNSIGNED_SECRET_FIELDS, unsignedVerification } from '../unsigned';
import { eskizLoginRequest, eskizTokenOf } from './send';

export const node = {
	credential: {
		type: 'eskizCsiApi',
		displayName: 'Eskiz (SMS CSI) API',
		webhookSecretFields: [...UNSIGNED_SECRET_FIELDS],
	},
	capabilities: {
		// Eskiz documents no inbound SMS: replies must reach n8n through another channel.
		replies: false,
		statusReports: true,
		autoReply: false,
		statusCallbackPerMessage: true,
	},
	idempotency: () => ({ idempotent: false }),
	verificationSettings: unsignedVerification,
	preAuthentication: {
		tokenField: 'token',
		loginRequest: eskizLoginRequest,
		readToken(httpStatus: number, body: unknown): string {
			const token = httpStatus >= 200 && httpStatus < 300 ? eskizTokenOf(body) : undefined;
			if (!token) {
				const failure = httpFailure('eskiz', httpStatus, {
					code: String(httpStatus),
					message: '',
					raw: body,
				});
				throw new Error(
					`Eskiz login failed (HTTP ${httpStatus}${failure.kind === 'auth' ? ': wrong e-mail or password' : ''})`,
				);
			}
			return token;
		},
	},
} satisfies Partial<SmsProvider>;
