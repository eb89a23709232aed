import { genericProvider } from './generic';
import { infobipProvider } from './infobip';
import { messagebirdProvider } from './messagebird';
import { plivoProvider } from './plivo';
import { sinchProvider } from './sinch';
import { telnyxProvider } from './telnyx';
import { twilioProvider } from './twilio';
import type { InboundRequest, ProviderId, SmsProvider, VerifyOptions, VerifyResult } from './types';
import { vonageProvider } from './vonage';

/** Every supported provider by id. */
export const PROVIDERS: Readonly<Record<ProviderId, SmsProvider>> = {
	twilio: twilioProvider,
	vonage: vonageProvider,
	plivo: plivoProvider,
	telnyx: telnyxProvider,
	infobip: infobipProvider,
	messagebird: messagebirdProvider,
	sinch: sinchProvider,
	generic: genericProvider,
};

export const PROVIDER_IDS = Object.keys(PROVIDERS) as ProviderId[];

/** The provider module for an id; throws a clear error for an unknown id. */
export function getProvider(id: string): SmsProvider {
	const p = (PROVIDERS as Record<string, SmsProvider | undefined>)[id];
	if (!p) throw new Error(`Unknown SMS provider "${id}". Expected one of: ${PROVIDER_IDS.join(', ')}`);
	return p;
}

/**
 * Verify an inbound webhook of `provider` with the secret its console shows (Twilio/Plivo auth token,
 * Vonage signature secret, MessageBird signing key, Telnyx public key…). Never throws.
 */
export function verifyWebhook(
	provider: ProviderId | string,
	request: InboundRequest,
	secret: string,
	options?: VerifyOptions,
): VerifyResult {
	const p = (PROVIDERS as Record<string, SmsProvider | undefined>)[provider];
	if (!p) return { ok: false, reason: 'unknown_provider' };
	try {
		return p.verifyWebhook(request, secret, options);
	} catch {
		return { ok: false, reason: 'verification_error' };
	}
}
