/**
 * Word units for Chinese and Japanese themes from n-gram statistics of the comments themselves: character
 * n-grams (2–4) that occur often, hold together (pointwise mutual information of every split) and are not
 * mostly part of a longer unit, so 洗衣机, 客服 and 售后 stay whole. Segmentation is forward maximum matching
 * against those units; other characters stay single (they join phrases, never a theme alone).
 */
import { segmenterFor, type ThemeToken } from './tokens';

const MAX_N = 4;
/** Comments (runs) sampled to learn the units. */
export const CJK_SAMPLE_RUNS = 40_000;
const MIN_COUNT = 3;
/** Least ratio p(ab) / (p(a) p(b)) over every split. */
const MIN_COHESION = 12;
/** A unit is dropped when a longer unit holds this share of its occurrences. */
const ABSORBED = 0.7;

/** Function characters that never start or end a unit. */
const EDGE_STOP = new Set([
	...'的了是我你您他她它们在和也就都而及与着或这那有吧啊呢吗嗯哦呀啦把被给对从到很还又再得地之为以么个没不太挺真更最才要会能让一',
]);

export class CjkLexicon {
	private readonly grams = new Map<string, number>();
	private chars = 0;
	private runs = 0;
	private words: Set<string> | null = null;

	/** Counts the n-grams of one run of Han/kana characters (the first {@link CJK_SAMPLE_RUNS} runs). */
	learn(run: string): void {
		if (this.runs >= CJK_SAMPLE_RUNS) return;
		this.runs++;
		const cs = [...run];
		this.chars += cs.length;
		for (let i = 0; i < cs.length; i++) {
			let g = '';
			for (let n = 1; n <= MAX_N && i + n <= cs.length; n++) {
				g += cs[i + n - 1];
				this.grams.set(g, (this.grams.get(g) ?? 0) + 1);
			}
		}
	}

	private cohesive(g: string[], count: number): boolean {
		if (EDGE_STOP.has(g[0]) || EDGE_STOP.has(g[g.length - 1])) return false;
		const total = Math.max(1, this.chars);
		for (let k = 1; k < g.length; k++) {
			const l = this.grams.get(g.slice(0, k).join('')) ?? 1;
			const r = this.grams.get(g.slice(k).join('')) ?? 1;
			if ((count * total) / (l * r) < MIN_COHESION) return false;
		}
		return true;
	}

	/** The learned units (computed once, after learning). */
	units(): ReadonlySet<string> {
		if (this.words !== null) return this.words;
		const cand = new Map<string, number>();
		for (const [g, c] of this.grams) {
			const cs = [...g];
			if (cs.length < 2 || c < MIN_COUNT) continue;
			if (this.cohesive(cs, c)) cand.set(g, c);
		}
		// Largest count of a unit one character longer that contains each candidate.
		const longer = new Map<string, number>();
		for (const [h, hc] of cand) {
			const cs = [...h];
			if (cs.length < 3) continue;
			for (const sub of [cs.slice(0, -1).join(''), cs.slice(1).join('')]) {
				if ((longer.get(sub) ?? 0) < hc) longer.set(sub, hc);
			}
		}
		const words = new Set<string>();
		for (const [g, c] of cand) if ((longer.get(g) ?? 0) < ABSORBED * c) words.add(g);
		this.words = words;
		return words;
	}

	/**
	 * Tokens of one run: learned units first (longest match), elsewhere the words of `Intl.Segmenter`, else
	 * single characters; `stop` words become breaks.
	 */
	segment(run: string, stop: ReadonlySet<string>, language = 'zh'): (ThemeToken | null)[] {
		const units = this.units();
		const cs = [...run];
		// Intl.Segmenter word ends by start, in code points.
		const intlEnd = new Map<number, number>();
		let cp = 0;
		for (const seg of segmenterFor(language).segment(run)) {
			const n = [...seg.segment].length;
			intlEnd.set(cp, cp + n);
			cp += n;
		}
		const out: (ThemeToken | null)[] = [];
		for (let i = 0; i < cs.length; ) {
			let len = 0;
			for (let n = Math.min(MAX_N, cs.length - i); n >= 2; n--) {
				if (units.has(cs.slice(i, i + n).join(''))) {
					len = n;
					break;
				}
			}
			if (len === 0) {
				len = (intlEnd.get(i) ?? i + 1) - i;
				// A segmenter word that starts or ends with a function character is split up ("都不" → 都 不).
				if (len > 1 && (EDGE_STOP.has(cs[i]) || EDGE_STOP.has(cs[i + len - 1]))) len = 1;
			}
			const w = cs.slice(i, i + len).join('');
			if (stop.has(w)) out.push(null);
			else out.push({ key: w, form: w });
			i += len;
		}
		return out;
	}
}
