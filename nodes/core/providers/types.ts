// One interface for every SMS provider. A provider module is pure: it describes HTTP requests and reads
// HTTP responses / webhook requests; it never performs I/O. The n8n nodes execute the described requests
// through n8n's HTTP helpers with the provider's credential, and answer webhooks with what the module says.

/**
 * A provider's id (`twilio`, `playmobile`…). The registry (`registry.ts`) holds the known ones; `getProvider`
 * rejects any other id with a clear error.
 */
export type ProviderId = string;

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
	/**
	 * An approved template (template mode): the provider's template id/code and its parameters in template
	 * order. `text` is then the approved text with the parameters filled in (what the customer reads).
	 * Template-only providers (Alibaba Cloud, Tencent Cloud) send `id` + `params`; others send `text`.
	 */
	template?: SendTemplate;
}

/** A pre-approved template and its parameters (name → value, in the template's order). */
export interface SendTemplate {
	id: string;
	params: Array<{ name: string; value: string }>;
}

/**
 * Non-secret and secret settings from the provider's credential. Each module documents which keys it reads
 * (e.g. Twilio `accountSid`, `authToken`; Sinch `servicePlanId`, `apiToken`, `region`).
 */
export interface ProviderConfig {
	baseUrl?: string;
	/** Clock in ms for signing (`applyAuth`), so a test can pin the signed time. Default: Date.now(). */
	now?: number;
	/** Signature nonce for signing providers (`applyAuth`). Default: a random one. */
	nonce?: string;
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
	kind:
		| 'rate_limited'
		| 'server_error'
		| 'timeout'
		| 'network'
		| 'auth'
		| 'invalid_number'
		| 'opted_out'
		| 'invalid_request'
		| 'insufficient_funds'
		| 'unknown';
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

/** How a provider treats a repeated send of the same message (same `reference`). */
export interface ProviderIdempotency {
	/**
	 * The provider rejects a second message with the same client reference, so a request that timed out can be
	 * re-sent safely; otherwise a re-send after a timeout may deliver the survey twice.
	 */
	idempotent: boolean;
	/** Error code the provider answers a duplicate with (the first attempt was then accepted). */
	duplicateCode?: string;
	/** How the reference reaches the provider (documentation). */
	via?: string;
}

/** The n8n credential type of a provider (the credential file under `credentials/` declares the same). */
export interface ProviderCredential {
	/** Credential type name, e.g. `twilioCsiApi`. */
	type: string;
	/** Credential display name, e.g. `Twilio (SMS CSI) API`. */
	displayName: string;
	/** Credential fields that verify webhooks (auth token, signing key…): loaded by the trigger, never logged. */
	webhookSecretFields: readonly string[];
}

/**
 * A node parameter a provider adds to Send CSI Survey or CSI Reply Trigger. Structurally a subset of n8n's
 * `INodeProperties` (the core does not import n8n); the node shows it only for this provider (it adds
 * `displayOptions.show.provider = [id]`, merged with the `show` given here).
 */
export interface ProviderField {
	displayName: string;
	name: string;
	type:
		| 'string'
		| 'number'
		| 'boolean'
		| 'options'
		| 'json'
		| 'notice'
		| 'fixedCollection'
		| 'collection';
	default: string | number | boolean | Record<string, unknown>;
	required?: boolean;
	placeholder?: string;
	description?: string;
	hint?: string;
	options?: Array<Record<string, unknown>>;
	typeOptions?: Record<string, unknown>;
	displayOptions?: { show?: Record<string, Array<string | number | boolean>> };
}

/** Reads a node parameter (`fallback` when unset); per item where the node reads it per item. */
export type ParamReader = (name: string, fallback?: unknown) => unknown;

/** What the trigger passes to `verificationSettings`. */
export interface VerificationContext {
	/** The trigger's "Options" collection (tolerance, HMAC header, Basic auth switch…). */
	options: Record<string, unknown>;
	/** The request carries `Authorization: Bearer …` (Vonage Messages API JWT). */
	hasBearer: boolean;
}

/** Where a registered webhook URL goes and which provider settings ("slots") receive it. */
export interface RegistrationTarget {
	provider: ProviderId;
	baseUrl: string;
	/** Account id in the API path (Twilio account SID, Plivo auth ID). */
	account?: string;
	/** The resource holding the URL (Twilio phone number, Telnyx messaging profile, Plivo application). */
	resource?: string;
	/** Which URL settings of the resource to set, e.g. Vonage `mo` and `dr`. */
	slots: string[];
}

/** Current values of the slots, plus what the update request needs (e.g. Twilio's number SID). */
export interface RegistrationState {
	values: Record<string, string>;
	handle?: string;
}

/**
 * Optional "Register Webhook Automatically": read the provider's current URL settings and change them. Pure:
 * describes requests and reads answers; the trigger runs them with the credential.
 */
export interface ProviderRegistration {
	/** Trigger parameters the registration needs (phone number, profile id…); shown when it is on. */
	fields: ProviderField[];
	/** The target from the credential and the trigger's parameters; throws a clear Error when one is missing. */
	target(config: ProviderConfig, param: ParamReader): RegistrationTarget;
	/** Request that reads the current settings. */
	readRequest(target: RegistrationTarget): HttpRequestSpec;
	/** The slots' current values, or a message (string) when the resource was not found. */
	readState(target: RegistrationTarget, body: unknown): RegistrationState | string;
	/** Request that sets the given slots to `values`. */
	writeRequest(
		target: RegistrationTarget,
		state: RegistrationState,
		values: Record<string, string>,
	): HttpRequestSpec;
}

/**
 * Optional token login done once per token lifetime (n8n credential `preAuthentication` with an expirable
 * field), e.g. Eskiz: e-mail + password → bearer token. `applyAuth` then reads `config[tokenField]`.
 */
export interface ProviderPreAuthentication {
	/** Hidden credential field (`typeOptions.expirable: true`) that stores the token. */
	tokenField: string;
	/** The login request (with the credential's login fields in it). */
	loginRequest(config: ProviderConfig): HttpRequestSpec;
	/** The token from the login answer; throws an Error saying why when there is none. */
	readToken(httpStatus: number, body: unknown): string;
}

/** What a provider supports, for the nodes' descriptions and the docs' tables. */
export interface ProviderCapabilities {
	/** Inbound replies reach the trigger. */
	replies: boolean;
	/** Delivery reports reach the trigger. */
	statusReports: boolean;
	/** The webhook answer can carry an SMS to the sender (Twilio TwiML, Plivo XML). */
	autoReply: boolean;
	/** The send takes a per-message delivery-report URL (`SendInput.statusCallbackUrl`). */
	statusCallbackPerMessage: boolean;
}

/**
 * Everything the package knows about one SMS provider. A provider module is pure: it describes HTTP requests
 * and reads HTTP responses / webhook requests; it never performs I/O. Adding a provider = one folder under
 * `nodes/core/providers/` exporting one `SmsProvider`, one line in `registry.ts`, one credential file.
 */
export interface SmsProvider {
	id: ProviderId;
	/** Display name (messages, docs). */
	name: string;
	/** Name in the nodes' "Provider" list (default `name`), e.g. `Vonage (Nexmo)`. */
	optionName?: string;
	/** The provider's real API base URL (credential default). */
	defaultBaseUrl: string;
	credential: ProviderCredential;
	capabilities: ProviderCapabilities;

