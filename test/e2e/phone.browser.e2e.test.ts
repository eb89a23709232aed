// The demo as a person uses it: headless Chromium (Debian's package, driven by playwright-core) opens the phone
// simulator, waits for the survey SMS n8n sent, types a reply, and the reply ends as a scored row in n8n's
// Data Table — through the real trigger, parser and templates.
import type { Browser } from 'playwright-core';
import { launchChromium } from './harness/browser';
import { DEMO_CUSTOMERS, startDemoStack, type DemoStack } from './harness/demoStack';
import { delay } from './harness/n8n';

describe('phone simulator page in a browser', () => {
	let stack: DemoStack;
	let browser: Browser;

	beforeAll(async () => {
		browser = await launchChromium();
		stack = await startDemoStack({ surveyDelaySeconds: 1 });
	});

	afterAll(async () => {
		await browser?.close();
		await stack?.stop();
	});

	test('a reply typed on the page ends as a scored survey row', async () => {
		const customer = DEMO_CUSTOMERS[0];
		await stack.closeInteraction(customer);

		const page = await browser.newPage();
		await page.goto(stack.gateway.url);
		const phone = page.locator(`[data-testid="phone"][data-phone="${customer.phone}"]`);
		const survey = phone
			.locator('[data-testid="message"][data-direction="out"] [data-testid="message-text"]')
			.first();
		await survey.waitFor({ timeout: 60_000 });
		expect(await survey.textContent()).toMatch(/1.*5/);

		await phone.locator('[data-testid="reply-input"]').fill('4, долго ждал');
		await phone.locator('[data-testid="reply-send"]').click();

		let row: Record<string, unknown> | undefined;
		for (let i = 0; i < 120 && !(row && row.status === 'answered'); i++) {
			row = (await stack.table('csi_surveys')).find((r) => r.phone === customer.phone);
			if (!(row && row.status === 'answered')) await delay(500);
		}
		expect(row).toMatchObject({
			phone: customer.phone,
			ticketId: customer.ticketId,
			operator: customer.operator,
			status: 'answered',
			score: 4,
			comment: 'долго ждал',
		});
		// The customer sees the thank-you in Russian on the simulated phone.
		await phone
			.locator('[data-testid="message"][data-direction="out"] [data-testid="message-text"]', {
				hasText: 'Спасибо',
			})
			.first()
			.waitFor({ timeout: 30_000 });
		const events = await stack.table('csi_events');
		expect(events.filter((e) => e.phone === customer.phone).map((e) => e.kind)).toEqual(
			expect.arrayContaining(['sent', 'reply']),
		);
	});
});
