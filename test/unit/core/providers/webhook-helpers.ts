import { readFileSync } from 'fs';
import { join } from 'path';
import type { InboundRequest, VerifyResult } from '../../../../nodes/core/providers/types';

/** Text of a webhook fixture in `fixtures/<provider>/webhook-<name>`. */
export function webhookFixture(provider: string, name: string): string {
	return readFileSync(join(__dirname, provider, `webhook-${name}`), 'utf8');
}

/** A POST request with the given raw body and headers. */
export function post(
	url: string,
	body: string,
	headers: Record<string, string> = {},
): InboundRequest {
	return { method: 'POST', url, headers, body };
}

/** Same request with one header renamed to a new letter case. */
export function recaseHeaders(request: InboundRequest, mode: 'lower' | 'upper'): InboundRequest {
	const headers: InboundRequest['headers'] = {};
	for (const [k, v] of Object.entries(request.headers))
		headers[mode === 'lower' ? k.toLowerCase() : k.toUpperCase()] = v;
	return { ...request, headers };
}

/** Same request without the named header (any case). */
export function withoutHeader(request: InboundRequest, name: string): InboundRequest {
	const headers: InboundRequest['headers'] = {};
	for (const [k, v] of Object.entries(request.headers))
		if (k.toLowerCase() !== name.toLowerCase()) headers[k] = v;
	return { ...request, headers };
}

/** Asserts the verify result never contains the secret. */
export function expectNoSecret(result: VerifyResult, secret: string): void {
	expect(JSON.stringify(result)).not.toContain(secret);
}

/** Replace the first occurrence of `from` in the body (tampering). */
export function tamperBody(request: InboundRequest, from: string, to: string): InboundRequest {
	expect(request.body).toContain(from);
	return { ...request, body: request.body.replace(from, to) };
}

export const NOW = Date.UTC(2024, 4, 1, 10, 0, 0);
