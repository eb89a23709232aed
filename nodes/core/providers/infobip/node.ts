// Infobip: what the nodes need besides the wire format (credential, capabilities, idempotency).
import { baseVerifyOptions, credentialText, twoWay } from '../common/node';
import type { SmsProvider } from '../types';

export const node = {
	credential: {
		type: 'infobipCsiApi',
		displayName: 'Infobip (SMS CSI) API',
		webhookSecretFields: ['webhookUsername', 'webhookPassword'],
	},
	capabilities: twoWay({ autoReply: false }),
	// The reference is the client-chosen `destinations[0].messageId`: Infobip rejects a repeated one.
	idempotency: () => ({
		idempotent: true,
		duplicateCode: 'REJECTED_DUPLICATE_MESSAGE_ID',
		via: 'destinations[0].messageId',
	}),
	// Infobip does not sign its webhooks: the forwarding is protected with Basic auth.
	verificationSettings(credentials, context) {
		const verifyOptions = baseVerifyOptions(context);
		verifyOptions.mode = 'basic';
		verifyOptions.username = credentialText(credentials, 'webhookUsername');
		verifyOptions.password = credentialText(credentials, 'webhookPassword');
		return { secret: '', verifyOptions };
	},
} satisfies Partial<SmsProvider>;
