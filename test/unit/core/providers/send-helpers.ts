// Test helpers for the provider send modules: fixtures and a real HTTP round trip with Node's fetch.
import { readFileSync } from 'fs';
import { join } from 'path';
import { encodeForm, networkFailure } from '../../../../nodes/core/providers/common';
import type {
	HttpRequestSpec,
	ProviderConfig,
	ProviderId,
	SendInput,
	SendResult,
	SmsProvider,
} from '../../../../nodes/core/providers/types';

export interface Fixture {
	status: number;
	headers: Record<string, string>;
	body: unknown;
}

/** A fixture in the provider's real wire format: `fixtures/<provider>/<name>.json`. */
export function fixture(provider: ProviderId, name: string): Fixture {
	return JSON.parse(readFileSync(join(__dirname, provider, `${name}.json`), 'utf8')) as Fixture;
}

/** Parse a fixture through a provider, with the body as the raw text an HTTP client would hand over. */
export function parseFixture(
	provider: Pick<SmsProvider, 'parseSendResponse'>,
	id: ProviderId,
	name: string,
	config?: ProviderConfig,
): SendResult {
	const f = fixture(id, name);
	const text = typeof f.body === 'string' ? f.body : JSON.stringify(f.body);
	return provider.parseSendResponse(f.status, text, f.headers, config);
}

export interface HttpAnswer {
	status: number;
	headers: Record<string, string>;
	body: string;
}

/** The URL of a spec with its query string. */
export function fullUrl(spec: HttpRequestSpec): string {
	if (!spec.qs || Object.keys(spec.qs).length === 0) return spec.url;
	return `${spec.url}${spec.url.includes('?') ? '&' : '?'}${encodeForm(spec.qs)}`;
}

/** Execute a described request with fetch (as the n8n node will with its HTTP helper). */
export async function execute(spec: HttpRequestSpec, timeoutMs = 3000): Promise<HttpAnswer> {
	let body: string | undefined;
	if (spec.bodyType === 'json') body = JSON.stringify(spec.body ?? {});
	else if (spec.bodyType === 'form')
		body = encodeForm((spec.body ?? {}) as Record<string, unknown>);
	else if (spec.bodyType === 'raw')
		body = typeof spec.body === 'string' ? spec.body : JSON.stringify(spec.body);
	const res = await fetch(fullUrl(spec), {
		method: spec.method,
		headers: spec.headers,
		body,
		signal: AbortSignal.timeout(timeoutMs),
	});
	const headers: Record<string, string> = {};
	res.headers.forEach((v, k) => (headers[k] = v));
	return { status: res.status, headers, body: await res.text() };
}

/** build → applyAuth → fetch → parseSendResponse (or networkFailure when no HTTP answer arrived). */
export async function sendVia(
	provider:
		| SmsProvider
		| Pick<SmsProvider, 'id' | 'buildSendRequest' | 'applyAuth' | 'parseSendResponse'>,
	input: SendInput,
	config: ProviderConfig,
	timeoutMs = 3000,
): Promise<SendResult> {
	const spec = provider.applyAuth(provider.buildSendRequest(input, config), config);
	try {
		const answer = await execute(spec, timeoutMs);
		return provider.parseSendResponse(answer.status, answer.body, answer.headers, config);
	} catch (err) {
		const e = err as {
			name?: string;
			message?: string;
			code?: string;
			cause?: { code?: string; message?: string };
		};
		if (e.name === 'TimeoutError')
			return networkFailure(provider.id, { name: e.name, message: e.message, code: 'ETIMEDOUT' });
		return networkFailure(provider.id, {
			code: e.cause?.code ?? e.code,
			message: e.cause?.message ?? e.message,
		});
	}
}

/** Decode a Basic auth header value. */
export function decodeBasic(header: string | undefined): string {
	if (!header?.startsWith('Basic ')) return '';
	return Buffer.from(header.slice(6), 'base64').toString('utf8');
}
