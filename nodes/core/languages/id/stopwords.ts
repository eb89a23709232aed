/** Stop words, detection markers, negations and boilerplate (greetings, "являюсь клиентом"…) for id. */
import type { StopwordSet } from '../../analysis/stopword-types';

export const idStopwords: StopwordSet = {
	stop: `dan yang di ke dari untuk dengan ini itu saya kami kita anda kamu dia mereka ada adalah juga sudah
		akan bisa atau tapi tetapi karena pada sangat lebih sekali`,
	markers: `tidak belum bukan terima kasih bagus buruk pelayanan datang waktu ramah`,
	negations: `tidak belum bukan`,
	boilerplate: [
		'halo',
		'selamat pagi',
		'selamat siang',
		'selamat sore',
		'selamat malam',
		'kak',
		'min',
	],
};
