'use client';

import { NextIntlClientProvider } from 'next-intl';
import { type ErrorBoundaryProps, PageError } from '@/app/_components/status/page-error';
import { LOCALE_COOKIE, resolveLocale, TIME_ZONE } from '@/lib/i18n/locales';
import coreEn from '@/lib/i18n/messages/core.en.json';
import coreNl from '@/lib/i18n/messages/core.nl.json';
import './globals.css';

/**
 * When the root layout itself fails, Next renders this instead of it: no layout, no server messages. The texts come
 * from the core messages bundled here, in the language of the visitor's cookie (Dutch by default).
 */
export default function GlobalError(props: ErrorBoundaryProps) {
  const cookie = typeof document === 'undefined' ? undefined : document.cookie.match(new RegExp(`(?:^|; )${LOCALE_COOKIE}=([^;]*)`))?.[1];
  const locale = resolveLocale(cookie);
  const messages = { errors: (locale === 'en' ? coreEn : coreNl).errors };
  return (
    <html lang={locale}>
      <body className="min-h-screen">
        <NextIntlClientProvider locale={locale} messages={messages} timeZone={TIME_ZONE}>
          <main className="px-4">
            <PageError {...props} home={{ href: '/', label: 'toHome' }} />
          </main>
        </NextIntlClientProvider>
      </body>
    </html>
  );
}
