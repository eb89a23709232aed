// Plivo "Register Webhook Automatically": the application's Message URL.
import { configText, isRecord, joinUrl, resolveBaseUrl } from '../common';
import { paramText } from '../common/node';
import type { ProviderRegistration, RegistrationTarget } from '../types';
import { DEFAULT_BASE_URL } from './send';

const appUrl = (t: RegistrationTarget) =>
	joinUrl(
		t.baseUrl,
		`/v1/Account/${encodeURIComponent(t.account ?? '')}/Application/${encodeURIComponent(t.resource ?? '')}/`,
	);

export const registration: ProviderRegistration = {
	fields: [
		{
			displayName: 'Application ID',
			name: 'plivoAppId',
			type: 'string',
			default: '',
			required: true,
			description:
				'Plivo application (linked to your numbers) whose Message URL is set to this trigger',
		},
	],
	target(config, param) {
		const appId = paramText(param('plivoAppId', ''));
		if (appId === '') throw new Error('the Plivo "Application ID"');
		return {
			provider: 'plivo',
			baseUrl: resolveBaseUrl(config, DEFAULT_BASE_URL),
			account: configText(config, 'authId'),
			resource: appId,
			slots: ['sms'],
		};
	},
	readRequest: (t) => ({
		method: 'GET',
		url: appUrl(t),
		headers: { Accept: 'application/json' },
		bodyType: 'none',
	}),
	readState(t, body) {
		const b = isRecord(body) ? body : {};
		if (typeof b.message_url !== 'string' && typeof b.app_id !== 'string') {
			return `Plivo application ${t.resource ?? ''} was not found`;
		}
		return { values: { sms: typeof b.message_url === 'string' ? b.message_url : '' } };
	},
	writeRequest: (t, _state, values) => ({
		method: 'POST',
		url: appUrl(t),
		headers: { Accept: 'application/json', 'Content-Type': 'application/json' },
		bodyType: 'json',
		body: { message_url: values.sms ?? '', message_method: 'POST' },
	}),
};
