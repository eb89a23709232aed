// Registering the trigger's URL with the provider ("Register Webhook Automatically"): which provider setting
// holds the URL, how to read it and how to change it. Pure: describes requests and reads responses.
import { joinUrl } from '../core/providers/shared/http';
import type { HttpRequestSpec, ProviderId } from '../core/providers/types';

/** Providers whose API lets the trigger set its URL. */
export const REGISTRABLE_PROVIDERS: readonly ProviderId[] = ['twilio', 'telnyx', 'vonage', 'plivo'];

/** Where the URL goes and which settings ("slots") receive it. */
export interface RegistrationTarget {
	provider: 'twilio' | 'telnyx' | 'vonage' | 'plivo';
	baseUrl: string;
	/** Twilio account SID / Plivo auth ID. */
	account?: string;
	/** Twilio phone number (E.164), Telnyx messaging profile id, Plivo application id. */
	resource?: string;
	/** Vonage: which account callbacks to set. */
	slots: string[];
}

/** Current values of the slots, plus what the update request needs (Twilio number SID). */
export interface RegistrationState {
	values: Record<string, string>;
	handle?: string;
}

function isObject(v: unknown): v is Record<string, unknown> {
	return typeof v === 'object' && v !== null && !Array.isArray(v);
}

function text(v: unknown): string {
	return typeof v === 'string' ? v : '';
}

/** Request that reads the current settings. */
export function readRequest(t: RegistrationTarget): HttpRequestSpec {
	switch (t.provider) {
		case 'twilio':
			return {
				method: 'GET',
				url: joinUrl(t.baseUrl, `/2010-04-01/Accounts/${encodeURIComponent(t.account ?? '')}/IncomingPhoneNumbers.json`),
				headers: { Accept: 'application/json' },
				qs: { PhoneNumber: t.resource ?? '' },
				bodyType: 'none',
			};
		case 'telnyx':
			return {
				method: 'GET',
				url: joinUrl(t.baseUrl, `/v2/messaging_profiles/${encodeURIComponent(t.resource ?? '')}`),
				headers: { Accept: 'application/json' },
				bodyType: 'none',
			};
		case 'vonage':
			// An update without parameters answers with the current settings.
			return {
				method: 'POST',
				url: joinUrl(t.baseUrl, '/account/settings'),
				headers: { Accept: 'application/json', 'Content-Type': 'application/x-www-form-urlencoded' },
				bodyType: 'form',
				body: {},
			};
		case 'plivo':
			return {
				method: 'GET',
				url: joinUrl(
					t.baseUrl,
					`/v1/Account/${encodeURIComponent(t.account ?? '')}/Application/${encodeURIComponent(t.resource ?? '')}/`,
				),
				headers: { Accept: 'application/json' },
				bodyType: 'none',
			};
	}
}

/**
 * Read the current slot values from the answer to {@link readRequest}. Returns a message (string) when the
 * resource was not found (Twilio number not on the account, …).
 */
export function readState(t: RegistrationTarget, body: unknown): RegistrationState | string {
	const b = isObject(body) ? body : {};
	switch (t.provider) {
		case 'twilio': {
			const list = Array.isArray(b.incoming_phone_numbers) ? b.incoming_phone_numbers : [];
			const match = list.find((n) => isObject(n) && n.phone_number === t.resource);
			if (!isObject(match)) return `The phone number ${t.resource ?? ''} is not on this Twilio account`;
			return { values: { sms: text(match.sms_url) }, handle: text(match.sid) };
		}
		case 'telnyx': {
			const data = isObject(b.data) ? b.data : undefined;
			if (!data) return `Telnyx messaging profile ${t.resource ?? ''} was not found`;
			return { values: { sms: text(data.webhook_url) } };
		}
		case 'vonage':
			return { values: { mo: text(b['mo-callback-url']), dr: text(b['dr-callback-url']) } };
		case 'plivo':
			if (typeof b.message_url !== 'string' && typeof b.app_id !== 'string') {
				return `Plivo application ${t.resource ?? ''} was not found`;
			}
			return { values: { sms: text(b.message_url) } };
	}
}

/** Request that sets slots to `values` (only the slots given). */
export function writeRequest(t: RegistrationTarget, state: RegistrationState, values: Record<string, string>): HttpRequestSpec {
	switch (t.provider) {
		case 'twilio': {
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
		}
		case 'telnyx':
			return {
				method: 'PATCH',
				url: joinUrl(t.baseUrl, `/v2/messaging_profiles/${encodeURIComponent(t.resource ?? '')}`),
				headers: { Accept: 'application/json', 'Content-Type': 'application/json' },
				bodyType: 'json',
				body: { webhook_url: values.sms ?? '', webhook_api_version: '2' },
			};
		case 'vonage': {
			const body: Record<string, string> = {};
			if (values.mo !== undefined) body.moCallBackUrl = values.mo;
			if (values.dr !== undefined) body.drCallBackUrl = values.dr;
			return {
				method: 'POST',
				url: joinUrl(t.baseUrl, '/account/settings'),
				headers: { Accept: 'application/json', 'Content-Type': 'application/x-www-form-urlencoded' },
				bodyType: 'form',
				body,
			};
		}
		case 'plivo':
			return {
				method: 'POST',
				url: joinUrl(
					t.baseUrl,
					`/v1/Account/${encodeURIComponent(t.account ?? '')}/Application/${encodeURIComponent(t.resource ?? '')}/`,
				),
				headers: { Accept: 'application/json', 'Content-Type': 'application/json' },
				bodyType: 'json',
				body: { message_url: values.sms ?? '', message_method: 'POST' },
			};
	}
}

/** Whether every slot of the target already holds `url`. */
export function isRegistered(t: RegistrationTarget, state: RegistrationState, url: string): boolean {
	return t.slots.length > 0 && t.slots.every((s) => state.values[s] === url);
}

/** Values that point every slot at `url`, and the previous values worth restoring later. */
export function planCreate(
	t: RegistrationTarget,
	state: RegistrationState,
	url: string,
): { values: Record<string, string>; previous: Record<string, string> } {
	const values: Record<string, string> = {};
	const previous: Record<string, string> = {};
	for (const s of t.slots) {
		values[s] = url;
		const old = state.values[s] ?? '';
		if (old !== url) previous[s] = old;
	}
	return { values, previous };
}

/** Values that restore the slots still pointing at `url` to what they were before (or empty). */
export function planDelete(
	t: RegistrationTarget,
	state: RegistrationState,
	url: string,
	previous: Record<string, string>,
): Record<string, string> {
	const values: Record<string, string> = {};
	for (const s of t.slots) if (state.values[s] === url) values[s] = previous[s] ?? '';
	return values;
}

/** Provider's error text from an error answer, for the node's error message. */
export function errorText(body: unknown): string {
	if (typeof body === 'string') return body.slice(0, 300);
	if (!isObject(body)) return '';
	if (typeof body.message === 'string') return body.message;
	if (typeof body.error === 'string') return body.error;
	if (typeof body['error-code-label'] === 'string') return body['error-code-label'];
	if (Array.isArray(body.errors) && isObject(body.errors[0])) {
		const e = body.errors[0];
		return [text(e.title), text(e.detail)].filter(Boolean).join(': ');
	}
	return JSON.stringify(body).slice(0, 300);
}
