import { NextIntlClientProvider } from 'next-intl';
import { createElement, type ReactElement, type ReactNode } from 'react';
import { renderToStaticMarkup } from 'react-dom/server';
import { TIME_ZONE } from '@/lib/i18n/locales';
import { messagesFor } from '@/lib/i18n/messages';

const Provider = NextIntlClientProvider as (props: {
  locale: string;
  messages: object;
  timeZone: string;
  children?: ReactNode;
}) => ReactNode;

/** A client component rendered to HTML on the server (no DOM in tests), with the real messages: what the browser first gets. */
export function renderClientHtml(element: ReactElement, locale: 'nl' | 'en' = 'nl'): string {
  return renderToStaticMarkup(createElement(Provider, { locale, messages: messagesFor(locale), timeZone: TIME_ZONE }, element));
}
