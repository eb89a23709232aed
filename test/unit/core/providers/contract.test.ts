// One contract runner for every provider, in the manner of courier's handler tests: each provider's
// `test/unit/core/providers/<id>/cases.json` lists send input → exact HTTP request, credential → auth
// headers and Test request, HTTP answer → result / error class, inbound request → verification, normalized
// events and the webhook answer, and runs against the provider's loopback simulator.
import {
	getProvider,
	listProviders,
	providerOfCredential,
	providerOptions,
	verifyWebhook,
} from '../../../../nodes/core/providers/registry';
import type { InboundRequest, ProviderConfig } from '../../../../nodes/core/providers/types';
import { startSmsSimulator, type ProviderId, type SmsSimulator } from '../../../sim/server';
import {
	buildRequest,
	loadCases,
	readCaseFile,
	type CaseFile,
	type VariantCase,
} from './contract/cases';
import { execute, sendVia } from './send-helpers';

const providers = listProviders().map((p) => p.id);

/** `{"$absent": true}`: the field must not be there. */
function isAbsent(v: unknown): boolean {
	return v !== null && typeof v === 'object' && (v as Record<string, unknown>).$absent === true;
}

/** Expect `actual` to match `expected` (with `$regex` / `$absent` markers). */
function expectMatch(actual: unknown, expected: Record<string, unknown>): void {
	expect(actual).toMatchObject(matchers(expected) as object);
	for (const [k, v] of Object.entries(expected))
		if (isAbsent(v)) expect({ [k]: (actual as Record<string, unknown>)[k] }).toEqual({});
}

/** `{"$regex": "…"}` anywhere in an expectation matches a string by pattern. */
function matchers(value: unknown): unknown {
	if (Array.isArray(value)) return value.map(matchers);
	if (value !== null && typeof value === 'object') {
		const rec = value as Record<string, unknown>;
		if (typeof rec.$regex === 'string' && Object.keys(rec).length === 1)
			return expect.stringMatching(new RegExp(rec.$regex));
		return Object.fromEntries(
			Object.entries(rec)
				.filter(([, v]) => !isAbsent(v))
				.map(([k, v]) => [k, matchers(v)]),
		);
	}
	return value;
}

test('every provider in the registry has a case file', () => {
	expect(providers.filter((id) => loadCases(id) === undefined)).toEqual([]);
});

describe('registry', () => {
	test('the Provider options are every provider, sorted by their names', () => {
		const options = providerOptions();
		expect(options.map((o) => o.value).sort()).toEqual([...providers].sort());
		const names = options.map((o) => o.name);
		expect(names).toEqual([...names].sort((a, b) => a.localeCompare(b, 'en')));
	});
	test('an unknown id is a clear error; verifyWebhook never throws', () => {
		expect(() => getProvider('nope')).toThrow(
			/Unknown SMS provider "nope". Expected one of: twilio/,
		);
		expect(() => getProvider('__proto__')).toThrow(/Unknown SMS provider/);
		expect(verifyWebhook('nope', { url: 'x', method: 'POST', headers: {}, body: '' }, 's')).toEqual(
			{
				ok: false,
				reason: 'unknown_provider',
			},
		);
	});
	test('credential types are unique and map back to their provider', () => {
		for (const id of providers) {
			const type = getProvider(id).credential.type;
			expect(providerOfCredential(type)?.id).toBe(id);
		}
		expect(providerOfCredential('nope')).toBeUndefined();
	});
});

const withCases = providers
	.map((id) => [id, loadCases(id)] as const)
	.filter((x): x is readonly [string, CaseFile] => x[1] !== undefined);

function variant(request: InboundRequest, v: VariantCase): InboundRequest {
	let out: InboundRequest = { ...request, headers: { ...request.headers } };
	if (v.tamper) {
		expect(out.body).toContain(v.tamper[0]);
		out.body = out.body.replace(v.tamper[0], v.tamper[1]);
	}
	if (v.tamperUrl) {
		expect(out.url).toContain(v.tamperUrl[0]);
		out.url = out.url.replace(v.tamperUrl[0], v.tamperUrl[1]);
	}
	if (v.dropHeader) {
		const drop = v.dropHeader.toLowerCase();
		out.headers = Object.fromEntries(
			Object.entries(out.headers).filter(([k]) => k.toLowerCase() !== drop),
		);
	}
	if (v.prefixHeader) {
		const [name, prefix] = v.prefixHeader;
		const key = Object.keys(out.headers).find((k) => k.toLowerCase() === name.toLowerCase());
		expect(key).toBeDefined();
		if (key) out.headers[key] = `${prefix}${String(out.headers[key])}`;
	}
	if (v.setHeaders) out.headers = { ...out.headers, ...v.setHeaders };
	if (v.recase) {
		const mode = v.recase;
		out = {
			...out,
			headers: Object.fromEntries(
				Object.entries(out.headers).map(([k, val]) => [
					mode === 'lower' ? k.toLowerCase() : k.toUpperCase(),
					val,
				]),
			),
		};
	}
	return out;
}

