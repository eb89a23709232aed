import {
	NodeApiError,
	NodeConnectionTypes,
	NodeOperationError,
	type IDataObject,
	type IHookFunctions,
	type IHttpRequestOptions,
	type INodeExecutionData,
	type INodeType,
	type INodeTypeDescription,
	type IWebhookFunctions,
	type IWebhookResponseData,
	type JsonObject,
} from 'n8n-workflow';
import { getProvider } from '../core/providers/registry';
import { configText, resolveBaseUrl } from '../core/providers/shared/http';
import type { HttpRequestSpec, NormalizedEvent, ProviderId, WebhookResponse } from '../core/providers/types';
import { CREDENTIAL_TYPES, csiReplyTriggerCredentials, csiReplyTriggerProperties } from './description';
import { handleInbound, signedUrl, type EventFilter, type InboundOutcome, type InboundSettings } from './inbound';
import {
	REGISTRABLE_PROVIDERS,
	errorText,
	isRegistered,
	planCreate,
	planDelete,
	readRequest,
	readState,
	writeRequest,
	type RegistrationState,
	type RegistrationTarget,
} from './registration';
import { genericOptionsOf, verificationSettings, type FieldPaths, type TriggerOptions } from './settings';

/** Recent event keys kept for "Drop Duplicates Within". */
const DEDUPE_MAX = 1000;

/**
 * Recent event keys per trigger in this process. n8n saves the workflow's static data only after the answer
 * has gone out, so a retry arriving right after it would not see the key there yet; this map closes that gap
 * while the static data keeps the keys across restarts.
 */
const RECENT_IN_PROCESS = new Map<string, Record<string, number>>();
const RECENT_TRIGGERS_MAX = 200;

function mergeRecent(a: Record<string, number>, b: Record<string, number> | undefined): Record<string, number> {
	const out: Record<string, number> = { ...a };
	if (b) for (const [k, v] of Object.entries(b)) if (typeof v === 'number' && !(out[k] >= v)) out[k] = v;
	return out;
}

/**
 * Verification secrets of recently called triggers. Loading a credential costs n8n a database read and a
 * decryption, which would halve the webhook throughput; a secret is reused for at most SECRET_TTL_MS, and a
 * request that fails verification with a cached secret is checked again with a fresh one, so a rotated
 * secret takes effect immediately for genuine requests.
 */
const SECRET_CACHE = new Map<string, { at: number; credentials: Record<string, unknown> }>();
const SECRET_TTL_MS = 30_000;
const SECRET_CACHE_MAX = 500;

async function webhookCredentials(
	ctx: IWebhookFunctions,
	type: string,
	fresh: boolean,
): Promise<{ credentials: Record<string, unknown>; cached: boolean }> {
	const node = ctx.getNode();
	const key = `${ctx.getWorkflow().id ?? ''}\u0000${node.id}\u0000${node.credentials?.[type]?.id ?? ''}\u0000${type}`;
	const now = Date.now();
	const hit = SECRET_CACHE.get(key);
	if (!fresh && hit && now - hit.at < SECRET_TTL_MS) return { credentials: hit.credentials, cached: true };
	const credentials = (await ctx.getCredentials(type)) as Record<string, unknown>;
	SECRET_CACHE.delete(key);
	SECRET_CACHE.set(key, { at: now, credentials });
	if (SECRET_CACHE.size > SECRET_CACHE_MAX) {
		const oldest = SECRET_CACHE.keys().next();
		if (!oldest.done) SECRET_CACHE.delete(oldest.value);
	}
	return { credentials, cached: false };
}

function toItem(e: NormalizedEvent): INodeExecutionData {
	const json: IDataObject = {
		provider: e.provider,
		event: e.event,
		from: e.from,
		to: e.to,
		text: e.text,
		messageId: e.messageId,
		receivedAt: e.receivedAt,
	};
	if (e.status !== undefined) json.status = e.status;
	if (e.errorCode !== undefined) json.errorCode = e.errorCode;
	if (e.segments !== undefined) json.segments = e.segments;
	if (e.part !== undefined) json.part = { ...e.part };
	json.raw = e.raw as IDataObject;
	return { json };
}

