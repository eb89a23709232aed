// Executes the provider core's described requests through n8n's HTTP helper with the provider credential.
import type {
	ICredentialsDecrypted,
	IDataObject,
	IExecuteFunctions,
	IHttpRequestMethods,
	IHttpRequestOptions,
} from 'n8n-workflow';
import { encodeForm, networkFailure } from '../../core/providers';
import type {
	HttpRequestSpec,
	ProviderConfig,
	SendResult,
	SmsProvider,
} from '../../core/providers';

/** The core's request description as n8n request options (no auth: the credential adds it). */
export function toRequestOptions(spec: HttpRequestSpec, timeout: number): IHttpRequestOptions {
	const options: IHttpRequestOptions = {
		url: spec.url,
		method: spec.method as IHttpRequestMethods,
		headers: { ...spec.headers },
		returnFullResponse: true,
		ignoreHttpStatusErrors: true,
		timeout,
		json: spec.bodyType === 'json',
	};
	if (spec.qs && Object.keys(spec.qs).length > 0) options.qs = { ...spec.qs };
	if (spec.bodyType === 'form') {
		options.body =
			typeof spec.body === 'string'
				? spec.body
				: encodeForm((spec.body ?? {}) as Record<string, unknown>);
	} else if (spec.bodyType === 'json') {
		options.body = (spec.body ?? {}) as IDataObject;
	} else if (spec.bodyType === 'raw' && spec.body !== undefined) {
		options.body = spec.body as string;
	}
	return options;
}

interface FullResponse {
	statusCode: number;
	body: unknown;
	headers: Record<string, string | string[] | undefined>;
}

/** The error fields `networkFailure` reads, from n8n's wrapped error (NodeApiError → cause = the HTTP client error). */
function errorShape(error: unknown): { code?: string; message?: string; name?: string } {
	const outer = (error ?? {}) as {
		code?: unknown;
		message?: unknown;
		name?: unknown;
		cause?: unknown;
	};
	const cause = (outer.cause ?? {}) as { code?: unknown; message?: unknown; name?: unknown };
	const code =
		typeof cause.code === 'string'
			? cause.code
			: typeof outer.code === 'string'
				? outer.code
				: undefined;
	const message =
		typeof cause.message === 'string' && cause.message
			? cause.message
			: typeof outer.message === 'string'
				? outer.message
				: undefined;
	const name =
		typeof cause.name === 'string'
			? cause.name
			: typeof outer.name === 'string'
				? outer.name
				: undefined;
	return { code, message, name };
}

/**
 * One send attempt: performs the request with `httpRequestWithAuthentication` and lets the provider module read
 * the answer. Network errors and timeouts become the core's `networkFailure` (never thrown). `decrypted` is the
 * credential read once per run: passing it spares n8n a credential lookup and decryption per request.
 */
export async function attemptSend(
	ctx: IExecuteFunctions,
	credentialType: string,
	provider: SmsProvider,
	spec: HttpRequestSpec,
	config: ProviderConfig,
	timeout: number,
	decrypted?: ICredentialsDecrypted,
): Promise<SendResult> {
	// A provider with a token login (Eskiz) needs n8n to see a 401 as an error, so that it logs in again once and
	// repeats the request; and the credential data object is shared, so the token obtained is kept for the
	// following items of the run instead of a login per message.
	const reauth = provider.preAuthentication !== undefined;
	const options = toRequestOptions(spec, timeout);
	if (reauth) options.ignoreHttpStatusErrors = false;
	let response: FullResponse;
	try {
		response = (await ctx.helpers.httpRequestWithAuthentication.call(
			ctx,
			credentialType,
			options,
			decrypted
				? {
						credentialsDecrypted: reauth
							? decrypted
							: { ...decrypted, data: { ...(decrypted.data ?? {}) } },
					}
				: undefined,
		)) as FullResponse;
	} catch (error) {
		const answered = reauth ? httpErrorResponse(error) : undefined;
		if (!answered) return networkFailure(provider.id, errorShape(error));
		response = answered;
	}
	const result = provider.parseSendResponse(
		response.statusCode,
		response.body,
		response.headers,
		config,
	);
	if (result.ok && result.messageId === '' && provider.messageIdOf) {
		return { ...result, messageId: provider.messageIdOf(spec) ?? '' };
	}
	return result;
}

/** The HTTP answer inside n8n's error for a non-2xx status (thrown when status errors are not ignored). */
function httpErrorResponse(error: unknown): FullResponse | undefined {
	const outer = (error ?? {}) as { httpCode?: unknown; cause?: unknown };
	const cause = (outer.cause ?? {}) as {
		response?: { status?: unknown; data?: unknown; headers?: unknown };
		status?: unknown;
	};
	const status = Number(cause.response?.status ?? outer.httpCode);
	if (!Number.isInteger(status) || status < 100) return undefined;
	return {
		statusCode: status,
		body: cause.response?.data ?? '',
		headers: (cause.response?.headers ?? {}) as FullResponse['headers'],
	};
}
