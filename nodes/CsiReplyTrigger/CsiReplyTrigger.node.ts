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
import { getProvider } from '../core/providers';
import type {
	HttpRequestSpec,
	NormalizedEvent,
	ProviderId,
	ProviderRegistration,
} from '../core/providers';
import {
	ACCEPTED_RESPONSE_CODE,
	answerNow,
	deferAnswer,
	duplicateInFlightResponse,
	itemAnswer,
	RESPONSE_MODE,
	serverIsClosing,
	shuttingDownResponse,
	type AnswerTarget,
} from './answer';
import { csiReplyTriggerCredentials, csiReplyTriggerProperties } from './description';
import {
	DEDUPE_MAX,
	RECENT_IN_PROCESS,
	RECENT_TRIGGERS_MAX,
	anyPending,
	forgetRecent,
	holdUntilAnswered,
	mergeRecent,
	webhookCredentials,
} from './memory';
import {
	handleInbound,
	signedUrl,
	type EventFilter,
	type InboundOutcome,
	type InboundSettings,
} from './inbound';
import {
	errorText,
	isRegistered,
	planCreate,
	planDelete,
	type RegistrationState,
	type RegistrationTarget,
} from './registration';
import { type TriggerOptions } from './settings';

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

/** The URL the provider is (to be) configured with: the Public URL option, else n8n's Production URL. */
function registeredUrl(ctx: IHookFunctions): string {
	const options = ctx.getNodeParameter('options', {}) as TriggerOptions;
	const publicUrl = typeof options.publicUrl === 'string' ? options.publicUrl.trim() : '';
	return publicUrl || (ctx.getNodeWebhookUrl('default') ?? '');
}

/** What "Register Webhook Automatically" changes, or undefined when it is off / not supported. */
async function registrationTarget(ctx: IHookFunctions): Promise<RegistrationTarget | undefined> {
	const provider = getProvider(ctx.getNodeParameter('provider') as string);
	if (!provider.registration) return undefined;
	if (!(ctx.getNodeParameter('registerWebhook', false) as boolean)) return undefined;
	const credentials = (await ctx.getCredentials(provider.credential.type)) as Record<
		string,
		unknown
	>;
	try {
		return provider.registration.target(credentials, (name, fallback) =>
			ctx.getNodeParameter(name, fallback),
		);
	} catch (error) {
		throw new NodeOperationError(
			ctx.getNode(),
			`Register Webhook Automatically needs ${(error as Error).message}`,
		);
	}
}

