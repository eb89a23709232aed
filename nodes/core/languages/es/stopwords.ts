/** Stop words, detection markers, negations and boilerplate (greetings, "являюсь клиентом"…) for es. */
import type { StopwordSet } from '../../analysis/stopword-types';

export const esStopwords: StopwordSet = {
	stop: `el la los las un una unos unas y e o u pero de del a al en con por para que es son fue era muy más
		mas me mi mis te tu tus su sus se lo le les nos yo usted ustedes ellos ella él este esta esto ese
		esa eso como ya también todo toda hay ha han he estar está están estoy ser sin sobre hasta cuando
		donde`,
	markers: `no gracias bien mal excelente servicio nunca`,
	negations: `no nunca ni`,
	boilerplate: ['hola', 'buenos días', 'buenas tardes', 'buenas noches', 'estimados'],
};
