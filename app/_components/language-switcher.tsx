'use client';

import { useRouter } from 'next/navigation';
import { useLocale, useTranslations } from 'next-intl';
import { useTransition } from 'react';
import { setLocaleAction } from '@/app/(auth)/actions';
import { appLocale } from '@/lib/i18n/app-locale';
import { type Locale, locales } from '@/lib/i18n/locales';

type Props = {
  /** Full 44px buttons, for the client's pages on a phone. */
  touch?: boolean;
  /** What switching does: by default it sets this browser's language; the portal stores the client's choice. */
  action?: (input: { locale: Locale }) => Promise<unknown>;
};

export function LanguageSwitcher({ touch = false, action = setLocaleAction }: Props) {
  const t = useTranslations('common');
  const current = appLocale(useLocale());
  const router = useRouter();
  const [pending, startTransition] = useTransition();
  return (
    <div role="group" aria-label={t('language')} className="flex gap-1">
      {locales.map((locale) => (
        <button
          key={locale}
          type="button"
          lang={locale}
          className={`btn btn-ghost ${touch ? '' : 'btn-sm'}`}
          aria-pressed={locale === current}
          disabled={pending}
          onClick={() =>
            startTransition(async () => {
              await action({ locale });
              router.refresh();
            })
          }
        >
          {t(`languages.${locale}`)}
        </button>
      ))}
    </div>
  );
}
