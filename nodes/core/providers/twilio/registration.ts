// Twilio "Register Webhook Automatically": the number's "A message comes in" URL (SmsUrl).
import { isRecord, joinUrl, resolveBaseUrl, configText } from '../common';
import { paramText } from '../common/node';
import type { ProviderRegistration } from '../types';
import { DEFAULT_BASE_URL } from './send';

const text = (v: unknown): string => (typeof v === 'string' ? v : '');

export const registration: ProviderRegistration = {
	fields: [
		{
			displayName: 'Phone Number',
			name: 'phoneNumber',
			type: 'string',
			default: '',
			required: true,
			placeholder: '+15005550006',
			description:
				'Your Twilio number (E.164) whose "A message comes in" URL is set to this trigger',
		},
	],
	target(config, param) {
		const raw = paramText(param('phoneNumber', '')).replace(/[\s()-]/g, '');
		if (raw === '') throw new Error('the Twilio "Phone Number" whose messaging URL is set');
		return {
			provider: 'twilio',
			baseUrl: resolveBaseUrl(config, DEFAULT_BASE_URL),
			account: configText(config, 'accountSid'),
			resource: raw.startsWith('+') ? raw : `+${raw}`,
			slots: ['sms'],
		};
	},
	readRequest: (t) => ({
		method: 'GET',
		url: joinUrl(
			t.baseUrl,
			`/2010-04-01/Accounts/${encodeURIComponent(t.account ?? '')}/IncomingPhoneNumbers.json`,
		),
		headers: { Accept: 'application/json' },
		qs: { PhoneNumber: t.resource ?? '' },
		bodyType: 'none',
	}),
	readState(t, body) {
		const b = isRecord(body) ? body : {};
		const list = Array.isArray(b.incoming_phone_numbers) ? b.incoming_phone_numbers : [];
		const match = list.find((n) => isRecord(n) && n.phone_number === t.resource);
		if (!isRecord(match))
			return `The phone number ${t.resource ?? ''} is not on this Twilio account`;
		return { values: { sms: text(match.sms_url) }, handle: text(match.sid) };
	},
	writeRequest(t, state, values) {
		const url = values.sms ?? '';
		const body: Record<string, string> = { SmsUrl: url };
		if (url !== '') body.SmsMethod = 'POST';
		return {
			method: 'POST',
			url: joinUrl(
				t.baseUrl,
				`/2010-04-01/Accounts/${encodeURIComponent(t.account ?? '')}/IncomingPhoneNumbers/${encodeURIComponent(state.handle ?? '')}.json`,
			),
			headers: { Accept: 'application/json', 'Content-Type': 'application/x-www-form-urlencoded' },
			bodyType: 'form',
			body,
		};
	},
};
