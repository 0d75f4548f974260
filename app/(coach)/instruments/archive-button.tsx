'use client';

import { useRouter } from 'next/navigation';
import { useTranslations } from 'next-intl';
import { useEffect, useRef, useState, useTransition } from 'react';
import { callAction, useMessage } from '@/app/_components/form-alert';
import { type FormProblem, problemMessageKey, refusedProblem } from '@/lib/actions/form-problem';
import { archiveCustomInstrumentAction } from './actions';

/**
 * The row whose button was just pressed, as it will be listed (`key:archived`), and when: archived or restored, the row
 * moves to the other list and its button with it, so the new button takes the focus once it is there (or, in the closed
 * list of archived ones, that list's summary). Not for long: a move that never shows (a refusal) takes no focus later.
 */
let moved: { row: string; at: number } | null = null;
const MOVE_FOCUS_MS = 10_000;

/** Archiving hides an instrument from "new measurement"; measurements already taken with it stay as they are. */
export function ArchiveButton({ instrumentKey, archived, name }: { instrumentKey: string; archived: boolean; name: string }) {
  const t = useTranslations('instruments');
  const message = useMessage();
  const router = useRouter();
  const [pending, startTransition] = useTransition();
  // A refusal (or no answer at all) is said under the button: otherwise the press would seem to do nothing.
  const [problem, setProblem] = useState<FormProblem | null>(null);
  const problemId = `archive-${instrumentKey}-problem`;
  const button = useRef<HTMLButtonElement>(null);
  // biome-ignore lint/correctness/useExhaustiveDependencies: once, when the moved row's button first shows
  useEffect(() => {
    if (moved?.row !== `${instrumentKey}:${archived}`) return;
    const recent = Date.now() - moved.at < MOVE_FOCUS_MS;
    moved = null;
    if (!recent || !button.current) return;
    const list = button.current.closest('details');
    (list && !list.open ? list.querySelector('summary') : button.current)?.focus();
  }, []);
  return (
    <div className="inline-flex flex-col items-end gap-1">
      <button
        ref={button}
        type="button"
        className="btn btn-ghost btn-sm"
        disabled={pending}
        aria-busy={pending}
        aria-describedby={problem ? problemId : undefined}
        // Which questionnaire: every row has one of these buttons.
        aria-label={archived ? t('restoreNamed', { name }) : t('archiveNamed', { name })}
        onClick={() =>
          startTransition(async () => {
            setProblem(null);
            const result = await callAction(archiveCustomInstrumentAction({ key: instrumentKey, archived: !archived }));
            if ('unsent' in result) return setProblem(result.unsent);
            if (!result.ok) setProblem(refusedProblem(result));
            else moved = { row: `${instrumentKey}:${!archived}`, at: Date.now() };
            router.refresh();
          })
        }
      >
        {archived ? t('restore') : t('archive')}
      </button>
      {problem && (
        <p id={problemId} role="alert" className="field-error">
          {message(problemMessageKey(problem), problem.params)}
        </p>
      )}
    </div>
  );
}
