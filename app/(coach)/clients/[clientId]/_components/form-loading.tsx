'use client';

import { useTranslations } from 'next-intl';

/** Shown where a lazily loaded form appears while its code arrives (usually already there: it preloads on hover/focus). */
export function FormLoading() {
  const t = useTranslations('errors');
  return (
    <p className="mt-3 text-sm text-slate-600" role="status">
      {t('loading')}
    </p>
  );
}
