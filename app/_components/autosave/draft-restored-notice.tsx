'use client';

import { useFormatter, useTranslations } from 'next-intl';
import type { RestoredDraft } from './use-form-draft';

/**
 * Says that a form holds text put back from this browser (use-form-draft.ts), and that it is not saved yet; `unsent`
 * for a form that sends rather than saves (the employer's comment).
 */
export function DraftRestoredNotice({ restored, unsent = false }: { restored: RestoredDraft | null; unsent?: boolean }) {
  const t = useTranslations('autosave');
  const format = useFormatter();
  if (!restored) return null;
  return (
    <p className="alert border-sky-200 bg-sky-50 text-sky-900" role="status" data-testid="draft-restored">
      {t(unsent ? 'draftRestoredUnsent' : 'draftRestored', {
        time: format.dateTime(restored.savedAt, { dateStyle: 'medium', timeStyle: 'short' }),
      })}
      {restored.savedElsewhere ? ` ${t('draftSavedElsewhere')}` : ''}
    </p>
  );
}
