import type { IHttpRequestOptions } from 'n8n-workflow';
import { GenericSmsCsiApi } from '../../../../credentials/GenericSmsCsiApi.credentials';
import { SinchCsiApi } from '../../../../credentials/SinchCsiApi.credentials';
import { TwilioCsiApi } from '../../../../credentials/TwilioCsiApi.credentials';
import { VonageCsiApi } from '../../../../credentials/VonageCsiApi.credentials';
import { twilioProvider, vonageProvider } from '../../../../nodes/core/providers';
import { sendCsiSurveyCredentials } from '../../../../nodes/SendCsiSurvey/description';
import { toRequestOptions } from '../../../../nodes/SendCsiSurvey/transport';

describe('toRequestOptions', () => {
	test('Twilio form body becomes a urlencoded string with the content type; errors are read by the core', () => {
		const spec = twilioProvider.buildSendRequest(
			{ to: '+998901234567', from: '+15017122661', text: 'Оцените 1–5 & ok' },
			{ accountSid: 'AC1', authToken: 't', baseUrl: 'http://127.0.0.1:9/twilio' },
		);
		const o = toRequestOptions(spec, 1234);
		expect(o).toEqual({
			url: 'http://127.0.0.1:9/twilio/2010-04-01/Accounts/AC1/Messages.json',
			method: 'POST',
			headers: { Accept: 'application/json', 'Content-Type': 'application/x-www-form-urlencoded' },
			returnFullResponse: true,
			ignoreHttpStatusErrors: true,
			timeout: 1234,
			json: false,
			body: 'To=%2B998901234567&From=%2B15017122661&Body=%D0%9E%D1%86%D0%B5%D0%BD%D0%B8%D1%82%D0%B5+1%E2%80%935+%26+ok',
		});
	});

	test('JSON bodies stay objects with json: true; query strings pass through', () => {
		const o = toRequestOptions(
			{ method: 'GET', url: 'http://x/b', headers: {}, qs: { page_size: '1' }, bodyType: 'none' },
			500,
		);
		expect(o.qs).toEqual({ page_size: '1' });
		expect(o.body).toBeUndefined();
		const j = toRequestOptions(
			{ method: 'POST', url: 'http://x', headers: {}, bodyType: 'json', body: { a: 1 } },
			500,
		);
		expect(j.body).toEqual({ a: 1 });
		expect(j.json).toBe(true);
	});
});

describe('credential authenticate functions', () => {
	test('Vonage: appended to a form body, merged into JSON, or put in the query of a GET', async () => {
		const cred = new VonageCsiApi();
		const creds = { apiKey: 'abcd 1234', apiSecret: 's&cret' };
		const spec = vonageProvider.buildSendRequest(
			{ to: '+998901234567', from: 'ACME', text: 'Hi' },
			{},
		);
		const form = await cred.authenticate(creds, toRequestOptions(spec, 1000));
		expect(form.body).toBe(
			'api_key=abcd+1234&api_secret=s%26cret&from=ACME&to=998901234567&text=Hi',
		);
		const json = await cred.authenticate(creds, {
			url: 'x',
			body: { to: '1' },
		} as IHttpRequestOptions);
		expect(json.body).toEqual({ api_key: 'abcd 1234', api_secret: 's&cret', to: '1' });
		const get = await cred.authenticate(creds, {
			url: 'x',
			method: 'GET',
			qs: { a: '1' },
		} as IHttpRequestOptions);
		expect(get.qs).toEqual({ a: '1', api_key: 'abcd 1234', api_secret: 's&cret' });
	});

	test('Twilio: Basic auth with the account SID; Sinch: Bearer header kept next to the existing ones', async () => {
		const tw = await new TwilioCsiApi().authenticate({ accountSid: 'AC1', authToken: 'tok' }, {
			url: 'x',
		} as IHttpRequestOptions);
		expect(tw.auth).toEqual({ username: 'AC1', password: 'tok' });
		const si = await new SinchCsiApi().authenticate({ apiToken: 'st' }, {
			url: 'x',
			headers: { Accept: 'application/json' },
		} as IHttpRequestOptions);
		expect(si.headers).toEqual({ Accept: 'application/json', Authorization: 'Bearer st' });
	});

	test('Generic: basic, bearer, custom header, none', async () => {
		const cred = new GenericSmsCsiApi();
		const base = { url: 'x', headers: { Accept: 'application/json' } } as IHttpRequestOptions;
		expect(
			(
				await cred.authenticate(
					{ authType: 'basic', username: 'playmobile-user', password: 'pässwörd' },
					base,
				)
			).headers,
		).toEqual({
			Accept: 'application/json',
			Authorization: `Basic ${Buffer.from('playmobile-user:pässwörd', 'utf8').toString('base64')}`,
		});
		expect(
			(await cred.authenticate({ authType: 'bearer', token: 'tok' }, base)).headers?.Authorization,
		).toBe('Bearer tok');
		expect(
			(
				await cred.authenticate(
					{ authType: 'header', authHeaderName: 'X-Api-Key', authHeaderSecret: 'k1' },
					base,
				)
			).headers,
		).toEqual({ Accept: 'application/json', 'X-Api-Key': 'k1' });
		expect((await cred.authenticate({ authType: 'none' }, base)).headers).toEqual({
			Accept: 'application/json',
		});
	});
});

test('one credential per provider, shown only for that provider', () => {
	expect(sendCsiSurveyCredentials.map((c) => [c.name, c.displayOptions?.show?.provider])).toEqual([
		['twilioCsiApi', ['twilio']],
		['vonageCsiApi', ['vonage']],
		['plivoCsiApi', ['plivo']],
		['telnyxCsiApi', ['telnyx']],
		['infobipCsiApi', ['infobip']],
		['messageBirdCsiApi', ['messagebird']],
		['sinchCsiApi', ['sinch']],
		['genericSmsCsiApi', ['generic']],
		['playMobileCsiApi', ['playmobile']],
		['eskizCsiApi', ['eskiz']],
		['aliyunCsiApi', ['aliyun']],
		['tencentCloudCsiApi', ['tencent']],
		['smscCsiApi', ['smsc']],
	]);
});
