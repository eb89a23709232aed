// The shape of a language pack: everything the product knows about one language, in one module
// (`nodes/core/languages/<code>/index.ts`). The reply parser, the reply texts, the survey texts and the nodes'
// language options read the registered packs (`nodes/core/languages/index.ts`): adding a language is adding a
// pack. Word lists are space-separated strings, normalised at load (case and accents folded), so entries may
// be written with or without accents (`пятёрка`, `beş`, `năm`).
import type { AspectLexicon } from '../analysis/types';
import type { StopwordSet } from '../analysis/stopword-types';
import type { SurveyPack } from '../survey/packTypes';

/**
 * The words the reply parser reads. Every list is the union over all packs (a reply may mix languages); the
 * language of a pack matters only for `ownWords` and for language detection (`hints`, `numbers`).
 */
export interface ReplyLexicon {
	/** number words, `word=value`; a `!` after the word marks a weak one (`one!=1`: also an article/pronoun) */
	numbers?: string;
	/** school-grade nouns, `word=value` (`пятёрка=5`): a rating wherever they stand */
	grades?: string;
	/** endings glued to a digit that make it a grade (`5ка`, `5-ку`) */
	gradeEndings?: string;
	/** words that frame a following rating and carry the meaning (`оценка`, `rating`, `nota`, `puan`) */
	preCore?: string;
	/** words absorbed into a framing chain next to a core word (`я бы`, `I'd`, `le`, `un`) */
	preHelp?: string;
	/** first-person grading verbs after the rating (`пятёрку ставлю`, `4 veriyorum`) */
	postFrame?: string;
	/** negated grading verbs after the rating (`5 vermem`) */
	postFrameNeg?: string;
	/** nouns naming the rating, also after it in their own clause (`4 is my rating`, `5 — моя оценка`) */
	ratingNouns?: string;
	/** sentence-final particles that close a rating, compared as written (`5 sao nhé`) */
	finalParticles?: string;
	/** words after a number that frame it as a rating (`балла`, `stars`, `puan`) */
	sufFrame?: string;
	/** words between a rating and its scale (`4 из 5`, `4 of 5`, `8 sur 10`) */
	denom?: string;
	/** words between the scale and the rating (`5 üzerinden 4`, `5 dan 4`, `5-тен 4`) */
	revDenom?: string;
	/**
	 * words after a number, with or without a hyphen, that make it the size of a scale when a {@link scaleNouns}
	 * word follows (`5 ballik tizimda 4`, `5-point scale`, `5-балльной шкале`): the scale, not a rating
	 */
	scaleWords?: string;
	/** the nouns of a scale statement (`tizimda`, `scale`, `шкале`) */
	scaleNouns?: string;
	/** words joining two alternative ratings (`3 или 4`, `3 to 4`) */
	or?: string;
	/** words after which a number is a time, range end, identifier or deduction (`в 5`, `order 3`, `минус 1`) */
	preExclude?: string;
	/** words before a rating that make it hypothetical (`хотела 5, но…`, `Iba a poner un 5`) */
	hypo?: string;
	/** word pairs before a rating that make it hypothetical (`would have`, `was going`); '' = the first alone */
	hypoPairs?: readonly (readonly [string, string])[];
	/** words right after a number that make it hypothetical (`5 vermeyi düşünüyordum`) */
	hypoPost?: string;
	/**
	 * words opening a condition (`если`, `if`): with a {@link subjunctives} word they make a rating hypothetical —
	 * both earlier in its sentence (`если бы перезвонили, поставил бы 5`) or the condition right after a rating
	 * framed as subjunctive (`I would rate 5 if…`); a condition alone keeps it (`если честно, 4`, `if I had to rate, 4`)
	 */
	conditionals?: string;
	/** subjunctive particles and auxiliaries (`бы`, `would`, `I'd`) */
	subjunctives?: string;
	/** words right after a number or its unit that make it a deduction (`one star off`, `Bir puan eksik`) */
	deductPost?: string;
	/** negations before a rating (`не на 5`, `not a 5`) */
	negations?: string;
	/** words after a number that make it a duration, count, amount, date or measure (`3 дня`, `5 апреля`) */
	units?: string;
	/** stems of inflected unit words (`недел`, `günd`) */
	unitStems?: string;
	/**
	 * unit or preposition words that are everyday words elsewhere (`an`: French "year", English article; `v`, `k`:
	 * Russian "в", "к" in Latin letters): they count only in a reply of this language (or of unknown language)
	 */
	ownWords?: string;
	/** units written before the number for an approximate count (`лет 5`, `часа 3`) */
	invertedUnits?: string;
	/** months after a day written with a dot (`am 3. Mai`) */
	dottedMonths?: string;
	/** framing words that are also prepositions (`на 5` is a rating, `переведены на 3 номера` is not) */
	weakCores?: string;
	/**
	 * greetings, thanks and courtesy phrases that may open a reply before a bare rating (`спасибо`, `добрый день`,
	 * `thank you`, `谢谢`): after a clause made only of them a number is the rating (`Спасибо, 5, всё супер`)
	 */
	greetings?: readonly string[];
	/** abbreviations whose dot does not end a sentence (`корп. 1`, `No. 3`) */
	abbreviations?: string;
	/** opt-out keywords (a keyword is an opt-out when it is the message, or stands out in capitals) */
	optOutKeywords?: readonly string[];
	/** plain-language requests to stop the messages, matched as phrases */
	optOutPhrases?: readonly string[];
	/** object pronouns and "more/please" adverbs allowed between the words of an opt-out phrase */
	optOutObjects?: string;
	/** courtesy words allowed next to a bare opt-out keyword (`STOP please`) */
	optOutFiller?: string;
	/** frequent function words for language detection */
	hints?: string;
	/** Han-script rules (Chinese): single characters, except `hypo` (whole words) */
	han?: HanLexicon;
}

