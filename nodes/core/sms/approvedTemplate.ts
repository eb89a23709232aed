// Template mode: a provider-approved template (id/code + parameters) and the text the customer reads. Pure.

/** One template parameter, in the template's order. */
export interface TemplateParam {
	name: string;
	value: string;
}

/** The result of filling an approved template. */
export type FilledTemplate =
	| { ok: true; text: string; params: TemplateParam[] }
	| { ok: false; message: string };

const NAMED = /\$\{([A-Za-z_][A-Za-z0-9_]{0,63})\}/g;
const INDEXED = /\{([1-9][0-9]{0,2})\}/g;

/**
 * Fill the approved template text with the parameters: `${name}` (Alibaba Cloud style) takes the parameter of
 * that name, `{n}` (Tencent Cloud style) the n-th parameter (1-based). Every placeholder must have a value and
 * every parameter must be used, else `{ ok: false, message }` naming the placeholder/parameter — a mismatch
 * would send a text different from the approved one (the provider rejects it, or the customer reads a gap).
 */
export function fillApprovedTemplate(text: string, params: TemplateParam[]): FilledTemplate {
	if (typeof text !== 'string' || text.trim() === '')
		return { ok: false, message: 'the approved template text is empty' };
	const clean = params
		.map((p) => ({ name: String(p.name ?? '').trim(), value: String(p.value ?? '') }))
		.filter((p) => p.name !== '' || p.value !== '');
	const byName = new Map<string, string>();
	for (const p of clean) {
		if (p.name !== '' && byName.has(p.name))
			return { ok: false, message: `template parameter "${p.name}" is given twice` };
		if (p.name !== '') byName.set(p.name, p.value);
	}
	const used = new Set<number>();
	let missing: string | undefined;
	let out = text.replace(NAMED, (whole, name: string) => {
		const idx = clean.findIndex((p) => p.name === name);
		if (idx < 0) {
			missing ??= `\${${name}}`;
			return whole;
		}
		used.add(idx);
		return clean[idx].value;
	});
	out = out.replace(INDEXED, (whole, n: string) => {
		const idx = Number(n) - 1;
		if (idx >= clean.length) {
			missing ??= `{${n}}`;
			return whole;
		}
		used.add(idx);
		return clean[idx].value;
	});
	if (missing !== undefined)
		return { ok: false, message: `the template placeholder ${missing} has no parameter` };
	const unused = clean.findIndex((_, i) => !used.has(i));
	if (unused >= 0)
		return {
			ok: false,
			message: `template parameter "${clean[unused].name || `#${unused + 1}`}" does not appear in the approved text`,
		};
	return { ok: true, text: out, params: clean };
}
