/**
 * Russian stemmer following the Snowball Russian algorithm (RV/R2 regions; perfective gerund, reflexive,
 * adjectival, verb and noun endings; derivational -ость; superlative and doubled н). Expects lower case;
 * ё is read as е.
 */
const VOWELS = 'аеиоуыэюя';

const PERFECTIVE_1 = ['вшись', 'вши', 'в'];
const PERFECTIVE_2 = ['ившись', 'ывшись', 'ивши', 'ывши', 'ив', 'ыв'];
const REFLEXIVE = ['ся', 'сь'];
const ADJECTIVE = [
	'ими',
	'ыми',
	'его',
	'ого',
	'ему',
	'ому',
	'ее',
	'ие',
	'ые',
	'ое',
	'ей',
	'ий',
	'ый',
	'ой',
	'ем',
	'им',
	'ым',
	'ом',
	'их',
	'ых',
	'ую',
	'юю',
	'ая',
	'яя',
	'ою',
	'ею',
];
const PARTICIPLE_1 = ['ем', 'нн', 'вш', 'ющ', 'щ'];
const PARTICIPLE_2 = ['ивш', 'ывш', 'ующ'];
const VERB_1 = [
	'ешь',
	'нно',
	'ете',
	'йте',
	'ла',
	'на',
	'ли',
	'ем',
	'ло',
	'но',
	'ет',
	'ют',
	'ны',
	'ть',
	'й',
	'л',
	'н',
];
const VERB_2 = [
	'ейте',
	'уйте',
	'ила',
	'ыла',
	'ена',
	'ите',
	'или',
	'ыли',
	'ило',
	'ыло',
	'ено',
	'ует',
	'уют',
	'ены',
	'ить',
	'ыть',
	'ишь',
	'ей',
	'уй',
	'ил',
	'ыл',
	'им',
	'ым',
	'ен',
	'ят',
	'ит',
	'ыт',
	'ую',
	'ю',
];
const NOUN = [
	'иями',
	'ями',
	'ами',
	'ией',
	'иям',
	'ием',
	'иях',
	'ев',
	'ов',
	'ие',
	'ье',
	'еи',
	'ии',
	'ей',
	'ой',
	'ий',
	'ям',
	'ем',
	'ам',
	'ом',
	'ах',
	'ях',
	'ию',
	'ью',
	'ия',
	'ья',
	'а',
	'е',
	'и',
	'й',
	'о',
	'у',
	'ы',
	'ь',
	'ю',
	'я',
];
const SUPERLATIVE = ['ейше', 'ейш'];
const DERIVATIONAL = ['ость', 'ост'];

const byLength = (list: string[]): string[] => [...list].sort((a, b) => b.length - a.length);
const P1 = byLength(PERFECTIVE_1);
const P2 = byLength(PERFECTIVE_2);
const ADJ = byLength(ADJECTIVE);
const PART1 = byLength(PARTICIPLE_1);
const PART2 = byLength(PARTICIPLE_2);
const V1 = byLength(VERB_1);
const V2 = byLength(VERB_2);
const N = byLength(NOUN);

function isVowel(c: string): boolean {
	return VOWELS.includes(c);
}

/** Length of the longest ending of `list` that lies at or after `from`, 0 if none. */
function ending(word: string, from: number, list: string[]): number {
	for (const e of list) if (word.length - e.length >= from && word.endsWith(e)) return e.length;
	return 0;
}

/** Like {@link ending}, for group-1 endings that must follow а or я (inside the region). */
function endingAfterAYa(word: string, from: number, list: string[]): number {
	for (const e of list) {
		const at = word.length - e.length;
		if (at - 1 >= from && word.endsWith(e) && (word[at - 1] === 'а' || word[at - 1] === 'я')) {
			return e.length;
		}
	}
	return 0;
}

function either(word: string, from: number, g1: string[], g2: string[]): number {
	return Math.max(endingAfterAYa(word, from, g1), ending(word, from, g2));
}

/** Snowball-class Russian stem of a lower-case word. */
export function stemRu(input: string): string {
	let word = input.replace(/ё/g, 'е');
	let rv = word.length;
	for (let i = 0; i < word.length; i++) {
		if (isVowel(word[i])) {
			rv = i + 1;
			break;
		}
	}
	let r1 = word.length;
	for (let i = 1; i < word.length; i++) {
		if (!isVowel(word[i]) && isVowel(word[i - 1])) {
			r1 = i + 1;
			break;
		}
	}
	let r2 = word.length;
	for (let i = r1 + 1; i < word.length; i++) {
		if (!isVowel(word[i]) && isVowel(word[i - 1])) {
			r2 = i + 1;
			break;
		}
	}
	// Step 1.
	const gerund = either(word, rv, P1, P2);
	if (gerund > 0) {
		word = word.slice(0, -gerund);
	} else {
		const refl = ending(word, rv, REFLEXIVE);
		if (refl > 0) word = word.slice(0, -refl);
		const adj = ending(word, rv, ADJ);
		if (adj > 0) {
			word = word.slice(0, -adj);
			const part = either(word, rv, PART1, PART2);
			if (part > 0) word = word.slice(0, -part);
		} else {
			const verb = either(word, rv, V1, V2);
			if (verb > 0) word = word.slice(0, -verb);
			else {
				const noun = ending(word, rv, N);
				if (noun > 0) word = word.slice(0, -noun);
			}
		}
	}
	// Step 2.
	if (word.length > rv && word.endsWith('и')) word = word.slice(0, -1);
	// Step 3.
	const der = ending(word, r2, DERIVATIONAL);
	if (der > 0) word = word.slice(0, -der);
	// Step 4.
	if (word.endsWith('нн') && word.length - 1 > rv) return word.slice(0, -1);
	const sup = ending(word, rv, SUPERLATIVE);
	if (sup > 0) {
		word = word.slice(0, -sup);
		if (word.endsWith('нн')) word = word.slice(0, -1);
		return word;
	}
	if (word.endsWith('ь') && word.length > rv) word = word.slice(0, -1);
	return word;
}
