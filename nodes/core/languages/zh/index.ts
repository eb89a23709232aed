// Language pack: Chinese (Simplified; Traditional survey texts as the zh-Hant variant).
// The words the reply parser reads, opt-out keywords and phrases, language-detection hints, and the survey,
// re-prompt and thank-you texts. Word lists are space separated and normalised at load (case, accents).
import type { LanguagePack } from '../types';
import { zhAspects } from './aspects';
import { stemZh } from './stem';
import { zhStopwords } from './stopwords';
import { survey } from './survey';

const bracketCompany = (name: string): string => `【${name}】`;

export const zh: LanguagePack = {
	code: 'zh',
	name: 'Chinese',
	reply: {
		// greetings and thanks before a rating: "…, 5, …"
		greetings: ['你好', '您好', '谢谢', '谢谢你', '谢谢您', '谢谢你们', '感谢', '多谢', '大家好'],
		optOutKeywords: ['TD', 'T', '退订', '取消订阅', '拒收'],
		optOutPhrases: [
			'别再发',
			'不要再发',
			'以后别发',
			'以后不要发',
			'停止发送',
			'删除我的号码',
			'退订短信',
			'别发了',
			'不要发了',
			'别给我发',
			'不要给我发',
			'别再给我发',
			'不要再给我发',
			'请勿再发',
			'请勿发送',
			'别发短信',
			'不要发短信',
			'不用再发',
			'退订',
			'取消订阅',
			'拒收',
			'别再打扰',
			'不要再打扰',
			'别骚扰',
			'不要再联系',
			'请勿打扰',
			'别打扰',
			'不想再收到短信',
			'不想收到短信',
			'不再接收短信',
			'不要给我发短信',
			'不用发了',
		],
		han: {
			numerals:
				'零=0 〇=0 一=1 二=2 两=2 兩=2 三=3 四=4 五=5 六=6 七=7 八=8 九=9 十=10 壹=1 贰=2 貳=2 叁=3 參=3 ' +
				'肆=4 伍=5 陆=6 陸=6 柒=7 捌=8 玖=9 拾=10',
			core: '给打评',
			review: '好差中',
			help: '我就只能可以个再也都分是为您你们',
			particles: '吧啊呀哦了啦嘛呢哈噢喔的哟呗',
			final: '吧啊呀哦了啦嘛呢哈噢喔哟呗',
			starOk: '好差评满服推给吧啊呀哦了啦嘛呢哈噢喔的哟呗',
			units:
				'点天日号次个小年月周岁元块人秒倍台件楼层米公遍趟位本张条份单克斤毛角成折万千百多期度家辆瓶箱包钟时回声下部户间季届栋座集页句字项笔顿场半',
			preExclude: '第号午晚早周期约共近前后点差过扣减',
			or: '或到至',
			deduct: '扣减少',
			hypo: ['本来', '原本', '本想', '原想', '打算', '原打算'],
			conditionals: ['如果', '要是', '假如', '若是', '要不是', '早知道'],
			optOutMedia: [
				'短信',
				'信息',
				'消息',
				'通知',
				'推送',
				'营销',
				'广告',
				'我',
				'这',
				'此',
				'吗',
				'呢',
			],
			questions: ['怎么', '如何', '怎样', '咋', '？', '?'],
		},
	},
	replyTexts: {
		reprompt: '抱歉，未能识别您的回复。请用{min}到{max}的数字为我们的服务评分。',
		reprompt2: '请回复{min}到{max}之间的一个数字。',
		thanks: '感谢您的评分！',
		thanksLow: '感谢您的反馈！很抱歉给您带来不好的体验，我们会努力改进。',
		thanksHigh: '感谢您的评分！很高兴您对我们的服务满意。',
		optOut: '您已成功退订，今后将不再收到此类短信。',
	},
	surveyText: {
		rating: (a, b) => `请您对我们的服务进行评价，回复数字${a}（非常不满意）至${b}（非常满意）。`,
		nps: (a, b) => `您有多大可能向朋友推荐我们？请回复${a}（完全不可能）至${b}（非常可能）的数字。`,
		comment: '欢迎附上您的意见。',
		keyword: 'T',
		optOut: (k) => `回${k}退订`,
		company: bracketCompany,
		noSpace: true,
	},
	variants: {
		'zh-Hant': {
			surveyText: {
				rating: (a, b) =>
					`請您對我們的服務進行評價，回覆數字${a}（非常不滿意）至${b}（非常滿意）。`,
				nps: (a, b) =>
					`您有多大可能向朋友推薦我們？請回覆${a}（完全不可能）至${b}（非常可能）的數字。`,
				comment: '歡迎附上您的意見。',
				keyword: 'T',
				optOut: (k) => `回${k}退訂`,
				company: bracketCompany,
				noSpace: true,
			},
		},
	},
	// comment analysis and survey conversations (their own files in this folder)
	aspects: zhAspects,
	stem: stemZh,
	stopWords: zhStopwords,
	survey,
};
