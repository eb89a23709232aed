/** Stop words, detection markers, negations and boilerplate (greetings, "являюсь клиентом"…) for en. */
import type { StopwordSet } from '../../analysis/stopword-types';

export const enStopwords: StopwordSet = {
	stop: `a an the and or but if then so to of in on at by for with from as is are was were be been being am i
		me my we our us you your he him his she her it its they them their this that these those there here
		what which who whom do does did done have has had having will would can could should shall may might
		must just very really also too about into over after before again up down out off only own same than
		such both each few more most other some any all i'm im it's its you're we're i've i'd got get
		even ever would could one also get got go went come came take took make made said told asked order ordered orders try tried visit visited time times life always definitely place restaurant food
		mr mrs ms sir
		two three four five six ten`,
	markers: `not no never don't didn't can't won't isn't wasn't thanks thank good great bad service excellent
		slow still keeps nothing amazing average`,
	negations: `not no never don't didn't doesn't can't cannot won't isn't wasn't aren't weren't
		dont didnt cant wont neither nor isnt wasnt haven't hasn't hadn't shouldn't wouldn't couldn't
		havent hasnt hadnt shouldnt wouldnt couldnt`,
	boilerplate: [
		'hello',
		'hi',
		'dear',
		'good morning',
		'good evening',
		'thank you for reading',
		'i am a customer',
		'i have been a customer',
		'i visited',
		'we visited',
		'visited',
		'went there',
		'went here',
		'this place',
		'the place',
		'i ordered',
		'we ordered',
		'ordered',
		'i went',
		'we went',
		'had',
		'overall',
		'must say',
	],
};

/**
 * Theme-neutral words: they may sit inside a phrase ("card blocked", "half cooked") but are never a theme
 * alone, and a phrase of only these words and negations is no theme either. Matched by stem. Classes:
 */
export const enThemeNeutral = [
	// Narration verbs: reaching, sending, picking up, calling, giving, finding, deciding, wanting, using,
	// buying. Receiving ("never received") is left out: in delivery it is the service outcome.
	// They tell what happened, not how the service was.
	`reach reached arrive arrived send sent pick picked keep kept call called give gave given bring brought
	find found look looked decide decided want wanted use used need needed happen happened
	contact contacted buy bought purchase purchased`,
	// Position, quantity and discourse words: where, how much, how the writer frames it.
	`half below above between along second first last next especially actually basically normal usual able
	around almost quite enough another though although however instead maybe probably seem seems seemed per
	rather anyway whole thing things something anything someone`,
	// Compass directions (addresses, areas).
	`north south east west`,
].join(' ');
