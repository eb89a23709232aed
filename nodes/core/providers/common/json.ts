// Small, total helpers for reading untrusted JSON-ish values. Nothing here throws.

/** A plain object (not an array, not null). */
export function isRecord(value: unknown): value is Record<string, unknown> {
	return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** A plain object view of `value`, or undefined when it is not a non-array object. */
export function asRecord(value: unknown): Record<string, unknown> | undefined {
	return isRecord(value) ? value : undefined;
}

/**
 * Value of header `name` in any letter case; for repeated headers the first string value. `undefined` when
 * absent.
 */
export function headerValue(
	headers: Record<string, string | string[] | undefined> | undefined,
	name: string,
): string | undefined {
	if (!headers || typeof headers !== 'object') return undefined;
	const wanted = name.toLowerCase();
	for (const key of Object.keys(headers)) {
		if (key.toLowerCase() !== wanted) continue;
		const value = headers[key];
		if (typeof value === 'string') return value;
		if (Array.isArray(value)) {
			const first = value.find((v) => typeof v === 'string');
			if (first !== undefined) return first;
		}
	}
	return undefined;
}

/** `value` as a string when it is a string or a finite number / boolean; else undefined. */
export function asText(value: unknown): string | undefined {
	if (typeof value === 'string') return value;
	if (typeof value === 'number' && Number.isFinite(value)) return String(value);
	if (typeof value === 'boolean') return value ? 'true' : 'false';
	return undefined;
}

/** A response body as the provider sent it: JSON text is parsed, anything else is returned as is. */
export function parseResponseBody(body: unknown): unknown {
	if (typeof body !== 'string') return body;
	const t = body.trim();
	if (t === '' || (t[0] !== '{' && t[0] !== '[')) return body;
	try {
		return JSON.parse(t) as unknown;
	} catch {
		return body;
	}
}

const MAX_PATH = 500;

/**
 * Split a JSON path such as `data.messages[0].id`, `messages[0]["message-id"]` or `Response.Error.Code`
 * into keys. A leading `$` or `$.` is ignored. Returns undefined for a malformed path.
 */
export function splitJsonPath(path: string): Array<string | number> | undefined {
	if (typeof path !== 'string' || path.length > MAX_PATH) return undefined;
	let p = path.trim();
	if (p.startsWith('$')) p = p.slice(1);
	if (p.startsWith('.')) p = p.slice(1);
	const keys: Array<string | number> = [];
	let i = 0;
	let cur = '';
	let curStarted = false;
	while (i < p.length) {
		const ch = p[i];
		if (ch === '.') {
			if (curStarted) keys.push(cur);
			else if (keys.length === 0 || p[i - 1] !== ']') return undefined;
			cur = '';
			curStarted = false;
			i++;
		} else if (ch === '[') {
			if (curStarted) keys.push(cur);
			cur = '';
			curStarted = false;
			const close = p.indexOf(']', i);
			if (close < 0) return undefined;
			const inner = p.slice(i + 1, close).trim();
			if (/^\d+$/.test(inner)) keys.push(Number(inner));
			else if (
				inner.length >= 2 &&
				(inner[0] === '"' || inner[0] === "'") &&
				inner[inner.length - 1] === inner[0]
			)
				keys.push(inner.slice(1, -1));
			else if (inner === '') return undefined;
			else keys.push(inner);
			i = close + 1;
		} else {
			cur += ch;
			curStarted = true;
			i++;
		}
	}
	if (curStarted) keys.push(cur);
	return keys;
}

/**
 * Read `path` (dot/bracket notation, e.g. `data.messages[0].id`) from `value`. Returns undefined when any
 * step is missing or the path is malformed. Array indexes may be written `[0]` or `.0`.
 */
export function readJsonPath(value: unknown, path: string): unknown {
	const keys = splitJsonPath(path);
	if (!keys) return undefined;
	let cur: unknown = value;
	for (const key of keys) {
		if (cur === null || typeof cur !== 'object') return undefined;
		if (Array.isArray(cur)) {
			const idx = typeof key === 'number' ? key : /^\d+$/.test(key) ? Number(key) : NaN;
			if (!Number.isInteger(idx)) return undefined;
			cur = cur[idx];
		} else {
			const k = String(key);
			if (!Object.prototype.hasOwnProperty.call(cur, k)) return undefined;
			cur = (cur as Record<string, unknown>)[k];
		}
	}
	return cur;
}

/** The first of `paths` that yields a string/number value, as text. */
export function firstText(value: unknown, paths: readonly string[]): string | undefined {
	for (const p of paths) {
		const t = asText(readJsonPath(value, p));
		if (t !== undefined && t !== '') return t;
	}
	return undefined;
}
