// The demo's phone page with the survey conversation: headless Chromium (Debian's package, driven by
// playwright-core) answers a survey in two steps — a low score with words, then the reason by its number —
// and the conversation ends as one answered csi_surveys row with score, reason and comment.
import type { Browser } from 'playwright-core';
import { launchChromium } from './harness/browser';
import { DEMO_CUSTOMERS, startDemoStack, type DemoStack } from './harness/demoStack';
import { delay } from './harness/n8n';

describe('phone page: a survey conversation in a browser', () => {
	let stack: DemoStack;
	let browser: Browser;

	beforeAll(async () => {
		browser = await launchChromium();
		stack = await startDemoStack({ surveyDelaySeconds: 1, conversation: true });
	});

	afterAll(async () => {
		await browser?.close();
		await stack?.stop();
	});

	test('"2, долго ждал" → reasons list → "1" → one answered row with score, reason and comment', async () => {
		const customer = DEMO_CUSTOMERS[0];
		await stack.closeInteraction(customer);
		const page = await browser.newPage();
		await page.goto(stack.gateway.url);
		const phone = page.locator(`[data-testid="phone"][data-phone="${customer.phone}"]`);
		const out = phone.locator(
			'[data-testid="message"][data-direction="out"] [data-testid="message-text"]',
		);
		await out.first().waitFor({ timeout: 60_000 });
		expect(await out.first().textContent()).toMatch(/1.*5/);

		const send = async (text: string) => {
			await phone.locator('[data-testid="reply-input"]').fill(text);
			await phone.locator('[data-testid="reply-send"]').click();
		};
		await send('2, долго ждал');
		await phone
			.locator('[data-testid="message-text"]', { hasText: 'Что пошло не так' })
			.first()
			.waitFor({ timeout: 30_000 });
		expect(
			await phone
				.locator('[data-testid="message-text"]', { hasText: 'Что пошло не так' })
				.first()
				.textContent(),
		).toContain('1 – долгое ожидание');
		await send('1');
		await phone
			.locator('[data-testid="message-text"]', { hasText: 'Спасибо' })
			.first()
			.waitFor({ timeout: 30_000 });

		let row: Record<string, unknown> | undefined;
		for (let i = 0; i < 60 && !(row && row.status === 'answered'); i++) {
			row = (await stack.table('csi_surveys')).find((r) => r.phone === customer.phone);
			if (!(row && row.status === 'answered')) await delay(500);
		}
		expect(row).toMatchObject({
			phone: customer.phone,
			ticketId: customer.ticketId,
			status: 'answered',
			score: 2,
			reason: 'wait_time',
			comment: 'долго ждал',
			attempts: 2,
		});
		expect(
			(await stack.table('csi_surveys')).filter((r) => r.phone === customer.phone),
		).toHaveLength(1);
		await page.screenshot({ path: '/tmp/conversation-phone.png', fullPage: true });
	});
});
