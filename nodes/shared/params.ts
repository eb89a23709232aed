import type { IExecuteFunctions, NodeParameterValueType } from 'n8n-workflow';

function hasExpression(value: unknown, depth = 0): boolean {
	if (typeof value === 'string') return value.startsWith('=');
	if (depth > 8 || value === null || typeof value !== 'object') return false;
	for (const v of Object.values(value as Record<string, unknown>))
		if (hasExpression(v, depth + 1)) return true;
	return false;
}

/**
 * Returns a per-item reader for a node parameter that resolves it once when it holds no expression (the
 * common case for settings like the scale) and per item otherwise. Saves n8n's parameter resolution cost on
 * large inputs without changing results.
 */
export function paramReader<T>(
	ctx: IExecuteFunctions,
	name: string,
	fallback: T,
): (itemIndex: number) => T {
	const raw = (ctx.getNode().parameters as Record<string, unknown>)[name];
	if (hasExpression(raw)) {
		return (itemIndex) =>
			ctx.getNodeParameter(name, itemIndex, fallback as NodeParameterValueType) as T;
	}
	let cached: { value: T } | undefined;
	return () => {
		cached ??= { value: ctx.getNodeParameter(name, 0, fallback as NodeParameterValueType) as T };
		return cached.value;
	};
}