function sendResponse(res: ReturnType<IWebhookFunctions['getResponseObject']>, response: WebhookResponse): void {
	res.writeHead(response.status, response.headers);
	res.end(response.body);
}

/** The URL the provider is (to be) configured with: the Public URL option, else n8n's Production URL. */
function registeredUrl(ctx: IHookFunctions): string {
	const options = ctx.getNodeParameter('options', {}) as TriggerOptions;
	const publicUrl = typeof options.publicUrl === 'string' ? options.publicUrl.trim() : '';
	return publicUrl || (ctx.getNodeWebhookUrl('default') ?? '');
}

/** What "Register Webhook Automatically" changes, or undefined when it is off / not supported. */
async function registrationTarget(ctx: IHookFunctions): Promise<RegistrationTarget | undefined> {
	const provider = ctx.getNodeParameter('provider') as ProviderId;
	if (!REGISTRABLE_PROVIDERS.includes(provider)) return undefined;
	if (!(ctx.getNodeParameter('registerWebhook', false) as boolean)) return undefined;
	const credentials = (await ctx.getCredentials(CREDENTIAL_TYPES[provider])) as Record<string, unknown>;
	const baseUrl = resolveBaseUrl(credentials, getProvider(provider).defaultBaseUrl);
	const missing = (what: string) =>
		new NodeOperationError(ctx.getNode(), `Register Webhook Automatically needs ${what}`);
	switch (provider) {
		case 'twilio': {
			const raw = (ctx.getNodeParameter('phoneNumber', '') as string).trim().replace(/[\s()-]/g, '');
			if (raw === '') throw missing('the Twilio "Phone Number" whose messaging URL is set');
			const phone = raw.startsWith('+') ? raw : `+${raw}`;
			return { provider, baseUrl, account: configText(credentials, 'accountSid'), resource: phone, slots: ['sms'] };
		}
		case 'telnyx': {
			const id =
				(ctx.getNodeParameter('messagingProfileId', '') as string).trim() ||
				configText(credentials, 'messagingProfileId');
			if (id === '') throw missing('a Telnyx "Messaging Profile ID" (node or credential)');
			return { provider, baseUrl, resource: id, slots: ['sms'] };
		}
		case 'vonage': {
			const which = ctx.getNodeParameter('vonageCallbacks', 'both') as string;
			const slots = which === 'mo' ? ['mo'] : which === 'dr' ? ['dr'] : ['mo', 'dr'];
			return { provider, baseUrl, slots };
		}
		case 'plivo': {
			const appId = (ctx.getNodeParameter('plivoAppId', '') as string).trim();
			if (appId === '') throw missing('the Plivo "Application ID"');
			return { provider, baseUrl, account: configText(credentials, 'authId'), resource: appId, slots: ['sms'] };
		}
		default:
			return undefined;
	}
}

