'use client';

import { useRouter } from 'next/navigation';
import { useLocale, useTranslations } from 'next-intl';
import { useState, useTransition } from 'react';
import { unsentCause } from '@/app/_components/unsent-cause';
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
  const te = useTranslations('errors');
  // A switch that got no answer (offline, a new version): said here, instead of the error page replacing a form being filled.
  const [unsent, setUnsent] = useState<ReturnType<typeof unsentCause> | null>(null);
  const current = appLocale(useLocale());
  const router = useRouter();
  const [pending, startTransition] = useTransition();
  return (
    <div role="group" aria-label={t('language')} className="flex flex-wrap items-center gap-1">
      {locales.map((locale) => (
        <button
          key={locale}
          type="button"
          lang={locale}
          className={`btn btn-ghost ${touch ? '' : 'btn-sm'}`}
          aria-pressed={locale === current}
          // Not `disabled` while it runs: a disabled button loses the focus to the page, and a keyboard or screen-reader
          // user would start again at the top.
          aria-disabled={pending || undefined}
          onClick={() =>
            !pending &&
            startTransition(async () => {
              setUnsent(null);
              try {
                await action({ locale });
              } catch (error) {
                setUnsent(unsentCause(error));
                return;
              }
              router.refresh();
            })
          }
        >
          {t(`languages.${locale}`)}
        </button>
      ))}
      {unsent && (
        <p role="alert" className="basis-full text-sm text-amber-800">
          {te(unsent)}
        </p>
      )}
    </div>
  );
}
