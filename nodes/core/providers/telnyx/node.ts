// Telnyx: what the nodes need besides the wire format (credential, capabilities, registration).
import { secretField, twoWay } from '../common/node';
import type { SmsProvider } from '../types';
import { registration } from './registration';

export const node = {
	credential: {
		type: 'telnyxCsiApi',
		displayName: 'Telnyx (SMS CSI) API',
		webhookSecretFields: ['publicKey'],
	},
	capabilities: twoWay({ autoReply: false }),
	idempotency: () => ({ idempotent: false }),
	verificationSettings: secretField('publicKey'),
	registration,
} satisfies Partial<SmsProvider>;
