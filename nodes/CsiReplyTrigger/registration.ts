// Registering the trigger's URL with the provider ("Register Webhook Automatically"): planning which slots
// change. What the requests look like is each provider's own `registration` (core/providers/<id>). Pure.
import { isRecord } from '../core/providers';
import type { RegistrationState, RegistrationTarget } from '../core/providers';

export type { RegistrationState, RegistrationTarget };

function text(v: unknown): string {
	return typeof v === 'string' ? v : '';
}

/** Whether every slot of the target already holds `url`. */
export function isRegistered(
	t: RegistrationTarget,
	state: RegistrationState,
	url: string,
): boolean {
	return t.slots.length > 0 && t.slots.every((s) => state.values[s] === url);
}

/** Values that point every slot at `url`, and the previous values worth restoring later. */
export function planCreate(
	t: RegistrationTarget,
	state: RegistrationState,
	url: string,
): { values: Record<string, string>; previous: Record<string, string> } {
	const values: Record<string, string> = {};
	const previous: Record<string, string> = {};
	for (const s of t.slots) {
		values[s] = url;
		const old = state.values[s] ?? '';
		if (old !== url) previous[s] = old;
	}
	return { values, previous };
}

/** Values that restore the slots still pointing at `url` to what they were before (or empty). */
export function planDelete(
	t: RegistrationTarget,
	state: RegistrationState,
	url: string,
	previous: Record<string, string>,
): Record<string, string> {
	const values: Record<string, string> = {};
	for (const s of t.slots) if (state.values[s] === url) values[s] = previous[s] ?? '';
	return values;
}

/** Provider's error text from an error answer, for the node's error message. */
export function errorText(body: unknown): string {
	if (typeof body === 'string') return body.slice(0, 300);
	if (!isRecord(body)) return '';
	if (typeof body.message === 'string') return body.message;
	if (typeof body.error === 'string') return body.error;
	if (typeof body['error-code-label'] === 'string') return body['error-code-label'];
	if (Array.isArray(body.errors) && isRecord(body.errors[0])) {
		const e = body.errors[0];
		return [text(e.title), text(e.detail)].filter(Boolean).join(': ');
	}
	return JSON.stringify(body).slice(0, 300);
}
