import { randomBytes } from 'crypto';
import fc from 'fast-check';
import { PROVIDERS, PROVIDER_IDS } from '../../../../nodes/core/providers/registry';
import { WebhookError, type InboundRequest } from '../../../../nodes/core/providers/types';
import { joinParts } from '../../../../nodes/core/providers/common';

const SECRET = randomBytes(12).toString('hex');

const headerName = fc.constantFrom(
	'x-twilio-signature',
	'X-Plivo-Signature-V3',
	'x-plivo-signature-v3-nonce',
	'X-Plivo-Signature-V2',
	'telnyx-signature-ed25519',
	'telnyx-timestamp',
	'MessageBird-Signature-JWT',
	'Authorization',
	'x-sinch-webhook-signature',
	'x-sinch-webhook-signature-nonce',
	'x-sinch-webhook-signature-timestamp',
	'content-type',
	'X-Signature',
);
const headerValue = fc.oneof(
	fc.string({ maxLength: 200 }),
	fc.constantFrom(
		'Bearer a.b.c',
		'Basic Og==',
		'application/json',
		'eyJhbGciOiJIUzI1NiJ9.e30.x',
		'1714557600',
		'A'.repeat(88),
	),
);
const body = fc.oneof(
	fc.string({ maxLength: 400 }),
	fc.json({ maxDepth: 3 }),
	fc
		.dictionary(fc.string({ maxLength: 12 }), fc.string({ maxLength: 20 }))
		.map((d) => new URLSearchParams(d).toString()),
	fc.constantFrom(
		'{"data":{"event_type":"message.received","payload":{"id":1,"to":[null]}}}',
		'{"results":[null]}',
		'{"type":"delivery_report_sms","batch_id":"b","statuses":[1,{"recipients":[{}]}]}',
	),
);
const request = fc.record({
	url: fc.oneof(fc.webUrl({ withQueryParameters: true }), fc.string({ maxLength: 60 })),
	method: fc.constantFrom('GET', 'POST', 'PUT', ''),
	headers: fc.dictionary(
		headerName,
		fc.oneof(headerValue, fc.array(headerValue, { maxLength: 2 })),
	),
	body,
}) as fc.Arbitrary<InboundRequest>;

describe('webhooks on arbitrary input', () => {
	it.each(PROVIDER_IDS)(
		'%s: parseWebhook throws only WebhookError; verifyWebhook never throws and rejects',
		(id) => {
			const provider = PROVIDERS[id];
			fc.assert(
				fc.property(
					request,
					fc.constantFrom<string | undefined>(undefined, 'md5hash', 'jwt', 'v2', 'hmac', 'basic'),
					(req, mode) => {
						try {
							const events = provider.parseWebhook(req);
							expect(Array.isArray(events)).toBe(true);
							for (const e of events) expect(Number.isNaN(Date.parse(e.receivedAt))).toBe(false);
						} catch (e) {
							expect(e).toBeInstanceOf(WebhookError);
						}
						const result = provider.verifyWebhook(req, SECRET, {
							mode,
							hmacHeader: mode === 'hmac' ? 'X-Signature' : undefined,
						});
						expect(result.ok).toBe(false);
						expect(JSON.stringify(result)).not.toContain(SECRET);
						expect(() => provider.webhookResponse([], { autoReply: req.body })).not.toThrow();
					},
				),
				{ numRuns: 80 },
			);
		},
	);

	it('tolerates garbage in the request object itself', () => {
		const junk = [
			null,
			undefined,
			1,
			'x',
			{},
			{ url: 5, headers: null, body: {} },
			{ url: 'https://a', headers: { a: [1] }, body: 7 },
		];
		for (const id of PROVIDER_IDS) {
			for (const j of junk) {
				const req = j as unknown as InboundRequest;
				expect(() => PROVIDERS[id].verifyWebhook(req, SECRET)).not.toThrow();
				try {
					PROVIDERS[id].parseWebhook(req);
				} catch (e) {
					expect(e).toBeInstanceOf(WebhookError);
				}
			}
		}
	});

	it('joinParts never loses a non-part event', () => {
		fc.assert(
			fc.property(
				fc.array(
					fc.record({
						ref: fc.constantFrom('a', 'b'),
						index: fc.integer({ min: -1, max: 4 }),
						total: fc.integer({ min: 0, max: 3 }),
						text: fc.string({ maxLength: 5 }),
					}),
					{ maxLength: 8 },
				),
				(parts) => {
					const events = parts.map((p, i) => ({
						provider: 'vonage' as const,
						event: 'reply' as const,
						from: '+1',
						to: '+2',
						text: p.text,
						messageId: String(i),
						receivedAt: '2024-01-01T00:00:00.000Z',
						part: { reference: p.ref, index: p.index, total: p.total },
						raw: i,
					}));
					const out = joinParts(events);
					expect(out.length).toBeLessThanOrEqual(events.length);
					const total = out.reduce((n, e) => n + (Array.isArray(e.raw) ? e.raw.length : 1), 0);
					expect(total).toBeLessThanOrEqual(events.length);
				},
			),
		);
	});
});
