'use client';

import { useTranslations } from 'next-intl';

/** Shown instead of a plain error when the new time collides with the coach's agenda: plan anyway, or not. */
export function OverlapWarning({ count, pending, onConfirm }: { count: number; pending: boolean; onConfirm: () => void }) {
  const t = useTranslations('sessions');
  return (
    <div
      role="alert"
      className="flex flex-col gap-3 rounded-md border border-amber-300 bg-amber-50 px-4 py-3 text-sm text-amber-900"
      data-testid="overlap-warning"
    >
      <p>{t('overlapWarning', { count })}</p>
      <div>
        <button type="button" className="btn btn-secondary btn-sm" onClick={onConfirm} disabled={pending}>
          {t('planAnyway')}
        </button>
      </div>
    </div>
  );
}
