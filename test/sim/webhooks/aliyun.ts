import type { SimWebhookRequest } from './types';

const post = (url: string, items: unknown[]): SimWebhookRequest => ({
	method: 'POST',
	url,
	headers: { 'Content-Type': 'application/json;charset=utf-8' },
	body: JSON.stringify(items),
});

/** SmsUp HTTP batch push: replies (mainland numbers without 86, Beijing time). */
export function aliyunSmsUp(
	url: string,
	replies: Array<{ phone: string; content: string; sendTime: string; sequenceId: number }>,
): SimWebhookRequest {
	return post(
		url,
		replies.map((r) => ({
			phone_number: r.phone.replace(/^\+86/, ''),
			content: r.content,
			send_time: r.sendTime,
			dest_code: '1234',
			sequence_id: String(r.sequenceId),
		})),
	);
}

/** SmsReport HTTP batch push: delivery reports for BizIds. */
export function aliyunSmsReport(
	url: string,
	reports: Array<{
		phone: string;
		bizId: string;
		success: boolean;
		errCode?: string;
		outId?: string;
	}>,
): SimWebhookRequest {
	return post(
		url,
		reports.map((r) => ({
			phone_number: r.phone.replace(/^\+86/, ''),
			send_time: '2024-05-01 18:00:00',
			report_time: '2024-05-01 18:00:05',
			success: r.success,
			err_code: r.errCode ?? 'DELIVERED',
			err_msg: r.success ? '用户接收成功' : '失败',
			sms_size: '1',
			biz_id: r.bizId,
			out_id: r.outId ?? '',
		})),
	);
}
