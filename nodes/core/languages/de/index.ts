// Language pack: German.
// The words the reply parser reads, opt-out keywords and phrases, language-detection hints, and the survey,
// re-prompt and thank-you texts. Word lists are space separated and normalised at load (case, accents).
import type { LanguagePack } from '../types';
import { deAspects } from './aspects';
import { stemDe } from './stem';
import { deStopwords } from './stopwords';
import { survey } from './survey';

export const de: LanguagePack = {
	code: 'de',
	name: 'German',
	reply: {
		numbers:
			'null!=0 eins=1 ein!=1 eine!=1 zwei=2 drei=3 vier=4 fünf=5 sechs=6 sieben=7 acht!=8 ' +
			'neun=9 zehn=10',
		preCore: 'note bewertung gebe gäbe vergebe benote',
		preHelp: 'ich eine einen ihnen euch dir glatte klare meine',
		postFrame: 'gebe vergebe gäbe',
		ratingNouns: 'note bewertung',
		deductPost: 'abzug weniger',
		sufFrame: 'stern sterne sternen punkt punkte punkten',
		denom: 'von',
		or: 'oder bis und',
		preExclude: 'um gegen bis ab seit nach vor und bestellung nummer abzug ziehe',
		hypo: 'hätte wollte',
		conditionals: 'wenn falls',
		subjunctives: 'würde würden hätte hätten',
		negations: 'nicht kein keine',
		units:
			'januar februar märz mai juni juli tag tage tagen stunde stunden std minute minuten ' +
			'woche wochen monat monate monaten jahr jahre jahren mal uhr euro',
		unitStems: 'stund woch monat jahr',
		ownWords: 'mal',
		dottedMonths:
			'januar februar märz april mai juni juli august september oktober november dezember',
		optOutObjects: 'mir mich uns mehr bitte',
		optOutFiller: 'bitte danke',
		// greetings and thanks before a rating: "…, 5, …"
		greetings: [
			'hallo',
			'danke',
			'vielen dank',
			'danke schön',
			'dankeschön',
			'guten tag',
			'guten morgen',
			'guten abend',
			'moin',
		],
		hints:
			'der die das und sehr nicht danke ist war gut ich mit auf es kam freundlich techniker ' +
			'gebe sterne punkte zu langsam schnell keine mehr bitte nachrichten hört hören stopp ' +
			'von',
		optOutKeywords: ['STOPP'],
		optOutPhrases: [
			'keine sms mehr',
			'keine nachrichten mehr',
			'keine umfragen mehr',
			'hören sie auf zu schreiben',
			'hören sie auf mir zu schreiben',
			'hört auf zu schreiben',
			'hör auf zu schreiben',
			'hör auf mir zu schreiben',
			'hört auf mir zu schreiben',
			'hört auf zu simsen',
			'hören sie bitte auf',
			'hört bitte auf',
			'hört auf mit den sms',
			'hören sie auf mit den sms',
			'nicht mehr schreiben',
			'nicht mehr anschreiben',
			'abmelden',
			'austragen',
			'abbestellen',
			'schreiben sie mir nicht',
			'nicht mehr kontaktieren',
			'lassen sie mich in ruhe',
			'ich will keine sms',
			'ich möchte keine sms',
		],
	},
	replyTexts: {
		reprompt:
			'Entschuldigung, wir konnten Ihre Antwort nicht lesen. Bitte bewerten Sie unseren Service von {min} bis {max}.',
		reprompt2: 'Bitte antworten Sie mit einer Zahl von {min} bis {max}.',
		thanks: 'Vielen Dank für Ihre Bewertung!',
		thanksLow: 'Danke für Ihr Feedback. Es tut uns leid, wir arbeiten daran, besser zu werden.',
		thanksHigh: 'Vielen Dank für Ihre Bewertung! Schön, dass Sie zufrieden sind.',
		optOut: 'Sie wurden abgemeldet und erhalten keine weiteren Nachrichten.',
	},
	surveyText: {
		rating: (a, b) =>
			`Wie bewerten Sie unseren Service? Antworten Sie mit einer Zahl von ${a} (sehr schlecht) bis ${b} (ausgezeichnet).`,
		nps: (a, b) =>
			`Wie wahrscheinlich ist es, dass Sie uns weiterempfehlen? Antworten Sie mit einer Zahl von ${a} (gar nicht) bis ${b} (sehr wahrscheinlich).`,
		comment: 'Gern auch mit Kommentar.',
		keyword: 'STOP',
		optOut: (k) => `Abmelden: ${k} antworten`,
	},
	// comment analysis and survey conversations (their own files in this folder)
	aspects: deAspects,
	stem: stemDe,
	stopWords: deStopwords,
	survey,
};
