import type { SimWebhookRequest } from './types';

/** Tencent status callback: a JSON array of reports. */
export function tencentStatus(
	url: string,
	reports: Array<{ sid: string; phone: string; ok: boolean; errmsg?: string }>,
): SimWebhookRequest {
	return {
		method: 'POST',
		url,
		headers: { 'Content-Type': 'application/json' },
		body: JSON.stringify(
			reports.map((r) => ({
				user_receive_time: '2024-05-01 18:00:05',
				nationcode: '86',
				mobile: r.phone.replace(/^\+86/, ''),
				report_status: r.ok ? 'SUCCESS' : 'FAIL',
				errmsg: r.errmsg ?? (r.ok ? 'DELIVRD' : 'MK:0001'),
				description: r.ok ? '用户短信送达成功' : '失败',
				sid: r.sid,
			})),
		),
	};
}

/** Tencent reply callback: one JSON object. */
export function tencentReply(
	url: string,
	input: { phone: string; text: string; sign: string; time: number },
): SimWebhookRequest {
	return {
		method: 'POST',
		url,
		headers: { 'Content-Type': 'application/json' },
		body: JSON.stringify({
			extend: '',
			mobile: input.phone.replace(/^\+86/, ''),
			nationcode: '86',
			sign: input.sign,
			text: input.text,
			time: input.time,
		}),
	};
}
