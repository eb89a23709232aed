/** Stop words, detection markers, negations and boilerplate (greetings, "являюсь клиентом"…) for vi. */
import type { StopwordSet } from '../../analysis/stopword-types';

export const viStopwords: StopwordSet = {
	stop: `và của là có cho với các những một này đó thì mà được đã đang sẽ rất tôi bạn anh chị em họ chúng ở
		trong khi cũng như để lại ra vào`,
	markers: `không chưa cảm ơn tốt`,
	negations: `không chưa`,
	boilerplate: ['xin chào', 'chào', 'chào bạn', 'chào shop'],
};
