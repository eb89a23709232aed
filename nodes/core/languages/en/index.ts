// Language pack: English.
// The words the reply parser reads, opt-out keywords and phrases, language-detection hints, and the survey,
// re-prompt and thank-you texts. Word lists are space separated and normalised at load (case, accents).
import type { LanguagePack } from '../types';
import { enAspects } from './aspects';
import { stemEn } from './stem';
import { enStopwords } from './stopwords';
import { survey } from './survey';

export const en: LanguagePack = {
	code: 'en',
	name: 'English',
	reply: {
		numbers:
			'zero=0 one!=1 two=2 three=3 four=4 five=5 six=6 seven=7 eight=8 nine=9 ten=10 ' +
			'fiver!=5 tenner!=10',
		preCore:
			'rating rate rated rates score scored give gave giving say grade graded overall ' + 'verdict',
		preHelp:
			"i i'd id i'll ill i'm im would will you u it them this that a an my our solid strong " +
			'honest easy final is',
		ratingNouns: 'rating score grade verdict',
		deductPost: 'off less fewer deducted',
		sufFrame: 'star stars point points pts pt marks',
		scaleWords: 'point star',
		scaleNouns: 'scale system',
		denom: 'of over',
		or: 'or to and',
		preExclude:
			'at by until till til from to around before after since about approx approximately ' +
			'and order ticket case ref reference no nr nº number tel phone room apt flight ' +
			'account id code pin minus plus deduct deducted deducting take took extra removing ' +
			'remove removed knock knocked knocking dock docked docking off less january february ' +
			'march april june july august september sept october november december jan feb mar ' +
			'apr jun jul aug sep oct nov dec',
		hypo: 'wanted gonna',
		conditionals: 'if',
		subjunctives: "would i'd id we'd",
		negations: "not never can't cant cannot won't wont couldn't wouldn't",
		units:
			'january february march april may june july august september october november ' +
			'december jan feb mar apr jun jul aug sep sept oct nov dec thousand thousands million ' +
			'millions day days hr hrs hour hours h min mins minute minutes sec secs second ' +
			'seconds week weeks wk wks month months year years yr yrs time times pm am p.m a.m ' +
			"oclock o'clock x calls people persons items gb mb mbps kbps percent k km miles mi kg " +
			'lbs dollars bucks euros pounds quid attempts tries visits kids children engineers ' +
			"technicians days' nights night tickets emails texts messages rings floors guys men " +
			'women boxes parcels packages orders bags',
		abbreviations: 'no nr nº p pg pp vol ch art st apt tel fig ref',
		optOutObjects: 'me us ever please',
		optOutFiller: 'please pls plz now thanks thank you me all it',
		// greetings and thanks before a rating: "…, 5, …"
		greetings: [
			'hi',
			'hello',
			'hey',
			'thanks',
			'thank you',
			'thank you very much',
			'thanks a lot',
			'many thanks',
			'good morning',
			'good afternoon',
			'good evening',
			'cheers',
		],
		hints:
			'the and you your was is it thanks thank very good great service but not for with of ' +
			'to my had have waited never would please call called calling stars star rate rating ' +
			'give solid terrible awful excellent amazing guy staff delivery fast slow late times ' +
			'me stop texting text texts message messages messaging sending unsubscribe remove ' +
			'list more from out or still nothing app',
		hypoPairs: [
			['would', 'have'],
			['would', "'ve"],
			["would've", ''],
			["i'd", 'have'],
			['id', 'have'],
			['could', 'have'],
			['should', 'have'],
			['might', 'have'],
			['was', 'going'],
			['were', 'going'],
			['was', 'about'],
		],
		optOutKeywords: [
			'STOP',
			'STOPALL',
			'STOP ALL',
			'UNSUBSCRIBE',
			'UNSUB',
			'CANCEL',
			'END',
			'QUIT',
			'REVOKE',
			'OPTOUT',
			'OPT OUT',
			'OPT-OUT',
			'UNREG',
		],
		optOutPhrases: [
			'stop texting',
			'stop contacting me',
			'take me off your list',
			'take me off the list',
			'remove me from your list',
			'remove my number from',
			'enough with the texts',
			'quit messaging',
			'stop the spam',
			'stop sending',
			'stop messaging',
			'stop contacting',
			'stop spamming',
			'stop the texts',
			'stop the messages',
			'stop these texts',
			'stop these messages',
			'stop all texts',
			'stop all messages',
			'stop text me',
			'stop msg',
			'stop sms',
			"don't text",
			'dont text',
			'do not text',
			"don't message me",
			'dont message me',
			'do not message me',
			"don't send me",
			'dont send me',
			'do not send me',
			"don't contact me",
			'dont contact me',
			'do not contact me',
			'no more texts',
			'no more messages',
			'no more sms',
			'unsubscribe',
			'opt me out',
			'opt out',
			'remove me from',
			'remove my number',
			'take me off',
			'leave me alone',
			'stop bothering me',
			'never text me',
			'quit texting',
			'quit sending',
			'lose my number',
			'no more surveys',
			'stop the surveys',
			'stop these surveys',
			'stop surveying',
			"don't want these texts",
			"don't want these messages",
			'do not want these texts',
			'do not want these messages',
			"don't want to receive",
			'dont want to receive',
			'do not want to receive',
			'no more please',
			'stop sending these',
		],
	},
	replyTexts: {
		reprompt: "Sorry, we couldn't read your reply. Please rate our service from {min} to {max}.",
		reprompt2: 'Please reply with one number from {min} to {max}.',
		thanks: 'Thank you for your rating!',
		thanksLow: "Thank you for your feedback. We're sorry and will work to improve.",
		thanksHigh: "Thank you for your rating! We're glad you're happy with our service.",
		optOut: 'You have been unsubscribed and will not receive further messages.',
	},
	surveyText: {
		rating: (a, b) =>
			`How would you rate our service? Reply with a number from ${a} (very bad) to ${b} (excellent).`,
		nps: (a, b) =>
			`How likely are you to recommend us to a friend? Reply with a number from ${a} (not at all likely) to ${b} (extremely likely).`,
		comment: 'You can add a comment.',
		keyword: 'STOP',
		optOut: (k) => `Reply ${k} to opt out`,
	},
	// comment analysis and survey conversations (their own files in this folder)
	aspects: enAspects,
	stem: stemEn,
	stopWords: enStopwords,
	survey,
};
