// MessageBird: what the nodes need besides the wire format (credential, capabilities).
import { secretField, twoWay } from '../common/node';
import type { SmsProvider } from '../types';

export const node = {
	optionName: 'MessageBird (Bird)',
	credential: {
		type: 'messageBirdCsiApi',
		displayName: 'MessageBird (SMS CSI) API',
		webhookSecretFields: ['signingSecret'],
	},
	capabilities: twoWay({ autoReply: false }),
	idempotency: () => ({ idempotent: false, via: 'reference (correlation only)' }),
	verificationSettings: secretField('signingSecret'),
} satisfies Partial<SmsProvider>;
