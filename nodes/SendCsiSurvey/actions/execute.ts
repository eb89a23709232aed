// Send CSI Survey: plan every item, then send the planned ones with bounded concurrency, a rate limit and
// retries that never send one item twice; route items to Sent / Deferred / Skipped.
import {
	NodeApiError,
	NodeOperationError,
	sleep,
	type ICredentialDataDecryptedObject,
	type ICredentialsDecrypted,
	type IDataObject,
	type IExecuteFunctions,
	type INodeExecutionData,
	type JsonObject,
} from 'n8n-workflow';
import { getProvider, type ProviderConfig, type SendFailure, type SendResult } from '../../core/providers';
import { joinUrl } from '../../core/providers/shared';
import { createRateLimiter } from '../../core/sms';
import {
	PROVIDER_IDEMPOTENCY,
	createDedupe,
	runPool,
	sendWithRetry,
	type ProviderIdempotency,
	type RetryOutcome,
} from '../../core/sms/send-plan';
import { CREDENTIAL_TYPES, type SendProviderId } from '../description';
import { attemptSend } from '../transport';
import { planItem, type ItemPlan, type SendOptions, type SurveyBase } from './plan';

const OUT = { sent: 0, deferred: 1, skipped: 2 } as const;

/** The provider error fields put on a failed item. */
function errorInfo(f: Pick<SendFailure, 'provider' | 'code' | 'message' | 'httpStatus' | 'retryable' | 'kind'>): IDataObject {
	return {
		provider: f.provider,
		code: f.code,
		message: f.message,
		httpStatus: f.httpStatus ?? null,
		retryable: f.retryable,
		kind: f.kind,
	};
}

/** Generic gateway: the node's request template over the credential (base URL + auth fields). */
function genericConfig(ctx: IExecuteFunctions, credentials: IDataObject): ProviderConfig {
	const path = String(ctx.getNodeParameter('genericPath', 0, '') ?? '').trim();
	const base = String(credentials.baseUrl ?? '').trim();
	const url = /^[a-z][a-z0-9+.-]*:\/\//i.test(path) ? path : joinUrl(base, path);
	const headersRaw = ctx.getNodeParameter('genericHeaders', 0, '{}') as unknown;
	let headers: unknown = headersRaw;
	if (typeof headersRaw === 'string' && headersRaw.trim() !== '') {
		try {
			headers = JSON.parse(headersRaw) as unknown;
		} catch {
			throw new NodeOperationError(ctx.getNode(), 'Headers (JSON) is not valid JSON: expected an object like {"X-Sender": "ACME"}');
		}
	}
	return {
		...credentials,
		url,
		method: ctx.getNodeParameter('genericMethod', 0, 'POST') as string,
		headers: headers as IDataObject,
		bodyType: ctx.getNodeParameter('genericBodyType', 0, 'json') as string,
		bodyTemplate: ctx.getNodeParameter('genericBodyTemplate', 0, '') as string,
		messageIdPath: ctx.getNodeParameter('genericMessageIdPath', 0, '') as string,
		successPath: ctx.getNodeParameter('genericSuccessPath', 0, '') as string,
		successValue: ctx.getNodeParameter('genericSuccessValue', 0, '') as string,
	};
}

function positive(value: unknown, fallback: number): number {
	const n = Number(value);
	return Number.isFinite(n) && n >= 0 ? n : fallback;
}

