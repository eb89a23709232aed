/** Stop words, detection markers, negations and boilerplate (greetings, "являюсь клиентом"…) for ar. */
import type { StopwordSet } from '../../analysis/stopword-types';

export const arStopwords: StopwordSet = {
	stop: `في من على إلى الى عن مع هذا هذه ذلك تلك هو هي أنا انا نحن أنت انت أنتم هم و ثم أو او لكن كان كانت قد
		لقد جدا الذي التي كل بعد قبل عند كما ايضا أيضا`,
	markers: ``,
	negations: `لا لم لن ليس`,
	boilerplate: ['السلام عليكم', 'مرحبا', 'مرحباً', 'صباح الخير', 'مساء الخير'],
};
