// Alibaba Cloud SMS: credential, capabilities, idempotency, verification (unsigned push: URL token / Basic auth).
import { credentialText } from '../common';
import { withSign } from '../cn-shared';
import type { SmsProvider } from '../types';
import { UNSIGNED_SECRET_FIELDS, unsignedVerification } from '../unsigned';

export const node = {
	credential: {
		type: 'aliyunCsiApi',
		displayName: 'Alibaba Cloud SMS (SMS CSI) API',
		webhookSecretFields: [...UNSIGNED_SECRET_FIELDS],
	},
	capabilities: {
		replies: true,
		statusReports: true,
		autoReply: false,
		// The push URLs are set once in the provider's console, not per message.
		statusCallbackPerMessage: false,
	},
	idempotency: () => ({
		idempotent: false,
		via: 'OutId (correlation only; SendSms is documented as not idempotent)',
	}),
	verificationSettings: unsignedVerification,
	// The customer reads the approved sign in front of the template text.
	visibleText: (text: string, config: Record<string, unknown>) =>
		withSign(credentialText(config, 'signName'), text),
} satisfies Partial<SmsProvider>;
