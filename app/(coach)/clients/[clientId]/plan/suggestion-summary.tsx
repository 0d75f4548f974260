import { useTranslations } from 'next-intl';
import type { PlanCategory, PlanOwner } from '@/lib/plans/types';

type Suggestion = { title: string; category: PlanCategory; owner: PlanOwner; reasons: string[]; description: string; evidence: string };

/**
 * A suggestion's title, why it is suggested and its description with the evidence, rendered on the server. `sameWhyAs`:
 * the title of the suggestion above whose reasons these repeat (lib/plans/page-ui.ts), said instead of the list.
 */
export function SuggestionSummary({ suggestion: s, sameWhyAs }: { suggestion: Suggestion; sameWhyAs?: string | null }) {
  const t = useTranslations('plan');
  return (
    <>
      <div className="flex flex-wrap items-baseline justify-between gap-2">
        <h3 className="font-semibold">{s.title}</h3>
        <span className="text-sm text-slate-600">
          {t(`categories.${s.category}`)} · {t('list.owner', { owner: t(`owners.${s.owner}`) })}
        </span>
      </div>
      {sameWhyAs ? (
        <p className="text-sm text-slate-700">{t('suggestions.sameWhy', { title: sameWhyAs })}</p>
      ) : (
        <div className="text-sm">
          <p className="font-medium text-slate-700">{t('suggestions.why')}</p>
          <ul className="list-disc pl-5 text-slate-700">
            {s.reasons.map((r) => (
              <li key={r}>{r}</li>
            ))}
          </ul>
        </div>
      )}
      <details className="text-sm">
        <summary className="flex min-h-11 cursor-pointer items-center font-medium text-brand-800">{t('suggestions.details')}</summary>
        <p className="mb-2">{s.description}</p>
        <p className="text-slate-600">
          <span className="font-medium">{t('suggestions.evidence')}: </span>
          {s.evidence}
        </p>
      </details>
    </>
  );
}
