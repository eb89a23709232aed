// Twilio Programmable Messaging (2010-04-01 REST API) simulator.
import type { ProviderSim, SimFault, SimRequest, SimResponse } from '../types';
import { asObj, basicCredentials, hex, isE164, rfc2822, segmentsOf, str } from '../util';

export interface TwilioSimCredentials {
	accountSid: string;
	authToken: string;
	/** Optional API key that may authenticate instead of the account's auth token. */
	apiKeySid?: string;
	apiKeySecret?: string;
}

const MESSAGES: Record<string, { status: number; message: (to: string) => string }> = {
	'20003': { status: 401, message: () => 'Authenticate' },
	'20404': { status: 404, message: () => 'The requested resource was not found' },
	'20429': { status: 429, message: () => 'Too Many Requests' },
	'20500': { status: 500, message: () => 'Internal Server Error' },
	'20503': { status: 503, message: () => 'Service Unavailable' },
	'21211': { status: 400, message: (to) => `The 'To' number ${to} is not a valid phone number.` },
	'21408': {
		status: 400,
		message: (to) =>
			`Permission to send an SMS has not been enabled for the region indicated by the 'To' number: ${to}.`,
	},
	'21602': { status: 400, message: () => 'Message body is required.' },
	'21603': { status: 400, message: () => "A 'From' phone number is required." },
	'21604': { status: 400, message: () => "A 'To' phone number is required." },
	'21610': { status: 400, message: () => 'Attempt to send to unsubscribed recipient' },
	'21614': { status: 400, message: (to) => `'To' number ${to} is not a valid mobile number` },
	'21617': {
		status: 400,
		message: () => 'The concatenated message body exceeds the 1600 character limit.',
	},
};

function twilioError(code: string, to = '', status?: number, message?: string): SimResponse {
	const known = MESSAGES[code];
	const httpStatus = status ?? known?.status ?? 400;
	return {
		status: httpStatus,
		headers: httpStatus === 401 ? { 'WWW-Authenticate': 'Basic realm="Twilio API"' } : undefined,
		body: {
			code: Number(code),
			message: message ?? known?.message(to) ?? 'Error',
			more_info: `https://www.twilio.com/docs/errors/${code}`,
			status: httpStatus,
		},
	};
}

const MESSAGES_PATH = /^\/2010-04-01\/Accounts\/([^/]+)\/Messages\.json$/;
const ACCOUNT_PATH = /^\/2010-04-01\/Accounts\/([^/]+)\.json$/;
const NUMBERS_PATH = /^\/2010-04-01\/Accounts\/([^/]+)\/IncomingPhoneNumbers\.json$/;
const NUMBER_PATH =
	/^\/2010-04-01\/Accounts\/([^/]+)\/IncomingPhoneNumbers\/(PN[0-9a-f]{32})\.json$/;

/** Phone numbers the simulated account owns (for the IncomingPhoneNumbers endpoints). */
export const TWILIO_SIM_NUMBERS: ReadonlyArray<{ sid: string; phoneNumber: string }> = [
	{ sid: 'PN' + '0'.repeat(31) + '6', phoneNumber: '+15005550006' },
	{ sid: 'PN' + '0'.repeat(31) + '7', phoneNumber: '+15005550007' },
];

interface SimNumber {
	sid: string;
	phone_number: string;
	sms_url: string;
	sms_method: string;
}

function numbersOf(state: Map<string, unknown>): SimNumber[] {
	let list = state.get('numbers') as SimNumber[] | undefined;
	if (!list) {
		list = TWILIO_SIM_NUMBERS.map((n) => ({
			sid: n.sid,
			phone_number: n.phoneNumber,
			sms_url: '',
			sms_method: 'POST',
		}));
		state.set('numbers', list);
	}
	return list;
}

function numberResource(accountSid: string, n: SimNumber): Record<string, unknown> {
	return {
		account_sid: accountSid,
		sid: n.sid,
		phone_number: n.phone_number,
		friendly_name: n.phone_number,
		sms_url: n.sms_url,
		sms_method: n.sms_method,
		capabilities: { sms: true, mms: true, voice: true },
		uri: `/2010-04-01/Accounts/${accountSid}/IncomingPhoneNumbers/${n.sid}.json`,
	};
}

