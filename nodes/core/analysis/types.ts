/** Types of the comment-analysis core (aspects, stemming, stop words). Pure, no n8n import. */

/** Built-in aspect taxonomy ids. */
export const ASPECT_IDS = [
	'wait_time',
	'staff_attitude',
	'competence',
	'resolution',
	'communication',
	'price',
	'delivery',
	'product',
	'digital',
] as const;

export type BuiltInAspect = (typeof ASPECT_IDS)[number];

/**
 * Words of one aspect. Entry syntax: `word` (whole token), `stem*` (token starting with stem), several
 * parts separated by spaces (consecutive tokens), `A ~ B` (B up to 3 tokens after A; a negator in between
 * flips the polarity). In unspaced languages (zh, ja) entries are plain substrings and `A~B` allows up to
 * 4 characters between.
 */
export interface AspectWords {
	/** Words that praise this aspect by themselves ("вежлив*", "fast", "很快"). */
	pos?: readonly string[];
	/** Words that complain about this aspect by themselves ("хам*", "rude", "太慢"). */
	neg?: readonly string[];
	/** Words naming the aspect; the polarity comes from an opinion word of the clause ("очеред*", "staff"). */
	target?: readonly string[];
	/** Generic names ("service", "обслуживание"): dropped when the clause already names an aspect by itself. */
	weak?: readonly string[];
	/**
	 * General names ("банк", "карта", "счёт"): take the nearest opinion only when no word of another aspect in
	 * the clause takes the same one ("курьер привёз карту вовремя" praises the delivery, not the card).
	 */
	general?: readonly string[];
}

/** Aspect lexicon of one language. */
export interface AspectLexicon {
	/** Written without spaces between words (zh, ja): substring matching. */
	unspaced?: boolean;
	aspects: Partial<Record<BuiltInAspect, AspectWords>>;
	/** Generic praise ("хорош*", "great", "好"). */
	positive: readonly string[];
	/** Generic complaint ("плох*", "terrible", "差"). */
	negative: readonly string[];
	/** Negators flipping the next opinion ("не", "not", "不"). */
	negators: readonly string[];
	/** Absence words ("нет", "no", "没有"): a target right after one is a complaint ("no communication"). */
	absence?: readonly string[];
	/** Tokens after a negator that cancel it ("не только", "no doubt"). */
	negatorBlockers?: readonly string[];
	/** Contrast words starting a new clause ("но", "but", "但是"). */
	contrast: readonly string[];
	/** Intensifiers, skipped between a negator and its word ("очень", "very", "很"). */
	intensifiers: readonly string[];
	/**
	 * When given, a negator reaches its word only across intensifiers, negators and these words ("не было
	 * проблем", "не всегда вежливы"), not across other words ("никто не любит очереди"). Without it, a negator
	 * reaches the next opinion within a few tokens. `*ть` stands for every word with that ending (infinitives).
	 */
	negationGap?: readonly string[];
	/**
	 * Irrealis markers ("якобы", "должен", "думал", "hoped"): opinions after one in its clause are hopes, beliefs
	 * or duties, not the writer's judgement, and are dropped.
	 */
	irrealis?: readonly string[];
	/** Words consumed without effect, so their letters do not read as opinions ("好多", "银行"). */
	ignore?: readonly string[];
	/** Excess markers: a negative opinion when the clause has no other ("слишком", "too", "太"). */
	excess?: readonly string[];
	/**
	 * Verbs of saying and thinking ("скажу", "думаю"): negated and followed by a word of `complementizers`
	 * ("не скажу, что быстро", "не думаю, что…"), they negate the opinions of the clause that follows.
	 */
	sayVerbs?: readonly string[];
	/** Complementizers ("что") opening the clause a negated say-verb negates. */
	complementizers?: readonly string[];
	/**
	 * Comparison words ("чем"): a praise word right before one, with a negator later in its clause, is "not
	 * before / not faster than" ("быстрее, чем за час, не ответят"): a complaint.
	 */
	comparisons?: readonly string[];
	/** "Until" words ("пока"): first in their clause and right before a negator, the negator negates nothing. */
	until?: readonly string[];
	/**
	 * Words of means ("через"): a target right after one is the channel ("оформили кредит через приложение"),
	 * so a product word near it stays the product's.
	 */
	channels?: readonly string[];
	/**
	 * Rhetorical question words ("разве"): the opinions after one in its clause are flipped ("разве это
	 * удобно?" complains); followed by a complementizer ("разве что") they are not.
	 */
	rhetorical?: readonly string[];
	/**
	 * Negative-concord negators ("ни"): after a negator of their clause and a verb it negates ("не отменил ни
	 * одной комиссии"), they repeat that negation and flip nothing.
	 */
	concord?: readonly string[];
}

/** A user-defined aspect: a name and its keywords (entry syntax as {@link AspectWords}), optionally per language. */
export interface CustomAspect {
	name: string;
	/** Keywords for every language, or per language code (`*` = every language). */
	keywords: readonly string[] | Readonly<Record<string, readonly string[]>>;
	/** Keywords that praise the aspect by themselves. */
	positive?: readonly string[] | Readonly<Record<string, readonly string[]>>;
	/** Keywords that complain about the aspect by themselves. */
	negative?: readonly string[] | Readonly<Record<string, readonly string[]>>;
}

export type AspectPolarity = 'pos' | 'neg';

/** One aspect mention in a comment. */
export interface AspectMention {
	aspect: string;
	polarity: AspectPolarity;
	/** The words of the comment that carry the mention (`text.slice(start, end)`). */
	evidence: string;
	start: number;
	end: number;
}

export interface CommentAnalysis {
	/** Language used (given or detected; `und` when unknown). */
	language: string;
	aspects: AspectMention[];
}

export interface AnalyzeCommentOptions {
	/** Language code; detected when absent or `auto`. */
	language?: string;
	/** Extra aspects. */
	customAspects?: readonly CustomAspect[];
}
