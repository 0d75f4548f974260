'use client';

import { useTranslations } from 'next-intl';
import { findHealthWords } from '@/lib/plans/health-words';

/** A warning, not a refusal: the employer wording names a health word (both languages are checked). */
export function HealthWordWarning({ text, namespace = 'plan' }: { text: string; namespace?: 'plan' }) {
  const t = useTranslations(namespace);
  const words = text.trim() ? findHealthWords(text) : [];
  return (
    <div aria-live="polite" className="empty:hidden">
      {words.length > 0 && (
        <p className="mt-2 alert border-amber-300 bg-amber-50 text-amber-900" data-testid="health-word-warning">
          {t('healthWords.warning', { words: words.map((w) => `“${w}”`).join(', '), count: words.length })}
        </p>
      )}
    </div>
  );
}
