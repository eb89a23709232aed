/**
 * Aspect analysis of one comment: which aspects (wait time, staff attitude, …) it praises or complains about,
 * each with the polarity of its own clause (negation, contrast and excess words applied), not of the score.
 */
import { detectCommentLanguage } from '../aggregate/themes';
import {
	compileLexicon,
	K_IGNORE,
	K_GENERAL,
	K_INHERENT,
	K_IRREALIS,
	K_OPINION,
	K_TARGET,
	K_WEAK,
	type CompiledLexicon,
	type Entry,
} from './compile';
import { spacedHits, unspacedHits, type Hit } from './match';
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
const MAX_EVIDENCE_CHARS = 160;
const FALLBACK_ASPECT = 'product';
/** Furthest an opinion may be from its target (tokens, or characters in unspaced languages). */
const OPINION_REACH = 5;
const OPINION_REACH_UNSPACED = 8;
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
	const base = aspectLexiconOf(language) ?? EMPTY_LEXICON;
	if (custom === undefined || custom.length === 0) {
		let lex = builtIn.get(language);
		if (lex === undefined) {
			lex = compileLexicon(base, language);
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
		lex = compileLexicon(base, language, custom);
		perLang.set(language, lex);
	}
	return lex;
}

function mention(
	text: string,
	aspect: string,
	pol: number,
	start: number,
	end: number,
): AspectMention {
	const e = Math.min(end, start + MAX_EVIDENCE_CHARS);
	return {
		aspect,
		polarity: pol > 0 ? 'pos' : 'neg',
		evidence: text.slice(start, e),
		start,
		end: e,
	};
}

/** Distance of an opinion from a target; `before` is added when the opinion comes first. */
function distance(h: Hit, at: number, before: number): number {
	return h.at < at ? at - h.at + before : h.at - at;
}

/** Nearest hit within `reach` of `at` (`list` is in text order; binary search keeps long clauses linear). */
function nearest(list: Hit[], at: number, reach: number, before: number): Hit | null {
	let lo = 0;
	let hi = list.length;
	while (lo < hi) {
		const mid = (lo + hi) >> 1;
		if (list[mid].at < at - reach) lo = mid + 1;
		else hi = mid;
	}
	let best: Hit | null = null;
	let bestD = Infinity;
	for (let i = lo; i < list.length && list[i].at <= at + reach; i++) {
		const d = distance(list[i], at, before);
		if (d >= bestD) continue;
		best = list[i];
		bestD = d;
	}
	return best;
}

interface Reach {
	/** Furthest opinion from its target. */
	reach: number;
	/** Extra distance of an opinion before its target (predicates follow in zh). */
	before: number;
	/** An opinion clause without a target names the product (zh, ja short comments). */
	untargetedProduct: boolean;
	/** Furthest a product word may be from another aspect's name to be about it (-1: never). */
	productReach: number;
}

/**
 * Whether a generic name stands right next to (one space from) a target of another aspect, which it only
 * qualifies ("обслуживание банкоматов", "service staff").
 */
function namedNextTo(text: string, weak: Hit, targets: Hit[]): boolean {
	for (const o of targets) {
		if (o.kind === K_WEAK || o.aspect === weak.aspect) continue;
		if (o.start === weak.end + 1 && text[weak.end] === ' ') return true;
		if (weak.start === o.end + 1 && text[o.end] === ' ') return true;
	}
	return false;
}

/** Aspect of the nearest specific target (not of the product) within `reach` of a hit. */
function namedNear(targets: Hit[], h: Hit, reach: number): string | null {
	let best: Hit | null = null;
	for (const t of targets) {
		if (t.kind !== K_TARGET || t.aspect === FALLBACK_ASPECT) continue;
		const d = Math.abs(t.at - h.at);
		if (d <= reach && (best === null || d < Math.abs(best.at - h.at))) best = t;
	}
	return best === null ? null : best.aspect;
}

/** Product mentions made by a general name ("ужасный банк"), which a comment naming other aspects drops. */
const GENERAL_MENTIONS = new WeakSet<AspectMention>();

