// One interface for every SMS provider. A provider module is pure: it describes HTTP requests and reads
// HTTP responses / webhook requests; it never performs I/O. The n8n nodes execute the described requests
// through n8n's HTTP helpers with the provider's credential, and answer webhooks with what the module says.

export type ProviderId =
	| 'twilio'
	| 'vonage'
	| 'plivo'
	| 'telnyx'
	| 'infobip'
	| 'messagebird'
	| 'sinch'
	| 'generic';

/** A fully described HTTP request (no secrets unless `applyAuth` was called on it). */
export interface HttpRequestSpec {
	method: 'GET' | 'POST' | 'PUT' | 'PATCH' | 'DELETE';
	/** Absolute URL, built from the credential's Base URL. */
	url: string;
	headers: Record<string, string>;
	/** Query-string parameters (already strings). */
	qs?: Record<string, string>;
	/** `json`: `body` is a JSON-serialisable object; `form`: `body` is a flat string map sent urlencoded. */
	bodyType: 'json' | 'form' | 'none' | 'raw';
	body?: Record<string, unknown> | string;
}

/** What a send needs, provider-neutral. */
export interface SendInput {
	/** Recipient in E.164 (`+998901234567`). */
	to: string;
	/** Sender: phone number, alphanumeric sender id, or short code. */
	from?: string;
	text: string;
	/** Where the provider should post delivery reports for this message, if supported. */
	statusCallbackUrl?: string;
	/** Our reference (survey id); sent as client reference / idempotency key where the provider has one. */
	reference?: string;
	/** Text needs UCS-2 (from `countSegments(text).encoding`); providers that need a flag get it. */
	unicode?: boolean;
	/** Provider-specific extras, e.g. Twilio `messagingServiceSid`, Infobip `applicationId`. */
	extra?: Record<string, string | number | boolean | undefined>;
}

/**
 * Non-secret and secret settings from the provider's credential. Each module documents which keys it reads
 * (e.g. Twilio `accountSid`, `authToken`; Sinch `servicePlanId`, `apiToken`, `region`).
 */
export interface ProviderConfig {
	baseUrl?: string;
	[key: string]: unknown;
}

export interface SendSuccess {
	ok: true;
	provider: ProviderId;
	messageId: string;
	/** Provider's initial status, mapped to DeliveryStatus where known. */
	status?: DeliveryStatus;
	/** Provider-reported segment count / price where the response has it. */
	segments?: number;
	raw: unknown;
}

export interface SendFailure {
	ok: false;
	provider: ProviderId;
	/** 429, 5xx, timeouts and network errors: worth retrying. */
	retryable: boolean;
	/** Provider's own error code as a string (`21610`, `40300`, `EC_INVALID_DESTINATION_ADDRESS`, HTTP status…). */
	code: string;
	/** Provider's own message, verbatim where it gave one. */
	message: string;
	httpStatus?: number;
	/** Classification of permanent errors a workflow reacts to. */
	kind: 'rate_limited' | 'server_error' | 'timeout' | 'network' | 'auth' | 'invalid_number' | 'opted_out' | 'invalid_request' | 'insufficient_funds' | 'unknown';
	/** Seconds to wait before retrying when the provider said so (Retry-After). */
	retryAfter?: number;
	raw: unknown;
}

export type SendResult = SendSuccess | SendFailure;

export type DeliveryStatus = 'queued' | 'sent' | 'delivered' | 'failed' | 'undelivered';

/** An inbound HTTP request as a webhook receives it. Header names may be in any case. */
export interface InboundRequest {
	/** The full public URL the provider called (scheme, host, path and query), as the provider saw it. */
	url: string;
	method: string;
	headers: Record<string, string | string[] | undefined>;
	/** The raw body exactly as received (form-encoded or JSON text). */
	body: string;
}

