// Node parameters and credential fields → the settings of `handleInbound`. Pure.
import type { GenericWebhookOptions } from '../core/providers/generic/webhook';
import type { ProviderId, VerifyOptions } from '../core/providers/types';

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

/** The "Field Paths" collection (generic provider). */
export interface FieldPaths {
	errorCodePath?: string;
	eventPath?: string;
	fromPath?: string;
	itemsPath?: string;
	idPath?: string;
	partIndexPath?: string;
	partRefPath?: string;
	partTotalPath?: string;
	replyEventValues?: string;
	segmentsPath?: string;
	statusPath?: string;
	textPath?: string;
	timestampPath?: string;
	toPath?: string;
}

function field(credentials: Record<string, unknown>, key: string): string {
	const v = credentials[key];
	if (typeof v === 'string') return v.trim();
	if (typeof v === 'number' && Number.isFinite(v)) return String(v);
	return '';
}

/**
 * The secret and verify options for `provider` from its credential (field names of the package's
 * credential types) and the node options. `hasBearer`: the request carries `Authorization: Bearer` (Vonage
 * Messages API JWT), which selects Vonage's JWT check instead of the configured SMS signature method.
 */
export function verificationSettings(
	provider: ProviderId,
	credentials: Record<string, unknown>,
	options: TriggerOptions,
	hasBearer: boolean,
): { secret: string; verifyOptions: VerifyOptions } {
	const verifyOptions: VerifyOptions = {};
	if (typeof options.toleranceSeconds === 'number' && options.toleranceSeconds >= 0) {
		verifyOptions.toleranceSeconds = options.toleranceSeconds;
	}
	switch (provider) {
		case 'twilio':
		case 'plivo':
			return { secret: field(credentials, 'authToken'), verifyOptions };
		case 'vonage': {
			const method = field(credentials, 'signatureMethod');
			if (hasBearer) verifyOptions.mode = 'jwt';
			else if (method !== '') verifyOptions.mode = method;
			return { secret: field(credentials, 'signatureSecret'), verifyOptions };
		}
		case 'telnyx':
			return { secret: field(credentials, 'publicKey'), verifyOptions };
		case 'messagebird':
			return { secret: field(credentials, 'signingSecret'), verifyOptions };
		case 'infobip':
			verifyOptions.mode = 'basic';
			verifyOptions.username = field(credentials, 'webhookUsername');
			verifyOptions.password = field(credentials, 'webhookPassword');
			return { secret: '', verifyOptions };
		case 'sinch':
			verifyOptions.mode = 'hmac';
			return { secret: field(credentials, 'webhookSecret'), verifyOptions };
		case 'generic': {
			const token = field(credentials, 'webhookToken');
			const hmacSecret = field(credentials, 'webhookHmacSecret');
			if (token !== '') verifyOptions.token = token;
			if (options.genericBasicAuth) {
				verifyOptions.username = field(credentials, 'username');
				verifyOptions.password = field(credentials, 'password');
			}
			if (hmacSecret !== '') {
				verifyOptions.hmacHeader = (options.hmacHeader ?? '').trim() || 'X-Signature';
				verifyOptions.hmacAlgorithm = options.hmacAlgorithm ?? 'sha256';
			}
			return { secret: hmacSecret, verifyOptions };
		}
	}
}

/** Field paths → the generic parser's options (empty paths left out). */
export function genericOptionsOf(paths: FieldPaths): GenericWebhookOptions {
	const out: GenericWebhookOptions = {};
	const keys = [
		'errorCodePath',
		'eventPath',
		'fromPath',
		'itemsPath',
		'idPath',
		'partIndexPath',
		'partRefPath',
		'partTotalPath',
		'segmentsPath',
		'statusPath',
		'textPath',
		'timestampPath',
		'toPath',
	] as const;
	for (const key of keys) {
		const v = paths[key];
		if (typeof v === 'string' && v.trim() !== '') out[key] = v.trim();
	}
	if (typeof paths.replyEventValues === 'string' && paths.replyEventValues.trim() !== '') {
		out.replyEventValues = paths.replyEventValues
			.split(',')
			.map((s) => s.trim())
			.filter((s) => s !== '');
	}
	return out;
}
