// Word tables of the reply parser, built from the language packs (nodes/core/languages/<code>/index.ts): each
// table is the union of that field over all packs, since a reply may mix languages. Every entry is normalised
// with `normWord` at load, so packs may write entries with or without accents (`пятёрка`, `beş`, `năm`).
import { LANGUAGE_PACKS, packWords } from '../languages';
import type { HanLexicon, ReplyLexicon } from '../languages/types';
import { normWord } from './chars';

/** A number word: its value, and whether it doubles as an article/pronoun/common word (`weak`). */
export interface NumberWord {
	readonly value: number;
	/** also an article, pronoun or everyday word (`one`, `un`, `ein`, `bir`, `он`): a rating only when alone or framed */
	readonly weak: boolean;
	/** a school-grade noun (`пятёрка`, `тройку`): a rating wherever it appears */
	readonly grade: boolean;
	readonly lang: string;
}

type Field = Exclude<
	keyof ReplyLexicon,
	'optOutKeywords' | 'optOutPhrases' | 'hypoPairs' | 'han' | 'finalParticles' | 'greetings'
>;

/** The normalised words of one field over all packs. */
function wordSet(field: Field): Set<string> {
	return new Set(packWords((p) => p.reply[field]).map((w) => normWord(w)));
}

export const NUMBER_WORDS = new Map<string, NumberWord>();

function addNumbers(lang: string, spec: string | undefined, grade: boolean): void {
	// spec: "word=value word2=value ..."; a `!` suffix marks a weak word; the first pack's meaning wins.
	if (typeof spec !== 'string') return;
	for (const item of spec.split(/\s+/)) {
		if (!item) continue;
		const eq = item.lastIndexOf('=');
		let w = item.slice(0, eq);
		let weak = false;
		if (w.endsWith('!')) {
			weak = true;
			w = w.slice(0, -1);
		}
		const key = normWord(w.replace(/_/g, ' '));
		if (!NUMBER_WORDS.has(key)) {
			NUMBER_WORDS.set(key, { value: Number(item.slice(eq + 1)), weak, grade, lang });
		}
	}
}

for (const p of LANGUAGE_PACKS) {
	addNumbers(p.code, p.reply.numbers, false);
	addNumbers(p.code, p.reply.grades, true);
}

