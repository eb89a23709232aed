/** Chinese aspect lexicon (e-commerce, appliances, delivery and installation, service comments). */
import type { AspectLexicon } from '../../analysis/types';
import { ZH_IGNORE, ZH_IRREALIS } from './function-words';
import { ZH_NEGATIVE, ZH_POSITIVE } from './opinions';
import { ZH_COMMUNICATION } from './contact-words';
import { ZH_DIGITAL } from './digital-words';
import { ZH_PRICE } from './price-words';
import { ZH_PRODUCT } from './product-words';
import { ZH_DELIVERY } from './purchase-words';
import { ZH_COMPETENCE, ZH_RESOLUTION, ZH_STAFF, ZH_WAIT } from './service-words';

export const zhAspects: AspectLexicon = {
	unspaced: true,
	aspects: {
		wait_time: ZH_WAIT,
		staff_attitude: ZH_STAFF,
		competence: ZH_COMPETENCE,
		resolution: ZH_RESOLUTION,
		communication: ZH_COMMUNICATION,
		price: ZH_PRICE,
		delivery: ZH_DELIVERY,
		product: ZH_PRODUCT,
		digital: ZH_DIGITAL,
	},
	positive: ZH_POSITIVE,
	negative: ZH_NEGATIVE,
	ignore: ZH_IGNORE,
	irrealis: ZH_IRREALIS,
	absence: ['没有', '没', '无', '毫无'],
	negators: [
		'不',
		'没',
		'没有',
		'无',
		'未',
		'并非',
		'不是',
		'不太',
		'不怎么',
		'毫无',
		'并不',
		'一点也不',
		'从不',
		'不会',
		'不能',
		'无法',
		'没法',
		'没办法',
	],
	// 难道 asks what it denies, 这也叫 mocks; after 不如 (not as … as) the praise is of the other thing,
	// after 不比 (no worse than) the complaint.
	rhetorical: ['难道', '岂', '这也叫', '这也算', '哪里好', '不如', '还不如', '不比'],
	contrast: ['结果', '但是', '但', '可是', '不过', '就是', '只是', '然而', '却', '而是'],
	intensifiers: [
		'很',
		'非常',
		'特别',
		'超',
		'超级',
		'挺',
		'比较',
		'十分',
		'太',
		'真',
		'真的',
		'相当',
		'有点',
		'有点儿',
		'蛮',
	],
	excess: ['太', '过于', '有点', '有点儿', '超'],
};
