import { NextIntlClientProvider } from 'next-intl';
import { getMessages } from 'next-intl/server';
import type { ReactNode } from 'react';
import { type MessageArea, pickNamespaces } from '@/lib/i18n/client-namespaces';

/** Gives the client components below the texts of one area of the app (see lib/i18n/client-namespaces.ts). */
export async function ClientMessages({ area, children }: { area: MessageArea; children: ReactNode }) {
  const messages = await getMessages();
  return <NextIntlClientProvider messages={pickNamespaces(messages, area)}>{children}</NextIntlClientProvider>;
}
