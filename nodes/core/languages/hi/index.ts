// Language pack: Hindi (Latin script and Devanagari).
// The words the reply parser reads, opt-out keywords and phrases, language-detection hints, and the survey,
// re-prompt and thank-you texts. Word lists are space separated and normalised at load (case, accents).
import type { LanguagePack } from '../types';
import { survey } from './survey';

export const hi: LanguagePack = {
	code: 'hi',
	name: 'Hindi (Latin Script)',
	reply: {
		numbers:
			'shunya=0 ek!=1 do!=2 teen!=3 char!=4 chaar=4 paanch=5 panch=5 paach=5 paanc=5 chhe=6 ' +
			'chhah=6 chah=6 saat!=7 aath=8 aat=8 nau!=9 das!=10 शून्य=0 एक!=1 दो!=2 तीन=3 चार=4 ' +
			'पांच=5 पाँच=5 छह=6 छः=6 सात=7 आठ=8 नौ=9 दस=10',
		preCore: 'nambar dunga dungi deta deti',
		preHelp: 'mera meri main',
		postFrame: 'dunga dungi denge',
		sufFrame: 'ank',
		or: 'aur',
		preExclude: 'baje aur',
		units:
			'hazaar lakh crore din ghante ghanta ghanton mahine mahina saal baar bar hafte rupaye ' +
			'rupees rs log',
		ownWords: 'bar log',
		optOutObjects: 'mujhe hume',
		optOutFiller: 'kripya',
		// greetings and thanks before a rating: "…, 5, …"
		greetings: ['namaste', 'dhanyavaad', 'dhanyawad', 'shukriya'],
		hints:
			'bahut badhiya accha acha tha thi hai nahi par thoda aaya mein se kya ji dhanyavad ' +
			'shukriya ghante ghanta din',
		optOutPhrases: [
			'message mat bhejo',
			'msg mat bhejo',
			'sms mat bhejo',
			'mat bhejo',
			'mat bhejna',
			'message band karo',
			'messages band karo',
			'msg band karo',
			'sms band karo',
			'bhejna band',
			'message mat karo',
			'msg mat karo',
			'message mat bhejiye',
			'sms mat bhejiye',
			'band karo message',
		],
	},
	replyTexts: {
		reprompt:
			'Maaf kijiye, hum aapka jawab samajh nahi paaye. Kripya hamari seva ko {min} se {max} tak rating dein.',
		reprompt2: 'Kripya {min} se {max} tak ek number bhejein.',
		thanks: 'Aapki rating ke liye dhanyavaad!',
		thanksLow: 'Aapke feedback ke liye dhanyavaad. Humein khed hai, hum sudhaar karenge.',
		thanksHigh: 'Aapki rating ke liye dhanyavaad! Khushi hai ki aap santusht hain.',
		optOut: 'Aapko unsubscribe kar diya gaya hai. Ab aapko koi message nahi aayega.',
	},
	surveyText: {
		rating: (a, b) =>
			`कृपया हमारी सेवा को रेट करें: ${a} (बहुत खराब) से ${b} (बहुत अच्छी) तक कोई अंक भेजें।`,
		nps: (a, b) =>
			`आप हमें किसी मित्र को सुझाएँ, इसकी कितनी संभावना है? ${a} (बिल्कुल नहीं) से ${b} (ज़रूर) तक कोई अंक भेजें।`,
		comment: 'आप टिप्पणी भी लिख सकते हैं।',
		keyword: 'STOP',
		optOut: (k) => `बंद करने के लिए ${k} भेजें`,
	},
	// comment analysis and survey conversations (their own files in this folder)
	survey,
};
