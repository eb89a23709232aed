/**
 * Comment themes per language and sentiment: stemmed words and two-word phrases (Chinese/Japanese word units
 * from n-gram statistics), ranked by how distinctive they are for negative vs positive comments (weighted
 * log-odds with an informative Dirichlet prior) with a minimum support; greetings/boilerplate and terms about
 * as common on both sides (brand names) are pushed out. Deterministic (ties by count, then term).
 */
import { contrastParts, isGeneralOpinion } from '../analysis/aspects';
import { CjkLexicon } from './cjk';
import { detectCommentLanguage } from './detect';
import { logOdds } from './logodds';
import { roundTo } from './stats';
import { boilerplateOf, negationsOf, neutralStemsOf, stopWordsOf } from './stopwords';
import { CJK_RUN, foldComment, themeTokens, type ThemeToken } from './tokens';
import type {
	AggregateThemeBucket,
	AggregateThemeLanguage,
	AggregateThemes,
	AggregateThemeTerm,
} from './types';

export { detectCommentLanguage } from './detect';
export { commentTokens } from './tokens';

/** Longest example quoted (characters). */
const MAX_EXAMPLE_CHARS = 200;
const MAX_EXAMPLES = 3;
/** A theme must be this many times more frequent (per comment) on its side than on the other. */
const MIN_SIDE_RATIO = 1.5;
/** A stem in at least this share of the comments of both sides (brand, product) is no theme part. */
const UBIQUITOUS_SHARE = 0.08;
/** Share of a word's comments one phrase must hold to stand for the word. */
const PHRASE_SHARE = 0.6;
/** The same for a negated phrase ("不通电", "не выдал"): the negation flips what the word says. */
const NEGATED_SHARE = 0.4;
/** Sides with fewer comments: support 1 and any positive z-score (tests, small teams). */
const SMALL_SIDE = 100;
/** Least z-score of a theme (two-sided 95%). */
const MIN_Z = 1.96;
const UNSPACED_LANGUAGES = new Set(['zh', 'ja', 'yue']);

export interface ThemeSettings {
	top: number;
	language: string;
	minPhraseCount: number;
	maxComments: number;
	/** Least comments a theme must appear in; 0 = automatic (0.4% of the side's comments, at least 2). */
	minCount: number;
}

interface Stat {
	neg: number;
	pos: number;
	phrase: boolean;
	parts: string[];
	forms: Map<string, number>;
	exNeg: number[];
	exPos: number[];
}

interface LanguageData {
	texts: string[];
	sides: number[];
	neg: number;
	pos: number;
}

function compareCodeUnits(a: string, b: string): number {
	return a < b ? -1 : a > b ? 1 : 0;
}

function exampleOf(text: string): string {
	const chars = [...text.slice(0, MAX_EXAMPLE_CHARS * 2)];
	return chars.length > MAX_EXAMPLE_CHARS
		? `${chars.slice(0, MAX_EXAMPLE_CHARS).join('')}…`
		: chars.join('');
}

function bestForm(forms: Map<string, number>): string {
	let best = '';
	let n = -1;
	for (const [f, c] of forms) {
		if (c > n || (c === n && compareCodeUnits(f, best) < 0)) {
			best = f;
			n = c;
		}
	}
	return best;
}

/** Collects comments and produces {@link AggregateThemes}. */
export class ThemeCollector {
	private readonly languages = new Map<string, LanguageData>();
	private analyzed = 0;
	private skipped = 0;

	constructor(private readonly options: ThemeSettings) {}

	/** Adds one comment of a positive or negative reply. Never throws on any string. */
	add(comment: string, sentiment: 'positive' | 'negative'): void {
		const trimmed = comment.trim();
		if (trimmed === '') return;
		if (this.analyzed >= this.options.maxComments) {
			this.skipped++;
			return;
		}
		this.analyzed++;
		const language =
			this.options.language === 'auto' ? detectCommentLanguage(trimmed) : this.options.language;
		let data = this.languages.get(language);
		if (data === undefined) {
			data = { texts: [], sides: [], neg: 0, pos: 0 };
			this.languages.set(language, data);
		}
		data.texts.push(trimmed);
		data.sides.push(sentiment === 'negative' ? 1 : 0);
		if (sentiment === 'negative') data.neg++;
		else data.pos++;
	}

