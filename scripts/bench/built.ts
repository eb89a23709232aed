// The core as users get it: the compiled package entry (dist/index.js, built by `npm run bench`), not the
// TypeScript sources through the dev-time transpiler, so the numbers are those of the shipped code.
import { createRequire } from 'node:module';
import * as path from 'node:path';

type Core = typeof import('../../index');

let loaded: Core | undefined;

export function builtCore(): Core {
	if (!loaded) {
		const entry = path.resolve(__dirname, '..', '..', 'dist', 'index.js');
		loaded = createRequire(__filename)(entry) as Core;
	}
	return loaded;
}
