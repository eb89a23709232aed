// Runs once before the e2e tests: makes sure the pinned n8n runtime is installed (cached outside the source
// tree) and packs this package, as a user would install it.
import * as fs from 'node:fs';
import { ensureRuntime } from '../../../scripts/n8n-runtime';
import { packPackage } from './n8n';

export default async function globalSetup(): Promise<void> {
	ensureRuntime((m) => process.stderr.write(`[e2e] ${m}\n`));
	const given = process.env.CSI_PACKAGE_TARBALL;
	const tarball = given && fs.existsSync(given) ? given : packPackage();
	process.stderr.write(`[e2e] package ${tarball}\n`);
}