/** The provider's registration (present: `registrationTarget` only returns a target when it is). */
function registrationOf(ctx: IHookFunctions, target: RegistrationTarget): ProviderRegistration {
	const registration = getProvider(target.provider).registration;
	if (!registration)
		throw new NodeOperationError(ctx.getNode(), `${target.provider} has no webhook registration`);
	return registration;
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
	const response = (await ctx.helpers.httpRequestWithAuthentication.call(
		ctx,
		getProvider(provider).credential.type,
		options,
	)) as {
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

async function readRegistration(
	ctx: IHookFunctions,
	target: RegistrationTarget,
): Promise<RegistrationState> {
	const { status, body } = await callProvider(
		ctx,
		target.provider,
		registrationOf(ctx, target).readRequest(target),
	);
	if (status < 200 || status >= 300) {
		throw new NodeApiError(
			ctx.getNode(),
			(typeof body === 'object' && body ? body : {}) as JsonObject,
			{
				message: `${getProvider(target.provider).name} refused to show the webhook settings (HTTP ${status})`,
				description: errorText(body),
				httpCode: String(status),
			},
		);
	}
	const state = registrationOf(ctx, target).readState(target, body);
	if (typeof state === 'string') throw new NodeOperationError(ctx.getNode(), state);
	return state;
}

async function writeRegistration(
	ctx: IHookFunctions,
	target: RegistrationTarget,
	state: RegistrationState,
	values: Record<string, string>,
): Promise<void> {
	const { status, body } = await callProvider(
		ctx,
		target.provider,
		registrationOf(ctx, target).writeRequest(target, state, values),
	);
	if (status < 200 || status >= 300) {
		throw new NodeApiError(
			ctx.getNode(),
			(typeof body === 'object' && body ? body : {}) as JsonObject,
			{
				message: `${getProvider(target.provider).name} refused to set the webhook URL (HTTP ${status})`,
				description: errorText(body),
				httpCode: String(status),
			},
		);
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
			// n8n answers an accepted request itself, once it has created the execution (see answer.ts);
			// `responseData: ''` makes that answer the node's `webhookResponse`. With "Answer the Provider" set
			// to after the reply is recorded, a Respond to Webhook node answers instead.
			{
				name: 'default',
				httpMethod: 'POST',
				responseMode: RESPONSE_MODE,
				responseCode: ACCEPTED_RESPONSE_CODE,
				responseData: '',
				path: 'csi-reply',
			},
			// Vonage and MessageBird can deliver inbound SMS as GET with query parameters.
			{
				name: 'setup',
				httpMethod: 'GET',
				responseMode: RESPONSE_MODE,
				responseCode: ACCEPTED_RESPONSE_CODE,
				responseData: '',
				path: 'csi-reply',
			},
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
					const url =
						typeof staticData.registeredUrl === 'string'
							? staticData.registeredUrl
							: registeredUrl(this);
					const previous = (staticData.previousUrls ?? {}) as Record<string, string>;
					const state = await readRegistration(this, target);
					const values = planDelete(target, state, url, previous);
					if (Object.keys(values).length > 0) await writeRegistration(this, target, state, values);
				} catch (error) {
					this.logger.error(
						`CSI Reply Trigger: could not remove the webhook URL from the provider: ${(error as Error).message}`,
					);
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
		const res = this.getResponseObject() as unknown as AnswerTarget;
		const provider = this.getNodeParameter('provider') as ProviderId;
		if (serverIsClosing(req)) {
			// n8n is shutting down: an execution started now may never finish, so let the provider retry.
			answerNow(res, shuttingDownResponse());
			this.logger.warn(
				`CSI Reply Trigger: answered a ${provider} webhook 503 while n8n shuts down`,
			);
			return { noWebhookResponse: true };
		}
		const verify = this.getNodeParameter('verify', true) as boolean;
		const events = this.getNodeParameter('events', 'both') as EventFilter;
		const options = this.getNodeParameter('options', {}) as TriggerOptions;

		if (!req.rawBody && typeof req.readRawBody === 'function') await req.readRawBody();
		const body = req.rawBody
			? req.rawBody.toString('utf8')
			: typeof req.body === 'string'
				? req.body
				: '';
		// getWebhookResourceUrl knows test vs production URLs; older n8n versions only have getNodeWebhookUrl.
		const resourceUrl =
			typeof this.getWebhookResourceUrl === 'function'
				? this.getWebhookResourceUrl('default')
				: undefined;
		const webhookUrl = resourceUrl ?? this.getNodeWebhookUrl('default') ?? '';
		const url = signedUrl(webhookUrl, req.originalUrl ?? req.url ?? '', options.publicUrl);
		const authorization = req.headers.authorization;
		const hasBearer = typeof authorization === 'string' && /^\s*bearer\s/i.test(authorization);

		const dedupeSeconds = Number(options.dedupeSeconds ?? 0);
		const recentKey = `${this.getWorkflow().id ?? ''}\u0000${this.getNode().id}`;
		const stored = dedupeSeconds > 0 ? this.getWorkflowStaticData('node').recentEvents : undefined;
		const fromStatic =
			typeof stored === 'object' && stored !== null ? (stored as Record<string, number>) : {};
		let recent: Record<string, number> | undefined;
		const providerModule = getProvider(provider);
		const parseOptions = providerModule.webhookParseOptions?.((name, fallback) =>
			this.getNodeParameter(name, fallback),
		);
		const request = { url, method: req.method ?? 'POST', headers: req.headers, body };
		const settings: InboundSettings = {
			provider,
			verify,
			secret: '',
			verifyOptions: {},
			events,
			autoReply: options.autoReply,
			joinParts: options.joinParts !== false,
			parseOptions,
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
		const type = providerModule.credential.type;
		const verification = (credentials: Record<string, unknown>) =>
			providerModule.verificationSettings(credentials, {
				options: options as Record<string, unknown>,
				hasBearer,
			});
		let outcome: InboundOutcome;
		if (verify) {
			const loaded = await webhookCredentials(this, type, false);
			outcome = handle(verification(loaded.credentials));
			if (outcome.kind === 'rejected' && loaded.cached) {
				const fresh = await webhookCredentials(this, type, true);
				outcome = handle(verification(fresh.credentials));
			}
		} else {
			outcome = handle({});
		}
		if (outcome.kind === 'rejected') {
			answerNow(res, outcome.response);
			this.logger.warn(
				`CSI Reply Trigger: refused a ${provider} webhook request (${outcome.reason})`,
			);
			return { noWebhookResponse: true };
		}
		if (outcome.kind === 'malformed') {
			answerNow(res, outcome.response);
			this.logger.warn(
				`CSI Reply Trigger: unreadable ${provider} webhook request: ${outcome.message}`,
			);
			return { noWebhookResponse: true };
		}
		if (anyPending(recentKey, outcome.dropped)) {
			// The first delivery of this event is still waiting for its execution: if that one fails, this
			// retry must not have been answered with success. Ask the provider to retry later instead.
			forgetRecent(recentKey, outcome.recorded);
			answerNow(res, duplicateInFlightResponse());
			return { noWebhookResponse: true };
		}
		const items = outcome.events.map(toItem);
		if (
			outcome.events.length > 0 &&
			this.getNodeParameter('acknowledge', 'executionCreated') === 'respondNode'
		) {
			// A Respond to Webhook node answers once the workflow has recorded the reply; n8n answers 500 when
			// the execution fails before it (also when a queue-mode worker dies), so the provider retries.
			const answer = itemAnswer(outcome.response) as unknown as IDataObject;
			for (const item of items) item.json.answer = answer;
			if (recent) this.getWorkflowStaticData('node').recentEvents = { ...recent };
			holdUntilAnswered(recentKey, outcome.recorded, res);
			return { workflowData: [items] };
		}
		// Nothing starts the workflow (event filter, duplicates): nothing can be lost, answer at once.
		const deferred =
			outcome.events.length === 0 ? undefined : deferAnswer(res, outcome.response, provider);
		if (recent) this.getWorkflowStaticData('node').recentEvents = { ...recent };
		if (deferred === undefined) {
			answerNow(res, outcome.response);
			if (outcome.events.length === 0) return { noWebhookResponse: true };
			return { noWebhookResponse: true, workflowData: [items] };
		}
		// n8n saves the static data only when it answers with success; until then the keys are pending.
		holdUntilAnswered(recentKey, outcome.recorded, res);
		return { workflowData: [items], webhookResponse: deferred };
	}
}
