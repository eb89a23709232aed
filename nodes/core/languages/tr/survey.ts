import type { SurveyPack } from '../../survey/packTypes';

/** Turkish survey texts and choice words (ı/i and accents are ignored when matching). */
export const survey: SurveyPack = {
	code: 'tr',
	commentPrompt:
		'Puanınız için teşekkürler! Bu puanın ana nedeni nedir? Birkaç kelimeyle yanıtlayın.',
	reasonQuestion: 'Üzgünüz. Ne yolunda gitmedi? Bir sayı ile yanıtlayın:',
	reasonLabels: {
		wait_time: 'bekleme süresi',
		staff_attitude: 'personelin tavrı',
		resolution: 'sorun çözülmedi',
		other: 'diğer',
	},
	reasonWords: {
		wait_time: ['bekle', 'uzun', 'yavaş', 'sıra', 'gecik'],
		staff_attitude: [
			'personel',
			'tavr',
			'kaba',
			'çalışan',
			'temsilci',
			'operatör',
			'ilgisiz',
			'saygısız',
		],
		resolution: ['çözülmedi', 'çözmedi', 'çözüm', 'sorun', 'yardım etmedi', 'halledilmedi'],
		other: ['diğer', 'başka'],
	},
	ratingQuestion: 'Lütfen {min} ile {max} arasında puan verin.',
	npsQuestion:
		'Bizi bir arkadaşınıza önerme olasılığınız nedir? {min} ile {max} arasında yanıtlayın.',
	choiceReprompt: 'Lütfen 1 ile {max} arasında bir sayı ile yanıtlayın.',
	reminder:
		"Hatırlatma: lütfen hizmetimizi {min} ile {max} arasında puanlayın; bu SMS'e yanıt vermeniz yeterli.",
	ordinals: [
		['bir', 'birinci'],
		['iki', 'ikinci'],
		['üç', 'üçüncü'],
		['dört', 'dördüncü'],
		['beş', 'beşinci'],
		['altı', 'altıncı'],
	],
};
