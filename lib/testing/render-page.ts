import { NextIntlClientProvider } from 'next-intl';
import { createElement, type ReactNode } from 'react';
import { prerender } from 'react-dom/static';
import { dutchIntl } from './next-intl-server-mock';

/**
 * A server page (the awaited page function's result) rendered to HTML outside Next, in Dutch: its client components get
 * the provider that matches the mocked `next-intl/server` (next-intl-server-mock.ts), so both halves speak the same
 * messages. `prerender` waits for the async parts; React's `<!-- -->` between adjacent texts is dropped, so a test can
 * look for a sentence whole.
 */
export async function renderPageHtml(element: unknown): Promise<string> {
  const { prelude } = await prerender(createElement(NextIntlClientProvider, dutchIntl as never, element as ReactNode));
  return (await new Response(prelude).text()).replace(/<!-- -->/g, '');
}
