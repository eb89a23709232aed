// Approved-template re-prompt / thank-you of Parse CSI Reply (template-only providers). Kept apart from the
// node's other texts so the survey-flow options can grow without touching it.
import type { IDataObject } from 'n8n-workflow';
import { fillApprovedTemplate, renderTemplate } from '../core/sms';

/** The option's value: `{ template: { id, text, parameters } }` (fixedCollection). */
export type ReplyTemplateOption = {
	template?: { id?: string; text?: string; parameters?: string };
};

/**
 * The filled template of a reply, or undefined when the option is not set. `vars` ({{score}}, {{min}},
 * {{max}}) are available in the parameter values. Throws an Error naming the option when the template does
 * not fit its parameters.
 */
export function replyTemplate(
	option: ReplyTemplateOption | undefined,
	vars: Record<string, unknown>,
	label: string,
): { text: string; template: IDataObject } | undefined {
	const t = option?.template;
	if (!t || String(t.id ?? '').trim() === '') return undefined;
	const params = String(t.parameters ?? '')
		.split(/\r?\n/)
		.map((line) => line.trim())
		.filter((line) => line !== '')
		.map((line) => {
			const eq = line.indexOf('=');
			const name = eq < 0 ? line : line.slice(0, eq).trim();
			const value = eq < 0 ? '' : line.slice(eq + 1).trim();
			return { name, value: renderTemplate(value, vars) };
		});
	const filled = fillApprovedTemplate(String(t.text ?? ''), params);
	if (!filled.ok) throw new Error(`${label}: ${filled.message}`);
	return {
		text: filled.text,
		template: { id: String(t.id).trim(), params: filled.params as unknown as IDataObject[] },
	};
}
