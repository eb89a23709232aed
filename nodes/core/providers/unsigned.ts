// Verification settings for providers whose pushes are unsigned (Play Mobile, Eskiz, Alibaba Cloud, Tencent
// Cloud, SMSC.ru): the credential's secret URL token and/or Basic auth. With neither set, verification fails
// (`missing_secret`), so an unprotected URL is never accepted.
import { baseVerifyOptions, credentialText } from './common';
import type { VerificationContext, VerifyOptions } from './types';

export const UNSIGNED_SECRET_FIELDS = [
	'webhookToken',
	'webhookUsername',
	'webhookPassword',
] as const;

export function unsignedVerification(
	credentials: Record<string, unknown>,
	context: VerificationContext,
): { secret: string; verifyOptions: VerifyOptions } {
	const verifyOptions = baseVerifyOptions(context);
	const token = credentialText(credentials, 'webhookToken');
	const username = credentialText(credentials, 'webhookUsername');
	if (token !== '') verifyOptions.token = token;
	if (username !== '') {
		verifyOptions.username = username;
		verifyOptions.password = credentialText(credentials, 'webhookPassword');
	}
	return { secret: '', verifyOptions };
}
