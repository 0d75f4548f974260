import { test as base, expect } from '@playwright/test';

/** Every navigation waits until React has hydrated, so typing and clicking reach the real handlers. */
export const test = base.extend({
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
