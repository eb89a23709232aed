// Play Mobile: credential, capabilities, idempotency, verification, the keyword option of the trigger.
import { paramText } from '../common';
import type { SmsProvider } from '../types';
import { UNSIGNED_SECRET_FIELDS, unsignedVerification } from '../unsigned';
import type { PlaymobileParseOptions } from './webhook';

export const node = {
	credential: {
		type: 'playMobileCsiApi',
		displayName: 'Play Mobile (SMS CSI) API',
		webhookSecretFields: [...UNSIGNED_SECRET_FIELDS],
	},
	capabilities: {
		replies: true,
		// Play Mobile's public documentation describes no delivery-report push or status query.
		statusReports: false,
		autoReply: false,
		statusCallbackPerMessage: false,
	},
	idempotency: () => ({ idempotent: false, via: 'message-id (duplicate handling undocumented)' }),
	verificationSettings: unsignedVerification,
	triggerFields: [
		{
			displayName: 'Reply Keyword',
			name: 'playmobileKeyword',
			type: 'string',
			default: '',
			placeholder: 'CSI',
			description:
				'On a shared short number: the keyword customers write before their answer ("CSI 5"); it is removed before parsing',
		},
	],
	webhookParseOptions(param): PlaymobileParseOptions {
		const keyword = paramText(param('playmobileKeyword', ''));
		return keyword ? { keyword } : {};
	},
} satisfies Partial<SmsProvider>;
