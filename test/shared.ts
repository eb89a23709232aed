// The read-only test data beside the repository (`../shared`: corpus/, real-reviews/, peer-vectors/). It is
// never copied into the project: tests read it at run time, and where it is absent (a clone elsewhere, GitHub
// Actions) they say "skipped: ../shared not present" and skip instead of failing.
import { existsSync } from 'node:fs';
import * as path from 'node:path';

/** `../shared`, seen from the repository root. */
export const SHARED_DIR = path.resolve(__dirname, '..', '..', 'shared');

/** Absolute path of a file or folder inside ../shared. */
export function sharedPath(...parts: string[]): string {
	return path.join(SHARED_DIR, ...parts);
}

/** Whether ../shared holds that file or folder. */
export function sharedPresent(...parts: string[]): boolean {
	return existsSync(sharedPath(...parts));
}

/**
 * `describe` when ../shared holds `parts` (a file or folder), else `describe.skip` with the reason printed.
 * The body still runs to collect the tests, so read the data inside hooks or tests, or guard with
 * `sharedPresent`.
 */
export function describeShared(name: string, parts: string[], body: () => void): void {
	if (sharedPresent(...parts)) {
		describe(name, body);
		return;
	}
	const what = path.join('..', 'shared', ...parts);
	process.stderr.write(`skipped: ../shared not present (${what} missing): ${name}\n`);
	describe.skip(name, body);
}
