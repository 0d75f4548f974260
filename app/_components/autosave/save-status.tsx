'use client';

import { useFormatter, useTranslations } from 'next-intl';
import type { AutosaveStatus } from './use-autosave';

/** The visible saving/saved/offline state of an autosaving form, announced politely. */
export function SaveStatus({
  status,
  pendingCount,
  lastSavedAt,
  notSaved = 0,
}: {
  status: AutosaveStatus;
  pendingCount: number;
  lastSavedAt: Date | null;
  /** Answers the form itself refused and did not send (a date outside its range): "all saved" would not be true. */
  notSaved?: number;
}) {
  const t = useTranslations('autosave');
  const format = useFormatter();
  const text =
    status === 'signed_out'
      ? t('signedOut', { count: pendingCount })
      : status === 'two_factor'
        ? t('twoFactor', { count: pendingCount })
        : status === 'outdated'
          ? t('outdated', { count: pendingCount })
          : status === 'offline'
            ? t('offline', { count: pendingCount })
            : status === 'waiting'
              ? t('waiting', { count: pendingCount })
              : status === 'saving'
                ? t('saving')
                : status === 'error'
                  ? t('error')
                  : notSaved > 0 && (status === 'saved' || status === 'idle')
                    ? t('notSaved', { count: notSaved })
                    : status === 'saved' && lastSavedAt
                      ? t('saved', { time: format.dateTime(lastSavedAt, { timeStyle: 'short' }) })
                      : // Nothing sent yet: what the bar is for, rather than an empty bar at the top of a phone's screen.
                        t('idle');
  const tone =
    status === 'offline' ||
    status === 'waiting' ||
    status === 'error' ||
    status === 'signed_out' ||
    status === 'two_factor' ||
    status === 'outdated' ||
    notSaved > 0
      ? 'text-amber-800 bg-amber-50 border-amber-200'
      : 'text-slate-700 bg-white border-slate-200';
  return (
    <p
      role="status"
      aria-live="polite"
      data-testid="save-status"
      data-status={status}
      className={`rounded-md border px-3 py-1 text-sm ${text === t('idle') ? 'border-transparent text-slate-600' : tone}`}
    >
      {text}
    </p>
  );
}
