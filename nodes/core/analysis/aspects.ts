/**
 * Aspect analysis of one comment: which aspects (wait time, staff attitude, …) it praises or complains about,
 * each with the polarity of its own clause (negation, contrast and excess words applied), not of the score.
 */
import { detectCommentLanguage } from '../aggregate/themes';
import { compileLexicon, K_OPINION, type CompiledLexicon, type Entry } from './compile';
import {
	FALLBACK_ASPECT,
	groupByClause,
	mention,
	REACH_SPACED,
	REACH_UNSPACED,
	type Analysis,
} from './clauses';
import { spacedHits, unspacedHits } from './match';
import { aspectLexiconOf } from './packs';
import type {
	AnalyzeCommentOptions,
	AspectLexicon,
	AspectMention,
	CommentAnalysis,
	CustomAspect,
} from './types';

/** Longest comment prefix analysed (characters). */
export const ANALYZE_MAX_CHARS = 20000;
/** Longest spaced-language comment that may get the general `product` fallback. */
const FALLBACK_MAX_CHARS = 160;

const EMPTY_LEXICON: AspectLexicon = {
	aspects: {},
	positive: [],
	negative: [],
	negators: [],
	contrast: [],
	intensifiers: [],
};

const builtIn = new Map<string, CompiledLexicon>();
const withCustom = new WeakMap<readonly CustomAspect[], Map<string, CompiledLexicon>>();

/** The compiled lexicon of a language (cached; custom aspects cached per array identity). */
export function lexiconFor(language: string, custom?: readonly CustomAspect[]): CompiledLexicon {
	if (custom === undefined || custom.length === 0) {
		let lex = builtIn.get(language);
		if (lex === undefined) {
			lex = compileLexicon(aspectLexiconOf(language) ?? EMPTY_LEXICON, language);
			builtIn.set(language, lex);
		}
		return lex;
	}
	let perLang = withCustom.get(custom);
	if (perLang === undefined) {
		perLang = new Map();
		withCustom.set(custom, perLang);
	}
	let lex = perLang.get(language);
	if (lex === undefined) {
		lex = compileLexicon(aspectLexiconOf(language) ?? EMPTY_LEXICON, language, custom);
		perLang.set(language, lex);
	}
	return lex;
}

/**
 * Aspects a comment praises (`pos`) or complains about (`neg`), in text order. Built-in ids: `wait_time`,
 * `staff_attitude`, `competence`, `resolution`, `communication`, `price`, `delivery`, `product`, `digital`;
 * custom aspects by their name. A comment with only general praise or complaint ("всё отлично", "很好")
 * gets `product`. Never throws; non-string input gives no aspects.
 */
export function analyzeComment(
	text: unknown,
	options: AnalyzeCommentOptions = {},
): CommentAnalysis {
	if (typeof text !== 'string' || text.trim() === '') {
		const lang = typeof options?.language === 'string' ? options.language : 'und';
		return { language: lang === 'auto' || lang === '' ? 'und' : lang, aspects: [] };
	}
	const sample = text.length > ANALYZE_MAX_CHARS ? text.slice(0, ANALYZE_MAX_CHARS) : text;
	const given = typeof options?.language === 'string' ? options.language.trim().toLowerCase() : '';
	const language = given === '' || given === 'auto' ? detectCommentLanguage(sample) : given;
	const custom = Array.isArray(options?.customAspects) ? options.customAspects : undefined;
	const lex = lexiconFor(language, custom);
	const hits = lex.unspaced
		? // The lists are lower case; Latin words in unspaced text ("APP", "WiFi") are folded to match them (same length).
			unspacedHits(
				sample.replace(/[A-Z]+/g, (m) => m.toLowerCase()),
				lex,
			)
		: spacedHits(sample, lex, language === 'tr');
	const aspects: AspectMention[] = [];
	if (hits.length === 0) return { language, aspects };
	const a: Analysis = {
		text: sample,
		out: aspects,
		reach: lex.unspaced ? REACH_UNSPACED : REACH_SPACED,
		general: [],
	};
	const { sum, first } = groupByClause(a, hits);
	// A short comment's net opinion names the product; a longer one needs two net opinion words.
	const short = lex.unspaced || sample.length <= FALLBACK_MAX_CHARS;
	if (aspects.length === 0 && (short ? sum !== 0 : Math.abs(sum) >= 2) && first !== null) {
		aspects.push(mention(sample, FALLBACK_ASPECT, sum, first.start, first.end));
	}
	// A general complaint ("ужасный банк") next to a specific aspect only colours it and is dropped; general
	// praise ("банк нравится, приложение удобное") is a judgement of the business of its own and stays.
	const specific = a.general.length > 0 && aspects.some((m) => m.aspect !== FALLBACK_ASPECT);
	const kept = specific
		? aspects.filter((m) => m.polarity === 'pos' || !a.general.includes(m))
		: aspects;
	if (!inTextOrder(kept)) kept.sort((x, y) => x.start - y.start);
	return { language, aspects: kept };
}

/** Whether mentions are already sorted by their start (the sort is stable, so it would keep them). */
function inTextOrder(list: AspectMention[]): boolean {
	for (let i = 1; i < list.length; i++) if (list[i].start < list[i - 1].start) return false;
	return true;
}

/**
 * Whether a single word is a general opinion word of the language ("good", "ужасный", "满意", "差评"):
 * sentiment without a subject, which themes leave to the aspects.
 */
export function isGeneralOpinion(language: string, word: string): boolean {
	const lex = lexiconFor(language);
	const w = word.toLowerCase().replace(/ё/g, 'е');
	const single = (list: Entry[] | undefined, prefix: boolean): boolean =>
		list !== undefined &&
		list.some(
			(e) =>
				e.kind === K_OPINION &&
				e.head.length === 1 &&
				e.tail.length === 0 &&
				(prefix ? w.startsWith(e.head[0].text) : w === e.head[0].text),
		);
	if (lex.unspaced) return single(lex.byChar.get(w.charCodeAt(0)), false);
	if (single(lex.exact.get(w), false)) return true;
	for (const len of lex.prefixLengths) {
		if (len > w.length) break;
		if (single(lex.prefix.get(w.slice(0, len)), true)) return true;
	}
	return false;
}

const contrastRes = new Map<string, RegExp | null>();

function escapeRe(s: string): string {
	return s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

/**
 * Splits a comment at its contrast words ("но", "but", "但是", "lekin"), each part with the net polarity of
 * its aspects (+1 praise, -1 complaint, 0 none or mixed). Never throws.
 */
export function contrastParts(
	text: string,
	language: string,
): { text: string; polarity: number }[] {
	let re = contrastRes.get(language);
	if (re === undefined) {
		const lex = aspectLexiconOf(language);
		const words = (lex?.contrast ?? []).filter((w) => w.trim() !== '').map(escapeRe);
		re =
			words.length === 0
				? null
				: lex?.unspaced === true
					? new RegExp(`(?:${words.join('|')})`, 'giu')
					: new RegExp(`(?<![\\p{L}\\p{M}])(?:${words.join('|')})(?![\\p{L}\\p{M}])`, 'giu');
		contrastRes.set(language, re);
	}
	const pieces = re === null ? [text] : text.split(re);
	const out: { text: string; polarity: number }[] = [];
	for (const piece of pieces) {
		if (piece.trim() === '') continue;
		let sum = 0;
		if (pieces.length > 1) {
			for (const m of analyzeComment(piece, { language }).aspects)
				sum += m.polarity === 'pos' ? 1 : -1;
		}
		out.push({ text: piece, polarity: Math.sign(sum) });
	}
	return out;
}
