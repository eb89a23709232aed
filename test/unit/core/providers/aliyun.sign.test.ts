import { createHmac } from 'crypto';
import {
	acs3Authorization,
	acs3CanonicalRequest,
	acsEncode,
	signAcs3,
} from '../../../../nodes/core/providers/aliyun/sign';
import { sha256Hex } from '../../../../nodes/core/providers/common';

// Vectors from Alibaba Cloud's own SDK tests: aliyun/darabonba-openapi-util, ts/test/client.spec.ts,
// "getAuthorization should ok". The SDK's request there has no method and no pathname, which its
// canonical request renders as the text "undefined" and "" — reproduced literally here.
const PAYLOAD = '55e12e91650d2fec56ec74e1d3e4ddbfce2ef3a65890c2a19ecf88a307e76a23';

describe('ACS3-HMAC-SHA256 (Alibaba Cloud V3 signature)', () => {
	it('matches the SDK vector with query and repeated x-acs header', () => {
		const auth = acs3Authorization(
			{
				method: 'undefined',
				path: '',
				query: { test: 'ok', empty: '' },
				headers: { 'x-acs-TEST': 'https', 'x-acs-test': 'http' },
				payloadHash: PAYLOAD,
			},
			'acesskey',
			'secret',
		);
		expect(auth).toBe(
			'ACS3-HMAC-SHA256 Credential=acesskey,SignedHeaders=x-acs-test,Signature=0f2d549523cf082c83bb8135b5863614f7fe16ca7c2c7fc537e74d67374eeeac',
		);
	});

	it('matches the SDK vector with nothing signed', () => {
		const auth = acs3Authorization(
			{ method: 'undefined', path: '', headers: {}, payloadHash: PAYLOAD },
			'acesskey',
			'secret',
		);
		expect(auth).toBe(
			'ACS3-HMAC-SHA256 Credential=acesskey,SignedHeaders=,Signature=608b887e491f3e88e85276b188a4d24e29230a559464685ccbf2dcc458e1fde8',
		);
	});

	it('encodes like the SDK (getEncodeParam)', () => {
		expect(acsEncode('a/b/c/ test')).toBe('a%2Fb%2Fc%2F%20test');
		expect(acsEncode("it's (ok)*!")).toBe('it%27s%20%28ok%29%2A%21');
	});

	it('signAcs3 honours config.now and config.nonce and can be recomputed from the request alone', () => {
		const body = 'PhoneNumbers=8613800000000&SignName=%E9%98%BF%E9%87%8C%E4%BA%91';
		const signed = signAcs3(
			{
				method: 'POST',
				url: 'https://dysmsapi.aliyuncs.com/',
				headers: {
					'Content-Type': 'application/x-www-form-urlencoded',
					'x-acs-action': 'SendSms',
					'x-acs-version': '2017-05-25',
				},
				bodyType: 'raw',
				body,
			},
			{
				accessKeyId: 'AK',
				accessKeySecret: 'SK',
				now: Date.UTC(2023, 9, 26, 10, 22, 32),
				nonce: 'n1',
			},
		);
		expect(signed.headers['x-acs-date']).toBe('2023-10-26T10:22:32Z');
		expect(signed.headers['x-acs-signature-nonce']).toBe('n1');
		expect(signed.headers['x-acs-content-sha256']).toBe(sha256Hex(body));
		expect(signed.headers.host).toBe('dysmsapi.aliyuncs.com');
		// Independent recomputation (documented algorithm, no product code).
		const canonical = [
			'POST',
			'/',
			'',
			[
				'content-type:application/x-www-form-urlencoded',
				'host:dysmsapi.aliyuncs.com',
				'x-acs-action:SendSms',
				`x-acs-content-sha256:${sha256Hex(body)}`,
				'x-acs-date:2023-10-26T10:22:32Z',
				'x-acs-signature-nonce:n1',
				'x-acs-version:2017-05-25',
			].join('\n') + '\n',
			'content-type;host;x-acs-action;x-acs-content-sha256;x-acs-date;x-acs-signature-nonce;x-acs-version',
			sha256Hex(body),
		].join('\n');
		expect(
			acs3CanonicalRequest({
				method: 'POST',
				path: '/',
				headers: signed.headers,
				payloadHash: sha256Hex(body),
			}).canonical,
		).toBe(canonical);
		const sig = createHmac('sha256', 'SK')
			.update(`ACS3-HMAC-SHA256\n${sha256Hex(canonical)}`)
			.digest('hex');
		expect(signed.headers.Authorization).toBe(
			`ACS3-HMAC-SHA256 Credential=AK,SignedHeaders=content-type;host;x-acs-action;x-acs-content-sha256;x-acs-date;x-acs-signature-nonce;x-acs-version,Signature=${sig}`,
		);
	});

	it('refuses a JSON object body (the signature needs the exact bytes) and missing keys', () => {
		const req = {
			method: 'POST' as const,
			url: 'https://x/',
			headers: {},
			bodyType: 'json' as const,
			body: { a: 1 },
		};
		expect(() => signAcs3(req, { accessKeyId: 'a', accessKeySecret: 'b' })).toThrow(/exact body/);
		expect(() => signAcs3({ ...req, body: '' }, { accessKeyId: 'a' })).toThrow(/accessKeySecret/);
	});
});