/** Words that frame a following rating and carry its meaning ("оценка 3", "I'd give you a 2", "Nota 4"). */
export const PRE_CORE = wordSet('preCore');
/** Words absorbed into a framing chain only next to a core word ("я бы поставил", "give it a", "Le doy un"). */
export const PRE_HELP = wordSet('preHelp');
/** First-person grading verbs framing a rating written BEFORE them ("пятёрку ставлю", "4 veriyorum"). */
export const POST_FRAME = wordSet('postFrame');
/** Negated grading verbs after a number deny it ("5 vermem", "5 qo'ymayman"). */
export const POST_FRAME_NEG = wordSet('postFrameNeg');
/** Nouns naming the rating, which frame it also when they follow it ("5 — моя оценка", "4 is my rating"). */
export const RATING_NOUNS = wordSet('ratingNouns');
/** Sentence-final particles that close a rating ("5 sao nhé", "Lima deh"), as written (lower case, NFC). */
export const FINAL_PARTICLES: ReadonlySet<string> = new Set(
	packWords((p) => p.reply.finalParticles).map((w) => w.toLowerCase().normalize('NFC')),
);
/** Words after a number that frame it as a rating ("3 балла", "5 stars", "Chấm 9 điểm"). */
export const SUF_FRAME = wordSet('sufFrame');
/** Endings glued to a digit that make it a school grade ("5ка", "5-ку"). */
export const GRADE_ENDINGS = wordSet('gradeEndings');
/** Words between a rating and its scale ("4 из 5", "4 out of 5", "8 sur 10"). `out` needs `of`. */
export const DENOM_WORDS = wordSet('denom');
/** Words between the scale and the rating ("5 üzerinden 4", "5 dan 4", "5-тен 4"). */
export const REV_DENOM_WORDS = wordSet('revDenom');
/** Scale adjectives after the scale's number ("5 ballik", "5-point", "5-балльной", "5 puanlık"). */
export const SCALE_WORDS = wordSet('scaleWords');
/** Scale nouns of a scale statement ("tizimda", "scale", "шкале", "sistemde", "thang"). */
export const SCALE_NOUNS = wordSet('scaleNouns');
/** Words joining two alternative ratings ("3 или 4", "3 or 4", "uch yoki to'rt", "3 to 4"). */
export const OR_WORDS = wordSet('or');
/** Words after which a number is a time, a range end, an identifier or a deduction, not a rating. */
export const PRE_EXCLUDE = wordSet('preExclude');
/** Words before a rating that make it hypothetical ("хотела 5, но…", "Iba a poner un 5"). */
export const HYPO_WORDS = wordSet('hypo');
/** Pairs of words before a rating that make it hypothetical ("would have", "was going"). */
export const HYPO_PAIRS: readonly (readonly [string, string])[] = LANGUAGE_PACKS.flatMap((p) =>
	(p.reply.hypoPairs ?? []).map(([a, b]) => [normWord(a), b === '' ? '' : normWord(b)] as const),
);
/** Words right after a number that make it hypothetical ("5 vermeyi düşünüyordum"). */
export const HYPO_POST = wordSet('hypoPost');
/** Words opening a condition ("если", "if"): hypothetical with a subjunctive ("если бы…, поставил бы 5"). */
export const CONDITIONALS = wordSet('conditionals');
/** Subjunctive particles and auxiliaries ("бы", "would"). */
export const SUBJUNCTIVES = wordSet('subjunctives');
/** Words after a number or its unit that make it a deduction ("one star off", "Ein Stern Abzug"). */
export const DEDUCT_POST = wordSet('deductPost');
/** Negations before a rating phrase: "не на 5", "not a 5", "nicht 5". */
export const NEGATIONS = wordSet('negations');
/** Words after a number that make it a duration, count, time, amount, date or measure. */
export const UNIT_WORDS = wordSet('units');
/** Stems of inflected unit words (Russian, Turkish, Uzbek, Kazakh, German): `3 дням`, `2 saattir`. */
export const UNIT_STEMS: readonly string[] = packWords((p) => p.reply.unitStems).map((w) =>
	normWord(w),
);
/** Unit and preposition words that count only in their own language (`an`: French "year", English article). */
export const OWN_WORDS: ReadonlyMap<string, ReadonlySet<string>> = ownWords();

function ownWords(): Map<string, Set<string>> {
	const m = new Map<string, Set<string>>();
	for (const p of LANGUAGE_PACKS) {
		for (const w of (p.reply.ownWords ?? '').split(/\s+/)) {
			if (!w) continue;
			const k = normWord(w);
			let langs = m.get(k);
			if (langs === undefined) m.set(k, (langs = new Set()));
			langs.add(p.code);
		}
	}
	return m;
}
/** Units written before the number for an approximate count ("лет 5", "часа 3"). */
export const INVERTED_UNITS = wordSet('invertedUnits');
/** Months after a day written with a dot ("am 3. Mai"). */
export const DOTTED_MONTHS = wordSet('dottedMonths');
/** Framing words that are also prepositions: "на 5" is a rating, "переведены на 3 номера" is not. */
export const WEAK_CORES = wordSet('weakCores');
/** Abbreviations whose dot does not end a sentence ("корп. 1", "No. 3"). */
export const ABBREVIATIONS = wordSet('abbreviations');

/**
 * Greeting, thanks and courtesy phrases ("спасибо", "добрый день", "thank you", "谢谢"), each as its normalised
 * words (a Han phrase as its characters, one token each), by first word, longest first.
 */
export const GREETINGS: ReadonlyMap<string, readonly (readonly string[])[]> = greetings();

function greetings(): Map<string, string[][]> {
	const m = new Map<string, string[][]>();
	for (const p of LANGUAGE_PACKS) {
		for (const g of p.reply.greetings ?? []) {
			const words = g
				.split(/\s+/)
				.filter((w) => w !== '')
				.flatMap((w) => (/\p{Script=Han}/u.test(w) ? Array.from(w) : [normWord(w)]));
			if (words.length === 0) continue;
			let list = m.get(words[0]);
			if (list === undefined) m.set(words[0], (list = []));
			list.push(words);
		}
	}
	for (const list of m.values()) list.sort((a, b) => b.length - a.length);
	return m;
}

