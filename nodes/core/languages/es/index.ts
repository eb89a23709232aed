// Language pack: Spanish.
// The words the reply parser reads, opt-out keywords and phrases, language-detection hints, and the survey,
// re-prompt and thank-you texts. Word lists are space separated and normalised at load (case, accents).
import type { LanguagePack } from '../types';
import { esAspects } from './aspects';
import { stemEs } from './stem';
import { esStopwords } from './stopwords';
import { survey } from './survey';

export const es: LanguagePack = {
	code: 'es',
	name: 'Spanish',
	reply: {
		numbers:
			'cero=0 uno!=1 una!=1 un!=1 dos=2 tres=3 cuatro=4 cinco=5 seis=6 siete=7 ocho=8 ' +
			'nueve=9 diez=10',
		preCore:
			'nota calificación calificacion puntuación puntuacion puntaje doy daría daria damos ' +
			'pongo pondría pondria califico',
		preHelp: 'le les la lo un una uno mi yo te os vos',
		postFrame: 'doy pongo daría pondría',
		ratingNouns: 'nota calificación calificacion puntuación puntuacion puntaje',
		deductPost: 'menos',
		sufFrame: 'estrella estrellas punto puntos',
		denom: 'de su',
		or: 'o a hasta y',
		preExclude: 'las los hasta desde y pedido número numero menos quito resto',
		hypo: 'iba quería queria pensaba',
		conditionals: 'si',
		subjunctives: 'daría pondría daríamos pondríamos habría',
		negations: 'nunca',
		units:
			'enero febrero marzo abril mayo junio julio agosto septiembre setiembre octubre ' +
			'noviembre diciembre mil día dia días dias hora horas minuto minutos semana semanas ' +
			'mes meses año años vez veces pesos reales segundos personas llamadas',
		optOutObjects: 'nos más',
		optOutFiller: 'por favor',
		// greetings and thanks before a rating: "…, 5, …"
		greetings: [
			'hola',
			'gracias',
			'muchas gracias',
			'buenos días',
			'buenas tardes',
			'buenas noches',
			'buenas',
		],
		hints:
			'el la los muy gracias y en por no pero fue servicio atención atencion excelente ' +
			'bueno todo bien técnico tecnico mi calificación calificacion pongo doy estrellas ' +
			'puntos para más escriban dejen mensajes quiero llegó tardaron baja',
		optOutKeywords: ['BAJA'],
		optOutPhrases: [
			'no me escriban',
			'no me escribas',
			'no me envíen',
			'no me envies',
			'no me manden',
			'no me mandes',
			'dejen de enviar',
			'dejen de escribir',
			'dejen de mandar',
			'deja de enviar',
			'deja de escribir',
			'no más mensajes',
			'no quiero recibir',
			'darme de baja',
			'dar de baja',
			'denme de baja',
			'cancelar suscripción',
			'no quiero más mensajes',
			'basta de mensajes',
			'dejen de mandarme',
			'dejen de escribirme',
			'dejen de enviarme',
			'no vuelvan a escribir',
			'no me vuelvan a escribir',
			'ya no me escriban',
			'no quiero más sms',
			'no me manden más',
		],
	},
	replyTexts: {
		reprompt:
			'Disculpe, no entendimos su respuesta. Por favor, califique nuestro servicio del {min} al {max}.',
		reprompt2: 'Responda con un solo número del {min} al {max}.',
		thanks: '¡Gracias por su calificación!',
		thanksLow: 'Gracias por su opinión. Lamentamos lo ocurrido y trabajaremos para mejorar.',
		thanksHigh: '¡Gracias por su calificación! Nos alegra que haya quedado satisfecho.',
		optOut: 'Se ha dado de baja. No recibirá más mensajes.',
	},
	surveyText: {
		rating: (a, b) => `Valore nuestro servicio: responda del ${a} (muy malo) al ${b} (excelente).`,
		nps: (a, b) =>
			`¿Qué probabilidad hay de que nos recomiende a un amigo? Responda del ${a} (ninguna) al ${b} (muy probable).`,
		comment: 'Puede añadir un comentario.',
		keyword: 'STOP',
		optOut: (k) => `Responda ${k} para darse de baja`,
	},
	// comment analysis and survey conversations (their own files in this folder)
	aspects: esAspects,
	stem: stemEs,
	stopWords: esStopwords,
	survey,
};
