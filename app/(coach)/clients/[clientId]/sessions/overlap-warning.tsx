'use client';

import { useTranslations } from 'next-intl';

type Props = { count: number; agenda: 'own' | 'other'; pending: boolean; onConfirm: () => void };

/** Shown instead of a plain error when the new time collides with the coach's agenda (the caller's or a colleague's). */
export function OverlapWarning({ count, agenda, pending, onConfirm }: Props) {
  const t = useTranslations('sessions');
  return (
    <div
      role="alert"
      className="flex flex-col gap-3 rounded-md border border-amber-300 bg-amber-50 px-4 py-3 text-sm text-amber-900"
      data-testid="overlap-warning"
    >
      <p>{t('overlapWarning', { count, agenda })}</p>
      <div>
        <button type="button" className="btn btn-secondary btn-sm" onClick={onConfirm} disabled={pending}>
          {t('planAnyway')}
        </button>
      </div>
    </div>
  );
}
