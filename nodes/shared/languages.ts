import type { INodePropertyOptions } from 'n8n-workflow';
import { LANGUAGE_PACKS } from '../core/languages';

/** Languages with built-in texts (survey, re-prompt, thank-you), for option lists: one per language pack. Sorted by name. */
export const LANGUAGE_OPTIONS: INodePropertyOptions[] = LANGUAGE_PACKS.map((p) => ({
	name: p.name,
	value: p.code,
})).sort((a, b) => a.name.localeCompare(b.name, 'en'));

/** Splits a comma/newline separated keyword list, trimming and dropping empties. */
export function splitList(value: unknown): string[] {
	if (Array.isArray(value)) return value.map((v) => String(v).trim()).filter(Boolean);
	if (typeof value !== 'string') return [];
	return value
		.split(/[,\n;，、]/)
		.map((v) => v.trim())
		.filter(Boolean);
}
