import type { SurveyPack } from '../../survey/packTypes';

/** English survey texts and choice words. */
export const survey: SurveyPack = {
	code: 'en',
	commentPrompt:
		'Thanks for your rating! What is the main reason for your score? Just reply in a few words.',
	reasonQuestion: "We're sorry. What went wrong? Reply with a number:",
	reasonLabels: {
		wait_time: 'waiting time',
		staff_attitude: 'staff attitude',
		resolution: 'not solved',
		other: 'other',
	},
	reasonWords: {
		wait_time: ['wait', 'long', 'slow', 'queue', 'hold', 'forever', 'delay'],
		staff_attitude: [
			'staff',
			'rude',
			'attitude',
			'agent',
			'operator',
			'employee',
			'impolite',
			'unfriendly',
		],
		resolution: [
			'not solved',
			'unsolved',
			'not resolved',
			'unresolved',
			'not fixed',
			'problem',
			'issue',
			"didn't help",
			'did not help',
			'solv',
			'resolv',
		],
		other: ['other', 'else'],
	},
	ratingQuestion: 'Please rate from {min} to {max}.',
	npsQuestion: 'How likely are you to recommend us to a friend? Reply {min} to {max}.',
	choiceReprompt: 'Please reply with a number from 1 to {max}.',
	reminder: 'Reminder: please rate our service from {min} to {max} — just reply to this SMS.',
	ordinals: [
		['one', 'first', '1st'],
		['two', 'second', '2nd'],
		['three', 'third', '3rd'],
		['four', 'fourth', '4th'],
		['five', 'fifth', '5th'],
		['six', 'sixth', '6th'],
	],
};