function resolveClause(text: string, hits: Hit[], out: AspectMention[], r: Reach): number {
	const inherent: Hit[] = [];
	const opinions: Hit[] = [];
	const excess: Hit[] = [];
	const targets: Hit[] = [];
	let irrealis = Infinity;
	for (const h of hits) if (h.kind === K_IRREALIS && h.at < irrealis) irrealis = h.at;
	for (const h of hits) {
		if (
			h.kind === K_IRREALIS ||
			((h.kind === K_INHERENT || h.kind === K_OPINION) && h.at > irrealis)
		)
			continue;
		if (h.kind === K_INHERENT) inherent.push(h);
		else if (h.kind === K_OPINION) (h.excess ? excess : opinions).push(h);
		else if (h.kind !== K_IGNORE) targets.push(h);
	}
	// One mention per aspect and clause; when a clause says both ("ждали недолго"), the later word wins.
	const byAspect = new Map<string, AspectMention>();
	const push = (aspect: string, pol: number, start: number, end: number, general = false): void => {
		const prev = byAspect.get(aspect);
		if (prev !== undefined && (prev.polarity === (pol > 0 ? 'pos' : 'neg') || prev.start > start))
			return;
		const m = mention(text, aspect, pol, start, end);
		if (general) GENERAL_MENTIONS.add(m);
		byAspect.set(aspect, m);
	};
	const inherentAspects = new Set<string>();
	const deliveryTarget = targets.some((t) => t.aspect === 'delivery');
	for (const h of inherent) {
		// Waiting for a delivery is the delivery's speed; a product word ("надёжное", "заблокировали") next to
		// another aspect's name ("приложение", "личный кабинет") is about that thing.
		const aspect =
			h.aspect === 'wait_time' && deliveryTarget
				? 'delivery'
				: h.aspect === FALLBACK_ASPECT
					? (namedNear(targets, h, r.productReach) ?? h.aspect)
					: h.aspect;
		inherentAspects.add(aspect);
		push(aspect, h.pol, h.start, h.end);
	}
	let targeted = false;
	// Opinions taken by words of each aspect; general names come last and skip another aspect's opinion.
	const taken = new Map<Hit, string>();
	const ordered = targets.some((t) => t.kind === K_GENERAL)
		? [
				...targets.filter((t) => t.kind !== K_GENERAL),
				...targets.filter((t) => t.kind === K_GENERAL),
			]
		: targets;
	for (const t of ordered) {
		if (inherentAspects.has(t.aspect)) continue;
		if (t.kind === K_WEAK && (inherent.length > 0 || namedNextTo(text, t, targets))) continue;
		const o =
			nearest(opinions, t.at, r.reach, r.before) ?? nearest(excess, t.at, r.reach, r.before);
		if (o !== null) {
			const by = taken.get(o);
			if (t.kind === K_GENERAL && by !== undefined && by !== t.aspect) continue;
			if (t.kind === K_TARGET) taken.set(o, t.aspect);
			targeted = true;
			push(
				t.aspect,
				o.pol,
				Math.min(t.start, o.start),
				Math.max(t.end, o.end),
				t.kind === K_GENERAL && t.aspect === FALLBACK_ASPECT,
			);
		} else if (t.absent) {
			push(t.aspect, -1, t.start, t.end);
		}
	}
	for (const m of byAspect.values()) out.push(m);
	if (targeted || inherent.length > 0 || (targets.length > 0 && opinions.length === 0)) return 0;
	let sum = 0;
	for (const o of opinions) sum += o.pol;
	if (r.untargetedProduct && sum !== 0 && opinions.length > 0) {
		out.push(
			mention(text, FALLBACK_ASPECT, sum, opinions[0].start, opinions[opinions.length - 1].end),
		);
	}
	return sum;
}

function groupByClause(
	hits: Hit[],
	text: string,
	out: AspectMention[],
	reach: Reach,
): { sum: number; first: Hit | null } {
	let sum = 0;
	let first: Hit | null = null;
	let from = 0;
	for (let i = 1; i <= hits.length; i++) {
		if (i === hits.length || hits[i].clause !== hits[from].clause) {
			const clause = hits.slice(from, i);
			const s = resolveClause(text, clause, out, reach);
			if (s !== 0 && first === null) first = clause.find((h) => h.kind === K_OPINION) ?? null;
			sum += s;
			from = i;
		}
	}
	return { sum, first };
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
		? unspacedHits(sample, lex)
		: spacedHits(sample, lex, language === 'tr');
	const aspects: AspectMention[] = [];
	if (hits.length === 0) return { language, aspects };
	const reach: Reach = lex.unspaced
		? { reach: OPINION_REACH_UNSPACED, before: 3, untargetedProduct: false, productReach: -1 }
		: { reach: OPINION_REACH, before: 0, untargetedProduct: false, productReach: OPINION_REACH };
	const { sum, first } = groupByClause(hits, sample, aspects, reach);
	// A short comment's net opinion names the product; a longer one needs two net opinion words.
	const short = lex.unspaced || sample.length <= FALLBACK_MAX_CHARS;
	if (aspects.length === 0 && (short ? sum !== 0 : Math.abs(sum) >= 2) && first !== null) {
		aspects.push(mention(sample, FALLBACK_ASPECT, sum, first.start, first.end));
	}
	const specific = aspects.some((a) => a.aspect !== FALLBACK_ASPECT);
	const kept = specific ? aspects.filter((a) => !GENERAL_MENTIONS.has(a)) : aspects;
	kept.sort((a, b) => a.start - b.start);
	return { language, aspects: kept };
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
