// Twilio: what the nodes need besides the wire format (credential, capabilities, node fields, registration).
import { paramText, secretField, twoWay } from '../common/node';
import type { SmsProvider } from '../types';
import { registration } from './registration';

export const node = {
	credential: {
		type: 'twilioCsiApi',
		displayName: 'Twilio (SMS CSI) API',
		webhookSecretFields: ['authToken'],
	},
	capabilities: twoWay({ autoReply: true }),
	// Twilio's Messages API has no idempotency key: a re-send after a timeout can duplicate.
	idempotency: () => ({ idempotent: false }),
	sendFields: [
		{
			displayName: 'Messaging Service SID',
			name: 'messagingServiceSid',
			type: 'string',
			default: '',
			placeholder: 'MG0123456789abcdef0123456789abcdef',
			description: 'Optional Twilio Messaging Service; then Sender may be empty',
		},
	],
	sendExtra(param) {
		const service = paramText(param('messagingServiceSid', ''));
		return service ? { messagingServiceSid: service } : undefined;
	},
	verificationSettings: secretField('authToken'),
	registration,
} satisfies Partial<SmsProvider>;
