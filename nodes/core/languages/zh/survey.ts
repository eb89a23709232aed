import type { SurveyPack } from '../../survey/packTypes';

/** Chinese survey texts and choice words (matched as substrings). */
export const survey: SurveyPack = {
	code: 'zh',
	commentPrompt: '感谢您的评分！是什么让您给出这个分数？请简单回复几个字。',
	reasonQuestion: '很抱歉。哪里做得不好？请回复数字：',
	reasonLabels: {
		wait_time: '等待太久',
		staff_attitude: '员工态度',
		resolution: '问题未解决',
		other: '其他',
	},
	reasonWords: {
		wait_time: ['等', '慢', '排队', '太久', '时间长'],
		staff_attitude: ['态度', '员工', '客服', '服务员', '不礼貌', '粗鲁'],
		resolution: ['没解决', '未解决', '没有解决', '不解决', '没处理', '问题'],
		other: ['其他', '其它', '别的'],
	},
	ratingQuestion: '请用{min}到{max}的数字评分。',
	npsQuestion: '您有多大可能向朋友推荐我们？请回复{min}到{max}的数字。',
	choiceReprompt: '请回复1到{max}之间的数字。',
	reminder: '温馨提醒：请用{min}到{max}的数字为我们的服务评分，直接回复本短信即可。',
	ordinals: [
		['一', '第一', '第一个', '壹'],
		['二', '两', '第二', '第二个', '贰'],
		['三', '第三', '第三个', '叁'],
		['四', '第四', '第四个', '肆'],
		['五', '第五', '第五个', '伍'],
		['六', '第六', '第六个'],
	],
};
