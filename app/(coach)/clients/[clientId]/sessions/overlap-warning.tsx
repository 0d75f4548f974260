'use client';

import { useTranslations } from 'next-intl';

/**
 * The refusal's params (lib/sessions/service.ts): how many sessions clash, and whether in the caller's own agenda.
 * `mode`: the form it confirms, planning a session or moving one ("plan anyway" / "move anyway").
 */
type Props = { mode: 'plan' | 'move'; params?: Record<string, string | number>; pending: boolean; onConfirm: () => void };

/** Shown instead of a plain error when the new time collides with the coach's agenda (the caller's or a colleague's). */
export function OverlapWarning({ mode, params, pending, onConfirm }: Props) {
  const t = useTranslations('sessions');
  const count = Number(params?.count ?? 1);
  const agenda = params?.agenda === 'other' ? 'other' : 'own';
  return (
    <div
      role="alert"
      className="flex flex-col gap-3 rounded-md border border-amber-300 bg-amber-50 px-4 py-3 text-sm text-amber-900"
      data-testid="overlap-warning"
    >
      <p>{mode === 'move' ? t('overlapWarningMove', { count, agenda }) : t('overlapWarning', { count, agenda })}</p>
      <div>
        <button type="button" className="btn btn-secondary btn-sm" onClick={onConfirm} disabled={pending}>
          {mode === 'move' ? t('moveAnyway') : t('planAnyway')}
        </button>
      </div>
    </div>
  );
}
