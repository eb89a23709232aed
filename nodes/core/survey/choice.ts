// Reads a reply to a numbered-options question: "2", "2️⃣", "②", "#2", "второе", "第二", or the option's own
// words in the customer's language ("ожидание", "等太久", "waiting"). Pure.
import { fold, stemHits, words } from './fold';
import { surveyPack } from './packs';
import type { ReasonId, SurveyPack } from './packTypes';
import type { ChoiceOption } from './types';

export interface ParseChoiceOptions {
	/** the customer's language (word lists); English and the option's own words are always read too */
	language?: string;
}

export interface ChoiceResult {
	/** the option id, or null */
	choice: string | null;
	/** 1-based option number, or null */
	index: number | null;
	/** how it was read */
	by: 'number' | 'word' | 'ordinal' | 'none' | 'ambiguous';
	/** the reply without the option number ("2 – грубили" → "грубили"); the whole reply when not read by number */
	rest: string;
}

const BUILT_IN = new Set<string>(['wait_time', 'staff_attitude', 'resolution', 'other']);
// Filler words before a number: "вариант 2", "option 2", "пункт 2", "第2", "№2".
const FILLER =
	/^(?:(?:вариант|пункт|номер|ответ|option|number|choice|opcion|opção|opcao|nomor|pilihan|seçenek|secenek|variant|javob|raqam)\s*|[#№]\s*|第\s*)/u;
const NUMBER_LEAD = /^([0-9]{1,2})(?:\s*(?:[-–—.:)=,;]|$)\s*|\s+)(.*)$/su;

// Folded word lists of the built-in packs, computed once per pack.
const foldedReasons = new Map<string, string[]>();
const foldedOrdinals = new Map<string, string[][]>();

function builtInWords(pack: SurveyPack, id: ReasonId): string[] {
	const key = `${pack.code}\u0000${id}`;
	let list = foldedReasons.get(key);
	if (!list) {
		list = [...pack.reasonWords[id], pack.reasonLabels[id]].map(fold).filter(Boolean);
		foldedReasons.set(key, list);
	}
	return list;
}

function ordinalsOf(pack: SurveyPack): string[][] {
	let list = foldedOrdinals.get(pack.code);
	if (!list) {
		list = pack.ordinals.map((words) => words.map(fold));
		foldedOrdinals.set(pack.code, list);
	}
	return list;
}

function optionWords(option: ChoiceOption, language: string | undefined, sample: string): string[] {
	const out: string[] = [];
	const w = option.words;
	if (Array.isArray(w)) out.push(...(w as string[]));
	else if (w && typeof w === 'object') {
		for (const list of Object.values(w as Record<string, readonly string[]>)) {
			if (Array.isArray(list)) out.push(...list);
		}
	}
	const label = option.label;
	if (typeof label === 'string') out.push(label);
	else if (label && typeof label === 'object') out.push(...Object.values(label));
	const own = out.map((s) => fold(String(s))).filter((s) => s.length > 0);
	if (BUILT_IN.has(option.id)) {
		const id = option.id as ReasonId;
		const pack = surveyPack(language, sample);
		own.push(...builtInWords(pack, id));
		if (pack.code !== 'en') own.push(...builtInWords(surveyPack('en'), id));
	}
	return own;
}

function ordinalOf(folded: string, language: string | undefined, sample: string): number | null {
	const packs = [surveyPack(language, sample), surveyPack('en')];
	for (const pack of packs) {
		const ordinals = ordinalsOf(pack);
		for (let i = 0; i < ordinals.length; i++) {
			if (ordinals[i].includes(folded)) return i + 1;
		}
	}
	return null;
}

/**
 * Reads the option a reply picks. By number first (the whole reply, or a leading number followed by a
 * separator: "2 – долго"), then a number word or ordinal that is the whole reply ("второе", "two"), then
 * the options' words: the single option whose words the reply names most. Ties and out-of-range numbers
 * give `choice: null`.
 */
export function parseChoice(
	text: unknown,
	options: readonly ChoiceOption[],
	opts: ParseChoiceOptions = {},
): ChoiceResult {
	const raw = typeof text === 'string' ? text.slice(0, 2000) : '';
	const none: ChoiceResult = { choice: null, index: null, by: 'none', rest: raw.trim() };
	if (!Array.isArray(options) || options.length === 0) return none;
	const folded = fold(raw);
	if (!folded) return none;
	const bare = folded.replace(/^[\s\p{P}\p{S}]+|[\s\p{P}\p{S}]+$/gu, '').replace(FILLER, '');
	const pick = (n: number, by: ChoiceResult['by'], rest: string): ChoiceResult =>
		n >= 1 && n <= options.length
			? { choice: options[n - 1].id, index: n, by, rest }
			: { ...none, by: 'none' };

	const tokens = words(folded);
	const lead = NUMBER_LEAD.exec(bare);
	if (lead) {
		const n = Number(lead[1]);
		if (n >= 1 && n <= options.length) {
			const restStart = raw.search(/[^\s\d\p{P}\p{S}\ufe0f\u20e3]/u);
			const rest = restStart >= 0 && lead[2] ? raw.slice(restStart).trim() : '';
			// "2 часа ждал": a number followed only by a space may be a quantity; the words decide then.
			const spaceOnly = /^[0-9]{1,2}\s+\p{L}/u.test(bare);
			if (!spaceOnly) return pick(n, 'number', rest);
			const byWords = matchWords(folded, tokens, options, opts.language, raw);
			if (byWords === null || byWords.index === n) return pick(n, 'number', rest);
			return byWords;
		}
		if (!lead[2]) return none;
	}
	// "второе", "la tercera", "the second": a number word alone or after a short article
	const bareWords = words(bare);
	const ordinal =
		ordinalOf(bare, opts.language, raw) ??
		(bareWords.length === 2 && bareWords[0].length <= 3
			? ordinalOf(bareWords[1], opts.language, raw)
			: null);
	if (ordinal !== null) return pick(ordinal, 'ordinal', '');
	return matchWords(folded, tokens, options, opts.language, raw) ?? none;
}

function matchWords(
	folded: string,
	tokens: readonly string[],
	options: readonly ChoiceOption[],
	language: string | undefined,
	raw: string,
): ChoiceResult | null {
	const none: ChoiceResult = { choice: null, index: null, by: 'none', rest: raw.trim() };
	let best = -1;
	let bestHits = 0;
	let tie = false;
	options.forEach((option, i) => {
		const keys = new Set(
			optionWords(option, language, raw).flatMap((w) => stemHits(folded, tokens, w)),
		);
		const hits = keys.size;
		if (hits > bestHits) {
			best = i;
			bestHits = hits;
			tie = false;
		} else if (hits > 0 && hits === bestHits) tie = true;
	});
	if (best < 0) return null;
	if (tie) return { ...none, by: 'ambiguous' };
	return { choice: options[best].id, index: best + 1, by: 'word', rest: raw.trim() };
}