	private count(language: string, data: LanguageData): Map<string, Stat> {
		const stats = new Map<string, Stat>();
		const negations = negationsOf(language);
		const unspaced = UNSPACED_LANGUAGES.has(language);
		let cjk: ((run: string) => (ThemeToken | null)[]) | undefined;
		if (unspaced) {
			const lex = new CjkLexicon();
			for (const t of data.texts) {
				const folded = foldComment(t, language);
				CJK_RUN.lastIndex = 0;
				for (let m = CJK_RUN.exec(folded); m !== null; m = CJK_RUN.exec(folded)) lex.learn(m[0]);
			}
			const stop = new Set([...stopWordsOf(language), ...boilerplateOf(language)]);
			cjk = (run) => lex.segment(run, stop, language);
		}
		const single = (t: ThemeToken): boolean => unspaced && [...t.form].length < 2;
		const add = (
			index: number,
			negative: boolean,
			key: string,
			form: string,
			parts: string[],
		): void => {
			let st = stats.get(key);
			if (st === undefined) {
				st = {
					neg: 0,
					pos: 0,
					phrase: parts.length > 1,
					parts,
					forms: new Map(),
					exNeg: [],
					exPos: [],
				};
				stats.set(key, st);
			}
			if (negative) st.neg++;
			else st.pos++;
			st.forms.set(form, (st.forms.get(form) ?? 0) + 1);
			const ex = negative ? st.exNeg : st.exPos;
			if (ex.length < MAX_EXAMPLES && ex[ex.length - 1] !== index) ex.push(index);
		};
		for (let i = 0; i < data.texts.length; i++) {
			const seen = new Set<string>();
			// A part after "но"/"but" counts for the side its own aspects say ("вежливый, но долго ждал").
			for (const part of contrastParts(data.texts[i], language)) {
				const negative = part.polarity === 0 ? data.sides[i] === 1 : part.polarity < 0;
				const side = negative ? '-' : '+';
				const tokens = themeTokens(part.text, language, cjk);
				for (let k = 0; k < tokens.length; k++) {
					const a = tokens[k];
					if (a === null) continue;
					if (!negations.has(a.form) && !single(a) && !seen.has(side + a.key)) {
						seen.add(side + a.key);
						add(i, negative, a.key, a.form, [a.key]);
					}
					const b = k + 1 < tokens.length ? tokens[k + 1] : null;
					if (b === null || (single(a) && single(b))) continue;
					const key = unspaced ? `${a.key}${b.key}` : `${a.key} ${b.key}`;
					const pkey = `\u0001${key}`;
					if (seen.has(side + pkey)) continue;
					seen.add(side + pkey);
					add(i, negative, pkey, unspaced ? `${a.form}${b.form}` : `${a.form} ${b.form}`, [
						a.key,
						b.key,
					]);
				}
			}
		}
		return stats;
	}

	/** Stems too common on both sides to tell them apart (brand names, the product itself). */
	private ubiquitous(stats: Map<string, Stat>, data: LanguageData): Set<string> {
		const out = new Set<string>();
		if (data.neg === 0 || data.pos === 0) return out;
		for (const [key, s] of stats) {
			if (s.phrase) continue;
			if (s.neg >= UBIQUITOUS_SHARE * data.neg && s.pos >= UBIQUITOUS_SHARE * data.pos)
				out.add(key);
		}
		return out;
	}

