/**
 * The clauses of one comment analysis: in each clause, which target takes which opinion (nearest first,
 * general names last), one mention per aspect, and the clause's net untargeted opinion.
 */
import {
	K_GENERAL,
	K_IGNORE,
	K_INHERENT,
	K_IRREALIS,
	K_OPINION,
	K_TARGET,
	K_WEAK,
} from './compile';
import type { Hit } from './match';
import type { AspectMention } from './types';

const MAX_EVIDENCE_CHARS = 160;
export const FALLBACK_ASPECT = 'product';
/** Furthest an opinion may be from its target (tokens, or characters in unspaced languages). */
const OPINION_REACH = 5;
const OPINION_REACH_UNSPACED = 8;

export function mention(
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

export interface Reach {
	/** Furthest opinion from its target. */
	reach: number;
	/** Extra distance of an opinion before its target (predicates follow in zh). */
	before: number;
	/**
	 * A praising clause without a target names the product even when other clauses name other aspects (zh:
	 * "还不错，噪音有点大"); a complaint without one is left to the comment's fallback (it is mostly the mood).
	 */
	untargetedProduct: boolean;
	/** Furthest a product word may be from another aspect's name to be about it (-1: never). */
	productReach: number;
	/**
	 * The manners or skill of a courier or installer are the delivery's too (zh "送货员态度很好", "安装师傅不太懂行"):
	 * a delivery name without an opinion of its own takes the polarity of a staff or competence word of its clause.
	 */
	workerDelivery: boolean;
}

export const REACH_UNSPACED: Reach = {
	reach: OPINION_REACH_UNSPACED,
	before: 3,
	untargetedProduct: true,
	productReach: -1,
	workerDelivery: true,
};
export const REACH_SPACED: Reach = {
	reach: OPINION_REACH,
	before: 0,
	untargetedProduct: false,
	productReach: OPINION_REACH,
	workerDelivery: false,
};

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

/**
 * Aspect of the nearest specific target (not of the product) within `reach` of a hit; null when none is, when a
 * name of the product itself is within reach too ("the food was tasty and the service great": "tasty" is the
 * food's), or when a general name of the product ("карты", "счёт") is at least as near ("блокировки карты и
 * приложения" are blocks of the card); a channel ("через приложение") is not what the word is about.
 */
function namedNear(targets: Hit[], h: Hit, reach: number): string | null {
	let best: Hit | null = null;
	let own = Infinity;
	for (const t of targets) {
		const d = Math.abs(t.at - h.at);
		if (t.aspect === FALLBACK_ASPECT) {
			if (t.kind === K_GENERAL) own = Math.min(own, d);
			else if (t.kind === K_TARGET && d <= reach) return null;
			continue;
		}
		if (t.kind !== K_TARGET || t.channel) continue;
		if (d <= reach && (best === null || d < Math.abs(best.at - h.at))) best = t;
	}
	return best === null || own <= Math.abs(best.at - h.at) ? null : best.aspect;
}

/** The state of one analysis shared by its clauses. */
export interface Analysis {
	text: string;
	out: AspectMention[];
	reach: Reach;
	/** Product mentions made by a general name ("ужасный банк"), which a comment naming other aspects drops. */
	general: AspectMention[];
}

/** The hits of one clause by kind, and what resolving it has found so far. */
interface Clause {
	inherent: Hit[];
	opinions: Hit[];
	excess: Hit[];
	targets: Hit[];
	/** The clause's mentions, one per aspect, in the order their aspects first came. */
	mentions: AspectMention[];
	inherentAspects: string[];
	/** Opinions taken by a target, and the aspect of that target. */
	takenOpinions: Hit[];
	takenAspects: string[];
}

// One mention per aspect and clause; when a clause says both ("ждали недолго"), the later word wins.
function push(
	a: Analysis,
	c: Clause,
	aspect: string,
	pol: number,
	start: number,
	end: number,
	general = false,
): void {
	const mentions = c.mentions;
	let at = 0;
	while (at < mentions.length && mentions[at].aspect !== aspect) at++;
	const prev = at < mentions.length ? mentions[at] : undefined;
	if (prev !== undefined && (prev.polarity === (pol > 0 ? 'pos' : 'neg') || prev.start > start))
		return;
	const m = mention(a.text, aspect, pol, start, end);
	if (general) a.general.push(m);
	mentions[at] = m;
}

/** The aspect of the target that took opinion `o`, undefined when none did. */
function takenBy(c: Clause, o: Hit): string | undefined {
	const k = c.takenOpinions.indexOf(o);
	return k < 0 ? undefined : c.takenAspects[k];
}

function take(c: Clause, o: Hit, aspect: string): void {
	const k = c.takenOpinions.indexOf(o);
	if (k >= 0) c.takenAspects[k] = aspect;
	else {
		c.takenOpinions.push(o);
		c.takenAspects.push(aspect);
	}
}

/** A target of the clause takes its nearest opinion (or stands alone after an absence word). */
function resolveTarget(a: Analysis, c: Clause, t: Hit): boolean {
	const r = a.reach;
	if (c.inherentAspects.includes(t.aspect)) return false;
	if (t.kind === K_WEAK && (c.inherent.length > 0 || namedNextTo(a.text, t, c.targets)))
		return false;
	const o =
		nearest(c.opinions, t.at, r.reach, r.before) ?? nearest(c.excess, t.at, r.reach, r.before);
	if (o !== null) {
		const by = takenBy(c, o);
		if (t.kind === K_GENERAL && by !== undefined && by !== t.aspect) return false;
		// A general name takes its opinion too, so a second general name of another aspect does not share it
		// ("благодарю менеджера Сбербанка" thanks the manager, not the bank).
		if (t.kind === K_TARGET || t.kind === K_GENERAL) take(c, o, t.aspect);
		push(
			a,
			c,
			t.aspect,
			o.pol,
			Math.min(t.start, o.start),
			Math.max(t.end, o.end),
			t.kind === K_GENERAL && t.aspect === FALLBACK_ASPECT,
		);
		return true;
	}
	if (t.absent && t.kind !== K_GENERAL) push(a, c, t.aspect, -1, t.start, t.end);
	return false;
}

/** Mentions of the clause `hits[from, to)`; returns its net untargeted opinion (0 when targeted). */
function resolveClause(a: Analysis, hits: Hit[], from: number, to: number): number {
	const c: Clause = {
		inherent: [],
		opinions: [],
		excess: [],
		targets: [],
		mentions: [],
		inherentAspects: [],
		takenOpinions: [],
		takenAspects: [],
	};
	const { inherent, opinions, targets } = c;
	let irrealis = Infinity;
	for (let i = from; i < to; i++) {
		const h = hits[i];
		if (h.kind === K_IRREALIS && h.at < irrealis) irrealis = h.at;
	}
	let generals = false;
	for (let i = from; i < to; i++) {
		const h = hits[i];
		if (
			h.kind === K_IRREALIS ||
			((h.kind === K_INHERENT || h.kind === K_OPINION) && h.at > irrealis)
		)
			continue;
		if (h.kind === K_INHERENT) inherent.push(h);
		else if (h.kind === K_OPINION) (h.excess ? c.excess : opinions).push(h);
		else if (h.kind !== K_IGNORE) {
			targets.push(h);
			if (h.kind === K_GENERAL) generals = true;
		}
	}
	const deliveryTarget = targets.some((t) => t.aspect === 'delivery');
	for (const h of inherent) {
		// Waiting for a delivery is the delivery's speed; a product word ("надёжное", "заблокировали") next to
		// another aspect's name ("приложение", "личный кабинет") is about that thing.
		const aspect =
			h.aspect === 'wait_time' && deliveryTarget
				? 'delivery'
				: h.aspect === FALLBACK_ASPECT
					? (namedNear(targets, h, a.reach.productReach) ?? h.aspect)
					: h.aspect;
		if (!c.inherentAspects.includes(aspect)) c.inherentAspects.push(aspect);
		push(a, c, aspect, h.pol, h.start, h.end);
	}
	let targeted = false;
	// Opinions taken by words of each aspect; general names come last and skip another aspect's opinion.
	for (const t of targets) if (t.kind !== K_GENERAL && resolveTarget(a, c, t)) targeted = true;
	if (generals)
		for (const t of targets) if (t.kind === K_GENERAL && resolveTarget(a, c, t)) targeted = true;
	if (a.reach.workerDelivery && !c.mentions.some((m) => m.aspect === 'delivery')) {
		const t = targets.find((h) => h.aspect === 'delivery' && h.kind === K_TARGET);
		const w = inherent.find((h) => h.aspect === 'staff_attitude' || h.aspect === 'competence');
		if (t !== undefined && w !== undefined)
			push(a, c, 'delivery', w.pol, Math.min(t.start, w.start), Math.max(t.end, w.end));
	}
	for (const m of c.mentions) a.out.push(m);
	if (targeted || inherent.length > 0 || (targets.length > 0 && opinions.length === 0)) return 0;
	let sum = 0;
	for (const o of opinions) sum += o.pol;
	if (a.reach.untargetedProduct && sum > 0 && opinions.length > 0) {
		a.out.push(
			mention(a.text, FALLBACK_ASPECT, sum, opinions[0].start, opinions[opinions.length - 1].end),
		);
	}
	return sum;
}

export function groupByClause(a: Analysis, hits: Hit[]): { sum: number; first: Hit | null } {
	let sum = 0;
	let first: Hit | null = null;
	let from = 0;
	for (let i = 1; i <= hits.length; i++) {
		if (i === hits.length || hits[i].clause !== hits[from].clause) {
			const s = resolveClause(a, hits, from, i);
			if (s !== 0 && first === null) {
				for (let k = from; k < i && first === null; k++)
					if (hits[k].kind === K_OPINION) first = hits[k];
			}
			sum += s;
			from = i;
		}
	}
	return { sum, first };
}
