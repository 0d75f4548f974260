import { getTranslations } from 'next-intl/server';
import type { ReactNode } from 'react';
import { SignOutForm } from '@/app/_components/autosave/sign-out-form';
import { ClientMessages } from '@/app/_components/client-messages';
import { LanguageSwitcher } from '@/app/_components/language-switcher';
import { currentPortalClient } from '@/lib/portal/guards';
import { setPortalLanguageAction, signOutPortalAction } from './actions';

export async function generateMetadata() {
  const t = await getTranslations('portal');
  return { title: { default: t('title'), template: `%s · ${t('title')}` }, robots: { index: false, follow: false } };
}

/** The client portal: its own narrow, phone-first frame, outside the coach area. */
export default async function PortalLayout({ children }: { children: ReactNode }) {
  const [t, client] = await Promise.all([getTranslations('portal'), currentPortalClient()]);
  return (
    <ClientMessages area="portal">
      <div className="flex min-h-screen flex-col">
        <a
          href="#main"
          className="sr-only focus:not-sr-only focus:absolute focus:left-2 focus:top-2 focus:z-50 focus:rounded focus:bg-white focus:p-3"
        >
          {t('skipToContent')}
        </a>
        <header className="border-b border-slate-200 bg-white">
          {/* With large text on a narrow phone the sign-out button moves under the practice's name instead of over it. */}
          <div className="mx-auto flex max-w-xl flex-wrap items-center justify-between gap-x-3 px-4 py-2">
            {/* Plain links in the portal: a full load on a phone is fine, and next/link cost each portal page about 3 kB of script. */}
            <a href="/portal" className="flex min-h-11 min-w-0 flex-1 basis-40 flex-col justify-center no-underline hover:no-underline">
              <span className="font-semibold text-brand-800 [overflow-wrap:anywhere]">{client?.practiceName ?? t('title')}</span>
              {client && <span className="truncate text-xs text-slate-600">{t('title')}</span>}
            </a>
            {client && (
              <SignOutForm action={signOutPortalAction} className="ms-auto shrink-0">
                <button type="submit" className="btn btn-ghost">
                  {t('signOut')}
                </button>
              </SignOutForm>
            )}
          </div>
        </header>
        <main id="main" tabIndex={-1} className="mx-auto w-full max-w-xl flex-1 px-4 py-5 focus:outline-none">
          {children}
        </main>
        {/* Signed out too (the sign-in link's page, asking for a new link): this browser's language until the client is known. */}
        <footer className="border-t border-slate-200 bg-white">
          <div className="mx-auto flex max-w-xl justify-end px-4 py-2">
            {client ? <LanguageSwitcher touch action={setPortalLanguageAction} /> : <LanguageSwitcher touch />}
          </div>
        </footer>
      </div>
    </ClientMessages>
  );
}
