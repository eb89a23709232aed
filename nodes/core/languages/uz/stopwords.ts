/** Stop words, detection markers, negations and boilerplate (greetings, "являюсь клиентом"…) for uz. */
import type { StopwordSet } from '../../analysis/stopword-types';

export const uzStopwords: StopwordSet = {
	stop: `va bilan uchun ham bu u men siz biz ular bir edi lekin ammo yoki juda shu o'sha oʻsha da esa deb
		kabi menga sizga sizning mening ва билан учун ҳам бу у мен сиз биз улар бир эди лекин аммо ёки жуда
		шу эса деб каби`,
	markers: `emas rahmat yaxshi yomon kutdim ishlamadi berdi hammasi hammasini boshqa xizmat рахмат яхши ёмон`,
	negations: `emas yoʻq yo'q эмас йўқ`,
	boilerplate: ['assalomu alaykum', 'salom', 'ассалому алайкум', 'салом', 'hurmatli', 'ҳурматли'],
};
