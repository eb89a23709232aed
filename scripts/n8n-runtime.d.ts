// Types of scripts/n8n-runtime.js (plain JS so the demo runs without a TypeScript step).
export interface RuntimePaths {
	dir: string;
	/** Node 24 binary. */
	node: string;
	nodeDir: string;
	/** n8n's CLI entry (run it with `node`). */
	n8n: string;
	n8nDir: string;
	headers: string;
	marker: string;
	version: string;
	nodeVersion: string;
}
export function ensureRuntime(log?: (message: string) => void): RuntimePaths;
export function runtimeDir(): string;
export function paths(dir?: string): RuntimePaths;
export const N8N_VERSION: string;
export const NODE_VERSION: string;
