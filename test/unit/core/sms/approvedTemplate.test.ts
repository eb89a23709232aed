import fc from 'fast-check';
import { fillApprovedTemplate } from '../../../../nodes/core/sms/approvedTemplate';

describe('fillApprovedTemplate', () => {
	it('fills Alibaba-style ${name} placeholders by name', () => {
		expect(
			fillApprovedTemplate('您的工单${ticket}已由${operator}处理，请回复1-5评价', [
				{ name: 'ticket', value: 'T-42' },
				{ name: 'operator', value: '王' },
			]),
		).toEqual({
			ok: true,
			text: '您的工单T-42已由王处理，请回复1-5评价',
			params: [
				{ name: 'ticket', value: 'T-42' },
				{ name: 'operator', value: '王' },
			],
		});
	});
	it('fills Tencent-style {n} placeholders by position', () => {
		const r = fillApprovedTemplate('工单{1}已处理，回复1-5评价{2}', [
			{ name: 'ticket', value: 'T-1' },
			{ name: 'op', value: '' },
		]);
		expect(r).toMatchObject({ ok: true, text: '工单T-1已处理，回复1-5评价' });
	});
	it('names the missing placeholder, the unused or repeated parameter', () => {
		expect(fillApprovedTemplate('工单${ticket}', [])).toEqual({
			ok: false,
			message: 'the template placeholder ${ticket} has no parameter',
		});
		expect(fillApprovedTemplate('工单{2}', [{ name: 'a', value: '1' }])).toMatchObject({
			ok: false,
			message: expect.stringContaining('{2}'),
		});
		expect(fillApprovedTemplate('工单', [{ name: 'ticket', value: '1' }])).toMatchObject({
			ok: false,
			message: expect.stringContaining('"ticket" does not appear'),
		});
		expect(
			fillApprovedTemplate('${a}', [
				{ name: 'a', value: '1' },
				{ name: 'a', value: '2' },
			]),
		).toMatchObject({ ok: false, message: expect.stringContaining('twice') });
		expect(fillApprovedTemplate('  ', [])).toMatchObject({ ok: false });
	});
	it('never throws and keeps the text outside placeholders (property)', () => {
		fc.assert(
			fc.property(
				fc.string({ maxLength: 80 }),
				fc.array(
					fc.record({ name: fc.string({ maxLength: 6 }), value: fc.string({ maxLength: 6 }) }),
					{ maxLength: 4 },
				),
				(text, params) => {
					const r = fillApprovedTemplate(text, params);
					if (r.ok && !/\$\{|\{[1-9]/.test(text)) expect(r.text).toBe(text);
				},
			),
		);
	});
});
