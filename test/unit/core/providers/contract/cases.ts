// The contract case-file format (one `test/unit/core/providers/<id>/cases.json` per provider) and how a case's
// inbound request is built: literal, or signed with the simulators' own implementation of the provider's
// documented algorithm (test/sim/webhooks), never with the product's verification code.
import { createHash, createHmac, createPrivateKey } from 'crypto';
import { existsSync, readFileSync } from 'fs';
import { join } from 'path';
import type {
	HttpRequestSpec,
	InboundRequest,
	ProviderConfig,
	SendInput,
	VerifyOptions,
} from '../../../../../nodes/core/providers/types';
import { signTwilioForm, twilioJson, twilioSignature } from '../../../../sim/webhooks/twilio';
import { plivoV2Signature, signPlivoForm } from '../../../../sim/webhooks/plivo';
import { signTelnyx } from '../../../../sim/webhooks/telnyx';
import { signSinch } from '../../../../sim/webhooks/sinch';
import { messagebirdSignatureJwt } from '../../../../sim/webhooks/messagebird';
import {
	vonageMessagesJwt,
	vonageSignedRequest,
	type VonageSignatureMethod,
	type VonageTransport,
} from '../../../../sim/webhooks/vonage';

export const CASES_ROOT = join(__dirname, '..');

export interface SendCase {
	name: string;
	input: SendInput;
	config?: ProviderConfig;
	/** The exact request `buildSendRequest` describes. */
	request?: HttpRequestSpec;
	/** Or: the message (regex source) of the Error it throws. */
	throws?: string;
}

export interface AuthCase {
	name: string;
	config?: ProviderConfig;
	/** Input of `buildSendRequest` (default: the first send case's) when `request` is not given. */
	input?: SendInput;
	request?: HttpRequestSpec;
	/** Authenticate the credential Test request instead of a send. */
	testRequest?: boolean;
	/** Exact headers after `applyAuth` (other fields must be unchanged)… */
	headers?: Record<string, string>;
	/** …or the exact request after `applyAuth` (providers that authenticate in the body or query). */
	expect?: HttpRequestSpec;
}

export interface ResponseCase {
	name: string;
	status?: number;
	headers?: Record<string, string>;
	/** The body as the HTTP client hands it over (objects are passed as JSON text, like a raw answer). */
	body?: unknown;
	/** Or a fixture `{status, headers, body}` next to the case file. */
	fixture?: string;
	config?: ProviderConfig;
	/** Compared with toMatchObject. */
	result: Record<string, unknown>;
}

export interface SignSpec {
	/** The URL the provider signed, when it differs from the one called (default port, proxies). */
	url?: string;
	/** Twilio / Plivo / Sinch / MessageBird / Vonage secret. */
	secret?: string;
	/** Generic gateway: an HMAC of the raw body in a header. */
	hmac?: {
		header: string;
		algorithm?: 'sha1' | 'sha256' | 'sha512';
		encoding?: 'hex' | 'base64';
		prefix?: string;
	};
	/** MessageBird: the body the token was made for, when it differs from the one sent. */
	body?: string;
	/** Plivo: signature version (default v3). */
	version?: 'v2' | 'v3';
	/** Plivo / Sinch nonce. */
	nonce?: string;
	/** Sinch / Telnyx timestamp (seconds); MessageBird / Vonage clock (ms) as `nowMs`. */
	timestamp?: number;
	nowMs?: number;
	/** Telnyx: seed of the Ed25519 key (the case's secret is its public key). */
	seed?: string;
	/** Vonage Messages API: a JWT (Authorization: Bearer) over the JSON body instead of the SMS API sig. */
	jwt?: boolean;
	/** Vonage: parameters, method and transport. */
	params?: Record<string, string>;
	method?: VonageSignatureMethod;
	transport?: VonageTransport;
}

export interface RequestSpec {
	url: string;
	method?: string;
	headers?: Record<string, string>;
	body?: string;
	/** JSON body given as a value (sent as its JSON text). */
	json?: unknown;
	/** Raw body from a file next to the case file. */
	bodyFile?: string;
	/** Sign the request as the provider does. */
	sign?: SignSpec;
}

