import { getTranslations } from 'next-intl/server';
import type { ReactNode } from 'react';
import { ClientMessages } from '@/app/_components/client-messages';
import { LanguageSwitcher } from '@/app/_components/language-switcher';

export default async function AuthLayout({ children }: { children: ReactNode }) {
  const t = await getTranslations('common');
  return (
    <ClientMessages area="auth">
      <div className="flex min-h-screen flex-col">
        <header className="flex items-center justify-between gap-4 px-4 py-3 sm:px-8">
          <span className="text-lg font-semibold text-brand-800">{t('appName')}</span>
          <LanguageSwitcher />
        </header>
        <main id="main" className="flex flex-1 items-start justify-center px-4 py-8 sm:py-16">
          <div className="card w-full max-w-md">{children}</div>
        </main>
      </div>
    </ClientMessages>
  );
}
