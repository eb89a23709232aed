/** Stop words, detection markers, negations and boilerplate (greetings, "являюсь клиентом"…) for tr. */
import type { StopwordSet } from '../../analysis/stopword-types';

export const trStopwords: StopwordSet = {
	stop: `ve ile bir bu şu o ben sen biz siz onlar için çok da de ki mi mı mu mü ama fakat veya gibi daha en
		her olarak bana beni size sizin`,
	markers: `değil yok teşekkür teşekkürler iyi kötü hizmet`,
	negations: `değil yok`,
	boilerplate: ['merhaba', 'iyi günler', 'selam', 'sayın'],
};