/** Run a described request with the provider's credential; returns status and parsed body. */
async function callProvider(
	ctx: IHookFunctions,
	provider: ProviderId,
	spec: HttpRequestSpec,
): Promise<{ status: number; body: unknown }> {
	const options: IHttpRequestOptions = {
		url: spec.url,
		method: spec.method,
		headers: spec.headers,
		returnFullResponse: true,
		ignoreHttpStatusErrors: true,
		timeout: 30_000,
	};
	if (spec.qs) options.qs = spec.qs;
	if (spec.bodyType === 'form' && spec.body && typeof spec.body === 'object') {
		const form = new URLSearchParams();
		for (const [k, v] of Object.entries(spec.body)) form.append(k, String(v));
		const encoded = form.toString();
		if (encoded !== '') options.body = encoded;
	} else if (spec.bodyType === 'json') {
		options.body = spec.body as IDataObject;
		options.json = true;
	}
	const response = (await ctx.helpers.httpRequestWithAuthentication.call(ctx, CREDENTIAL_TYPES[provider], options)) as {
		statusCode: number;
		body: unknown;
	};
	let body = response.body;
	if (typeof body === 'string' && /^\s*[[{]/.test(body)) {
		try {
			body = JSON.parse(body) as unknown;
		} catch {
			// not JSON after all: keep the text for the error message
		}
	}
	return { status: response.statusCode, body };
}

async function readRegistration(ctx: IHookFunctions, target: RegistrationTarget): Promise<RegistrationState> {
	const { status, body } = await callProvider(ctx, target.provider, readRequest(target));
	if (status < 200 || status >= 300) {
		throw new NodeApiError(ctx.getNode(), (typeof body === 'object' && body ? body : {}) as JsonObject, {
			message: `${getProvider(target.provider).name} refused to show the webhook settings (HTTP ${status})`,
			description: errorText(body),
			httpCode: String(status),
		});
	}
	const state = readState(target, body);
	if (typeof state === 'string') throw new NodeOperationError(ctx.getNode(), state);
	return state;
}

async function writeRegistration(
	ctx: IHookFunctions,
	target: RegistrationTarget,
	state: RegistrationState,
	values: Record<string, string>,
): Promise<void> {
	const { status, body } = await callProvider(ctx, target.provider, writeRequest(target, state, values));
	if (status < 200 || status >= 300) {
		throw new NodeApiError(ctx.getNode(), (typeof body === 'object' && body ? body : {}) as JsonObject, {
			message: `${getProvider(target.provider).name} refused to set the webhook URL (HTTP ${status})`,
			description: errorText(body),
			httpCode: String(status),
		});
	}
}

export class CsiReplyTrigger implements INodeType {
	description: INodeTypeDescription = {
		displayName: 'CSI Reply Trigger',
		name: 'csiReplyTrigger',
		icon: { light: 'file:csiReplyTrigger.svg', dark: 'file:csiReplyTrigger.dark.svg' },
		group: ['trigger'],
		version: 1,
		subtitle: '={{$parameter["provider"] + ": " + $parameter["events"]}}',
		description:
			'Starts the workflow on SMS survey replies and delivery reports from Twilio, Vonage, Plivo, Telnyx, Infobip, MessageBird, Sinch or any HTTP gateway, verified and normalized',
		defaults: { name: 'CSI Reply Trigger' },
		inputs: [],
		outputs: [NodeConnectionTypes.Main],
		credentials: csiReplyTriggerCredentials,
		webhooks: [
			{ name: 'default', httpMethod: 'POST', responseMode: 'onReceived', path: 'csi-reply' },
			// Vonage and MessageBird can deliver inbound SMS as GET with query parameters.
			{ name: 'setup', httpMethod: 'GET', responseMode: 'onReceived', path: 'csi-reply' },
		],
		properties: csiReplyTriggerProperties,
	};

	webhookMethods = {
		default: {
			async checkExists(this: IHookFunctions): Promise<boolean> {
				const target = await registrationTarget(this);
				// Manual setup: nothing to register, the user pastes the URL shown in the node.
				if (!target) return true;
				const state = await readRegistration(this, target);
				return isRegistered(target, state, registeredUrl(this));
			},
			async create(this: IHookFunctions): Promise<boolean> {
				const target = await registrationTarget(this);
				if (!target) return true;
				const url = registeredUrl(this);
				const state = await readRegistration(this, target);
				const plan = planCreate(target, state, url);
				await writeRegistration(this, target, state, plan.values);
				const staticData = this.getWorkflowStaticData('node');
				staticData.registeredUrl = url;
				staticData.previousUrls = plan.previous;
				return true;
			},
			async delete(this: IHookFunctions): Promise<boolean> {
				const staticData = this.getWorkflowStaticData('node');
				try {
					const target = await registrationTarget(this);
					if (!target) return true;
					const url = typeof staticData.registeredUrl === 'string' ? staticData.registeredUrl : registeredUrl(this);
					const previous = (staticData.previousUrls ?? {}) as Record<string, string>;
					const state = await readRegistration(this, target);
					const values = planDelete(target, state, url, previous);
					if (Object.keys(values).length > 0) await writeRegistration(this, target, state, values);
				} catch (error) {
					this.logger.error(`CSI Reply Trigger: could not remove the webhook URL from the provider: ${(error as Error).message}`);
					return false;
				}
				delete staticData.registeredUrl;
				delete staticData.previousUrls;
				return true;
			},
		},
	};

	async webhook(this: IWebhookFunctions): Promise<IWebhookResponseData> {
		const req = this.getRequestObject();
		const res = this.getResponseObject();
		const provider = this.getNodeParameter('provider') as ProviderId;
		const verify = this.getNodeParameter('verify', true) as boolean;
		const events = this.getNodeParameter('events', 'both') as EventFilter;
		const options = this.getNodeParameter('options', {}) as TriggerOptions;

		if (!req.rawBody && typeof req.readRawBody === 'function') await req.readRawBody();
		const body = req.rawBody ? req.rawBody.toString('utf8') : typeof req.body === 'string' ? req.body : '';
		// getWebhookResourceUrl knows test vs production URLs; older n8n versions only have getNodeWebhookUrl.
		const resourceUrl =
			typeof this.getWebhookResourceUrl === 'function' ? this.getWebhookResourceUrl('default') : undefined;
		const webhookUrl = resourceUrl ?? this.getNodeWebhookUrl('default') ?? '';
		const url = signedUrl(webhookUrl, req.originalUrl ?? req.url ?? '', options.publicUrl);
		const authorization = req.headers.authorization;
		const hasBearer = typeof authorization === 'string' && /^\s*bearer\s/i.test(authorization);

		const dedupeSeconds = Number(options.dedupeSeconds ?? 0);
		const recentKey = `${this.getWorkflow().id ?? ''}\u0000${this.getNode().id}`;
		const stored = dedupeSeconds > 0 ? this.getWorkflowStaticData('node').recentEvents : undefined;
		const fromStatic = typeof stored === 'object' && stored !== null ? (stored as Record<string, number>) : {};
		let recent: Record<string, number> | undefined;
		const genericOptions =
			provider === 'generic' ? genericOptionsOf(this.getNodeParameter('fieldPaths', {}) as FieldPaths) : undefined;
		const request = { url, method: req.method ?? 'POST', headers: req.headers, body };
		const settings: InboundSettings = {
			provider,
			verify,
			secret: '',
			verifyOptions: {},
			events,
			autoReply: options.autoReply,
			joinParts: options.joinParts !== false,
			genericOptions,
			dedupeSeconds,
			dedupeMax: DEDUPE_MAX,
		};
		// Read, check and record the recent keys without an await in between, so concurrent deliveries of
		// the same event in this process cannot both pass.
		const handle = (extra: Partial<InboundSettings>): InboundOutcome => {
			if (dedupeSeconds > 0) recent = mergeRecent(fromStatic, RECENT_IN_PROCESS.get(recentKey));
			const result = handleInbound(request, { ...settings, ...extra, recent });
			if (recent && result.kind === 'accepted') {
				RECENT_IN_PROCESS.delete(recentKey);
				RECENT_IN_PROCESS.set(recentKey, recent);
				if (RECENT_IN_PROCESS.size > RECENT_TRIGGERS_MAX) {
					const oldest = RECENT_IN_PROCESS.keys().next();
					if (!oldest.done) RECENT_IN_PROCESS.delete(oldest.value);
				}
			}
			return result;
		};
		const type = CREDENTIAL_TYPES[provider];
		let outcome: InboundOutcome;
		if (verify) {
			const loaded = await webhookCredentials(this, type, false);
			outcome = handle(verificationSettings(provider, loaded.credentials, options, hasBearer));
			if (outcome.kind === 'rejected' && loaded.cached) {
				const fresh = await webhookCredentials(this, type, true);
				outcome = handle(verificationSettings(provider, fresh.credentials, options, hasBearer));
			}
		} else {
			outcome = handle({});
		}
		sendResponse(res, outcome.response);
		if (recent && outcome.kind === 'accepted') this.getWorkflowStaticData('node').recentEvents = { ...recent };
		if (outcome.kind === 'rejected') {
			this.logger.warn(`CSI Reply Trigger: refused a ${provider} webhook request (${outcome.reason})`);
			return { noWebhookResponse: true };
		}
		if (outcome.kind === 'malformed') {
			this.logger.warn(`CSI Reply Trigger: unreadable ${provider} webhook request: ${outcome.message}`);
			return { noWebhookResponse: true };
		}
		if (outcome.events.length === 0) return { noWebhookResponse: true };
		return { noWebhookResponse: true, workflowData: [outcome.events.map(toItem)] };
	}
}
