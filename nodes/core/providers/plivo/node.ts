// Plivo: what the nodes need besides the wire format (credential, capabilities, registration).
import { secretField, twoWay } from '../common/node';
import type { SmsProvider } from '../types';
import { registration } from './registration';

export const node = {
	credential: {
		type: 'plivoCsiApi',
		displayName: 'Plivo (SMS CSI) API',
		webhookSecretFields: ['authToken'],
	},
	capabilities: twoWay({ autoReply: true }),
	idempotency: () => ({ idempotent: false }),
	verificationSettings: secretField('authToken'),
	registration,
} satisfies Partial<SmsProvider>;
