/**
 * Aspects in aggregation: per sample, how many comments mention each aspect (wait time, staff attitude, …),
 * how many of them negatively, and the mean score of those comments; trend against the previous period.
 * Rows carry their aspects already (Parse CSI Reply's `aspects` output) or their comment is analysed here.
 */
import { analyzeComment } from '../analysis/aspects';
import { ASPECT_IDS, type CustomAspect } from '../analysis/types';
import { roundTo } from './stats';
import type { AggregateAspectReport, AggregateAspectStat } from './types';

export interface AspectSettings {
	/** Language of all comments, or `auto`. */
	language: string;
	customAspects: CustomAspect[];
	/** Row field holding already computed aspects. */
	field: string;
}

/**
 * One row's aspects, reduced to per-aspect polarity bits (1 = praised, 2 = criticised) and mention counts,
 * in parallel arrays (aspects in first-mention order; the first `count` entries hold them, so the object a row's
 * own aspects are reduced into is reused without resizing its arrays). Shared between rows with the same
 * comment: read only.
 */
export interface RowAspects {
	readonly count: number;
	readonly aspects: readonly string[];
	/** Number of each aspect in its aggregation (see {@link RowAspectReader}), to index accumulators. */
	readonly ids: readonly number[];
	readonly bits: readonly number[];
	readonly mentions: readonly number[];
}

interface AspectCell {
	/** The aspect's number in its aggregation (see {@link RowAspects.ids}). */
	readonly id: number;
	mentions: number;
	comments: number;
	negative: number;
	positive: number;
	scoreSum: number;
	scoreN: number;
}

/** Accumulates aspects of the comments of one sample. */
export class AspectAcc {
	comments = 0;
	withAspects = 0;
	readonly cells = new Map<string, AspectCell>();
	/** The same cells by aspect number (no string look-up per row and accumulator). */
	private readonly byId: (AspectCell | undefined)[] = [];

	/**
	 * Adds the counts of `from` (every count is a sum, so a sample's aspects are the merge of its sub-samples':
	 * rows are counted once, in the finest sample, and rolled up).
	 */
	merge(from: AspectAcc): void {
		this.comments += from.comments;
		this.withAspects += from.withAspects;
		for (const [aspect, f] of from.cells) {
			const c = this.cells.get(aspect);
			if (c === undefined) {
				const copy = { ...f };
				this.cells.set(aspect, copy);
				this.byId[copy.id] = copy;
				continue;
			}
			c.mentions += f.mentions;
			c.comments += f.comments;
			c.negative += f.negative;
			c.positive += f.positive;
			c.scoreSum += f.scoreSum;
			c.scoreN += f.scoreN;
		}
	}

	add(row: RowAspects, score: number | null): void {
		this.comments++;
		const n = row.count;
		if (n === 0) return;
		this.withAspects++;
		for (let i = 0; i < n; i++) {
			const id = row.ids[i];
			let c = this.byId[id];
			if (c === undefined) {
				c = { id, mentions: 0, comments: 0, negative: 0, positive: 0, scoreSum: 0, scoreN: 0 };
				this.cells.set(row.aspects[i], c);
				this.byId[id] = c;
			}
			const bits = row.bits[i];
			c.mentions += row.mentions[i];
			c.comments++;
			if (bits & 2) c.negative++;
			if (bits & 1) c.positive++;
			if (score !== null) {
				c.scoreSum += score;
				c.scoreN++;
			}
		}
	}
}

function isMention(v: unknown): v is { aspect: string; polarity: string } {
	if (typeof v !== 'object' || v === null) return false;
	const m = v as Record<string, unknown>;
	return (
		typeof m.aspect === 'string' &&
		m.aspect !== '' &&
		(m.polarity === 'pos' || m.polarity === 'neg')
	);
}

/** Longest comment whose analysis is kept for later rows with the same comment (characters). */
const CACHE_MAX_CHARS = 1000;
/** Most distinct comments kept per aggregation (bounds the memory of the cache). */
const CACHE_MAX_ENTRIES = 50_000;

type MutableRowAspects = { -readonly [K in keyof RowAspects]: RowAspects[K] } & {
	aspects: string[];
	ids: number[];
	bits: number[];
	mentions: number[];
};

const emptyRow = (): MutableRowAspects => ({
	count: 0,
	aspects: [],
	ids: [],
	bits: [],
	mentions: [],
});

/**
 * Reduces a list of mentions into `into` (its first `count` entries; earlier entries beyond are left in place,
 * not cleared: setting an array's length to 0 gives up its storage, and the next row would allocate it again).
 * `idOf` numbers the aspects.
 */
