import { signTc3, tc3Sign } from '../../../../nodes/core/providers/tencent/sign';

// Tencent Cloud's worked example of signature v3 (API documentation "Signature v3", CVM DescribeInstances,
// also pinned in Tencent Cloud SDK test suites, e.g. the Dart SDK's sign test): SecretId
// AKIDz8krbsJ5yKBZQpn74WFkmLPx3EXAMPLE, SecretKey Gu5t9xGARNpq86cd98joQYCN3EXAMPLE, timestamp 1551113065.
const PAYLOAD =
	'{"Limit": 1, "Filters": [{"Values": ["\\u672a\\u547d\\u540d"], "Name": "instance-name"}]}';

describe('TC3-HMAC-SHA256 (Tencent Cloud signature v3)', () => {
	const parts = {
		secretId: 'AKIDz8krbsJ5yKBZQpn74WFkmLPx3EXAMPLE',
		secretKey: 'Gu5t9xGARNpq86cd98joQYCN3EXAMPLE',
		service: 'cvm',
		host: 'cvm.tencentcloudapi.com',
		timestamp: 1551113065,
		payload: PAYLOAD,
		contentType: 'application/json; charset=utf-8',
	};

	it('reproduces the documented canonical request, string to sign and signature', () => {
		const out = tc3Sign(parts);
		expect(out.canonical).toBe(
			'POST\n/\n\ncontent-type:application/json; charset=utf-8\nhost:cvm.tencentcloudapi.com\n\ncontent-type;host\n35e9c5b0e3ae67532d3c9f17ead6c90222632e5b1ff7f6e89887f1398934f064',
		);
		expect(out.stringToSign).toBe(
			'TC3-HMAC-SHA256\n1551113065\n2019-02-25/cvm/tc3_request\n5ffe6a04c0664d6b969fab9a13bdab201d63ee709638e2749d62a09ca18d7031',
		);
		expect(out.authorization).toBe(
			'TC3-HMAC-SHA256 Credential=AKIDz8krbsJ5yKBZQpn74WFkmLPx3EXAMPLE/2019-02-25/cvm/tc3_request, SignedHeaders=content-type;host, Signature=72e494ea809ad7a8c8f7a4507b9bddcbaa8e581f516e8da2f66e2c5a96525168',
		);
	});

	it('a changed body byte changes the signature', () => {
		expect(tc3Sign({ ...parts, payload: PAYLOAD.replace('1', '2') }).authorization).not.toBe(
			tc3Sign(parts).authorization,
		);
	});

	it('signTc3 honours config.now and signs the request as sent', () => {
		const signed = signTc3(
			{
				method: 'POST',
				url: 'https://cvm.tencentcloudapi.com/',
				headers: {
					'Content-Type': 'application/json; charset=utf-8',
					'X-TC-Action': 'DescribeInstances',
				},
				bodyType: 'raw',
				body: PAYLOAD,
			},
			{ secretId: parts.secretId, secretKey: parts.secretKey, now: 1551113065_000, service: 'cvm' },
		);
		expect(signed.headers['X-TC-Timestamp']).toBe('1551113065');
		expect(signed.headers.Authorization).toContain(
			'Signature=72e494ea809ad7a8c8f7a4507b9bddcbaa8e581f516e8da2f66e2c5a96525168',
		);
	});
});
