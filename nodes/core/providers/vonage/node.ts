// Vonage: what the nodes need besides the wire format (credential, capabilities, node fields, registration).
import { baseVerifyOptions, credentialText, twoWay } from '../common/node';
import type { SmsProvider } from '../types';
import { registration } from './registration';

export const node = {
	optionName: 'Vonage (Nexmo)',
	credential: {
		type: 'vonageCsiApi',
		displayName: 'Vonage (SMS CSI) API',
		webhookSecretFields: ['signatureSecret'],
	},
	capabilities: twoWay({ autoReply: false }),
	// `client-ref` is for correlation only: Vonage does not reject a repeated one.
	idempotency: () => ({ idempotent: false, via: 'client-ref (correlation only)' }),
	verificationSettings(credentials, context) {
		const verifyOptions = baseVerifyOptions(context);
		const method = credentialText(credentials, 'signatureMethod');
		// A Messages API webhook carries a JWT (Authorization: Bearer) instead of the SMS API signature.
		if (context.hasBearer) verifyOptions.mode = 'jwt';
		else if (method !== '') verifyOptions.mode = method;
		return { secret: credentialText(credentials, 'signatureSecret'), verifyOptions };
	},
	triggerFields: [
		{
			displayName:
				'Vonage signs webhooks only when "signed webhooks" are enabled for the account; set the signature secret and method in the credential',
			name: 'vonageNotice',
			type: 'notice',
			default: '',
			displayOptions: { show: { verify: [true] } },
		},
	],
	registration,
} satisfies Partial<SmsProvider>;
