/**
 * English aspect lexicon (restaurant, retail, bank, contact-centre and delivery service comments): the wait in
 * `aspect-wait.ts`, the staff and their competence in `aspect-words.ts`, the customer's case (resolution,
 * communication) in `aspect-contact.ts`, money, delivery and digital channels in `aspect-things.ts`, the product in
 * `aspect-product.ts`, general opinion and function words in `opinions.ts`, phrases without an opinion in `neutral.ts`.
 */
import type { AspectLexicon } from '../../analysis/types';
import { EN_COMMUNICATION, EN_RESOLUTION } from './aspect-contact';
import { EN_WAIT_TIME } from './aspect-wait';
import { EN_COMPETENCE, EN_STAFF_ATTITUDE } from './aspect-words';
import { EN_PRODUCT } from './aspect-product';
import { EN_DELIVERY, EN_DIGITAL, EN_PRICE } from './aspect-things';
import {
	EN_ABSENCE,
	EN_CONTRAST,
	EN_EXCESS,
	EN_INTENSIFIERS,
	EN_NEGATIVE,
	EN_NEGATOR_BLOCKERS,
	EN_NEGATORS,
	EN_POSITIVE,
} from './opinions';
import { EN_IGNORE, EN_IRREALIS } from './neutral';

export const enAspects: AspectLexicon = {
	aspects: {
		wait_time: EN_WAIT_TIME,
		staff_attitude: EN_STAFF_ATTITUDE,
		competence: EN_COMPETENCE,
		resolution: EN_RESOLUTION,
		communication: EN_COMMUNICATION,
		price: EN_PRICE,
		delivery: EN_DELIVERY,
		product: EN_PRODUCT,
		digital: EN_DIGITAL,
	},
	positive: EN_POSITIVE,
	negative: EN_NEGATIVE,
	ignore: EN_IGNORE,
	absence: EN_ABSENCE,
	negators: EN_NEGATORS,
	negatorBlockers: EN_NEGATOR_BLOCKERS,
	contrast: EN_CONTRAST,
	intensifiers: EN_INTENSIFIERS,
	excess: EN_EXCESS,
	irrealis: EN_IRREALIS,
};
