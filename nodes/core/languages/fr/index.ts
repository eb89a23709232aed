// Language pack: French.
// The words the reply parser reads, opt-out keywords and phrases, language-detection hints, and the survey,
// re-prompt and thank-you texts. Word lists are space separated and normalised at load (case, accents).
import type { LanguagePack } from '../types';
import { frAspects } from './aspects';
import { stemFr } from './stem';
import { frStopwords } from './stopwords';
import { survey } from './survey';

export const fr: LanguagePack = {
	code: 'fr',
	name: 'French',
	reply: {
		numbers:
			'zéro=0 un!=1 une!=1 deux=2 trois=3 quatre=4 cinq=5 six=6 sept=7 huit=8 neuf!=9 ' + 'dix=10',
		preCore: 'mets donne donnerais mettrais attribue',
		preHelp: 'je vous lui ma mon notre',
		postFrame: 'mets donne donnerais mettrais attribue',
		sufFrame: 'étoile étoiles',
		denom: 'sur',
		or: 'à et',
		preExclude:
			"vers jusqu jusqu'à jusqu'a dès des depuis apres après avant et commande numéro moins " +
			'retire enlève',
		hypo: "aurais aurait j'aurais voulais allais comptais",
		conditionals: 'si',
		subjunctives: 'mettrais donnerais aurais',
		negations: 'pas jamais',
		units:
			'janvier février mars avril juin juillet août septembre octobre novembre décembre ' +
			'mille jour jours heure heures semaine semaines mois an ans année années fois euros ' +
			'personnes appels',
		unitStems: 'semain heure',
		ownWords: 'an ans',
		optOutObjects: 'moi',
		optOutFiller: "merci svp stp s'il vous plait",
		// greetings and thanks before a rating: "…, 5, …"
		greetings: ['bonjour', 'bonsoir', 'salut', 'merci', 'merci beaucoup'],
		hints:
			'le la les très tres merci et est je pas mais un une avec pour conseiller livreur ' +
			'sympa bien plus arrêtez arretez mets arret sur',
		optOutKeywords: ['ARRET', 'ARRÊT'],
		optOutPhrases: [
			"arrêtez de m'envoyer",
			"arrêtez de m'écrire",
			'arrêtez les sms',
			'arrêtez les messages',
			"ne m'envoyez plus",
			"ne m'écrivez plus",
			'plus de sms',
			'plus de messages',
			'désabonner',
			'désinscrire',
			'désabonnez',
			"arrêtez d'envoyer",
			"cessez de m'envoyer",
			"cessez d'envoyer",
			"ne plus m'envoyer",
			'ne plus recevoir',
			'stop aux sms',
			'désinscrivez',
			'ne veux plus recevoir',
			'laissez moi tranquille',
			'je ne veux plus de sms',
			'plus de sms svp',
		],
	},
	replyTexts: {
		reprompt:
			"Désolé, nous n'avons pas compris votre réponse. Merci de noter notre service de {min} à {max}.",
		reprompt2: 'Merci de répondre par un seul nombre de {min} à {max}.',
		thanks: 'Merci pour votre note !',
		thanksLow: 'Merci pour votre avis. Nous sommes désolés et allons nous améliorer.',
		thanksHigh: 'Merci pour votre note ! Ravis que vous soyez satisfait.',
		optOut: 'Vous êtes désinscrit et ne recevrez plus de messages.',
	},
	surveyText: {
		rating: (a, b) =>
			`Comment évaluez-vous notre service ? Répondez de ${a} (très mauvais) à ${b} (excellent).`,
		nps: (a, b) =>
			`Quelle est la probabilité que vous nous recommandiez à un proche ? Répondez de ${a} (pas du tout) à ${b} (très probable).`,
		comment: 'Vous pouvez ajouter un commentaire.',
		keyword: 'STOP',
		optOut: (k) => `Répondez ${k} pour vous désabonner`,
	},
	// comment analysis and survey conversations (their own files in this folder)
	aspects: frAspects,
	stem: stemFr,
	stopWords: frStopwords,
	survey,
};
