// Headless Chromium (Debian's package, driven by playwright-core) for the browser e2e tests of the demo's
// phone page.
import * as fs from 'node:fs';
import { chromium, type Browser } from 'playwright-core';

const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';

/** Launches Chromium, or throws a clear error naming the package when it is not installed. */
export async function launchChromium(): Promise<Browser> {
	if (!fs.existsSync(CHROMIUM))
		throw new Error(`Chromium not found at ${CHROMIUM} (apt-get install chromium)`);
	return chromium.launch({
		executablePath: CHROMIUM,
		args: [
			'--no-sandbox',
			'--disable-gpu',
			'--disable-quic',
			'--no-first-run',
			'--disable-background-networking',
			'--disable-component-update',
			'--disable-sync',
		],
	});
}