/** IncomingPhoneNumbers list (filter `PhoneNumber`) and update (`SmsUrl`, `SmsMethod`). */
function handleNumbers(
	req: SimRequest,
	creds: TwilioSimCredentials,
	state: Map<string, unknown>,
): SimResponse | undefined {
	const list = numbersOf(state);
	if (req.method === 'GET' && NUMBERS_PATH.test(req.path)) {
		const wanted = req.query.PhoneNumber;
		const found = list.filter((n) => wanted === undefined || n.phone_number === wanted);
		return {
			status: 200,
			body: {
				incoming_phone_numbers: found.map((n) => numberResource(creds.accountSid, n)),
				page: 0,
				page_size: 50,
				start: 0,
				end: Math.max(0, found.length - 1),
				uri: `/2010-04-01/Accounts/${creds.accountSid}/IncomingPhoneNumbers.json`,
				next_page_uri: null,
				previous_page_uri: null,
			},
		};
	}
	const m = NUMBER_PATH.exec(req.path);
	if (!m) return undefined;
	const n = list.find((x) => x.sid === m[2]);
	if (!n) return twilioError('20404');
	if (req.method === 'POST') {
		const form = req.contentType === 'form' ? (asObj(req.body) ?? {}) : {};
		const url = str(form.SmsUrl);
		if (url !== undefined) {
			if (url !== '' && !/^https?:\/\//.test(url))
				return twilioError('21502', '', 400, 'SmsUrl is not valid');
			n.sms_url = url;
		}
		const method = str(form.SmsMethod);
		if (method !== undefined) n.sms_method = method;
	} else if (req.method !== 'GET') {
		return twilioError('20404');
	}
	return { status: 200, body: numberResource(creds.accountSid, n) };
}

export const twilioSim: ProviderSim<TwilioSimCredentials> = {
	id: 'twilio',
	defaults: {
		accountSid: 'AC' + '0'.repeat(31) + '1',
		authToken: 'example-twilio-auth-token',
		apiKeySid: 'SK' + '0'.repeat(31) + '2',
		apiKeySecret: 'example-twilio-key-secret',
	},

	classify(req) {
		if (req.method === 'POST' && MESSAGES_PATH.test(req.path)) {
			const form = asObj(req.body);
			return { endpoint: 'send', recipient: str(form?.To) };
		}
		if (req.method === 'GET' && ACCOUNT_PATH.test(req.path)) return { endpoint: 'test' };
		return { endpoint: 'other' };
	},

	authenticate(req, creds) {
		const basic = basicCredentials(req.headers.authorization);
		const ok =
			basic !== undefined &&
			((basic.user === creds.accountSid && basic.password === creds.authToken) ||
				(creds.apiKeySid !== undefined &&
					basic.user === creds.apiKeySid &&
					basic.password === creds.apiKeySecret));
		const m =
			MESSAGES_PATH.exec(req.path) ??
			ACCOUNT_PATH.exec(req.path) ??
			NUMBERS_PATH.exec(req.path) ??
			NUMBER_PATH.exec(req.path);
		if (!ok || (m && decodeURIComponent(m[1]) !== creds.accountSid)) return twilioError('20003');
		return undefined;
	},

	handle(req: SimRequest, creds, _options, state): SimResponse {
		const numbers = handleNumbers(req, creds, state);
		if (numbers) return numbers;
		const now = new Date();
		if (req.method === 'GET' && ACCOUNT_PATH.test(req.path)) {
			return {
				status: 200,
				body: {
					auth_token: '[Redacted]',
					date_created: rfc2822(now),
					date_updated: rfc2822(now),
					friendly_name: 'Simulated account',
					owner_account_sid: creds.accountSid,
					sid: creds.accountSid,
					status: 'active',
					subresource_uris: {},
					type: 'Full',
					uri: `/2010-04-01/Accounts/${creds.accountSid}.json`,
				},
			};
		}
		if (req.method !== 'POST' || !MESSAGES_PATH.test(req.path)) return twilioError('20404');
		// Twilio reads form parameters only; a JSON body is as good as no parameters.
		const form = req.contentType === 'form' ? (asObj(req.body) ?? {}) : {};
		const to = str(form.To) ?? '';
		const from = str(form.From);
		const service = str(form.MessagingServiceSid);
		const body = str(form.Body) ?? '';
		if (!to) return twilioError('21604');
		if (!isE164(to)) return twilioError('21211', to);
		if (!from && !service) return twilioError('21603');
		if (!body) return twilioError('21602');
		if (body.length > 1600) return twilioError('21617');
		const sid = 'SM' + hex(16);
		return {
			status: 201,
			body: {
				account_sid: creds.accountSid,
				api_version: '2010-04-01',
				body,
				date_created: rfc2822(now),
				date_sent: null,
				date_updated: rfc2822(now),
				direction: 'outbound-api',
				error_code: null,
				error_message: null,
				from: from ?? null,
				messaging_service_sid: service ?? null,
				num_media: '0',
				num_segments: String(segmentsOf(body)),
				price: null,
				price_unit: 'USD',
				sid,
				status: service && !from ? 'accepted' : 'queued',
				subresource_uris: {
					media: `/2010-04-01/Accounts/${creds.accountSid}/Messages/${sid}/Media.json`,
				},
				to,
				uri: `/2010-04-01/Accounts/${creds.accountSid}/Messages/${sid}.json`,
			},
		};
	},

	fault(fault: SimFault, req) {
		const to = str(asObj(req.body)?.To) ?? '';
		if (fault.code !== undefined) return twilioError(fault.code, to, fault.status, fault.message);
		const status = fault.status ?? 500;
		const code =
			status === 429
				? '20429'
				: status === 503
					? '20503'
					: status === 401
						? '20003'
						: status >= 500
							? '20500'
							: String(status);
		return twilioError(code, to, status, fault.message);
	},
};
