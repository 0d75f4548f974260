import { useTranslations } from 'next-intl';

/** The warning itself, for words already found: the plan list gets them from the server (no word list in its code). */
export function HealthWordNotice({ words }: { words: string[] }) {
  const t = useTranslations('plan');
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
