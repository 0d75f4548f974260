'use client';

import { useRouter } from 'next/navigation';
import { useTranslations } from 'next-intl';
import { type ReactNode, useState, useTransition } from 'react';
import { FormAlert } from '@/app/_components/form-alert';
import type { FormProblem } from '@/app/_components/use-action-form';
import { useHydrated } from '@/app/_components/use-hydrated';
import { newRequestId } from '@/lib/ids/request-id';
import type { PlanCategory, PlanLevel, PlanOwner } from '@/lib/plans/types';
import { createPlanItemAction, dismissSuggestionAction } from './actions';

export type SuggestionView = {
  key: string;
  title: string;
  description: string;
  employerWording: string;
  reasons: string[];
  category: PlanCategory;
  level: PlanLevel;
  owner: PlanOwner;
  dimensions: string[];
  /** Title, reasons, description and evidence, rendered on the server (suggestion-summary.tsx). */
  summary: ReactNode;
};

/** How many suggestions show before "show all": the strongest come first. */
const FIRST = 6;

/** Suggestions from the latest completed intake: why, the evidence, accept (becomes an editable item) or dismiss. */
export function SuggestionList({
  clientId,
  measurementId,
  suggestions,
}: {
  clientId: string;
  measurementId: string;
  suggestions: SuggestionView[];
}) {
  const t = useTranslations('plan');
  const router = useRouter();
  const [pending, start] = useTransition();
  const hydrated = useHydrated();
  const [problem, setProblem] = useState<FormProblem | null>(null);
  const [showAll, setShowAll] = useState(false);
  const shown = showAll ? suggestions : suggestions.slice(0, FIRST);

  const run = (work: () => Promise<{ ok: boolean; error?: string }>) =>
    start(async () => {
      setProblem(null);
      const result = await work().catch(() => null);
      if (!result) return setProblem({ code: 'server' });
      if (!result.ok) return setProblem({ code: (result.error ?? 'server') as FormProblem['code'] });
      router.refresh();
    });

  const accept = (s: SuggestionView) =>
    run(() =>
      createPlanItemAction({
        clientId,
        // An accepted suggestion is found again by its source; the id only names the new item.
        requestId: newRequestId(),
        measurementId,
        source: s.key,
        title: s.title,
        description: s.description,
        employerWording: s.employerWording,
        rationale: s.reasons.join(' '),
        category: s.category,
        level: s.level,
        owner: s.owner,
        dueDate: '',
        reviewDate: '',
        dimensions: s.dimensions,
      }),
    );

  return (
    <div className="flex flex-col gap-3">
      <FormAlert problem={problem} />
      <ul className="flex flex-col gap-3" data-testid="suggestions">
        {shown.map((s) => (
          <li key={s.key} className="card flex flex-col gap-2" data-testid="suggestion">
            {s.summary}
            <div className="flex flex-wrap gap-2">
              <button type="button" className="btn btn-primary btn-sm" disabled={!hydrated || pending} onClick={() => accept(s)}>
                {t('suggestions.accept')}
              </button>
              <button
                type="button"
                className="btn btn-secondary btn-sm"
                disabled={!hydrated || pending}
                onClick={() => run(() => dismissSuggestionAction({ clientId, measurementId, suggestionKey: s.key }))}
              >
                {t('suggestions.dismiss')}
              </button>
            </div>
          </li>
        ))}
      </ul>
      {!showAll && suggestions.length > FIRST && (
        <div>
          <button type="button" className="btn btn-secondary" disabled={!hydrated} onClick={() => setShowAll(true)}>
            {t('suggestions.showAll', { count: suggestions.length })}
          </button>
        </div>
      )}
    </div>
  );
}
