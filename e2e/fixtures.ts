import { type BrowserContext, test as base, expect } from '@playwright/test';

/** What next-intl logs when a text cannot be shown as written (it shows the key instead); ENVIRONMENT_FALLBACK is not one. */
const TEXT_ERROR = /\b(MISSING_MESSAGE|INSUFFICIENT_PATH|INVALID_KEY|INVALID_MESSAGE|MISSING_FORMAT|FORMATTING_ERROR)\b/;

/**
 * Every navigation waits until React has hydrated, so typing and clicking reach the real handlers. Every test fails
 * when a page asked for a text its area does not send to the browser (lib/i18n/client-namespaces.ts sends branches
 * of namespaces; a key that arrives as data and is missing is logged by useMessage): in the test's own context and in
 * every context it opens itself (a client's phone, an employer's browser).
 */
export const test = base.extend<{ textErrors: string[] }>({
  textErrors: [
    async ({ browser }, use) => {
      const errors: string[] = [];
      const newContext = browser.newContext.bind(browser);
      browser.newContext = async (options) => watchTexts(await newContext(options), errors);
      try {
        await use(errors);
      } finally {
        browser.newContext = newContext;
      }
      expect(errors, 'texts a page asked for that its area does not send (lib/i18n/client-namespaces.ts)').toEqual([]);
    },
    { auto: true },
  ],
  context: async ({ context, textErrors }, use) => {
    await use(watchTexts(context, textErrors));
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

function watchTexts(context: BrowserContext, errors: string[]): BrowserContext {
  context.on('console', (message) => {
    if (message.type() === 'error' && TEXT_ERROR.test(message.text())) errors.push(message.text().split('\n')[0]!);
  });
  return context;
}

export { expect };