export interface VariantCase {
	name: string;
	/** Replace the first occurrence in the body (after signing). */
	tamper?: [string, string];
	/** Replace the first occurrence in the URL (after signing). */
	tamperUrl?: [string, string];
	dropHeader?: string;
	/** Put text before a header's value (e.g. another signature in a list). */
	prefixHeader?: [string, string];
	setHeaders?: Record<string, string>;
	recase?: 'lower' | 'upper';
	secret?: string;
	verifyOptions?: VerifyOptions;
	verify: { ok: boolean; reason?: string };
}

export interface WebhookCase {
	name: string;
	request: RequestSpec;
	secret?: string;
	verifyOptions?: VerifyOptions;
	verify?: { ok: boolean; reason?: string };
	variants?: VariantCase[];
	parseOptions?: Record<string, unknown>;
	/** Compared one by one with toMatchObject; the count must match. */
	events?: Array<Record<string, unknown>>;
	/** Or: parsing fails with this status and message (regex source). */
	error?: { status: number; message?: string };
	answerOptions?: { autoReply?: string };
	/** `webhookResponse(events)`; body compared exactly (or as regex when `bodyMatches`). */
	answer?: {
		status: number;
		headers?: Record<string, string>;
		body?: string;
		bodyMatches?: string;
	};
}

export interface VerificationCase {
	name: string;
	credentials: Record<string, unknown>;
	options?: Record<string, unknown>;
	hasBearer?: boolean;
	expect: { secret: string; verifyOptions: VerifyOptions };
}

export interface SimSend {
	input?: Partial<SendInput>;
	/** Overrides of the config built from the simulator's credentials. */
	config?: Record<string, unknown>;
	timeoutMs?: number;
	result: Record<string, unknown>;
}

export interface SimCase {
	name: string;
	inject?: Record<string, unknown>;
	sends: SimSend[];
	/** Recorded send requests at the simulator after the sends. */
	recorded?: { count?: number; rawBodyContains?: string[]; body?: Record<string, unknown> };
	/** Run the credential Test request instead of sends: expected HTTP status. */
	testStatus?: number;
}

export interface RegistrationCase {
	name: string;
	config?: ProviderConfig;
	/** The trigger's parameters. */
	params?: Record<string, unknown>;
	/** `registration.target` (exact) … */
	target?: Record<string, unknown>;
	/** … or the message (regex) of the Error it throws for a missing parameter. */
	throws?: string;
	/** The read request for that target (exact). */
	read?: HttpRequestSpec;
	/** The provider's answer to it and the state read from it (exact), or a not-found message (regex). */
	answer?: unknown;
	state?: { values: Record<string, string>; handle?: string };
	notFound?: string;
	/** Setting slots to values: the write request (exact). */
	write?: { values: Record<string, string>; request: HttpRequestSpec };
}

export interface NodeParamsCase {
	name: string;
	credentials?: Record<string, unknown>;
	params: Record<string, unknown>;
	/** toMatchObject; `undefined` results are given as `null`. */
	expect?: Record<string, unknown> | null;
	throws?: string;
}

export interface CaseFile {
	provider: string;
	config: ProviderConfig;
	send?: SendCase[];
	auth?: AuthCase[];
	test?: Array<{ name: string; config?: ProviderConfig; request: HttpRequestSpec }>;
	responses?: ResponseCase[];
	webhooks?: WebhookCase[];
	verification?: VerificationCase[];
	idempotency?: { idempotent: boolean; duplicateCode?: string };
	signsWebhooks?: boolean;
	/** "Register Webhook Automatically" (providers with `registration`). */
	registration?: RegistrationCase[];
	/** Send CSI Survey parameters → send config (`sendConfig`), per-item extras (`sendExtra`). */
	sendConfig?: NodeParamsCase[];
	sendExtra?: NodeParamsCase[];
	/** Trigger parameters → parse options (`webhookParseOptions`). */
	parseOptions?: NodeParamsCase[];
	/** Against the provider's loopback simulator: config = simulator credentials mapped by `simConfig`. */
	simConfig?: Record<string, string>;
	simInput?: SendInput;
	/** Extra options of `startSmsSimulator` (e.g. `rejectDuplicateIds`). */
	simOptions?: Record<string, unknown>;
	sim?: SimCase[];
}