function reduce(
	list: readonly unknown[],
	idOf: (aspect: string) => number,
	into: MutableRowAspects = emptyRow(),
): RowAspects {
	const { aspects, ids, bits, mentions } = into;
	let n = 0;
	for (let k = 0; k < list.length; k++) {
		const m = list[k];
		if (!isMention(m)) continue;
		const bit = m.polarity === 'neg' ? 2 : 1;
		let i = 0;
		while (i < n && aspects[i] !== m.aspect) i++;
		if (i === n) {
			aspects[n] = m.aspect;
			ids[n] = idOf(m.aspect);
			bits[n] = bit;
			mentions[n] = 1;
			n++;
		} else {
			bits[i] |= bit;
			mentions[i]++;
		}
	}
	into.count = n;
	return into;
}

/**
 * Aspects of the rows of one aggregation: a row's own `field` (an array of `{ aspect, polarity }`) when
 * present, else the analysis of its comment. Comments repeat ("Спасибо", "всё отлично"): the analysis of a
 * comment is done once per aggregation and shared by the rows that repeat it.
 */
export class RowAspectReader {
	private readonly cache = new Map<string, RowAspects>();
	/** The aspects of the current row when they come from its field (used before the next row is read). */
	private readonly scratch = emptyRow();
	private readonly numbers = new Map<string, number>();
	private readonly idOf = (aspect: string): number => {
		let id = this.numbers.get(aspect);
		if (id === undefined) {
			id = this.numbers.size;
			this.numbers.set(aspect, id);
		}
		return id;
	};
	private readonly options: { language: string; customAspects: CustomAspect[] | undefined };

	constructor(settings: AspectSettings) {
		this.options = {
			language: settings.language,
			customAspects: settings.customAspects.length > 0 ? settings.customAspects : undefined,
		};
	}

	/**
	 * The row's aspects; `null` when the row has neither aspects nor a comment. Valid until the next call
	 * (a row's own aspects are reduced into one reused object). Never throws on row contents.
	 */
	read(given: unknown, comment: string | null): RowAspects | null {
		if (Array.isArray(given)) return reduce(given, this.idOf, this.scratch);
		if (comment === null) return null;
		const hit = this.cache.get(comment);
		if (hit !== undefined) return hit;
		if (comment.trim() === '') return null;
		const row = reduce(analyzeComment(comment, this.options).aspects, this.idOf);
		if (comment.length <= CACHE_MAX_CHARS && this.cache.size < CACHE_MAX_ENTRIES)
			this.cache.set(comment, row);
		return row;
	}
}

const TAXONOMY_ORDER = new Map<string, number>(ASPECT_IDS.map((id, i) => [id, i]));

function share(part: number, whole: number): number | null {
	return whole > 0 ? roundTo((part / whole) * 100, 1) : null;
}

/** Per-aspect report of a sample, most mentioned first (ties: taxonomy order, then name). */
export function aspectReport(
	acc: AspectAcc | null,
	previous: { key: string; acc: AspectAcc | null; current?: AspectAcc | null } | null,
): AggregateAspectReport {
	if (acc === null) return { comments: 0, withAspects: 0, items: [] };
	const items: AggregateAspectStat[] = [];
	for (const [aspect, c] of acc.cells) {
		let trend: AggregateAspectStat['trend'] = null;
		if (previous !== null) {
			// Overall and groups: their last period is compared, not the whole sample.
			const now = previous.current === undefined ? acc : previous.current;
			const nc = now?.cells.get(aspect);
			const p = previous.acc?.cells.get(aspect);
			const prevComments = previous.acc?.comments ?? 0;
			const nowComments = nc?.comments ?? 0;
			const nowShare = nowComments / Math.max(1, now?.comments ?? 0);
			trend = {
				previous: previous.key,
				shareDelta:
					prevComments > 0 && (now?.comments ?? 0) > 0
						? roundTo((nowShare - (p?.comments ?? 0) / prevComments) * 100, 1)
						: null,
				negativeShareDelta:
					p !== undefined && p.comments > 0 && nc !== undefined && nc.comments > 0
						? roundTo((nc.negative / nc.comments - p.negative / p.comments) * 100, 1)
						: null,
			};
		}
		items.push({
			aspect,
			mentions: c.mentions,
			comments: c.comments,
			share: share(c.comments, acc.comments),
			negative: c.negative,
			positive: c.positive,
			negativeShare: share(c.negative, c.comments),
			meanScore: c.scoreN > 0 ? roundTo(c.scoreSum / c.scoreN, 2) : null,
			trend,
		});
	}
	items.sort(
		(a, b) =>
			b.comments - a.comments ||
			(TAXONOMY_ORDER.get(a.aspect) ?? 99) - (TAXONOMY_ORDER.get(b.aspect) ?? 99) ||
			(a.aspect < b.aspect ? -1 : a.aspect > b.aspect ? 1 : 0),
	);
	return { comments: acc.comments, withAspects: acc.withAspects, items };
}
