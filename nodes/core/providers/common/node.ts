// Helpers for the node-facing parts of provider modules (credential fields → verification settings).
import type { ProviderCapabilities, VerificationContext, VerifyOptions } from '../types';

/** A credential field as a trimmed string ('' when absent or not a string/number). */
export function credentialText(credentials: Record<string, unknown>, key: string): string {
	const v = credentials[key];
	if (typeof v === 'string') return v.trim();
	if (typeof v === 'number' && Number.isFinite(v)) return String(v);
	return '';
}

/** Verify options every provider starts from: the trigger's "Timestamp Tolerance" when set. */
export function baseVerifyOptions(context: VerificationContext): VerifyOptions {
	const out: VerifyOptions = {};
	const tolerance = context.options.toleranceSeconds;
	if (typeof tolerance === 'number' && tolerance >= 0) out.toleranceSeconds = tolerance;
	return out;
}

/** A verification that takes one credential field as the secret. */
export function secretField(field: string) {
	return (credentials: Record<string, unknown>, context: VerificationContext) => ({
		secret: credentialText(credentials, field),
		verifyOptions: baseVerifyOptions(context),
	});
}

/** A node parameter as a trimmed string. */
export function paramText(value: unknown): string {
	return value === undefined || value === null ? '' : String(value).trim();
}

/** A provider with inbound replies, delivery reports and a per-message delivery-report URL. */
export function twoWay(options: { autoReply: boolean }): ProviderCapabilities {
	return {
		replies: true,
		statusReports: true,
		autoReply: options.autoReply,
		statusCallbackPerMessage: true,
	};
}
