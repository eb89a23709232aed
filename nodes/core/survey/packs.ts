// Registry of the built-in survey texts: each language pack's `survey` (nodes/core/languages/<code>/survey.ts).
import { LANGUAGE_PACKS } from '../languages';
import type { SurveyPack } from './packTypes';

const PACKS: Readonly<Record<string, SurveyPack>> = Object.fromEntries(
	LANGUAGE_PACKS.flatMap((pack) => [
		...(pack.survey ? [[pack.code.toLowerCase(), pack.survey] as const] : []),
		...Object.entries(pack.surveyVariants ?? {}).map(
			([code, sp]) => [code.toLowerCase(), sp] as const,
		),
	]),
);
const en = PACKS.en;
const uzCyrl = PACKS['uz-cyrl'];

/** Language codes with built-in survey texts ('uz-Cyrl' is Uzbek in Cyrillic script). */
export const SURVEY_LANGUAGES: readonly string[] = Object.values(PACKS).map((p) => p.code);

/**
 * The pack of a language code ('ru', 'zh-CN', 'uz-Cyrl', 'pt-BR'…); unknown codes get English.
 * 'uz' with a Cyrillic sample text picks the Cyrillic texts.
 */
export function surveyPack(language: unknown, sample?: string): SurveyPack {
	if (typeof language === 'string') {
		const code = language.trim().toLowerCase();
		if (PACKS[code]) return PACKS[code];
		const base = /^[a-z]{2,3}/.exec(code)?.[0];
		if (base === 'uz' && (/cyrl/.test(code) || /[\u0400-\u04ff]/.test(sample ?? ''))) {
			return uzCyrl;
		}
		if (base && PACKS[base]) return PACKS[base];
	}
	return en;
}

/** Every pack, for tests and the lead's language registry. */
export function allSurveyPacks(): readonly SurveyPack[] {
	return Object.values(PACKS);
}
