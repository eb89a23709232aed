// How CSI Reply Trigger answers: n8n answers accepted requests after it created the execution (the
// status comes from the webhook description's expression, the headers and body from the node), oversized
// bodies get 413 before any verification, and the duplicate filter forgets a request that failed.
import { EventEmitter } from 'node:events';
import fc from 'fast-check';
import {
	ACCEPTED_RESPONSE_CODE,
	acceptedStatus,
	answerNow,
	deferAnswer,
	itemAnswer,
	onAnswered,
	RESPONSE_MODE,
	serverIsClosing,
	shuttingDownResponse,
	type AnswerTarget,
} from '../../../../nodes/CsiReplyTrigger/answer';
import { CsiReplyTrigger } from '../../../../nodes/CsiReplyTrigger/CsiReplyTrigger.node';
import { dropDuplicates, handleInbound } from '../../../../nodes/CsiReplyTrigger/inbound';
import {
	RECENT_IN_PROCESS,
	anyPending,
	holdUntilAnswered,
	pendingCount,
} from '../../../../nodes/CsiReplyTrigger/memory';
import { PROVIDER_IDS, getProvider } from '../../../../nodes/core/providers/registry';
import { MAX_WEBHOOK_BODY } from '../../../../nodes/core/providers/common';
import type { NormalizedEvent } from '../../../../nodes/core/providers/types';
import * as wh from '../../../sim/webhooks';

class FakeResponse extends EventEmitter implements AnswerTarget {
	statusCode = 200;
	headersSent = false;
	headers: Record<string, string | number> = {};
	body: string | undefined;
	setHeader(name: string, value: string | number) {
		this.headers[name.toLowerCase()] = value;
	}
	writeHead(status: number, headers: Record<string, string> = {}) {
		this.statusCode = status;
		for (const [k, v] of Object.entries(headers)) this.setHeader(k, v);
		this.headersSent = true;
	}
	end(body?: string) {
		this.body = body;
		this.emit('close');
	}
}

/** Evaluates the description's `={{ … }}` expression the way n8n does, with `$parameter`. */
function evaluate(template: string, parameters: Record<string, unknown>): unknown {
	const m = /^=\{\{(.*)\}\}$/s.exec(template);
	if (!m) throw new Error(`not an expression: ${template}`);
	return new Function('$parameter', `return (${m[1]});`)(parameters);
}

const reply: NormalizedEvent = {
	provider: 'twilio',
	event: 'reply',
	from: '+79161234567',
	to: '+15005550006',
	text: '5',
	messageId: 'SM1',
	receivedAt: '2024-05-01T10:00:00.000Z',
	raw: {},
};

describe('accepted answers are sent by n8n', () => {
	it('the description lets n8n answer onReceived with the node body and the provider status', () => {
		const { webhooks } = new CsiReplyTrigger().description;
		expect(webhooks).toHaveLength(2);
		for (const w of webhooks ?? []) {
			expect(w.responseMode).toBe(RESPONSE_MODE);
			expect(evaluate(RESPONSE_MODE, { acknowledge: 'executionCreated' })).toBe('onReceived');
			expect(evaluate(RESPONSE_MODE, {})).toBe('onReceived');
			expect(evaluate(RESPONSE_MODE, { acknowledge: 'respondNode' })).toBe('responseNode');
			expect(w.responseCode).toBe(ACCEPTED_RESPONSE_CODE);
			// '' (not undefined): n8n would otherwise answer the literal text "firstEntryJson"
			expect(w.responseData).toBe('');
		}
	});

	it.each(PROVIDER_IDS)(
		'%s: the expression, acceptedStatus and the provider answer agree',
		(provider) => {
			const status = acceptedStatus(provider);
			expect(evaluate(ACCEPTED_RESPONSE_CODE, { provider })).toBe(status);
			const answer = getProvider(provider).webhookResponse([{ ...reply, provider }], {
				autoReply: 'Спасибо!',
			});
			expect(answer.status).toBe(status);
			const res = new FakeResponse();
			expect(deferAnswer(res, answer, provider)).toBe(answer.body);
			expect(res.headersSent).toBe(false);
			for (const [k, v] of Object.entries(answer.headers))
				expect(res.headers[k.toLowerCase()]).toBe(v);
		},
	);

	it.each(PROVIDER_IDS)(
		'%s: the answer a Respond to Webhook node sends is the provider answer',
		(provider) => {
			const answer = getProvider(provider).webhookResponse([{ ...reply, provider }], {
				autoReply: 'Спасибо!',
			});
			const item = itemAnswer(answer);
			expect(item.status).toBe(acceptedStatus(provider));
			expect(item.body).toBe(answer.body);
			expect(item.headers).toEqual(answer.headers);
			const declared = Object.entries(answer.headers).find(
				([k]) => k.toLowerCase() === 'content-type',
			)?.[1];
			expect(item.contentType).toBe(declared ?? 'text/plain; charset=utf-8');
		},
	);

	it('keeps the Twilio auto-reply TwiML as the deferred body', () => {
		const answer = getProvider('twilio').webhookResponse([reply], { autoReply: 'Спасибо & пока' });
		const res = new FakeResponse();
		const body = deferAnswer(res, answer, 'twilio');
		expect(body).toContain('<Message>Спасибо &amp; пока</Message>');
		expect(res.headers['content-type']).toBe('text/xml');
	});

	it('refuses to defer an answer whose status n8n would not send, or when headers are out', () => {
		const res = new FakeResponse();
		expect(deferAnswer(res, { status: 202, headers: {}, body: '' }, 'twilio')).toBeUndefined();
		res.headersSent = true;
		expect(deferAnswer(res, { status: 200, headers: {}, body: 'x' }, 'twilio')).toBeUndefined();
	});

	it('answerNow writes status, headers and body', () => {
		const res = new FakeResponse();
		answerNow(res, shuttingDownResponse());
		expect(res.statusCode).toBe(503);
		expect(res.headers['retry-after']).toBe('5');
		expect(JSON.parse(res.body ?? '')).toMatchObject({ error: 'Service Unavailable' });
	});

	it('onAnswered reports success only for a 2xx that went out', () => {
		const seen: boolean[] = [];
		for (const [status, sent] of [
			[200, true],
			[204, true],
			[500, true],
			[503, true],
			[200, false],
		] as Array<[number, boolean]>) {
			const res = new FakeResponse();
			onAnswered(res, (ok) => seen.push(ok));
			res.statusCode = status;
			res.headersSent = sent;
			res.emit('close');
		}
		expect(seen).toEqual([true, true, false, false, false]);
	});
});

