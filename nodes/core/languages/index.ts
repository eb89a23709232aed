// The registry of language packs. Adding a language = adding `nodes/core/languages/<code>/index.ts` and listing
// it here. The order is the precedence when two languages share a word (the first pack's meaning wins).
import { ar } from './ar';
import { de } from './de';
import { en } from './en';
import { es } from './es';
import { fr } from './fr';
import { hi } from './hi';
import { id } from './id';
import { kk } from './kk';
import { pt } from './pt';
import { ru } from './ru';
import { tr } from './tr';
import { uz } from './uz';
import { vi } from './vi';
import { zh } from './zh';
import type { LanguagePack } from './types';

export type { HanLexicon, LanguagePack, ReplyLexicon, ReplyTexts, SurveyText } from './types';

/** All built-in language packs, in precedence order. */
export const LANGUAGE_PACKS: readonly LanguagePack[] = [
	ru,
	uz,
	kk,
	en,
	es,
	pt,
	de,
	fr,
	tr,
	ar,
	id,
	vi,
	hi,
	zh,
];

const BY_CODE = new Map<string, LanguagePack>(LANGUAGE_PACKS.map((p) => [p.code, p]));

/** The pack of a language code (`ru`, `zh`; case-insensitive, primary subtag), or undefined. */
export function languagePack(code: string): LanguagePack | undefined {
	if (typeof code !== 'string') return undefined;
	return BY_CODE.get(code.trim().toLowerCase().split(/[-_]/)[0]);
}

/** Space-separated words of one field over all packs, in pack order. */
export function packWords(pick: (p: LanguagePack) => string | undefined): string[] {
	const out: string[] = [];
	for (const p of LANGUAGE_PACKS) {
		const s = pick(p);
		if (typeof s === 'string') for (const w of s.split(/\s+/)) if (w) out.push(w);
	}
	return out;
}
