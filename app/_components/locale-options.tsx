'use client';

import { useTranslations } from 'next-intl';
import { locales } from '@/lib/i18n/locales';

/**
 * The two languages of the app, for every "language" select (account, client, contact, invitation), named in the
 * page's language (an English page says "Dutch"); the language switcher alone names each in itself. A file of its own,
 * so that forms without a language select do not carry its code.
 */
export function LocaleOptions() {
  const tc = useTranslations('common');
  return (
    <>
      {locales.map((locale) => (
        <option key={locale} value={locale}>
          {tc(`languageNames.${locale}`)}
        </option>
      ))}
    </>
  );
}