/** The Han-script part of a reply lexicon (Chinese). */
export interface HanLexicon {
	/** numerals, `char=value` */
	numerals?: string;
	/** verbs framing a rating: 给5分, 打3分 */
	core?: string;
	/** first characters of review nouns (好评, 差评): 评 after them is not the verb */
	review?: string;
	/** helpers of a framing chain (我给, 就给, 给你们) */
	help?: string;
	/** particles after 分 that keep a rating (5分的) */
	particles?: string;
	/** sentence-final particles that close a rating (给4分吧) */
	final?: string;
	/** what may follow N星 in a rating (五星好评); anything else makes 三星 a brand */
	starOk?: string;
	/** measure words after a number (5次, 三天) */
	units?: string;
	/** characters before a number that make it an ordinal, id, time or deduction (第3, 扣2分) */
	preExclude?: string;
	/** alternatives between two numbers (3或4分) */
	or?: string;
	/** deductions before a framing verb (少给一分) */
	deduct?: string;
	/** words before a framing verb that make the rating hypothetical (本来想给五分) */
	hypo?: readonly string[];
	/** condition words (如果, 要是) that, with 就 before the rating in the same clause, make it hypothetical */
	conditionals?: readonly string[];
	/**
	 * what an opt-out keyword may be followed by in a question and still be about the messages (退订短信); any
	 * other word after it makes the question about something else (怎么退订会员服务？)
	 */
	optOutMedia?: readonly string[];
	/** question words and marks (怎么, 如何, ？) */
	questions?: readonly string[];
}

/** Short texts around a reply: re-prompt, thanks, opt-out confirmation. `{min}`/`{max}` are replaced. */
export interface ReplyTexts {
	/** first re-prompt */
	reprompt: string;
	/** later re-prompts: shorter */
	reprompt2: string;
	thanks: string;
	thanksLow: string;
	thanksHigh: string;
	optOut: string;
}

/** The built-in survey question and opt-out footer of a language. */
export interface SurveyText {
	rating(min: string, max: string, maxValue: number): string;
	nps(min: string, max: string): string;
	comment: string;
	/** the opt-out keyword named in the footer */
	keyword: string;
	optOut(keyword: string): string;
	company?(name: string): string;
	/** sentences are written without a space between them (Chinese) */
	noSpace?: boolean;
}

/** A language: its reply lexicon, texts and name, plus parts other modules register. */
export interface LanguagePack {
	/** ISO 639-1 code (`ru`, `zh`, `uz`) */
	code: string;
	/** English name for option lists ("Russian", "Hindi (Latin Script)") */
	name: string;
	reply: ReplyLexicon;
	replyTexts?: ReplyTexts;
	surveyText?: SurveyText;
	/** script or regional variants with their own survey text (`zh-Hant`, `uz-Cyrl`) */
	variants?: Readonly<Record<string, { surveyText?: SurveyText }>>;
	/** comment aspects: keywords per aspect, negators, contrast words, intensifiers (`aspects.ts`) */
	aspects?: AspectLexicon;
	/** stemming / lemmatizing rule for theme counting (`stem.ts`) */
	stem?: (word: string) => string;
	/** stop words, greetings and boilerplate left out of themes (`stopwords.ts`) */
	stopWords?: StopwordSet;
	/** survey-conversation texts and choice words (`survey.ts`) */
	survey?: SurveyPack;
	/** survey-conversation texts of script variants (`uz-Cyrl`) */
	surveyVariants?: Readonly<Record<string, SurveyPack>>;
}
