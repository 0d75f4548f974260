'use client';

import { useRouter } from 'next/navigation';
import { useTranslations } from 'next-intl';
import { useState, useTransition } from 'react';
import { callAction, useMessage } from '@/app/_components/form-alert';
import { type FormProblem, problemMessageKey, refusedProblem } from '@/lib/actions/form-problem';
import { archiveCustomInstrumentAction } from './actions';

/** Archiving hides an instrument from "new measurement"; measurements already taken with it stay as they are. */
export function ArchiveButton({ instrumentKey, archived, name }: { instrumentKey: string; archived: boolean; name: string }) {
  const t = useTranslations('instruments');
  const message = useMessage();
  const router = useRouter();
  const [pending, startTransition] = useTransition();
  // A refusal (or no answer at all) is said under the button: otherwise the press would seem to do nothing.
  const [problem, setProblem] = useState<FormProblem | null>(null);
  const problemId = `archive-${instrumentKey}-problem`;
  return (
    <div className="inline-flex flex-col items-end gap-1">
      <button
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