	private bucket(
		language: string,
		stats: Map<string, Stat>,
		data: LanguageData,
		negative: boolean,
		totals: { nNeg: number; nPos: number },
		common: Set<string>,
	): AggregateThemeBucket {
		const { top, minPhraseCount } = this.options;
		const comments = negative ? data.neg : data.pos;
		const others = negative ? data.pos : data.neg;
		const small = comments < SMALL_SIDE;
		const minCount =
			this.options.minCount > 0
				? this.options.minCount
				: small
					? 1
					: Math.max(2, Math.round(comments * 0.01));
		const total = Math.max(1, totals.nNeg + totals.nPos);
		const neutral = neutralStemsOf(language);
		const negations = negationsOf(language);
		// Neutral alone, or with only negations/neutral words ("не сталкивался", "денежных средств"): no theme.
		const says = (p: string): boolean => !neutral.has(p) && !negations.has(p);
		const ranked: { stat: Stat; z: number; count: number; term: string }[] = [];
		// Phrases of this side, listed or not (below the least support or z): they may stand for a listed word.
		const merges: typeof ranked = [];
		for (const stat of stats.values()) {
			const count = negative ? stat.neg : stat.pos;
			const other = negative ? stat.pos : stat.neg;
			if (count < (stat.phrase ? minPhraseCount : minCount)) continue;
			if (stat.parts.some((p) => common.has(p)) || !stat.parts.some(says)) continue;
			if (others > 0 && count / comments < (MIN_SIDE_RATIO * (other + 0.5)) / (others + 1))
				continue;
			if (stat.phrase) merges.push({ stat, z: 0, count, term: bestForm(stat.forms) });
			if (count < minCount) continue;
			const lo = logOdds(stat, totals.nNeg, totals.nPos, (stat.neg + stat.pos) / total);
			const zSide = negative ? lo.z : -lo.z;
			if (others > 0 && zSide < (small ? 1e-9 : MIN_Z)) continue;
			const score = others > 0 ? (negative ? lo.delta : -lo.delta) : count;
			const term = bestForm(stat.forms);
			if (!stat.phrase && isGeneralOpinion(language, term)) continue;
			ranked.push({ stat, z: score, count, term });
		}
		ranked.sort((a, b) => b.z - a.z || b.count - a.count || compareCodeUnits(a.term, b.term));
		// A word seen mostly inside one phrase ("горячей" → "горячей линии") is shown as that phrase.
		// A word mostly negated ("通电" → "不通电", "выдал" → "не выдал") is shown with its negation.
		const phraseOf = new Map<string, (typeof ranked)[number]>();
		const negatedOf = new Map<string, (typeof ranked)[number]>();
		for (const r of merges) {
			if (!r.stat.phrase) continue;
			for (const p of r.stat.parts) {
				const prev = phraseOf.get(p);
				if (prev === undefined || r.count > prev.count) phraseOf.set(p, r);
			}
			const [first, second] = r.stat.parts;
			const prev = negatedOf.get(second);
			if (negations.has(first) && (prev === undefined || r.count > prev.count))
				negatedOf.set(second, r);
		}
		const pick = (filter: (s: Stat) => boolean, merge: boolean): AggregateThemeTerm[] => {
			const used = new Set<string>();
			const out: AggregateThemeTerm[] = [];
			for (const found of ranked) {
				if (out.length >= top) break;
				let r = found;
				if (merge && !r.stat.phrase) {
					const ph = phraseOf.get(r.stat.parts[0]);
					const neg = negatedOf.get(r.stat.parts[0]);
					if (ph !== undefined && ph.count >= PHRASE_SHARE * r.count) r = ph;
					else if (neg !== undefined && neg.count >= NEGATED_SHARE * r.count) r = neg;
				}
				// Negations may recur ("不满意", "不通电"); any other word stands in one theme only.
				if (!filter(r.stat) || r.stat.parts.some((p) => used.has(p))) continue;
				for (const p of r.stat.parts) if (!negations.has(p)) used.add(p);
				out.push({
					term: r.term,
					count: r.count,
					share: roundTo((r.count / comments) * 100, 1),
					examples: (negative ? r.stat.exNeg : r.stat.exPos).map((i) => exampleOf(data.texts[i])),
				});
			}
			return out;
		};
		return {
			comments,
			themes: pick(() => true, true),
			words: pick((s) => !s.phrase, false),
			phrases: pick((s) => s.phrase, false),
		};
	}

	/** Final themes, languages with most comments first (ties by code). */
	result(): AggregateThemes {
		const languages: AggregateThemeLanguage[] = [];
		for (const [language, data] of this.languages) {
			const stats = this.count(language, data);
			let nNeg = 0;
			let nPos = 0;
			for (const s of stats.values()) {
				nNeg += s.neg;
				nPos += s.pos;
			}
			const totals = { nNeg, nPos };
			const common = this.ubiquitous(stats, data);
			languages.push({
				language,
				negative: this.bucket(language, stats, data, true, totals, common),
				positive: this.bucket(language, stats, data, false, totals, common),
			});
		}
		languages.sort(
			(a, b) =>
				b.negative.comments + b.positive.comments - (a.negative.comments + a.positive.comments) ||
				compareCodeUnits(a.language, b.language),
		);
		return { analyzed: this.analyzed, skipped: this.skipped, languages };
	}
}
