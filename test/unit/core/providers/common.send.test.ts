import fc from 'fast-check';
import {
	base64Utf8,
	encodeForm,
	joinUrl,
	kindFromErrorText,
	networkFailure,
	parseRetryAfter,
	readJsonPath,
	resolveBaseUrl,
	splitJsonPath,
} from '../../../../nodes/core/providers/common';
import { PROVIDERS } from '../../../../nodes/core/providers/registry';

describe('provider shared helpers', () => {
	it('readJsonPath: dots, brackets, quoted keys, missing steps', () => {
		const v = {
			data: { messages: [{ id: 'a', 'message-id': 'b' }] },
			Response: { SendStatusSet: [{ Code: 'Ok' }] },
		};
		expect(readJsonPath(v, 'data.messages[0].id')).toBe('a');
		expect(readJsonPath(v, 'data.messages.0.id')).toBe('a');
		expect(readJsonPath(v, 'data.messages[0]["message-id"]')).toBe('b');
		expect(readJsonPath(v, "$.data.messages[0]['message-id']")).toBe('b');
		expect(readJsonPath(v, 'data.messages[0].message-id')).toBe('b');
		expect(readJsonPath(v, 'Response.SendStatusSet[0].Code')).toBe('Ok');
		expect(readJsonPath(v, 'data.messages[1].id')).toBeUndefined();
		expect(readJsonPath(v, 'data..x')).toBeUndefined();
		expect(readJsonPath(v, 'data.messages[0')).toBeUndefined();
		expect(readJsonPath({ a: 1 }, 'toString')).toBeUndefined();
		expect(splitJsonPath('a[2].b')).toEqual(['a', 2, 'b']);
	});

	it('readJsonPath never throws on arbitrary paths and values', () => {
		fc.assert(
			fc.property(fc.jsonValue(), fc.string({ maxLength: 60 }), (value, path) => {
				readJsonPath(value, path);
			}),
			{ numRuns: 300 },
		);
	});

	it('parseRetryAfter: seconds, HTTP date vs Date header, vs now, garbage', () => {
		expect(parseRetryAfter({ 'Retry-After': '120' })).toBe(120);
		expect(parseRetryAfter({ 'retry-after': '1.2' })).toBe(2);
		expect(
			parseRetryAfter({
				'retry-after': 'Wed, 21 Oct 2015 07:28:30 GMT',
				date: 'Wed, 21 Oct 2015 07:28:00 GMT',
			}),
		).toBe(30);
		expect(
			parseRetryAfter(
				{ 'retry-after': 'Wed, 21 Oct 2015 07:28:30 GMT' },
				Date.parse('Wed, 21 Oct 2015 07:28:20 GMT'),
			),
		).toBe(10);
		expect(
			parseRetryAfter(
				{ 'retry-after': 'Wed, 21 Oct 2015 07:28:30 GMT' },
				Date.parse('Wed, 21 Oct 2015 08:00:00 GMT'),
			),
		).toBe(0);
		expect(parseRetryAfter({ 'retry-after': 'soon' })).toBeUndefined();
		expect(parseRetryAfter({})).toBeUndefined();
		expect(parseRetryAfter({ 'Retry-After': ['3', '4'] })).toBe(3);
	});

	it('base64Utf8 matches Buffer for any string', () => {
		expect(base64Utf8('AC1:tok')).toBe('QUMxOnRvaw==');
		fc.assert(
			fc.property(fc.string({ unit: 'grapheme', maxLength: 40 }), (s) => {
				expect(base64Utf8(s)).toBe(Buffer.from(s, 'utf8').toString('base64'));
			}),
			{ numRuns: 300 },
		);
	});

	it('encodeForm: + becomes %2B, spaces +, round-trips through URLSearchParams', () => {
		expect(encodeForm({ To: '+998 90', Body: 'a&b=c', skip: undefined })).toBe(
			'To=%2B998+90&Body=a%26b%3Dc',
		);
		fc.assert(
			fc.property(
				fc.dictionary(fc.string({ minLength: 1, maxLength: 8 }), fc.string({ maxLength: 20 })),
				(map) => {
					const back = Object.fromEntries(new URLSearchParams(encodeForm(map)));
					const want = Object.fromEntries(new URLSearchParams(Object.entries(map)));
					expect(back).toEqual(want);
				},
			),
			{ numRuns: 200 },
		);
	});

	it('joinUrl / resolveBaseUrl', () => {
		expect(joinUrl('https://a/b/', '/c')).toBe('https://a/b/c');
		expect(resolveBaseUrl({ baseUrl: 'xyz.api.infobip.com/' }, 'https://d')).toBe(
			'https://xyz.api.infobip.com',
		);
		expect(resolveBaseUrl({ baseUrl: '  ' }, 'https://d')).toBe('https://d');
		expect(resolveBaseUrl({ baseUrl: 'http://127.0.0.1:5/x' }, 'https://d')).toBe(
			'http://127.0.0.1:5/x',
		);
	});

	it.each([
		[{ code: 'ETIMEDOUT' }, 'timeout'],
		[{ code: 'ECONNABORTED' }, 'timeout'],
		[{ code: 'ESOCKETTIMEDOUT' }, 'timeout'],
		[{ name: 'TimeoutError', message: 'The operation was aborted due to timeout' }, 'timeout'],
		[{ code: 'ECONNRESET', message: 'socket hang up' }, 'network'],
		[{ code: 'ECONNREFUSED' }, 'network'],
		[{ code: 'EAI_AGAIN' }, 'network'],
		[{}, 'network'],
	])('networkFailure(%j) → %s, retryable', (err, kind) => {
		const f = networkFailure('twilio', err);
		expect(f).toMatchObject({ ok: false, provider: 'twilio', kind, retryable: true });
		expect(f.code).toBe(
			(err as { code?: string }).code ?? (kind === 'timeout' ? 'ETIMEDOUT' : 'NETWORK_ERROR'),
		);
	});

	it('kindFromErrorText classifies common wordings and is total on any text', () => {
		expect(kindFromErrorText('Recipient has opted out')).toBe('opted_out');
		expect(kindFromErrorText('Insufficient credit in account')).toBe('insufficient_funds');
		expect(kindFromErrorText('invalid dst parameter')).toBe('invalid_number');
		expect(kindFromErrorText('Phone number is invalid')).toBe('invalid_number');
		expect(kindFromErrorText('Authentication failed')).toBe('auth');
		expect(kindFromErrorText('AuthFailure.SignatureFailure')).toBe('auth');
		expect(kindFromErrorText('InvalidAccessKeyId.NotFound')).toBe('auth');
		expect(kindFromErrorText('isv.SMS_SIGNATURE_ILLEGAL')).toBeUndefined();
		expect(kindFromErrorText('template not found')).toBeUndefined();
		fc.assert(
			fc.property(fc.string({ maxLength: 3000 }), (s) => {
				kindFromErrorText(s);
			}),
			{ numRuns: 200 },
		);
		const start = Date.now();
		kindFromErrorText('invalid '.repeat(5000) + '!');
		// Guards against catastrophic regex backtracking (which would take minutes), not a speed test.
		expect(Date.now() - start).toBeLessThan(2000);
	});

	it('every provider parses arbitrary bodies without throwing and always returns a result', () => {
		const bodies = fc.oneof(
			fc.jsonValue(),
			fc.string({ maxLength: 200 }),
			fc.jsonValue().map((v) => JSON.stringify(v)),
		);
		fc.assert(
			fc.property(
				fc.constantFrom(...Object.values(PROVIDERS)),
				fc.integer({ min: 100, max: 599 }),
				bodies,
				(p, status, body) => {
					const r = p.parseSendResponse(
						status,
						body,
						{ 'retry-after': 'x' },
						{ messageIdPath: 'a.b', successPath: 'c' },
					);
					expect(typeof r.ok).toBe('boolean');
					if (status < 200 || status >= 300) expect(r.ok).toBe(false);
					if (!r.ok && (status === 429 || status >= 500)) expect(r.retryable).toBe(true);
				},
			),
			{ numRuns: 400 },
		);
	});
});
