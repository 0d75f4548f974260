import { getTranslations } from 'next-intl/server';
import type { ReactNode } from 'react';
import { DraftOwnerProvider } from '@/app/_components/autosave/draft-owner';
import { ClientMessages } from '@/app/_components/client-messages';
import { CoachNav, type NavItem } from '@/app/_components/coach-nav';
import { IdleWatch } from '@/app/_components/idle-watch';
import { LanguageSwitcher } from '@/app/_components/language-switcher';
import { SignOutButton } from '@/app/_components/sign-out-button';
import { requireSignedInPage } from '@/lib/auth/guards';

export default async function CoachLayout({ children }: { children: ReactNode }) {
  // Signed in is enough for the shell: every page guards itself (requireCoachPage), and sends a coach who still
  // has to enrol in two-factor sign-in to /settings/security, the one page such a coach sees (with only that link).
  const actor = await requireSignedInPage();
  // The practice name came with the session check (currentActor): no statement of its own.
  const [t, tc] = await Promise.all([getTranslations('nav'), getTranslations('common')]);
  const items: NavItem[] = [
    { href: '/dashboard', key: 'dashboard' },
    { href: '/clients', key: 'clients' },
    { href: '/employers', key: 'employers' },
    { href: '/agenda', key: 'agenda' },
    { href: '/instruments', key: 'instruments' },
    { href: '/settings', key: 'settings' },
  ];
  if (actor.role === 'owner') items.push({ href: '/outbox', key: 'outbox' });
  if (actor.mustEnrolTwoFactor) items.splice(0, items.length, { href: '/settings/security', key: 'settings' });

  return (
    <ClientMessages area="coach">
      <div className="flex min-h-screen flex-col">
        <a
          href="#main"
          className="sr-only focus:not-sr-only focus:absolute focus:left-2 focus:top-2 focus:z-50 focus:rounded focus:bg-white focus:p-3"
        >
          {t('skipToContent')}
        </a>
        <header className="border-b border-slate-200 bg-white">
          <div className="mx-auto flex max-w-7xl flex-wrap items-center gap-x-4 gap-y-2 px-4 py-2">
            <div className="flex min-w-0 flex-col">
              <span className="font-semibold text-brand-800">{tc('appName')}</span>
              <span className="truncate text-xs text-slate-600" data-testid="practice-name">
                {actor.practiceName}
              </span>
            </div>
            <CoachNav
              items={items}
              mobileExtras={
                <>
                  <LanguageSwitcher />
                  <SignOutButton />
                </>
              }
            />
            <div className="ml-auto hidden flex-wrap items-center gap-2 lg:flex">
              <span className="hidden text-sm text-slate-600 2xl:inline">{tc('signedInAs', { name: actor.name })}</span>
              <LanguageSwitcher />
              <SignOutButton />
            </div>
          </div>
        </header>
        <main id="main" tabIndex={-1} className="mx-auto w-full max-w-7xl flex-1 px-4 py-6 focus:outline-none">
          {/* Every draft a form keeps in this browser is this coach's own (use-form-draft.ts). */}
          <DraftOwnerProvider owner={actor.userId}>{children}</DraftOwnerProvider>
        </main>
      </div>
      {/* Last in the page: its bar, when it shows, comes after the content in the focus order. */}
      <IdleWatch />
    </ClientMessages>
  );
}
