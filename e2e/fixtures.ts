import { test as base, expect } from '@playwright/test';

/**
 * Every navigation waits until React has hydrated, so typing and clicking reach the real handlers. Every test fails
 * when a client component asked for a text its area does not send to the browser (next-intl logs MISSING_MESSAGE and
 * shows the key): lib/i18n/client-namespaces.ts sends branches of namespaces, and this catches a branch it lacks.
 */
export const test = base.extend({
  context: async ({ context }, use) => {
    const missing: string[] = [];
    context.on('console', (message) => {
      if (message.type() === 'error' && message.text().includes('MISSING_MESSAGE')) missing.push(message.text().split('\n')[0]!);
    });
    await use(context);
    expect(missing, 'texts a page asked for that its area does not send (lib/i18n/client-namespaces.ts)').toEqual([]);
  },
  page: async ({ page }, use) => {
    const goto = page.goto.bind(page);
    page.goto = async (url, options) => {
      const response = await goto(url, options);
      await page.locator('html[data-hydrated]').waitFor({ state: 'attached' });
      return response;
    };
    await use(page);
  },
});

export { expect };