	// ---- send ----
	/** Describe the send request (without auth). */
	buildSendRequest(input: SendInput, config: ProviderConfig): HttpRequestSpec;
	/**
	 * Add the provider's authentication from the credential config. Pure: signing providers read the time
	 * from `config.now` (ms) and the nonce from `config.nonce` when given, so a signature can be recomputed.
	 */
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
	/**
	 * For providers whose success answer carries no id (Play Mobile: our `message-id` is the id): the message
	 * id read back from the send request. Used when `parseSendResponse` returns an empty `messageId`.
	 */
	messageIdOf?(request: HttpRequestSpec): string | undefined;
	/**
	 * What the handset shows for a sent `text` when the provider adds to it (the mainland-China clouds put the
	 * sign in front: `【签名】text`). Default: the text itself.
	 */
	visibleText?(text: string, config: ProviderConfig): string;
	/** Whether a timed-out send may be retried without a duplicate (replaces `PROVIDER_IDEMPOTENCY`). */
	idempotency(config: ProviderConfig): ProviderIdempotency;
	/** Request used by the credential's Test button (e.g. account balance / account info). */
	buildTestRequest(config: ProviderConfig): HttpRequestSpec;
	/** Token login, for providers that need one before sending. */
	preAuthentication?: ProviderPreAuthentication;
	/** Send CSI Survey parameters of this provider (shown for it only). */
	sendFields?: ProviderField[];
	/**
	 * The send config from the credential and the node's parameters (read once per run); default: the
	 * credential as it is. Throws an Error naming the parameter when one is invalid.
	 */
	sendConfig?(credentials: Record<string, unknown>, param: ParamReader): ProviderConfig;
	/** Per-item `SendInput.extra` from the node's parameters (e.g. Twilio Messaging Service SID). */
	sendExtra?(param: ParamReader): SendInput['extra'] | undefined;

	// ---- webhooks ----
	/**
	 * Parse an inbound webhook into normalized events (several for batched payloads like Infobip `results[]`).
	 * Throws `WebhookError` (status 400) for bodies that are not this provider's format. `options` come from
	 * `webhookParseOptions` (plus `now`).
	 */
	parseWebhook(request: InboundRequest, options?: WebhookParseSettings): NormalizedEvent[];
	/** Verify a webhook's authenticity. Never throws; never echoes the secret. */
	verifyWebhook(request: InboundRequest, secret: string, options?: VerifyOptions): VerifyResult;
	/** Whether the provider signs its webhooks (else basic auth / path token is used). */
	signsWebhooks: boolean;
	/** The secret and options `verifyWebhook` needs, from the credential and the trigger's options. */
	verificationSettings(
		credentials: Record<string, unknown>,
		context: VerificationContext,
	): { secret: string; verifyOptions: VerifyOptions };
	/** What the provider expects as the webhook's answer (Twilio: TwiML, optionally with an auto-reply). */
	webhookResponse(events: NormalizedEvent[], options?: { autoReply?: string }): WebhookResponse;
	/** CSI Reply Trigger parameters of this provider (shown for it only). */
	triggerFields?: ProviderField[];
	/** Entries of the trigger's "Options" collection shown for this provider only. */
	triggerOptions?: ProviderField[];
	/** Parse options from the trigger's parameters (e.g. the generic gateway's field paths). */
	webhookParseOptions?(param: ParamReader): WebhookParseSettings;
	/** "Register Webhook Automatically", when the provider's API allows it. */
	registration?: ProviderRegistration;
}

/**
 * Options for `parseWebhook`: the clock; a provider with settings (generic field paths) extends this type
 * and returns it from `webhookParseOptions`.
 */
export interface WebhookParseSettings {
	/** Clock in ms for events without a provider timestamp (default Date.now()). */
	now?: number;
	/** Provider-specific settings (the generic gateway's field paths…). */
	[key: string]: unknown;
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
