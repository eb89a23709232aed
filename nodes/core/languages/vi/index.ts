// Language pack: Vietnamese.
// The words the reply parser reads, opt-out keywords and phrases, language-detection hints, and the survey,
// re-prompt and thank-you texts. Word lists are space separated and normalised at load (case, accents).
import type { LanguagePack } from '../types';
import { viAspects } from './aspects';
import { stemVi } from './stem';
import { viStopwords } from './stopwords';
import { survey } from './survey';

export const vi: LanguagePack = {
	code: 'vi',
	name: 'Vietnamese',
	reply: {
		numbers: 'không!=0 một!=1 hai!=2 ba!=3 bốn=4 năm=5 sáu=6 bảy=7 bẩy=7 tám=8 chín=9 mười=10',
		preCore: 'chấm cham điểm diem',
		preHelp: 'tôi toi mình minh cho',
		finalParticles: 'nhé nhe nha nhá',
		sufFrame: 'sao điểm diem',
		scaleNouns: 'thang',
		denom: 'trên tren',
		or: 'hoặc hoac đến và',
		preExclude: 'lúc luc giờ gio từ tu đến den và trừ tru',
		hypo: 'định dinh tính',
		units:
			'nghìn ngàn triệu ngày ngay giờ gio tiếng tieng phút phut tuần tuan tháng thang năm ' +
			'nam lần lan người nguoi đồng dong k',
		ownWords: 'nam lan k',
		optOutObjects: 'tôi nữa',
		optOutFiller: 'làm ơn lam on',
		// greetings and thanks before a rating: "…, 5, …"
		greetings: ['xin chào', 'chào', 'cảm ơn', 'cám ơn', 'cảm ơn bạn'],
		hints: 'tôi dịch vụ rất tốt cảm ơn nhân viên không được chấm sao điểm',
		optOutKeywords: ['HUY', 'HỦY', 'TC'],
		optOutPhrases: [
			'đừng gửi',
			'đừng nhắn',
			'không nhận tin',
			'ngừng gửi',
			'hủy đăng ký',
			'không muốn nhận',
			'dừng gửi',
			'đừng làm phiền',
			'không nhận tin nhắn',
			'ngừng nhắn tin',
		],
	},
	replyTexts: {
		reprompt:
			'Xin lỗi, chúng tôi chưa hiểu phản hồi của bạn. Vui lòng chấm điểm dịch vụ từ {min} đến {max}.',
		reprompt2: 'Vui lòng trả lời bằng một số từ {min} đến {max}.',
		thanks: 'Cảm ơn bạn đã đánh giá!',
		thanksLow: 'Cảm ơn góp ý của bạn. Chúng tôi rất tiếc và sẽ cải thiện.',
		thanksHigh: 'Cảm ơn bạn đã đánh giá! Rất vui vì bạn hài lòng.',
		optOut: 'Bạn đã hủy đăng ký và sẽ không nhận thêm tin nhắn.',
	},
	surveyText: {
		rating: (a, b) =>
			`Quý khách vui lòng đánh giá dịch vụ: trả lời số từ ${a} (rất tệ) đến ${b} (rất tốt).`,
		nps: (a, b) =>
			`Quý khách có sẵn lòng giới thiệu chúng tôi cho bạn bè? Trả lời số từ ${a} (không hề) đến ${b} (chắc chắn).`,
		comment: 'Có thể kèm góp ý.',
		keyword: 'STOP',
		optOut: (k) => `Soạn ${k} để hủy nhận tin`,
	},
	// comment analysis and survey conversations (their own files in this folder)
	aspects: viAspects,
	stem: stemVi,
	stopWords: viStopwords,
	survey,
};
