// Language pack: Indonesian / Malay.
// The words the reply parser reads, opt-out keywords and phrases, language-detection hints, and the survey,
// re-prompt and thank-you texts. Word lists are space separated and normalised at load (case, accents).
import type { LanguagePack } from '../types';
import { idAspects } from './aspects';
import { stemId } from './stem';
import { idStopwords } from './stopwords';
import { survey } from './survey';

export const id: LanguagePack = {
	code: 'id',
	name: 'Indonesian',
	reply: {
		numbers:
			'nol=0 satu!=1 dua=2 tiga=3 empat=4 lima=5 enam=6 tujuh=7 delapan=8 lapan=8 ' +
			'sembilan=9 sepuluh=10',
		preCore: 'nilai nilainya kasih beri memberi skor bintang',
		preHelp: 'saya aku',
		ratingNouns: 'nilai nilainya skor',
		finalParticles: 'deh saja aja',
		deductPost: 'kurang',
		sufFrame: 'bintang poin',
		denom: 'dari',
		or: 'atau sampai dan',
		preExclude: 'jam pukul sampai hingga sejak kurangi potong',
		hypo: 'tadinya rencananya niatnya',
		negations: 'tidak bukan',
		units:
			'januari februari maret mei agustus desember hari jam menit detik minggu bulan tahun ' +
			'kali orang rupiah rb ribu minute hafta',
		optOutObjects: 'saya aku lagi',
		optOutFiller: 'tolong terima kasih',
		// greetings and thanks before a rating: "…, 5, …"
		greetings: [
			'halo',
			'terima kasih',
			'makasih',
			'selamat pagi',
			'selamat siang',
			'selamat sore',
			'selamat malam',
		],
		hints:
			'dan yang terima kasih tidak sangat bagus datang tepat waktu ramah kurirnya nunggu di ' +
			'nilai bintang mantap jangan kirim lagi berhenti sudah kurir dari',
		optOutPhrases: [
			'jangan kirim',
			'jangan sms',
			'berhenti kirim',
			'berhenti mengirim',
			'stop kirim',
			'berhenti berlangganan',
			'hapus nomor saya',
			'jangan ganggu',
			'tidak mau terima sms',
			'tidak mau menerima',
			'jangan kirimi',
			'tidak mau sms lagi',
			'jangan hubungi saya',
		],
	},
	replyTexts: {
		reprompt:
			'Maaf, kami tidak dapat memahami balasan Anda. Mohon beri nilai layanan kami dari {min} sampai {max}.',
		reprompt2: 'Mohon balas dengan satu angka dari {min} sampai {max}.',
		thanks: 'Terima kasih atas penilaian Anda!',
		thanksLow: 'Terima kasih atas masukan Anda. Mohon maaf, kami akan memperbaikinya.',
		thanksHigh: 'Terima kasih atas penilaian Anda! Senang Anda puas dengan layanan kami.',
		optOut: 'Anda telah berhenti berlangganan dan tidak akan menerima pesan lagi.',
	},
	surveyText: {
		rating: (a, b) =>
			`Bagaimana penilaian Anda atas layanan kami? Balas angka ${a} (sangat buruk) sampai ${b} (sangat baik).`,
		nps: (a, b) =>
			`Seberapa mungkin Anda merekomendasikan kami ke teman? Balas angka ${a} (tidak mungkin) sampai ${b} (sangat mungkin).`,
		comment: 'Komentar juga boleh.',
		keyword: 'STOP',
		optOut: (k) => `Balas ${k} untuk berhenti`,
	},
	// comment analysis and survey conversations (their own files in this folder)
	aspects: idAspects,
	stem: stemId,
	stopWords: idStopwords,
	survey,
};
