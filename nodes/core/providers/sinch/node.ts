// Sinch: what the nodes need besides the wire format (credential, capabilities).
import { baseVerifyOptions, credentialText, twoWay } from '../common/node';
import type { SmsProvider } from '../types';

export const node = {
	credential: {
		type: 'sinchCsiApi',
		displayName: 'Sinch (SMS CSI) API',
		webhookSecretFields: ['webhookSecret'],
	},
	capabilities: twoWay({ autoReply: false }),
	idempotency: () => ({ idempotent: false, via: 'client_reference (correlation only)' }),
	verificationSettings(credentials, context) {
		const verifyOptions = baseVerifyOptions(context);
		verifyOptions.mode = 'hmac';
		return { secret: credentialText(credentials, 'webhookSecret'), verifyOptions };
	},
} satisfies Partial<SmsProvider>;
