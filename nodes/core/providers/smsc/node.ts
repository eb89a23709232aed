// SMSC.ru: credential, capabilities, idempotency, verification (unsigned push: URL token / Basic auth).
import type { SmsProvider } from '../types';
import { UNSIGNED_SECRET_FIELDS, unsignedVerification } from '../unsigned';

export const node = {
	credential: {
		type: 'smscCsiApi',
		displayName: 'SMSC.ru (SMS CSI) API',
		webhookSecretFields: [...UNSIGNED_SECRET_FIELDS],
	},
	capabilities: {
		replies: true,
		statusReports: true,
		autoReply: false,
		// The push URLs are set once in the provider's console, not per message.
		statusCallbackPerMessage: false,
	},
	idempotency: () => ({ idempotent: false, via: 'id (correlation only)' }),
	verificationSettings: unsignedVerification,
} satisfies Partial<SmsProvider>;
