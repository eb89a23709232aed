import type { SurveyPack } from '../../survey/packTypes';

/** Portuguese survey texts and choice words (accents are ignored when matching). */
export const survey: SurveyPack = {
	code: 'pt',
	commentPrompt:
		'Obrigado pela avaliação! Qual o principal motivo da sua nota? Responda em poucas palavras.',
	reasonQuestion: 'Sentimos muito. O que deu errado? Responda com um número:',
	reasonLabels: {
		wait_time: 'tempo de espera',
		staff_attitude: 'atendimento da equipe',
		resolution: 'não foi resolvido',
		other: 'outro',
	},
	reasonWords: {
		wait_time: ['esper', 'demor', 'lent', 'fila', 'tempo'],
		staff_attitude: [
			'atendente',
			'atendimento',
			'grosso',
			'grosseir',
			'mal educad',
			'funcionári',
			'equipe',
			'operador',
		],
		resolution: [
			'não resolv',
			'não foi resolvid',
			'sem solução',
			'não solucion',
			'problema',
			'não ajud',
			'resolv',
			'soluç',
		],
		other: ['outro', 'outra'],
	},
	ratingQuestion: 'Avalie de {min} a {max}, por favor.',
	npsQuestion: 'Qual a probabilidade de você nos recomendar a um amigo? Responda de {min} a {max}.',
	choiceReprompt: 'Responda com um número de 1 a {max}, por favor.',
	reminder: 'Lembrete: avalie nosso atendimento de {min} a {max}; basta responder a este SMS.',
	ordinals: [
		['um', 'uma', 'primeiro', 'primeira'],
		['dois', 'duas', 'segundo', 'segunda'],
		['três', 'terceiro', 'terceira'],
		['quatro', 'quarto', 'quarta'],
		['cinco', 'quinto', 'quinta'],
		['seis', 'sexto', 'sexta'],
	],
};
