/** Kazakh aspect lexicon, Cyrillic and Latin script (suffixes: entries are stems with `*`). */
import type { AspectLexicon } from '../../analysis/types';

export const kkAspects: AspectLexicon = {
	aspects: {
		wait_time: {
			pos: ['жылдам*', 'тез', 'кезексіз', 'jyldam*', 'tez'],
			neg: [
				'баяу*',
				'ұзақ*',
				'күттім',
				'күттік',
				'күту*',
				'кезек*',
				'кешік*',
				'baiau*',
				'uzaq*',
				'kúttim',
				'kezek*',
			],
			target: ['жылдамдық'],
		},
		staff_attitude: {
			pos: ['сыпайы*', 'мейірімді*', 'ілтипатты*', 'кішіпейіл*', 'sypaiy*', 'meiirimdi*'],
			neg: ['дөрекі*', 'немқұрайды*', 'сыпайысыз*', 'dórekі*', 'dóreki*'],
			target: ['қызметкер*', 'оператор*', 'менеджер*', 'қарым-қатынас*', 'qyzmetker*', 'operator*'],
			weak: ['қызмет*', 'qyzmet*'],
		},
		competence: {
			pos: ['білікті*', 'кәсіби*', 'түсіндірді', 'bilikti*', 'kásibi*'],
			neg: ['біліксіз*', 'қате*', 'білмейді*', 'biliksiz*', 'qate*'],
		},
		resolution: {
			pos: ['шешілді', 'шешті*', 'көмектесті*', 'sheshildi', 'kómektesti*'],
			neg: ['шешілмеді', 'шешпеді*', 'көмектеспеді*', 'sheshilmedi'],
			target: ['мәселе*', 'шағым*', 'másele*'],
		},
		communication: {
			pos: ['хабарласты*', 'жауап берді*', 'jauap berdi*'],
			neg: ['жауап бермеді*', 'телефон алмады*', 'хабарласпады*', 'jauap bermedi*'],
			target: ['телефон*', 'байланыс*', 'жауап*', 'baılanys*', 'jauap*'],
		},
		price: {
			pos: ['арзан*', 'тегін*', 'arzan*', 'tegin*'],
			neg: ['қымбат*', 'комиссия*', 'qymbat*'],
			target: ['баға*', 'ақша*', 'baǵa*'],
		},
		delivery: {
			pos: ['тез жеткізді*'],
			neg: ['жеткізілмеді', 'келмеді'],
			target: ['жеткізу*', 'курьер*', 'орнату*', 'jetkizu*'],
		},
		product: {
			pos: ['сапалы*', 'дәмді*', 'таза*', 'сенімді*', 'sapaly*', 'dámdi*'],
			neg: ['сапасыз*', 'бұзық*', 'лас*', 'sapasyz*'],
			target: ['өнім*', 'сапа*', 'карта*', 'банк*', 'ónim*', 'sapa*'],
		},
		digital: {
			neg: ['істемейді', 'жұмыс істемейді', 'istemeidi'],
			target: ['қосымша*', 'сайт*', 'банкомат*', 'kaspi', 'qosymsha*'],
		},
	},
	positive: [
		'жақсы*',
		'керемет*',
		'тамаша*',
		'рахмет',
		'риза*',
		'jaqsy*',
		'keremet*',
		'tamasha*',
		'rahmet',
		'rıza*',
	],
	negative: ['жаман*', 'нашар*', 'мәселе*', 'наразы*', 'jaman*', 'nashar*'],
	absence: ['жоқ', 'joq'],
	negators: ['емес', 'жоқ', 'ешқашан', 'еш', 'emes', 'joq'],
	contrast: ['бірақ', 'алайда', 'biraq', 'alaida'],
	intensifiers: ['өте', 'тым', 'ең', 'óte', 'tym'],
	excess: ['тым', 'tym'],
};
