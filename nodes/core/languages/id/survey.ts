import type { SurveyPack } from '../../survey/packTypes';

/** Indonesian survey texts and choice words. */
export const survey: SurveyPack = {
	code: 'id',
	commentPrompt:
		'Terima kasih atas penilaian Anda! Apa alasan utamanya? Balas dengan beberapa kata.',
	reasonQuestion: 'Mohon maaf. Apa yang kurang? Balas dengan angka:',
	reasonLabels: {
		wait_time: 'waktu tunggu',
		staff_attitude: 'sikap petugas',
		resolution: 'masalah tidak selesai',
		other: 'lainnya',
	},
	reasonWords: {
		wait_time: ['tunggu', 'menunggu', 'lama', 'lambat', 'antri', 'antre'],
		staff_attitude: [
			'petugas',
			'sikap',
			'kasar',
			'tidak ramah',
			'karyawan',
			'staf',
			'pegawai',
			'operator',
		],
		resolution: [
			'tidak selesai',
			'belum selesai',
			'tidak terselesaikan',
			'tidak beres',
			'masalah',
			'tidak membantu',
			'solusi',
		],
		other: ['lain'],
	},
	ratingQuestion: 'Mohon beri nilai dari {min} sampai {max}.',
	npsQuestion:
		'Seberapa mungkin Anda merekomendasikan kami kepada teman? Balas {min} sampai {max}.',
	choiceReprompt: 'Mohon balas dengan angka dari 1 sampai {max}.',
	reminder:
		'Pengingat: mohon beri nilai layanan kami dari {min} sampai {max} dengan membalas SMS ini.',
	ordinals: [
		['satu', 'pertama', 'kesatu'],
		['dua', 'kedua'],
		['tiga', 'ketiga'],
		['empat', 'keempat'],
		['lima', 'kelima'],
		['enam', 'keenam'],
	],
};