describe('serverIsClosing', () => {
	it('is true only when the request socket belongs to a server that stopped listening', () => {
		expect(serverIsClosing({ socket: { server: { listening: false } } })).toBe(true);
		expect(serverIsClosing({ socket: { server: { listening: true } } })).toBe(false);
		expect(serverIsClosing({ socket: {} })).toBe(false);
		expect(serverIsClosing({})).toBe(false);
		expect(serverIsClosing(undefined)).toBe(false);
		expect(serverIsClosing({ socket: { server: null } })).toBe(false);
	});
});

describe('body size cap', () => {
	const url = 'https://n8n.example.com/webhook/x/csi-reply';
	const token = 'twilio-auth-token-123';

	it('answers 413 for a correctly signed body over the cap (not 403 malformed)', () => {
		const r = wh.twilio.twilioInbound({
			url,
			authToken: token,
			from: '+79161234567',
			to: '+15005550006',
			body: 'x'.repeat(MAX_WEBHOOK_BODY + 10),
		});
		const out = handleInbound(
			{ url: r.url, method: 'POST', headers: r.headers, body: r.body },
			{
				provider: 'twilio',
				verify: true,
				secret: token,
				verifyOptions: {},
				events: 'both',
				joinParts: true,
			},
		);
		expect(out.kind).toBe('malformed');
		expect(out.response.status).toBe(413);
	});

	it('any provider, verified or not: over the cap is 413, at or under it never is', () => {
		fc.assert(
			fc.property(
				fc.constantFrom(...PROVIDER_IDS),
				fc.boolean(),
				fc.integer({ min: -2000, max: 2000 }),
				(provider, verify, delta) => {
					const body = 'a'.repeat(MAX_WEBHOOK_BODY + delta);
					const out = handleInbound(
						{ url, method: 'POST', headers: {}, body },
						{ provider, verify, secret: 's', verifyOptions: {}, events: 'both', joinParts: true },
					);
					return (out.response.status === 413) === delta > 0;
				},
			),
			{ numRuns: 60 },
		);
	});
});

describe('duplicate filter bookkeeping', () => {
	it('reports the keys it recorded and the keys it dropped', () => {
		const recent: Record<string, number> = {};
		const a = dropDuplicates([reply], recent, 1000, 60);
		expect(a.recorded).toHaveLength(1);
		expect(a.dropped).toEqual([]);
		const b = dropDuplicates([reply], recent, 2000, 60);
		expect(b.kept).toEqual([]);
		expect(b.recorded).toEqual([]);
		expect(b.dropped).toEqual(a.recorded);
	});
});

describe('in-process memory of the duplicate filter', () => {
	const trigger = 'wf\u0000node';
	const key = 'twilio|reply|SM1|+15005550006||';

	it('a failed answer forgets the keys, a success keeps them; nothing stays pending', () => {
		for (const [status, kept] of [
			[200, true],
			[500, false],
		] as Array<[number, boolean]>) {
			RECENT_IN_PROCESS.set(trigger, { [key]: 1 });
			const res = new FakeResponse();
			holdUntilAnswered(trigger, [key], res);
			expect(anyPending(trigger, [key])).toBe(true);
			res.writeHead(status);
			res.end('');
			expect(anyPending(trigger, [key])).toBe(false);
			expect(key in (RECENT_IN_PROCESS.get(trigger) ?? {})).toBe(kept);
		}
		expect(pendingCount()).toBe(0);
	});

	it('stays bounded when answers never come', () => {
		const keys = Array.from({ length: 12_000 }, (_, i) => `k${i}`);
		for (const k of keys) holdUntilAnswered(trigger, [k], new FakeResponse());
		expect(pendingCount()).toBeLessThanOrEqual(10_000);
	});
});
