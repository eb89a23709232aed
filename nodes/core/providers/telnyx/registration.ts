// Telnyx "Register Webhook Automatically": the messaging profile's webhook URL.
import { configText, isRecord, joinUrl, resolveBaseUrl } from '../common';
import { paramText } from '../common/node';
import type { ProviderRegistration } from '../types';
import { DEFAULT_BASE_URL } from './send';

const profileUrl = (baseUrl: string, id: string) =>
	joinUrl(baseUrl, `/v2/messaging_profiles/${encodeURIComponent(id)}`);

export const registration: ProviderRegistration = {
	fields: [
		{
			displayName: 'Messaging Profile ID',
			name: 'messagingProfileId',
			type: 'string',
			default: '',
			description:
				'Telnyx messaging profile whose webhook URL is set to this trigger. Empty: the one in the credential.',
		},
	],
	target(config, param) {
		const id =
			paramText(param('messagingProfileId', '')) || configText(config, 'messagingProfileId');
		if (id === '') throw new Error('a Telnyx "Messaging Profile ID" (node or credential)');
		return {
			provider: 'telnyx',
			baseUrl: resolveBaseUrl(config, DEFAULT_BASE_URL),
			resource: id,
			slots: ['sms'],
		};
	},
	readRequest: (t) => ({
		method: 'GET',
		url: profileUrl(t.baseUrl, t.resource ?? ''),
		headers: { Accept: 'application/json' },
		bodyType: 'none',
	}),
	readState(t, body) {
		const data = isRecord(body) && isRecord(body.data) ? body.data : undefined;
		if (!data) return `Telnyx messaging profile ${t.resource ?? ''} was not found`;
		return { values: { sms: typeof data.webhook_url === 'string' ? data.webhook_url : '' } };
	},
	writeRequest: (t, _state, values) => ({
		method: 'PATCH',
		url: profileUrl(t.baseUrl, t.resource ?? ''),
		headers: { Accept: 'application/json', 'Content-Type': 'application/json' },
		bodyType: 'json',
		body: { webhook_url: values.sms ?? '', webhook_api_version: '2' },
	}),
};
