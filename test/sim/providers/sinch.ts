// Sinch SMS REST API (XMS) simulator: POST /xms/v1/{service_plan_id}/batches, GET …/batches.
import type { ProviderSim, SimFault, SimResponse } from '../types';
import { asObj, str, ulid } from '../util';

export interface SinchSimCredentials {
	servicePlanId: string;
	apiToken: string;
}

const BATCHES = /^\/xms\/v1\/([^/]+)\/batches\/?$/;
const REPORTS = ['none', 'summary', 'full', 'per_recipient', 'per_recipient_final'];
const FORBIDDEN_CODES = new Set([
	'blocked_account',
	'illegal_number_type',
	'missing_callback_url',
	'missing_group',
	'missing_service',
	'unprovisioned_region',
]);

function sinchError(status: number, code: string, text: string): SimResponse {
	return { status, body: { code, text } };
}

export const sinchSim: ProviderSim<SinchSimCredentials> = {
	id: 'sinch',
	defaults: {
		servicePlanId: 'f3b2c1d0e9a84b7c9d6e5f4a3b2c1d0e',
		apiToken: 'example-sinch-api-token',
	},

	classify(req) {
		if (!BATCHES.test(req.path)) return { endpoint: 'other' };
		if (req.method === 'POST') {
			const to = asObj(req.body)?.to;
			return { endpoint: 'send', recipient: Array.isArray(to) ? str(to[0]) : undefined };
		}
		if (req.method === 'GET') return { endpoint: 'test' };
		return { endpoint: 'other' };
	},

	authenticate(req, creds) {
		const m = BATCHES.exec(req.path);
		if (
			req.headers.authorization !== `Bearer ${creds.apiToken}` ||
			(m && m[1] !== creds.servicePlanId)
		) {
			return { status: 401, headers: { 'WWW-Authenticate': 'Bearer' }, body: undefined };
		}
		return undefined;
	},

	handle(req, creds, _options, state) {
		const batches = (state.get('batches') as Array<Record<string, unknown>> | undefined) ?? [];
		state.set('batches', batches);
		if (req.method === 'GET' && BATCHES.test(req.path)) {
			const size = Math.max(1, Math.min(100, Number(req.query.page_size ?? 30) || 30));
			return {
				status: 200,
				body: {
					count: batches.length,
					page: 0,
					page_size: size,
					batches: batches.slice(-size).reverse(),
				},
			};
		}
		if (req.method !== 'POST' || !BATCHES.test(req.path)) return { status: 404, body: undefined };
		if (req.contentType !== 'json' || req.jsonError)
			return sinchError(400, 'syntax_invalid_json', 'The JSON input is invalid');
		const b = asObj(req.body) ?? {};
		const to = b.to;
		if (!Array.isArray(to) || to.length === 0)
			return sinchError(400, 'syntax_constraint_violation', 'to: must not be empty');
		for (const n of to) {
			if (typeof n !== 'string' || !/^\+?[1-9]\d{6,14}$/.test(n)) {
				return sinchError(
					400,
					'syntax_invalid_parameter_format',
					`Invalid MSISDN format in 'to': ${String(n)}`,
				);
			}
		}
		const body = str(b.body);
		if (body === undefined)
			return sinchError(400, 'syntax_constraint_violation', 'body: must not be null');
		const report = str(b.delivery_report) ?? 'none';
		if (!REPORTS.includes(report))
			return sinchError(
				400,
				'syntax_invalid_parameter_format',
				`Invalid delivery_report: ${report}`,
			);
		if (b.callback_url !== undefined && !/^https?:\/\//.test(String(b.callback_url))) {
			return sinchError(400, 'syntax_invalid_parameter_format', 'Invalid callback_url');
		}
		const now = new Date();
		const batch: Record<string, unknown> = {
			id: ulid(now.getTime()),
			to,
			from: str(b.from) ?? '',
			canceled: false,
			body,
			type: 'mt_text',
			created_at: now.toISOString(),
			modified_at: now.toISOString(),
			delivery_report: report,
			expire_at: new Date(now.getTime() + 3 * 86400_000).toISOString(),
			flash_message: false,
			feedback_enabled: false,
		};
		if (b.callback_url !== undefined) batch.callback_url = b.callback_url;
		if (b.client_reference !== undefined) batch.client_reference = b.client_reference;
		batches.push(batch);
		return { status: 201, body: batch };
	},

	fault(fault: SimFault) {
		if (fault.code !== undefined) {
			const status = fault.status ?? (FORBIDDEN_CODES.has(fault.code) ? 403 : 400);
			return sinchError(status, fault.code, fault.message ?? fault.code.replace(/_/g, ' '));
		}
		const status = fault.status ?? 500;
		if (status === 429)
			return sinchError(429, 'too_many_requests', fault.message ?? 'Too many requests');
		return { status, body: fault.message ?? undefined };
	},
};
