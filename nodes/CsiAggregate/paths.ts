/** A compiled field path: the literal key and its dot-separated segments. */
export interface FieldPath {
	literal: string;
	segments: string[];
}

const hasOwn = (o: object, k: string): boolean => Object.prototype.hasOwnProperty.call(o, k);

/** Compiles `a.b.c` (surrounding spaces trimmed). */
export function compilePath(path: string): FieldPath {
	const literal = path.trim();
	return { literal, segments: literal.split('.') };
}

/**
 * Value at a dotted path of a JSON object, `undefined` when any step is missing. A key that literally contains
 * the dots (`{"csi.score": 4}`) wins over the nested reading. Only own properties are read (never
 * `constructor`, `__proto__` of the prototype chain). Never throws.
 */
export function getPath(obj: unknown, path: FieldPath): unknown {
	if (typeof obj !== 'object' || obj === null) return undefined;
	if (hasOwn(obj, path.literal)) return (obj as Record<string, unknown>)[path.literal];
	if (path.segments.length === 1) return undefined;
	let cur: unknown = obj;
	for (const seg of path.segments) {
		if (typeof cur !== 'object' || cur === null || !hasOwn(cur, seg)) return undefined;
		cur = (cur as Record<string, unknown>)[seg];
	}
	return cur;
}

/** First path (in order) whose value on `obj` is not `undefined`. */
export function getFirst(obj: unknown, paths: readonly FieldPath[]): unknown {
	for (const p of paths) {
		const v = getPath(obj, p);
		if (v !== undefined) return v;
	}
	return undefined;
}

/** The configured path followed by the fallbacks, without duplicates or empty paths. */
export function pathChain(configured: string, fallbacks: readonly string[]): FieldPath[] {
	const seen = new Set<string>();
	const out: FieldPath[] = [];
	for (const p of [configured, ...fallbacks]) {
		const c = compilePath(p);
		if (c.literal === '' || seen.has(c.literal)) continue;
		seen.add(c.literal);
		out.push(c);
	}
	return out;
}
