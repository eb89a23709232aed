// Language pack: Turkish.
// The words the reply parser reads, opt-out keywords and phrases, language-detection hints, and the survey,
// re-prompt and thank-you texts. Word lists are space separated and normalised at load (case, accents).
import type { LanguagePack } from '../types';
import { trAspects } from './aspects';
import { stemTr } from './stem';
import { trStopwords } from './stopwords';
import { survey } from './survey';

export const tr: LanguagePack = {
	code: 'tr',
	name: 'Turkish',
	reply: {
		numbers: 'sıfır=0 sifir=0 bir!=1 iki=2 üç=3 dört=4 beş=5 altı=6 yedi=7 sekiz=8 dokuz=9 on!=10',
		preCore: 'puan puanım puanim puanımız puanimiz notum veriyorum verdim veririm',
		preHelp: 'ben benim size',
		postFrame: 'veriyorum veririm verdim veriyoruz verdik',
		postFrameNeg: 'vermem vermiyorum veremem vermeyeceğim',
		ratingNouns: 'puan puanım puanim notum',
		deductPost: 'eksik eksi',
		sufFrame: 'yıldız yildiz puan',
		revDenom: 'üzerinden uzerinden',
		scaleWords: 'puanlık puanlik',
		scaleNouns: 'sistem sistemde sisteminde ölçek ölçekte ölçeğinde skala skalada',
		or: 'veya ya ila den ve',
		preExclude: 'saat ve sipariş siparis eksi',
		hypoPost: 'vermeyi verecektim verecektik vermek',
		units:
			'ocak şubat nisan mayıs haziran temmuz ağustos eylül ekim kasım aralık bin gün gun ' +
			'saat dakika dk hafta ay yıl yil kez defa kere lira tl kişi kisi',
		unitStems:
			'günd gunu gund saatt dakik haftad yild yıld mayıs nisan haziran temmuz ağustos eylül ' +
			'ekim kasım aralık ocak şubat',
		ownWords: 'ay',
		optOutObjects: 'bana bize artık',
		optOutFiller: 'lütfen lutfen',
		// greetings and thanks before a rating: "…, 5, …"
		greetings: [
			'merhaba',
			'selam',
			'teşekkürler',
			'teşekkür ederim',
			'çok teşekkürler',
			'sağol',
			'sağolun',
			'iyi günler',
			'iyi akşamlar',
		],
		hints:
			've çok cok teşekkürler tesekkurler teşekkür bir değil degil ama iyi hizmet geldi ' +
			'bekledim puan puanım yıldız mesaj lütfen lutfen atmayın etmeyin göndermeyin ' +
			'veriyorum üzerinden uzerinden',
		optOutKeywords: ['IPTAL', 'İPTAL'],
		optOutPhrases: [
			'mesaj göndermeyin',
			'sms göndermeyin',
			'göndermeyin',
			'rahatsız etmeyin',
			'abonelikten çık',
			'listeden çıkar',
			'mesaj atmayın',
			'sms atmayın',
			'mesaj yollamayın',
			'sms yollamayın',
			'mesaj istemiyorum',
			'sms istemiyorum',
			'mesaj istemiyoruz',
			'sms göndermeyi bırakın',
			'mesaj göndermeyi bırakın',
		],
	},
	replyTexts: {
		reprompt:
			'Üzgünüz, yanıtınızı anlayamadık. Lütfen hizmetimizi {min} ile {max} arasında puanlayın.',
		reprompt2: 'Lütfen {min} ile {max} arasında tek bir sayı ile yanıt verin.',
		thanks: 'Puanınız için teşekkür ederiz!',
		thanksLow: 'Geri bildiriminiz için teşekkürler. Üzgünüz, hizmetimizi iyileştireceğiz.',
		thanksHigh: 'Puanınız için teşekkür ederiz! Memnun kalmanıza sevindik.',
		optOut: 'Aboneliğiniz iptal edildi. Artık mesaj almayacaksınız.',
	},
	surveyText: {
		rating: (a, b) =>
			`Hizmetimizi ${a} (çok kötü) ile ${b} (mükemmel) arasında bir sayıyla değerlendirin.`,
		nps: (a, b) =>
			`Bizi arkadaşlarınıza önerir misiniz? ${a} (hiç) ile ${b} (kesinlikle) arasında puan verin.`,
		comment: 'Yorum da yazabilirsiniz.',
		keyword: 'STOP',
		optOut: (k) => `Çıkmak için ${k} yazın`,
	},
	// comment analysis and survey conversations (their own files in this folder)
	aspects: trAspects,
	stem: stemTr,
	stopWords: trStopwords,
	survey,
};
