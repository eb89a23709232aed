// What a survey workflow does next with a parsed reply: thank, re-prompt, give up, confirm the opt-out,
// or hand a keyword intent (Y/N, 查询…) to its own branch. Pure; used by the Parse CSI Reply node.

/** A user-defined keyword intent: the whole reply equal to one of `keywords` tags it with `name`. */
export interface KeywordIntent {
	name: string;
	keywords: string[];
}

export type FollowUpAction = 'thank' | 'reprompt' | 'give_up' | 'opt_out' | 'intent';

/** Case-folds and strips surrounding punctuation/space so "Y!", " y " and "Y." all match "Y". */
function foldKeyword(value: string): string {
	return value
		.normalize('NFKC')
		.toLocaleLowerCase()
		.replace(/^[\s\p{P}\p{S}\u200e\u200f]+|[\s\p{P}\p{S}\u200e\u200f]+$/gu, '');
}

/**
 * Returns the first intent whose keyword equals the whole reply (case-insensitive, ignoring surrounding
 * punctuation, emoji and whitespace), or `undefined`. Only replies up to 64 characters are considered.
 */
export function matchIntent(
	text: string,
	intents: readonly KeywordIntent[],
): KeywordIntent | undefined {
	if (typeof text !== 'string' || text.length > 64 || intents.length === 0) return undefined;
	const folded = foldKeyword(text);
	if (!folded) return undefined;
	for (const intent of intents) {
		for (const keyword of intent.keywords) {
			const k = foldKeyword(keyword);
			if (k && k === folded) return intent;
		}
	}
	return undefined;
}

/**
 * Decides the follow-up: opt-out wins, then a keyword intent, then a valid rating (thank); an invalid reply is
 * re-prompted while `attempt < maxAttempts`, else given up on.
 */
export function decideFollowUp(
	parsed: { valid: boolean; optOut: boolean },
	context: { attempt?: number; maxAttempts?: number; intent?: KeywordIntent },
): FollowUpAction {
	if (parsed.optOut) return 'opt_out';
	if (context.intent) return 'intent';
	if (parsed.valid) return 'thank';
	const attempt = Number.isFinite(context.attempt) ? Number(context.attempt) : 1;
	const maxAttempts = Number.isFinite(context.maxAttempts) ? Number(context.maxAttempts) : 2;
	return attempt < maxAttempts ? 'reprompt' : 'give_up';
}
