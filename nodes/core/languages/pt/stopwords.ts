/** Stop words, detection markers, negations and boilerplate (greetings, "являюсь клиентом"…) for pt. */
import type { StopwordSet } from '../../analysis/stopword-types';

export const ptStopwords: StopwordSet = {
	stop: `o a os as um uma uns umas e ou mas de do da dos das em no na nos nas com por para que é são foi era
		muito mais me meu minha te seu sua se lhe eu você vocês ele ela eles elas este esta isso isto esse
		essa como já também tudo ao à pelo pela tem ter está estão estou ser`,
	markers: `não obrigado obrigada bom ótimo ruim atendimento nunca`,
	negations: `não nunca nem`,
	boilerplate: ['olá', 'ola', 'bom dia', 'boa tarde', 'boa noite', 'prezados'],
};
