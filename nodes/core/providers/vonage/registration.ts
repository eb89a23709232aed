// Vonage "Register Webhook Automatically": the account's inbound (mo) and delivery-receipt (dr) callbacks.
import { isRecord, joinUrl, resolveBaseUrl } from '../common';
import type { HttpRequestSpec, ProviderRegistration } from '../types';
import { DEFAULT_BASE_URL } from './send';

const text = (v: unknown): string => (typeof v === 'string' ? v : '');

const settingsRequest = (baseUrl: string, body: Record<string, string>): HttpRequestSpec => ({
	method: 'POST',
	url: joinUrl(baseUrl, '/account/settings'),
	headers: { Accept: 'application/json', 'Content-Type': 'application/x-www-form-urlencoded' },
	bodyType: 'form',
	body,
});

export const registration: ProviderRegistration = {
	fields: [
		{
			displayName: 'Account Callbacks',
			name: 'vonageCallbacks',
			type: 'options',
			options: [
				{ name: 'Inbound SMS and Delivery Receipts', value: 'both' },
				{ name: 'Inbound SMS Only', value: 'mo' },
				{ name: 'Delivery Receipts Only', value: 'dr' },
			],
			default: 'both',
			description: 'Which Vonage account callback URLs (SMS API) are set to this trigger',
		},
	],
	target(config, param) {
		const which = param('vonageCallbacks', 'both');
		const slots = which === 'mo' ? ['mo'] : which === 'dr' ? ['dr'] : ['mo', 'dr'];
		return { provider: 'vonage', baseUrl: resolveBaseUrl(config, DEFAULT_BASE_URL), slots };
	},
	// An update without parameters answers with the current settings.
	readRequest: (t) => settingsRequest(t.baseUrl, {}),
	readState(_t, body) {
		const b = isRecord(body) ? body : {};
		return { values: { mo: text(b['mo-callback-url']), dr: text(b['dr-callback-url']) } };
	},
	writeRequest(t, _state, values) {
		const body: Record<string, string> = {};
		if (values.mo !== undefined) body.moCallBackUrl = values.mo;
		if (values.dr !== undefined) body.drCallBackUrl = values.dr;
		return settingsRequest(t.baseUrl, body);
	},
};
