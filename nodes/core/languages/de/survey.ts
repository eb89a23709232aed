import type { SurveyPack } from '../../survey/packTypes';

/** German survey texts and choice words (umlauts are ignored when matching). */
export const survey: SurveyPack = {
	code: 'de',
	commentPrompt:
		'Danke für Ihre Bewertung! Was war der wichtigste Grund dafür? Antworten Sie gern in ein paar Worten.',
	reasonQuestion: 'Das tut uns leid. Was lief schief? Antworten Sie mit einer Zahl:',
	reasonLabels: {
		wait_time: 'Wartezeit',
		staff_attitude: 'Verhalten der Mitarbeiter',
		resolution: 'nicht gelöst',
		other: 'Sonstiges',
	},
	reasonWords: {
		wait_time: ['wart', 'lange', 'langsam', 'dauer'],
		staff_attitude: ['mitarbeit', 'unfreundlich', 'unhöflich', 'verhalten', 'personal', 'berater'],
		resolution: [
			'nicht gelöst',
			'ungelöst',
			'nicht geholfen',
			'keine lösung',
			'problem',
			'gelöst',
			'lösung',
		],
		other: ['sonstig', 'andere'],
	},
	ratingQuestion: 'Bitte bewerten Sie von {min} bis {max}.',
	npsQuestion:
		'Wie wahrscheinlich ist es, dass Sie uns einem Freund empfehlen? Antworten Sie von {min} bis {max}.',
	choiceReprompt: 'Bitte antworten Sie mit einer Zahl von 1 bis {max}.',
	reminder:
		'Erinnerung: Bitte bewerten Sie unseren Service von {min} bis {max} – antworten Sie einfach auf diese SMS.',
	ordinals: [
		['eins', 'ein', 'erste', 'erstes', 'erster'],
		['zwei', 'zweite', 'zweites', 'zweiter'],
		['drei', 'dritte', 'drittes', 'dritter'],
		['vier', 'vierte', 'viertes', 'vierter'],
		['fünf', 'fünfte', 'fünftes'],
		['sechs', 'sechste', 'sechstes'],
	],
};
