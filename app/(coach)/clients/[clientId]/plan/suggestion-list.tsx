'use client';

import { useTranslations } from 'next-intl';
import { type ReactNode, useState } from 'react';
import { FormAlert } from '@/app/_components/form-alert';
import { useActionRun } from '@/app/_components/use-action-run';
import type { ActionResult } from '@/lib/actions/result';
import { newRequestId } from '@/lib/ids/request-id';
import { firstNewlyShown, planItemAnchor, suggestionAfterDismissal } from '@/lib/plans/page-ui';
import type { PlanCategory, PlanLevel, PlanOwner } from '@/lib/plans/types';
import { createPlanItemAction, dismissSuggestionAction, restoreSuggestionAction } from './actions';
import { useFocusAfter } from './use-focus-after';

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

/** A suggestion dismissed for this measurement, by its title in the coach's language. */
export type DismissedView = { key: string; title: string };

/**
 * Suggestions from the latest completed intake: why, the evidence, accept (becomes an editable item) or dismiss; and the
 * dismissed ones, folded away, each to put back (a dismissal by mistake is not final).
 */
export function SuggestionList({
  clientId,
  measurementId,
  suggestions,
  dismissed,
}: {
  clientId: string;
  measurementId: string;
  suggestions: SuggestionView[];
  dismissed: DismissedView[];
}) {
  const t = useTranslations('plan');
  const { run: runAction, pending, problem } = useActionRun();
  const [showAll, setShowAll] = useState(false);
  const [showDismissed, setShowDismissed] = useState(false);
  const shown = showAll ? suggestions : suggestions.slice(0, FIRST);
  // What a screen reader hears once a step is done, where the focus landing elsewhere does not say it.
  const [spoken, setSpoken] = useState('');
  // Where the focus goes once a step is done (use-focus-after.ts).
  const focusNext = useFocusAfter(pending);
  const restore = (key: string) => {
    // Put back, the suggestion shows again once the refreshed page has it: the focus goes to its "accept" button (or, when
    // another tab took it into the plan meanwhile, so that it does not show, to the suggestions' heading).
    focusNext(`accept-${key}`, 'suggestions-title');
    // A suggestion past the first six would stay folded away: show them all, so the focus finds it.
    setShowAll(true);
    run(() => restoreSuggestionAction({ clientId, measurementId, suggestionKey: key }));
  };

  const run = <T,>(work: () => Promise<ActionResult<T>>, ok?: (data: T) => void) => {
    setSpoken('');
    // Refused: the card stays, and the alert takes the focus (form-alert.tsx) to say why; nothing moves it on.
    runAction(work, { ok, refused: () => focusNext() });
  };

  const dismiss = (s: SuggestionView) => {
    // The next suggestion's "accept" moves into this one's place; with none left, the list's heading (page.tsx).
    const next = suggestionAfterDismissal(
      suggestions.map((x) => x.key),
      s.key,
    );
    focusNext(...(next ? [`accept-${next}`] : []), 'suggestions-title');
    run(
      () => dismissSuggestionAction({ clientId, measurementId, suggestionKey: s.key }),
      () => setSpoken(t('suggestions.dismissed', { title: s.title })),
    );
  };

  const accept = (s: SuggestionView) => {
    run(
      () =>
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
      ({ itemId }) => {
        // The card pressed is gone: the focus goes to the item it became (or the one a second tab made of it), once the
        // refreshed plan shows it (its card in plan-list.tsx can take the focus).
        focusNext(planItemAnchor(itemId));
        setSpoken(t('suggestions.accepted', { title: s.title }));
      },
    );
  };

  // The buttons' names say which suggestion they are for: "Overnemen: <title>" (the visible word first).
  const acceptText = t('suggestions.accept');
  const dismissText = t('suggestions.dismiss');
  return (
    <div className="flex flex-col gap-3">
      <FormAlert problem={problem} />
      <span className="sr-only" aria-live="polite" data-testid="suggestions-spoken">
        {spoken}
      </span>
      {suggestions.length === 0 && <p className="text-sm text-slate-600">{t('suggestions.none')}</p>}
      <ul className="flex flex-col gap-3 empty:hidden" data-testid="suggestions">
        {shown.map((s) => (
          <li key={s.key} className="card flex flex-col gap-2" data-testid="suggestion">
            {s.summary}
            <div className="flex flex-wrap gap-2">
              {/* Named with their suggestion: a screen reader's list of buttons would otherwise read "Overnemen" eight times. */}
              <button
                id={`accept-${s.key}`}
                type="button"
                className="btn btn-primary btn-sm"
                disabled={pending}
                aria-label={`${acceptText}: ${s.title}`}
                onClick={() => accept(s)}
              >
                {acceptText}
              </button>
              <button
                type="button"
                className="btn btn-secondary btn-sm"
                disabled={pending}
                aria-label={`${dismissText}: ${s.title}`}
                onClick={() => dismiss(s)}
              >
                {dismissText}
              </button>
            </div>
          </li>
        ))}
      </ul>
      {!showAll && suggestions.length > FIRST && (
        <div>
          <button
            type="button"
            className="btn btn-secondary"
            onClick={() => {
              // The button goes: the focus goes to the first suggestion it brought into view.
              const first = firstNewlyShown(
                suggestions.map((x) => x.key),
                FIRST,
              );
              if (first) focusNext(`accept-${first}`);
              setShowAll(true);
            }}
          >
            {t('suggestions.showAll', { count: suggestions.length })}
          </button>
        </div>
      )}
      {dismissed.length > 0 && (
        <div className="flex flex-col gap-2">
          <div>
            <button
              type="button"
              className="btn btn-secondary btn-sm"
              aria-expanded={showDismissed}
              aria-controls="dismissed-suggestions"
              onClick={() => setShowDismissed((v) => !v)}
            >
              {t(showDismissed ? 'suggestions.hideDismissed' : 'suggestions.showDismissed', { count: dismissed.length })}
            </button>
          </div>
          {showDismissed && (
            <ul id="dismissed-suggestions" className="flex flex-col gap-2" data-testid="dismissed-suggestions">
              {dismissed.map((d) => (
                <li key={d.key} className="flex flex-wrap items-center justify-between gap-2 rounded-md border border-slate-200 p-3">
                  <span>{d.title}</span>
                  <button
                    type="button"
                    className="btn btn-secondary btn-sm"
                    disabled={pending}
                    aria-label={t('suggestions.restoreFor', { title: d.title })}
                    onClick={() => restore(d.key)}
                  >
                    {t('suggestions.restore')}
                  </button>
                </li>
              ))}
            </ul>
          )}
        </div>
      )}
    </div>
  );
}