export async function sendCsiSurvey(this: IExecuteFunctions): Promise<INodeExecutionData[][]> {
	const items = this.getInputData();
	const outputs: INodeExecutionData[][] = [[], [], []];
	const providerId = this.getNodeParameter('provider', 0) as SendProviderId;
	const provider = getProvider(providerId);
	const credentialType = CREDENTIAL_TYPES[providerId];
	const options = this.getNodeParameter('options', 0, {}) as SendOptions;
	const dryRun = options.dryRun === true;
	const credentials = (await this.getCredentials(credentialType)) as IDataObject;
	const nodeCredential = this.getNode().credentials?.[credentialType];
	const decrypted: ICredentialsDecrypted | undefined = nodeCredential
		? { id: nodeCredential.id ?? '', name: nodeCredential.name, type: credentialType, data: credentials as ICredentialDataDecryptedObject }
		: undefined;
	const config: ProviderConfig = providerId === 'generic' ? genericConfig(this, credentials) : { ...credentials };
	const idempotency: ProviderIdempotency =
		providerId === 'generic' && this.getNodeParameter('genericIdempotent', 0, false) === true
			? { idempotent: true }
			: PROVIDER_IDEMPOTENCY[providerId];

	// A failed item (Continue On Fail). With "Continue (using error output)" n8n moves an item to the error output
	// only when its JSON has nothing but error/message/details (it then merges the input fields back in), so
	// the survey context goes under `details` there; otherwise the item keeps its input fields next to `error`.
	const toErrorOutput = this.getNode().onError === 'continueErrorOutput';
	const failedItem = (input: IDataObject, error: IDataObject, surveyInfo: IDataObject | undefined, i: number): INodeExecutionData => {
		const json: IDataObject = toErrorOutput
			? { error, message: String(error.message), details: surveyInfo ? { survey: surveyInfo } : {} }
			: { ...input, error, ...(surveyInfo ? { survey: surveyInfo } : {}) };
		return { json, pairedItem: { item: i } };
	};

	// Parameters holding an expression are evaluated per item; fixed ones are read once (2,000 items × ~15
	// parameters otherwise cost seconds). An absent parameter takes its default, which is an expression only
	// for the recipient phone.
	const rawParameters = this.getNode().parameters;
	const isDynamic = (v: unknown): boolean =>
		typeof v === 'string'
			? v.startsWith('=')
			: Array.isArray(v)
				? v.some(isDynamic)
				: v !== null && typeof v === 'object'
					? Object.values(v).some(isDynamic)
					: false;
	const fixedValues = new Map<string, unknown>();
	const param = (name: string, itemIndex: number, fallback?: unknown): unknown => {
		const dynamic = name in rawParameters ? isDynamic(rawParameters[name]) : name === 'phone';
		if (dynamic) return this.getNodeParameter(name, itemIndex, fallback);
		if (!fixedValues.has(name)) fixedValues.set(name, this.getNodeParameter(name, 0, fallback));
		return fixedValues.get(name);
	};

	// 1. Plan every item (no I/O): configuration and data errors surface before anything is sent.
	const plans: Array<ItemPlan | undefined> = new Array(items.length);
	const results = new Map<number, INodeExecutionData>();
	const dedupe = createDedupe();
	const executionKey = `${this.getExecutionId() ?? ''}\u0000${this.getNode().name}`;
	const now = Date.now();
	for (let i = 0; i < items.length; i++) {
		let plan: ItemPlan;
		try {
			plan = planItem.call(this, i, { param, provider, config, dedupe, now, executionKey, dryRun });
		} catch (error) {
			plan = { type: 'error', index: i, message: `Item ${i}: ${(error as Error).message}`, code: 'invalid_item', kind: 'invalid_request' };
		}
		if (plan.type !== 'error') {
			plans[i] = plan;
			continue;
		}
		if (!this.continueOnFail()) {
			throw new NodeOperationError(this.getNode(), plan.message, { itemIndex: i, description: plan.description });
		}
		const info = errorInfo({ provider: provider.id, code: plan.code, message: plan.message, retryable: false, kind: plan.kind });
		results.set(i, failedItem(items[i].json, info, undefined, i));
	}

	const surveyJson = (base: SurveyBase, extra: IDataObject): IDataObject => {
		const { context, ...rest } = base;
		return { ...rest, ...extra, context };
	};

	// 2. Send the planned items.
	const toSend = plans.filter((p): p is Extract<ItemPlan, { type: 'send' }> => p?.type === 'send');
	const outcomes = new Map<number, RetryOutcome>();
	if (!dryRun && toSend.length > 0) {
		const concurrency = Math.max(1, Math.floor(positive(options.concurrency, 5)));
		const perSecond = positive(options.messagesPerSecond, 0);
		const limiter = perSecond > 0 ? createRateLimiter({ perSecond }) : undefined;
		const timeout = Math.max(100, positive(options.timeout, 15000));
		const policy = {
			maxRetries: Math.floor(positive(options.maxRetries, 3)),
			baseMs: positive(options.retryBaseDelay, 1000),
			maxMs: positive(options.retryMaxDelay, 60000),
			retryAmbiguous: options.retryAfterTimeout ?? 'idempotent',
			idempotency,
		};
		const continueOnFail = this.continueOnFail();
		let stopped = false;
		await runPool(
			toSend.length,
			concurrency,
			async (k) => {
				const plan = toSend[k];
				const outcome = await sendWithRetry(
					async (): Promise<SendResult> => {
						if (limiter) await sleep(limiter.reserve());
						return await attemptSend(this, credentialType, provider, plan.spec, config, timeout, decrypted);
					},
					async (ms) => await sleep(ms),
					policy,
					plan.input.reference,
				);
				outcomes.set(plan.index, outcome);
				if (!outcome.result.ok && !continueOnFail) stopped = true;
			},
			() => stopped,
		);
	}

	// 3. Build the outputs in item order.
	let firstFailure: { index: number; failure: SendFailure; outcome: RetryOutcome } | undefined;
	let sentCount = 0;
	for (let i = 0; i < items.length; i++) {
		const ready = results.get(i);
		if (ready) {
			outputs[OUT.sent].push(ready);
			continue;
		}
		const plan = plans[i];
		if (!plan || plan.type === 'error') continue;
		const input = items[i].json;
		if (plan.type === 'deferred') {
			outputs[OUT.deferred].push({
				json: { ...input, survey: surveyJson(plan.base, { status: 'deferred', reason: plan.reason, nextAllowedAt: plan.nextAllowedAt }) },
				pairedItem: { item: i },
			});
			continue;
		}
		if (plan.type === 'skipped') {
			outputs[OUT.skipped].push({
				json: { ...input, survey: surveyJson(plan.base, { status: 'skipped', reason: plan.reason, ...plan.details }) },
				pairedItem: { item: i },
			});
			continue;
		}
		if (dryRun) {
			outputs[OUT.sent].push({
				json: {
					...input,
					survey: surveyJson(plan.base, {
						messageId: null,
						sentAt: null,
						status: 'dry_run',
						attempts: 0,
						request: { method: plan.spec.method, url: plan.spec.url, body: (plan.spec.body ?? null) as IDataObject },
					}),
				},
				pairedItem: { item: i },
			});
			continue;
		}
		const outcome = outcomes.get(i);
		if (!outcome) continue; // not started after an earlier failure (the node fails below)
		const result = outcome.result;
		if (result.ok) {
			sentCount++;
			const extra: IDataObject = {
				messageId: result.messageId || plan.base.surveyId,
				sentAt: new Date().toISOString(),
				status: result.status ?? 'queued',
				attempts: outcome.attempts,
			};
			if (result.segments !== undefined) extra.providerSegments = result.segments;
			if (outcome.duplicateSuppressed) extra.duplicateSuppressed = true;
			outputs[OUT.sent].push({ json: { ...input, survey: surveyJson(plan.base, extra) }, pairedItem: { item: i } });
			continue;
		}
		const note =
			outcome.notRetriedReason === 'ambiguous_not_idempotent'
				? ' (not retried: the provider may already have accepted this message and it has no idempotency key; see "Retry After Timeout")'
				: '';
		const failure: SendFailure = { ...result, message: `${result.message}${note}` };
		if (!firstFailure) firstFailure = { index: i, failure, outcome };
		outputs[OUT.sent].push(
			failedItem(
				input,
				errorInfo(failure),
				surveyJson(plan.base, { messageId: null, sentAt: null, status: 'failed', attempts: outcome.attempts }),
				i,
			),
		);
	}

	if (firstFailure && !this.continueOnFail()) {
		const { index, failure, outcome } = firstFailure;
		const plan = plans[index] as Extract<ItemPlan, { type: 'send' }>;
		throw new NodeApiError(this.getNode(), errorInfo(failure) as JsonObject, {
			itemIndex: index,
			message: `Item ${index}: ${provider.name} did not accept the survey SMS to ${plan.base.to}: ${failure.code} ${failure.message}`,
			description: `kind: ${failure.kind}, HTTP ${failure.httpStatus ?? '-'}, attempts: ${outcome.attempts}. ${sentCount} other item(s) of this run were already sent before the node stopped; turn on "Continue On Fail" to get every item's result.`,
			httpCode: failure.httpStatus !== undefined ? String(failure.httpStatus) : undefined,
		});
	}
	return outputs;
}
