/** Stop words, detection markers, negations and boilerplate (greetings, "являюсь клиентом"…) for kk. */
import type { StopwordSet } from '../../analysis/stopword-types';

export const kkStopwords: StopwordSet = {
	stop: `және мен бен пен да де та те бұл ол сен сіз біз олар бір еді бірақ немесе өте үшін осы сол ғой ғана
		маған сізге jáne men bul ol biz siz óte ushin biraq`,
	markers: `рахмет жақсы жаман емес rahmet jaqsy`,
	negations: `емес жоқ`,
	boilerplate: ['сәлеметсіз бе', 'сәлем', 'салем', 'құрметті', 'sálemetsiz be'],
};
