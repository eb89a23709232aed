import type { SurveyPack } from '../../survey/packTypes';

/** Hindi (Latin script, as typed in SMS) survey texts and choice words. */
export const survey: SurveyPack = {
	code: 'hi',
	commentPrompt:
		'Rating ke liye dhanyavaad! Is score ki mukhya vajah kya hai? Kuch shabdon mein jawab dein.',
	reasonQuestion: 'Humein khed hai. Kya theek nahi laga? Number se jawab dein:',
	reasonLabels: {
		wait_time: 'lamba intezaar',
		staff_attitude: 'staff ka vyavhaar',
		resolution: 'samasya hal nahi hui',
		other: 'anya',
	},
	reasonWords: {
		wait_time: ['intezaar', 'intezar', 'intjar', 'wait', 'lamba', 'der se', 'deri'],
		staff_attitude: [
			'staff',
			'vyavhaar',
			'vyavahar',
			'behaviour',
			'behavior',
			'rude',
			'badtameez',
			'karmachari',
			'agent',
		],
		resolution: ['hal nahi', 'solve nahi', 'samasya', 'problem', 'madad nahi', 'solution'],
		other: ['anya', 'kuch aur', 'other'],
	},
	ratingQuestion: 'Kripya {min} se {max} tak rating dein.',
	npsQuestion:
		'Aap humein kisi dost ko recommend karne ki kitni sambhavna rakhte hain? {min} se {max} tak jawab dein.',
	choiceReprompt: 'Kripya 1 se {max} tak ek number bhejein.',
	reminder:
		'Yaad dilana: kripya hamari seva ko {min} se {max} tak rating dein — bas is SMS ka jawab dein.',
	ordinals: [
		['ek', 'pehla', 'pehli'],
		['do', 'doosra', 'dusra', 'doosri'],
		['teen', 'teesra', 'tisra'],
		['char', 'chaar', 'chautha'],
		['paanch', 'panch', 'paanchva'],
		['chhe', 'chhah', 'chhatha'],
	],
};
