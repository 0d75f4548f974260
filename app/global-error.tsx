'use client';

import { NextIntlClientProvider } from 'next-intl';
import { useEffect, useState } from 'react';
import { type ErrorBoundaryProps, PageError } from '@/app/_components/status/page-error';
import { LOCALE_COOKIE, resolveLocale, TIME_ZONE } from '@/lib/i18n/locales';
import type { MessageTree } from '@/lib/i18n/messages';
import './globals.css';

/**
 * When the root layout itself fails, Next renders this instead of it: no layout, no server messages. The texts come
 * from the core messages, in the language of the visitor's cookie (Dutch by default). They load only when this
 * renders: every page carries this boundary, and bundling both dictionaries cost each page 13 kB of JavaScript.
 */
export default function GlobalError(props: ErrorBoundaryProps) {
  const cookie = typeof document === 'undefined' ? undefined : document.cookie.match(new RegExp(`(?:^|; )${LOCALE_COOKIE}=([^;]*)`))?.[1];
  const locale = resolveLocale(cookie);
  const [errors, setErrors] = useState<MessageTree | null>(null);
  useEffect(() => {
    const load = locale === 'en' ? import('@/lib/i18n/messages/core.en.json') : import('@/lib/i18n/messages/core.nl.json');
    load.then((m) => setErrors(m.default.errors)).catch(() => setErrors({}));
  }, [locale]);
  return (
    <html lang={locale}>
      <body className="min-h-screen">
        {errors && (
          <NextIntlClientProvider locale={locale} messages={{ errors }} timeZone={TIME_ZONE}>
            <main className="px-4">
              <PageError {...props} home={{ href: '/', label: 'toHome' }} />
            </main>
          </NextIntlClientProvider>
        )}
      </body>
    </html>
  );
}