describe.each(withCases)('%s', (id, cases) => {
	const provider = getProvider(id);
	const config = (extra?: ProviderConfig): ProviderConfig => ({
		...cases.config,
		...(extra ?? {}),
	});

	const sends = cases.send ?? [];
	if (sends.length > 0)
		test.each(sends.map((c) => [c.name, c] as const))('send: %s', (_n, c) => {
			if (c.throws !== undefined) {
				expect(() => provider.buildSendRequest(c.input, config(c.config))).toThrow(
					new RegExp(c.throws),
				);
				return;
			}
			expect(provider.buildSendRequest(c.input, config(c.config))).toEqual(c.request);
		});

	const auths = cases.auth ?? [];
	if (auths.length > 0)
		test.each(auths.map((c) => [c.name, c] as const))('auth: %s', (_n, c) => {
			const cfg = config(c.config);
			const input = c.input ?? sends.find((s) => s.request)?.input;
			const base =
				c.request ??
				(c.testRequest
					? provider.buildTestRequest(cfg)
					: provider.buildSendRequest(input ?? { to: '', text: '' }, cfg));
			const before = JSON.parse(JSON.stringify(base)) as typeof base;
			const authed = provider.applyAuth(base, cfg);
			expect(base).toEqual(before); // pure: the described request is not changed
			if (c.expect) {
				expect(authed).toEqual(c.expect);
				return;
			}
			expect(authed.headers).toEqual(c.headers);
			expect({ ...authed, headers: {} }).toEqual({ ...before, headers: {} });
		});

	const tests = cases.test ?? [];
	if (tests.length > 0)
		test.each(tests.map((c) => [c.name, c] as const))('credential test: %s', (_n, c) => {
			expect(provider.buildTestRequest(config(c.config))).toEqual(c.request);
		});

	const responses = cases.responses ?? [];
	if (responses.length > 0)
		test.each(responses.map((c) => [c.name, c] as const))('response: %s', (_n, c) => {
			let status = c.status ?? 200;
			let headers = c.headers ?? {};
			let body = c.body;
			if (c.fixture) {
				const f = JSON.parse(readCaseFile(id, c.fixture)) as {
					status: number;
					headers: Record<string, string>;
					body: unknown;
				};
				status = f.status;
				headers = f.headers;
				body = f.body;
			}
			const raw = typeof body === 'string' || body === undefined ? body : JSON.stringify(body);
			const result = provider.parseSendResponse(status, raw, headers, config(c.config));
			expectMatch(result, { provider: id, ...c.result });
			if (!result.ok) expect(result.retryable).toBe(c.result.retryable ?? result.retryable);
		});

	const webhooks = cases.webhooks ?? [];
	if (webhooks.length > 0)
		test.each(webhooks.map((c) => [c.name, c] as const))('webhook: %s', (_n, c) => {
			const request = buildRequest(id, c.request);
			if (c.verify) {
				const v = provider.verifyWebhook(request, c.secret ?? '', c.verifyOptions);
				expect(v).toEqual(c.verify.ok ? { ok: true } : { ok: false, reason: c.verify.reason });
				if (c.secret) expect(JSON.stringify(v)).not.toContain(c.secret);
			}
			for (const v of c.variants ?? []) {
				const r = provider.verifyWebhook(
					variant(request, v),
					v.secret ?? c.secret ?? '',
					v.verifyOptions ?? c.verifyOptions,
				);
				expect({ variant: v.name, ...r }).toEqual({
					variant: v.name,
					...(v.verify.ok ? { ok: true } : { ok: false, reason: v.verify.reason }),
				});
			}
			if (c.error) {
				let thrown: unknown;
				try {
					provider.parseWebhook(request, c.parseOptions);
				} catch (error) {
					thrown = error;
				}
				expect(thrown).toMatchObject({ status: c.error.status });
				if (c.error.message) expect((thrown as Error).message).toMatch(new RegExp(c.error.message));
				return;
			}
			const events = c.events !== undefined ? provider.parseWebhook(request, c.parseOptions) : [];
			if (c.events !== undefined) {
				expect(events).toHaveLength(c.events.length);
				events.forEach((e, k) => expectMatch(e, { provider: id, ...c.events?.[k] }));
			}
			if (c.answer) {
				const answer = provider.webhookResponse(events, c.answerOptions);
				expect(answer.status).toBe(c.answer.status);
				if (c.answer.headers) expect(answer.headers).toEqual(c.answer.headers);
				if (c.answer.body !== undefined) expect(answer.body).toBe(c.answer.body);
				if (c.answer.bodyMatches) expect(answer.body).toMatch(new RegExp(c.answer.bodyMatches));
			}
		});

	const verifications = cases.verification ?? [];
	if (verifications.length > 0)
		test.each(verifications.map((c) => [c.name, c] as const))('verification: %s', (_n, c) => {
			expect(
				provider.verificationSettings(c.credentials, {
					options: c.options ?? {},
					hasBearer: c.hasBearer ?? false,
				}),
			).toEqual(c.expect);
		});

	const reader = (params: Record<string, unknown>) => (name: string, fallback?: unknown) =>
		name in params ? params[name] : fallback;

	const registrations = cases.registration ?? [];
	test('registration cases exactly when the provider registers webhooks', () => {
		expect(registrations.length > 0).toBe(provider.registration !== undefined);
	});
	if (registrations.length > 0)
		test.each(registrations.map((c) => [c.name, c] as const))('registration: %s', (_n, c) => {
			const reg = provider.registration;
			if (!reg) throw new Error('no registration');
			const read = () => reg.target(config(c.config), reader(c.params ?? {}));
			if (c.throws !== undefined) {
				expect(read).toThrow(new RegExp(c.throws));
				return;
			}
			const target = read();
			if (c.target) expect(target).toEqual(c.target);
			if (c.read) expect(reg.readRequest(target)).toEqual(c.read);
			if (c.answer !== undefined) {
				const state = reg.readState(target, c.answer);
				if (c.notFound !== undefined) expect(state).toMatch(new RegExp(c.notFound));
				else expect(state).toEqual(c.state);
			}
			if (c.write)
				expect(reg.writeRequest(target, c.state ?? { values: {} }, c.write.values)).toEqual(
					c.write.request,
				);
		});

	const nodeParams = [
		['sendConfig', cases.sendConfig ?? []],
		['sendExtra', cases.sendExtra ?? []],
		['parseOptions', cases.parseOptions ?? []],
	] as const;
	for (const [kind, list] of nodeParams)
		if (list.length > 0)
			test.each(list.map((c) => [c.name, c] as const))(`${kind}: %s`, (_n, c) => {
				const run = (): unknown => {
					const param = reader(c.params);
					if (kind === 'sendConfig') {
						if (!provider.sendConfig) throw new Error('no sendConfig');
						return provider.sendConfig(c.credentials ?? {}, param);
					}
					if (kind === 'sendExtra') return provider.sendExtra?.(param) ?? null;
					return provider.webhookParseOptions?.(param) ?? null;
				};
				if (c.throws !== undefined) {
					expect(run).toThrow(new RegExp(c.throws));
					return;
				}
				if (c.expect === null) expect(run()).toBeNull();
				else expect(run()).toEqual(c.expect);
			});

	if (cases.signsWebhooks !== undefined)
		test('signs its webhooks', () => {
			expect(provider.signsWebhooks).toBe(cases.signsWebhooks);
		});

	if (cases.idempotency)
		test('idempotency', () => {
			expect(provider.idempotency(config())).toMatchObject(cases.idempotency ?? {});
		});

	const sims = cases.sim ?? [];
	if (sims.length > 0)
		describe('against the simulator', () => {
			let sim: SmsSimulator;
			let simConfig: ProviderConfig;
			beforeAll(async () => {
				sim = await startSmsSimulator({
					...(cases.simOptions ?? {}),
					providers: [id as ProviderId],
				});
				const creds = sim.credentials[id as ProviderId] as unknown as Record<string, unknown>;
				simConfig = { baseUrl: sim.baseUrl(id as ProviderId) };
				for (const [key, from] of Object.entries(cases.simConfig ?? {}))
					simConfig[key] = from.startsWith('$') ? creds[from.slice(1)] : from;
			});
			afterEach(() => sim.reset());
			afterAll(() => sim.close());

			test.each(sims.map((c) => [c.name, c] as const))('%s', async (_n, c) => {
				const resolve = (extra?: Record<string, unknown>): ProviderConfig => {
					const creds = sim.credentials[id as ProviderId] as unknown as Record<string, unknown>;
					const out: ProviderConfig = { ...simConfig };
					for (const [k, v] of Object.entries(extra ?? {}))
						out[k] = typeof v === 'string' && v.startsWith('$') ? creds[v.slice(1)] : v;
					return out;
				};
				if (c.inject) sim.inject(id as ProviderId, c.inject as never);
				if (c.testStatus !== undefined) {
					const cfg = resolve(c.sends[0]?.config);
					const answer = await execute(provider.applyAuth(provider.buildTestRequest(cfg), cfg));
					expect(answer.status).toBe(c.testStatus);
					return;
				}
				for (const s of c.sends) {
					const input = { ...(cases.simInput ?? { to: '', text: '' }), ...(s.input ?? {}) };
					const result = await sendVia(provider, input, resolve(s.config), s.timeoutMs);
					expectMatch(result, s.result);
				}
				if (c.recorded) {
					const recorded = sim.requests(id as ProviderId, 'send');
					if (c.recorded.count !== undefined) expect(recorded).toHaveLength(c.recorded.count);
					for (const part of c.recorded.rawBodyContains ?? [])
						expect(recorded[0].rawBody).toContain(part);
					if (c.recorded.body) expect(recorded[0].body).toMatchObject(c.recorded.body);
				}
			});
		});
});
