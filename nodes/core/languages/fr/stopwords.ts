/** Stop words, detection markers, negations and boilerplate (greetings, "являюсь клиентом"…) for fr. */
import type { StopwordSet } from '../../analysis/stopword-types';

export const frStopwords: StopwordSet = {
	stop: `le la les un une des du de d l et ou mais à au aux en dans sur avec pour par que qui est sont était
		très plus je tu il elle nous vous ils elles me mon ma mes ton ta tes son sa ses ce cet cette ces c j
		qu s y a ai as avons avez ont été être comme aussi tout`,
	markers: `pas ne merci bien bon mauvais service jamais sympa`,
	negations: `pas ne jamais`,
	boilerplate: ['bonjour', 'bonsoir', 'salut', 'madame', 'monsieur'],
};
