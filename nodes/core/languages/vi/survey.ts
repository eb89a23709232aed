import type { SurveyPack } from '../../survey/packTypes';

/** Vietnamese survey texts and choice words (tone marks are ignored when matching). */
export const survey: SurveyPack = {
	code: 'vi',
	commentPrompt: 'Cảm ơn bạn đã đánh giá! Lý do chính cho điểm này là gì? Hãy trả lời vài chữ.',
	reasonQuestion: 'Chúng tôi rất tiếc. Điều gì chưa tốt? Trả lời bằng một số:',
	reasonLabels: {
		wait_time: 'chờ lâu',
		staff_attitude: 'thái độ nhân viên',
		resolution: 'chưa giải quyết được',
		other: 'khác',
	},
	reasonWords: {
		wait_time: ['chờ lâu', 'chờ đợi', 'đợi lâu', 'lâu', 'chậm'],
		staff_attitude: ['thái độ', 'nhân viên', 'thô lỗ', 'không lịch sự'],
		resolution: ['chưa giải quyết', 'không giải quyết', 'chưa xử lý', 'không xử lý', 'vấn đề'],
		other: ['khác'],
	},
	ratingQuestion: 'Vui lòng chấm điểm từ {min} đến {max}.',
	npsQuestion: 'Bạn có sẵn lòng giới thiệu chúng tôi cho bạn bè không? Trả lời từ {min} đến {max}.',
	choiceReprompt: 'Vui lòng trả lời bằng một số từ 1 đến {max}.',
	reminder:
		'Nhắc nhở: vui lòng chấm điểm dịch vụ từ {min} đến {max} bằng cách trả lời tin nhắn này.',
	ordinals: [
		['một', 'thứ nhất', 'số một'],
		['hai', 'thứ hai', 'số hai'],
		['ba', 'thứ ba', 'số ba'],
		['bốn', 'thứ tư', 'số bốn'],
		['năm', 'thứ năm', 'số năm'],
		['sáu', 'thứ sáu', 'số sáu'],
	],
};
