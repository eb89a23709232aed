import { aliyunProvider } from './aliyun';
import { eskizProvider } from './eskiz';
import { genericProvider } from './generic';
import { infobipProvider } from './infobip';
import { messagebirdProvider } from './messagebird';
import { playmobileProvider } from './playmobile';
import { plivoProvider } from './plivo';
import { sinchProvider } from './sinch';
import { smscProvider } from './smsc';
import { telnyxProvider } from './telnyx';
import { tencentProvider } from './tencent';
import { twilioProvider } from './twilio';
import type { InboundRequest, ProviderId, SmsProvider, VerifyOptions, VerifyResult } from './types';
import { vonageProvider } from './vonage';

/** Every supported provider, in the order of the docs (a new provider: one line here). */
const PROVIDER_LIST: readonly SmsProvider[] = [
	twilioProvider,
	vonageProvider,
	plivoProvider,
	telnyxProvider,
	infobipProvider,
	messagebirdProvider,
	sinchProvider,
	genericProvider,
	playmobileProvider,
	eskizProvider,
	aliyunProvider,
	tencentProvider,
	smscProvider,
];

/** Every supported provider by id. */
export const PROVIDERS: Readonly<Record<ProviderId, SmsProvider>> = Object.freeze(
	Object.fromEntries(PROVIDER_LIST.map((p) => [p.id, p])),
);

export const PROVIDER_IDS: readonly ProviderId[] = PROVIDER_LIST.map((p) => p.id);

/** The provider module for an id; throws a clear error for an unknown id. */
export function getProvider(id: string): SmsProvider {
	const p = Object.prototype.hasOwnProperty.call(PROVIDERS, id) ? PROVIDERS[id] : undefined;
	if (!p)
		throw new Error(`Unknown SMS provider "${id}". Expected one of: ${PROVIDER_IDS.join(', ')}`);
	return p;
}

/** Every provider module, in registry order. */
export function listProviders(): readonly SmsProvider[] {
	return PROVIDER_LIST;
}

/** The nodes' "Provider" options (`optionName` or `name`), sorted by name. */
export function providerOptions(): Array<{ name: string; value: ProviderId }> {
	return PROVIDER_LIST.map((p) => ({ name: p.optionName ?? p.name, value: p.id })).sort((a, b) =>
		a.name.localeCompare(b.name, 'en'),
	);
}

/** The provider whose credential type is `type` (undefined when none). */
export function providerOfCredential(type: string): SmsProvider | undefined {
	return PROVIDER_LIST.find((p) => p.credential.type === type);
}

/**
 * Verify an inbound webhook of `provider` with the secret its console shows (Twilio/Plivo auth token,
 * Vonage signature secret, MessageBird signing key, Telnyx public key…). Never throws.
 */
export function verifyWebhook(
	provider: ProviderId,
	request: InboundRequest,
	secret: string,
	options?: VerifyOptions,
): VerifyResult {
	const p = Object.prototype.hasOwnProperty.call(PROVIDERS, provider)
		? PROVIDERS[provider]
		: undefined;
	if (!p) return { ok: false, reason: 'unknown_provider' };
	try {
		return p.verifyWebhook(request, secret, options);
	} catch {
		return { ok: false, reason: 'verification_error' };
	}
}
