/** Stop words, detection markers, negations and boilerplate (greetings, "являюсь клиентом"…) for de. */
import type { StopwordSet } from '../../analysis/stopword-types';

export const deStopwords: StopwordSet = {
	stop: `der die das den dem des ein eine einer eines einem einen und oder aber in im ist sind war waren sehr
		mit für von vom zu zum zur auf an am bei es ich du sie er wir ihr mich mir uns sich dass als wie
		auch so noch schon hat habe haben hatte wird wurde`,
	markers: `nicht kein keine danke gut schlecht super`,
	negations: `nicht kein keine keinen nie`,
	boilerplate: ['hallo', 'guten tag', 'guten morgen', 'guten abend', 'sehr geehrte'],
};
