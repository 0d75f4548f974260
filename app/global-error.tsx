'use client';

import { NextIntlClientProvider } from 'next-intl';
import { type ComponentType, useEffect, useState } from 'react';
import type { ErrorBoundaryProps, PageError as PageErrorComponent } from '@/app/_components/status/page-error';
import { LOCALE_COOKIE, resolveLocale, TIME_ZONE } from '@/lib/i18n/locales';
import type { MessageTree } from '@/lib/i18n/messages';
import './globals.css';

type Loaded = { errors: MessageTree; PageError: ComponentType<Parameters<typeof PageErrorComponent>[0]> } | 'failed';

/**
 * When the root layout itself fails, Next renders this instead of it: no layout, no server messages. The texts come
 * from the core messages, in the language of the visitor's cookie (Dutch by default). They load only when this
 * renders, with the error page's component: every page carries this boundary, and bundling both dictionaries cost each
 * page 13 kB of JavaScript (the component, which every other error boundary also carries, 0.5 kB). Should they not
 * load either, the app's name leads back to its start.
 */
export default function GlobalError(props: ErrorBoundaryProps) {
  const cookie = typeof document === 'undefined' ? undefined : document.cookie.match(new RegExp(`(?:^|; )${LOCALE_COOKIE}=([^;]*)`))?.[1];
  const locale = resolveLocale(cookie);
  const [loaded, setLoaded] = useState<Loaded | null>(null);
  useEffect(() => {
    // What the root layout's HydrationMarker says on every other page: the page's code runs (the tests wait for it).
    document.documentElement.dataset.hydrated = 'true';
    const messages = locale === 'en' ? import('@/lib/i18n/messages/core.en.json') : import('@/lib/i18n/messages/core.nl.json');
    Promise.all([messages, import('@/app/_components/status/page-error')])
      .then(([m, page]) => setLoaded({ errors: m.default.errors, PageError: page.PageError }))
      .catch(() => setLoaded('failed'));
  }, [locale]);
  return (
    <html lang={locale}>
      <body className="min-h-screen">
        <main className="px-4">
          {loaded === 'failed' ? (
            <p className="py-8">
              <a href="/">Balanspunt</a>
            </p>
          ) : (
            loaded && (
              <NextIntlClientProvider locale={locale} messages={{ errors: loaded.errors }} timeZone={TIME_ZONE}>
                <loaded.PageError {...props} home={{ href: '/', label: 'toHome' }} />
              </NextIntlClientProvider>
            )
          )}
        </main>
      </body>
    </html>
  );
}
