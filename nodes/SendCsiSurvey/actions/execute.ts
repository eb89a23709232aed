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
import {
	getProvider,
	type ProviderConfig,
	type SendFailure,
	type SendResult,
} from '../../core/providers';
import { createRateLimiter } from '../../core/sms';
import { createDedupe, runPool, sendWithRetry, type RetryOutcome } from '../../core/sms';
import { attemptSend } from '../transport';
import { planItem, type ItemPlan, type SendOptions, type SurveyBase } from './plan';

const OUT = { sent: 0, deferred: 1, skipped: 2 } as const;

/** The provider error fields put on a failed item. */
function errorInfo(
	f: Pick<SendFailure, 'provider' | 'code' | 'message' | 'httpStatus' | 'retryable' | 'kind'>,
): IDataObject {
	return {
		provider: f.provider,
		code: f.code,
		message: f.message,
		httpStatus: f.httpStatus ?? null,
		retryable: f.retryable,
		kind: f.kind,
	};
}

function positive(value: unknown, fallback: number): number {
	const n = Number(value);
	return Number.isFinite(n) && n >= 0 ? n : fallback;
}

export async function sendCsiSurvey(this: IExecuteFunctions): Promise<INodeExecutionData[][]> {
	const items = this.getInputData();
	const outputs: INodeExecutionData[][] = [[], [], []];
	const provider = getProvider(this.getNodeParameter('provider', 0) as string);
	const credentialType = provider.credential.type;
	const options = this.getNodeParameter('options', 0, {}) as SendOptions;
	const dryRun = options.dryRun === true;
	const credentials = (await this.getCredentials(credentialType)) as IDataObject;
	const nodeCredential = this.getNode().credentials?.[credentialType];
	const decrypted: ICredentialsDecrypted | undefined = nodeCredential
		? {
				id: nodeCredential.id ?? '',
				name: nodeCredential.name,
				type: credentialType,
				data: credentials as ICredentialDataDecryptedObject,
			}
		: undefined;
	let config: ProviderConfig;
	try {
		config = provider.sendConfig
			? provider.sendConfig(credentials, (name, fallback) =>
					this.getNodeParameter(name, 0, fallback),
				)
			: { ...credentials };
	} catch (error) {
		throw new NodeOperationError(this.getNode(), (error as Error).message);
	}
	const idempotency = provider.idempotency(config);

	// A failed item (Continue On Fail). With "Continue (using error output)" n8n moves an item to the error output
	// only when its JSON has nothing but error/message/details (it then merges the input fields back in), so
	// the survey context goes under `details` there; otherwise the item keeps its input fields next to `error`.
	const toErrorOutput = this.getNode().onError === 'continueErrorOutput';
	const failedItem = (
		input: IDataObject,
		error: IDataObject,
		surveyInfo: IDataObject | undefined,
		i: number,
	): INodeExecutionData => {
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
			plan = {
				type: 'error',
				index: i,
				message: `Item ${i}: ${(error as Error).message}`,
				code: 'invalid_item',
				kind: 'invalid_request',
			};
		}
		if (plan.type !== 'error') {
			plans[i] = plan;
			continue;
		}
		if (!this.continueOnFail()) {
			throw new NodeOperationError(this.getNode(), plan.message, {
				itemIndex: i,
				description: plan.description,
			});
		}
		const info = errorInfo({
			provider: provider.id,
			code: plan.code,
			message: plan.message,
			retryable: false,
			kind: plan.kind,
		});
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
		const sendOne = async (k: number): Promise<void> => {
			const plan = toSend[k];
			const outcome = await sendWithRetry(
				async (): Promise<SendResult> => {
					if (limiter) await sleep(limiter.reserve());
					return await attemptSend(
						this,
						credentialType,
						provider,
						plan.spec,
						config,
						timeout,
						decrypted,
					);
				},
				async (ms) => await sleep(ms),
				policy,
				plan.input.reference,
			);
			outcomes.set(plan.index, outcome);
			if (!outcome.result.ok && !continueOnFail) stopped = true;
		};
		// With a token login (Eskiz), one send goes first alone: an empty or expired token is then renewed by
		// exactly one login, which every later send reuses.
		const first = provider.preAuthentication !== undefined && toSend.length > 1 ? 1 : 0;
		if (first === 1) await sendOne(0);
		if (!stopped)
			await runPool(
				toSend.length - first,
				concurrency,
				async (k) => await sendOne(k + first),
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
				json: {
					...input,
					survey: surveyJson(plan.base, {
						status: 'deferred',
						reason: plan.reason,
						nextAllowedAt: plan.nextAllowedAt,
					}),
				},
				pairedItem: { item: i },
			});
			continue;
		}
		if (plan.type === 'skipped') {
			outputs[OUT.skipped].push({
				json: {
					...input,
					survey: surveyJson(plan.base, {
						status: 'skipped',
						reason: plan.reason,
						...plan.details,
					}),
				},
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
						request: {
							method: plan.spec.method,
							url: plan.spec.url,
							body: (plan.spec.body ?? null) as IDataObject,
						},
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
			outputs[OUT.sent].push({
				json: { ...input, survey: surveyJson(plan.base, extra) },
				pairedItem: { item: i },
			});
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
				surveyJson(plan.base, {
					messageId: null,
					sentAt: null,
					status: 'failed',
					attempts: outcome.attempts,
				}),
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
