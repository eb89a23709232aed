// The providers' own SDK test vectors, Twilio's and instasent's segment-counter tests and libphonenumber-js
// answers, read at run time from ../shared/peer-vectors (never copied into the project). Every vector must
// pass except the ones listed in CONVENTIONS with the reason our answer differs on purpose.
import { existsSync, readdirSync, readFileSync } from 'fs';
import { join } from 'path';
import { verifyWebhook } from '../../../nodes/core/providers/registry';
import type { InboundRequest, VerifyOptions } from '../../../nodes/core/providers/types';
import { countSegments } from '../../../nodes/core/sms/segments';
import { normalizePhone } from '../../../nodes/core/sms/phone';

const DIR = join(__dirname, '..', '..', '..', '..', 'shared', 'peer-vectors');
const present = existsSync(DIR);

interface SignatureVector {
	test: string;
	expect: boolean;
	provider: string;
	secret: string;
	options?: VerifyOptions;
	request: InboundRequest;
}
interface SegmentVector {
	test: string;
	text: string;
	expect: Partial<Record<string, number | string>>;
}
interface PhoneVector {
	input: string;
	country: string;
	category: string;
	eitherAccepted?: boolean;
	expect: { e164?: string; valid: boolean };
}

/**
 * Vectors whose convention is wrong for this product, by `file: test`; each with the reason. Empty when every
 * vector passes.
 */
const CONVENTIONS: Readonly<Record<string, string>> = {
	// libphonenumber reads 13 digits after DE's trunk-less national format as one long fixed-line number
	// (+49 4915123456789). CRM exports write the country code without '+' far more often than such numbers
	// exist, and 15123456789 is a valid German mobile, so we read the digits as +49 151 23456789.
	'phones-libphonenumber.json: DE 4915123456789 (mobile, country code without +)':
		'country code written without + is read as the country code',
};

function load<T>(file: string): { vectors: T[] } {
	return JSON.parse(readFileSync(join(DIR, file), 'utf8')) as { vectors: T[] };
}

const files = present ? readdirSync(DIR).filter((f) => f.endsWith('.json')) : [];
const signatureFiles = files.filter((f) => !f.startsWith('segments-') && !f.startsWith('phones-'));

if (!present) {
	test('peer vectors', () => {
		console.log('skipped: ../shared not present');
	});
}

/** `describe.each` over the files; jest refuses an empty table, so nothing is declared without ../shared. */
function eachFile(list: string[], name: string, body: (file: string) => void): void {
	if (list.length > 0) describe.each(list)(name, body);
}

const outcomes = { passed: 0, convention: 0 };

eachFile(signatureFiles, '%s signatures', (file) => {
	const { vectors } = load<SignatureVector>(file);
	test.each(vectors.map((v) => [v.test, v] as const))('%s', (name, v) => {
		const result = verifyWebhook(v.provider, v.request, v.secret, v.options);
		const key = `${file}: ${name}`;
		if (CONVENTIONS[key] !== undefined) {
			outcomes.convention++;
			return;
		}
		expect({ ok: result.ok, reason: result.reason }).toEqual(
			expect.objectContaining({ ok: v.expect }),
		);
		outcomes.passed++;
	});
});

eachFile(
	files.filter((f) => f.startsWith('segments-')),
	'%s',
	(file) => {
		const { vectors } = load<SegmentVector>(file);
		test.each(vectors.map((v) => [v.test, v] as const))('%s', (_name, v) => {
			const info = countSegments(v.text);
			const ours: Record<string, number | string> = {
				encoding: info.encoding,
				segments: info.segments,
				characters: info.characters,
				units: info.units,
				perSegment: info.perSegment,
				remaining: info.remaining,
				lastSegmentUnits: info.perSegment - info.remaining,
			};
			const picked = Object.fromEntries(Object.keys(v.expect).map((k) => [k, ours[k]]));
			expect(picked).toEqual(v.expect);
			outcomes.passed++;
		});
	},
);

eachFile(
	files.filter((f) => f.startsWith('phones-')),
	'%s',
	(file) => {
		const { vectors } = load<PhoneVector>(file);
		test.each(vectors.map((v) => [`${v.country} ${v.input} (${v.category})`, v] as const))(
			'%s',
			(name, v) => {
				const r = normalizePhone(v.input, { defaultCountry: v.country });
				if (CONVENTIONS[`${file}: ${name}`] !== undefined) {
					// Our answer differs on purpose: check that it is the documented one (valid, not the vector's).
					expect(r.ok && r.e164 !== v.expect.e164).toBe(true);
					outcomes.convention++;
					return;
				}
				if (v.eitherAccepted) {
					if (r.ok && v.expect.valid) expect(r.e164).toBe(v.expect.e164);
				} else if (v.expect.valid) {
					expect(r.ok ? r.e164 : r.reason).toBe(v.expect.e164);
				} else {
					expect(r.ok ? r.e164 : 'refused').toBe('refused');
				}
				outcomes.passed++;
			},
		);
	},
);

afterAll(() => {
	if (present)
		console.log(
			`peer vectors: ${outcomes.passed} passed, ${outcomes.convention} kept as our convention`,
		);
});