export function loadCases(id: string): CaseFile | undefined {
	const file = join(CASES_ROOT, id, 'cases.json');
	if (!existsSync(file)) return undefined;
	return JSON.parse(readFileSync(file, 'utf8')) as CaseFile;
}

export function readCaseFile(id: string, name: string): string {
	return readFileSync(join(CASES_ROOT, id, name), 'utf8');
}

/** Ed25519 private key from a seed text (sha256 of it), the way the peer vectors derive theirs. */
export function ed25519FromSeed(seed: string) {
	const raw = createHash('sha256').update(seed, 'utf8').digest();
	const der = Buffer.concat([Buffer.from('302e020100300506032b657004220420', 'hex'), raw]);
	return createPrivateKey({ key: der, format: 'der', type: 'pkcs8' });
}

/** The case's inbound request: body from text/JSON/file, then signed as the provider signs. */
export function buildRequest(id: string, spec: RequestSpec): InboundRequest {
	let body = spec.body ?? '';
	if (spec.json !== undefined) body = JSON.stringify(spec.json);
	if (spec.bodyFile) body = readCaseFile(id, spec.bodyFile);
	const method = spec.method ?? 'POST';
	let url = spec.url;
	let headers: Record<string, string> = { ...(spec.headers ?? {}) };
	const s = spec.sign;
	const signUrl = s?.url ?? url;
	if (s) {
		switch (id) {
			case 'twilio':
				if (spec.json !== undefined) return twilioJson(url, s.secret ?? '', spec.json);
				if (method === 'GET')
					headers['X-Twilio-Signature'] = twilioSignature(s.secret ?? '', signUrl);
				else headers = { ...headers, ...signTwilioForm(s.secret ?? '', signUrl, body) };
				break;
			case 'plivo':
				if (s.version === 'v2') {
					const nonce = s.nonce ?? '12345678901234567890';
					headers['X-Plivo-Signature-V2'] = plivoV2Signature(s.secret ?? '', signUrl, nonce);
					headers['X-Plivo-Signature-V2-Nonce'] = nonce;
				} else headers = { ...headers, ...signPlivoForm(s.secret ?? '', signUrl, body, s.nonce) };
				break;
			case 'telnyx':
				headers = {
					...headers,
					...signTelnyx(ed25519FromSeed(s.seed ?? ''), body, s.timestamp ?? 0),
				};
				break;
			case 'sinch':
				headers = {
					...headers,
					...signSinch(s.secret ?? '', body, s.nonce ?? '', s.timestamp ?? 0),
				};
				break;
			case 'messagebird':
				headers['MessageBird-Signature-JWT'] = messagebirdSignatureJwt(
					s.secret ?? '',
					signUrl,
					s.body ?? body,
					s.nowMs,
				);
				break;
			case 'vonage': {
				if (s.jwt) return vonageMessagesJwt(url, s.secret ?? '', spec.json, s.nowMs ?? 0);
				const signed = vonageSignedRequest(url, s.params ?? {}, s.secret ?? '', {
					method: s.method,
					transport: s.transport,
					nowMs: s.nowMs,
				});
				url = signed.url;
				body = signed.body;
				headers = { ...signed.headers, ...headers };
				return { url, method: signed.method, headers, body };
			}
			case 'generic': {
				const h = s.hmac;
				if (!h) throw new Error('generic signing needs "hmac"');
				const digest = createHmac(h.algorithm ?? 'sha256', s.secret ?? '')
					.update(body, 'utf8')
					.digest(h.encoding ?? 'hex');
				headers[h.header] = (h.prefix ?? '') + digest;
				break;
			}
			default:
				throw new Error(`no signer for ${id}`);
		}
	}
	return { url, method, headers, body };
}
