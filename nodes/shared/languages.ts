import type { INodePropertyOptions } from 'n8n-workflow';

/** Languages with built-in texts (survey, re-prompt, thank-you), for option lists. Sorted by name. */
export const LANGUAGE_OPTIONS: INodePropertyOptions[] = [
	{ name: 'Arabic', value: 'ar' },
	{ name: 'Chinese', value: 'zh' },
	{ name: 'English', value: 'en' },
	{ name: 'French', value: 'fr' },
	{ name: 'German', value: 'de' },
	{ name: 'Hindi (Latin Script)', value: 'hi' },
	{ name: 'Indonesian', value: 'id' },
	{ name: 'Kazakh', value: 'kk' },
	{ name: 'Portuguese', value: 'pt' },
	{ name: 'Russian', value: 'ru' },
	{ name: 'Spanish', value: 'es' },
	{ name: 'Turkish', value: 'tr' },
	{ name: 'Uzbek', value: 'uz' },
	{ name: 'Vietnamese', value: 'vi' },
];

/** Splits a comma/newline separated keyword list, trimming and dropping empties. */
export function splitList(value: unknown): string[] {
	if (Array.isArray(value)) return value.map((v) => String(v).trim()).filter(Boolean);
	if (typeof value !== 'string') return [];
	return value
		.split(/[,\n;，、]/)
		.map((v) => v.trim())
		.filter(Boolean);
}
