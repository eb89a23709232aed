import type { SurveyPack } from '../../survey/packTypes';

/** Spanish survey texts and choice words (accents are ignored when matching). */
export const survey: SurveyPack = {
	code: 'es',
	commentPrompt:
		'¡Gracias por su calificación! ¿Cuál es el motivo principal? Responda en pocas palabras.',
	reasonQuestion: 'Lo sentimos. ¿Qué salió mal? Responda con un número:',
	reasonLabels: {
		wait_time: 'tiempo de espera',
		staff_attitude: 'trato del personal',
		resolution: 'no se resolvió',
		other: 'otro',
	},
	reasonWords: {
		wait_time: ['esper', 'tard', 'demor', 'lent', 'cola', 'tiempo'],
		staff_attitude: [
			'personal',
			'trato',
			'atención',
			'grosero',
			'maleducad',
			'agente',
			'empleado',
			'operador',
			'actitud',
		],
		resolution: [
			'no se resolvi',
			'no resolvi',
			'sin resolver',
			'no solucion',
			'problema',
			'no me ayud',
			'resolv',
			'soluc',
		],
		other: ['otro', 'otra'],
	},
	ratingQuestion: 'Califique del {min} al {max}, por favor.',
	npsQuestion:
		'¿Qué probabilidad hay de que nos recomiende a un amigo? Responda del {min} al {max}.',
	choiceReprompt: 'Responda con un número del 1 al {max}, por favor.',
	reminder:
		'Recordatorio: califique nuestro servicio del {min} al {max}; solo responda a este SMS.',
	ordinals: [
		['uno', 'una', 'primero', 'primera', 'primer'],
		['dos', 'segundo', 'segunda'],
		['tres', 'tercero', 'tercera', 'tercer'],
		['cuatro', 'cuarto', 'cuarta'],
		['cinco', 'quinto', 'quinta'],
		['seis', 'sexto', 'sexta'],
	],
};