/** The one shape every provider's inbound reply or delivery report is turned into. */
export interface NormalizedEvent {
	provider: ProviderId;
	event: 'reply' | 'status';
	/** E.164 where the provider gives a number (`+` added when the provider omits it). */
	from: string;
	to: string;
	/** Reply text ('' for status events). */
	text: string;
	/** Provider's id of this inbound message, or of the outbound message the status is about. */
	messageId: string;
	/** ISO 8601. Provider timestamp when present, else the time of parsing. */
	receivedAt: string;
	status?: DeliveryStatus;
	/** Provider's error code for failed/undelivered. */
	errorCode?: string;
	segments?: number;
	/** Concatenated inbound part info, when the provider delivers parts separately. */
	part?: { reference: string; index: number; total: number };
	/** The provider's own payload for this event. */
	raw: unknown;
}

export interface VerifyOptions {
	/** Seconds a signed timestamp may be away from now (default 300). */
	toleranceSeconds?: number;
	/** Current time in ms, for tests (default Date.now()). */
	now?: number;
	/** Provider-specific mode, e.g. Vonage `md5hash | md5 | sha1 | sha256 | sha512`. */
	mode?: string;
	/** For basic auth / path token verification of providers that do not sign. */
	username?: string;
	password?: string;
	token?: string;
	/** Generic provider HMAC mode: the header carrying the signature (e.g. `X-Signature`). */
	hmacHeader?: string;
	/** Generic provider HMAC mode: digest over the raw body (default `sha256`). */
	hmacAlgorithm?: 'sha1' | 'sha256' | 'sha512';
	/** Generic provider HMAC mode: how the header encodes the digest (default: hex or base64 accepted). */
	hmacEncoding?: 'hex' | 'base64';
}

export interface VerifyResult {
	ok: boolean;
	/** Why it failed (never contains the secret): `missing_signature`, `bad_signature`, `expired`, … */
	reason?: string;
}

/** What to answer the provider's webhook with. */
export interface WebhookResponse {
	status: number;
	headers: Record<string, string>;
	body: string;
}

export interface SmsProvider {
	id: ProviderId;
	/** Display name. */
	name: string;
	/** The provider's real API base URL (credential default). */
	defaultBaseUrl: string;
	/** Describe the send request (without auth). */
	buildSendRequest(input: SendInput, config: ProviderConfig): HttpRequestSpec;
	/** Add the provider's authentication from the credential config (used by credentials and tools). */
	applyAuth(request: HttpRequestSpec, config: ProviderConfig): HttpRequestSpec;
	/**
	 * Read an HTTP response (status + parsed body, or the error text) into one shape. `config` is the same
	 * credential config the request was built with; only providers whose response format is configurable
	 * (the generic HTTP provider: `messageIdPath`, `successPath`…) read it. Pass it always.
	 */
	parseSendResponse(
		httpStatus: number,
		body: unknown,
		headers?: Record<string, string | string[] | undefined>,
		config?: ProviderConfig,
	): SendResult;
	/** Request used by the credential's Test button (e.g. account balance / account info). */
	buildTestRequest(config: ProviderConfig): HttpRequestSpec;
	/**
	 * Parse an inbound webhook into normalized events (several for batched payloads like Infobip `results[]`).
	 * Throws `WebhookError` (status 400) for bodies that are not this provider's format.
	 */
	parseWebhook(request: InboundRequest): NormalizedEvent[];
	/** Verify a webhook's authenticity. Never throws; never echoes the secret. */
	verifyWebhook(request: InboundRequest, secret: string, options?: VerifyOptions): VerifyResult;
	/** Whether the provider signs its webhooks (else basic auth / path token is used). */
	signsWebhooks: boolean;
	/** What the provider expects as the webhook's answer (Twilio: TwiML, optionally with an auto-reply). */
	webhookResponse(events: NormalizedEvent[], options?: { autoReply?: string }): WebhookResponse;
}

export class WebhookError extends Error {
	constructor(
		message: string,
		public readonly status: number = 400,
	) {
		super(message);
		this.name = 'WebhookError';
	}
}