/** Opt-out keywords (CTIA and national conventions), over all packs. */
export const DEFAULT_OPT_OUT_KEYWORDS: readonly string[] = LANGUAGE_PACKS.flatMap(
	(p) => p.reply.optOutKeywords ?? [],
);
/** Plain-language requests to stop the messages, matched as phrases (case- and accent-insensitive). */
export const DEFAULT_OPT_OUT_PHRASES: readonly string[] = [
	...new Set(LANGUAGE_PACKS.flatMap((p) => p.reply.optOutPhrases ?? [])),
];
/** Object pronouns and "more/please" adverbs that may stand between the words of an opt-out phrase. */
export const OPT_OUT_OBJECTS: readonly string[] = packWords((p) => p.reply.optOutObjects);
/** Courtesy words allowed next to a bare opt-out keyword ("STOP please", "Стоп, пожалуйста"). */
export const OPT_OUT_FILLER = wordSet('optOutFiller');

/** Function words used by `detectLanguage` (besides the number and framing words); English first. */
export const LANGUAGE_HINTS: Readonly<Record<string, string>> = buildHints();

function buildHints(): Record<string, string> {
	const out: Record<string, string> = {};
	const packs = [...LANGUAGE_PACKS].sort(
		(a, b) => Number(b.code === 'en') - Number(a.code === 'en'),
	);
	for (const p of packs) {
		for (const w of (p.reply.hints ?? '').split(/\s+/)) {
			if (!w) continue;
			const k = normWord(w);
			if (!(k in out)) out[k] = p.code;
		}
	}
	return out;
}

/** The Han-script tables (Chinese), over all packs that have them. */
export interface HanTables {
	/** value + 1 of a numeral by code point (0: not a numeral) */
	readonly numerals: Uint8Array;
	readonly core: ReadonlySet<string>;
	readonly review: ReadonlySet<string>;
	readonly help: ReadonlySet<string>;
	readonly particles: ReadonlySet<string>;
	readonly final: ReadonlySet<string>;
	readonly starOk: ReadonlySet<string>;
	readonly units: ReadonlySet<string>;
	readonly preExclude: ReadonlySet<string>;
	readonly or: ReadonlySet<string>;
	readonly deduct: ReadonlySet<string>;
	readonly hypo: readonly string[];
	readonly conditionals: readonly string[];
	readonly optOutMedia: readonly string[];
	readonly questions: readonly string[];
}

function hanSet(
	field: Exclude<
		keyof HanLexicon,
		'hypo' | 'conditionals' | 'optOutMedia' | 'questions' | 'numerals'
	>,
): Set<string> {
	const s = new Set<string>();
	for (const p of LANGUAGE_PACKS) for (const c of Array.from(p.reply.han?.[field] ?? '')) s.add(c);
	return s;
}

function hanNumerals(): Uint8Array {
	const t = new Uint8Array(0x10000);
	for (const p of LANGUAGE_PACKS) {
		for (const item of (p.reply.han?.numerals ?? '').split(/\s+/)) {
			const eq = item.indexOf('=');
			if (eq !== 1) continue;
			const cp = item.charCodeAt(0);
			if (t[cp] === 0) t[cp] = Number(item.slice(2)) + 1;
		}
	}
	return t;
}

export const HAN: HanTables = {
	numerals: hanNumerals(),
	core: hanSet('core'),
	review: hanSet('review'),
	help: hanSet('help'),
	particles: hanSet('particles'),
	final: hanSet('final'),
	starOk: hanSet('starOk'),
	units: hanSet('units'),
	preExclude: hanSet('preExclude'),
	or: hanSet('or'),
	deduct: hanSet('deduct'),
	hypo: LANGUAGE_PACKS.flatMap((p) => p.reply.han?.hypo ?? []),
	conditionals: LANGUAGE_PACKS.flatMap((p) => p.reply.han?.conditionals ?? []),
	optOutMedia: LANGUAGE_PACKS.flatMap((p) => p.reply.han?.optOutMedia ?? []),
	questions: LANGUAGE_PACKS.flatMap((p) => p.reply.han?.questions ?? []),
};
