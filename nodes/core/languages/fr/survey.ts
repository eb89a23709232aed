import type { SurveyPack } from '../../survey/packTypes';

/** French survey texts and choice words (accents are ignored when matching). */
export const survey: SurveyPack = {
	code: 'fr',
	commentPrompt:
		'Merci pour votre note ! Quelle en est la raison principale ? Répondez en quelques mots.',
	reasonQuestion: "Nous sommes désolés. Qu'est-ce qui n'a pas été ? Répondez par un chiffre :",
	reasonLabels: {
		wait_time: "temps d'attente",
		staff_attitude: 'attitude du personnel',
		resolution: 'problème non résolu',
		other: 'autre',
	},
	reasonWords: {
		wait_time: ['attente', 'attend', 'long', 'lent', 'délai'],
		staff_attitude: [
			'personnel',
			'conseill',
			'agent',
			'impoli',
			'désagréable',
			'attitude',
			'accueil',
			'employé',
		],
		resolution: [
			'non résolu',
			'pas résolu',
			'pas réglé',
			'non réglé',
			'problème',
			'pas aidé',
			'résolu',
			'solution',
		],
		other: ['autre'],
	},
	ratingQuestion: 'Merci de noter de {min} à {max}.',
	npsQuestion:
		'Quelle est la probabilité que vous nous recommandiez à un ami ? Répondez de {min} à {max}.',
	choiceReprompt: 'Merci de répondre par un chiffre de 1 à {max}.',
	reminder:
		'Rappel : merci de noter notre service de {min} à {max}, en répondant simplement à ce SMS.',
	ordinals: [
		['un', 'une', 'premier', 'première'],
		['deux', 'deuxième', 'second', 'seconde'],
		['trois', 'troisième'],
		['quatre', 'quatrième'],
		['cinq', 'cinquième'],
		['six', 'sixième'],
	],
};
