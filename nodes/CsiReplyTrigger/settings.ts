// Node parameters and credential fields → the settings of `handleInbound`. Pure.
import { getProvider } from '../core/providers';
import type { ProviderId, VerifyOptions } from '../core/providers';

/** The "Options" collection of the node. */
export interface TriggerOptions {
	autoReply?: string;
	dedupeSeconds?: number;
	hmacAlgorithm?: 'sha1' | 'sha256' | 'sha512';
	hmacHeader?: string;
	joinParts?: boolean;
	publicUrl?: string;
	genericBasicAuth?: boolean;
	toleranceSeconds?: number;
}

/**
 * The secret and verify options for `provider` from its credential and the node options: the provider
 * module's own `verificationSettings`. `hasBearer`: the request carries `Authorization: Bearer` (Vonage
 * Messages API JWT).
 */
export function verificationSettings(
	provider: ProviderId,
	credentials: Record<string, unknown>,
	options: TriggerOptions,
	hasBearer: boolean,
): { secret: string; verifyOptions: VerifyOptions } {
	return getProvider(provider).verificationSettings(credentials, {
		options: options as Record<string, unknown>,
		hasBearer,
	});
}
