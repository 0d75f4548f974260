import type { Metadata, Viewport } from 'next';
import { cookies } from 'next/headers';
import { getLocale, getTranslations } from 'next-intl/server';
import type { ReactNode } from 'react';
import { ClientMessages } from './_components/client-messages';
import { HydrationMarker } from './_components/hydration-marker';
import './globals.css';

export async function generateMetadata(): Promise<Metadata> {
  // The tagline is a server-only text (meta): the employer's page must not carry it to the browser.
  const [t, tm] = await Promise.all([getTranslations('common'), getTranslations('meta')]);
  return { title: { default: t('appName'), template: `%s · ${t('appName')}` }, description: tm('tagline') };
}

export const viewport: Viewport = { width: 'device-width', initialScale: 1 };

export default async function RootLayout({ children }: { children: ReactNode }) {
  // How the end-to-end tests see global-error.tsx, which replaces this layout when it fails (only with E2E_FORCE_ERRORS=1).
  if (process.env.E2E_FORCE_ERRORS === '1' && (await cookies()).has('e2e_root_error')) throw new Error('Forced by the end-to-end tests');
  const locale = await getLocale();
  return (
    <html lang={locale}>
      <body className="min-h-screen">
        <ClientMessages area="shell">
          <HydrationMarker />
          {children}
        </ClientMessages>
      </body>
    </html>
  );
}
