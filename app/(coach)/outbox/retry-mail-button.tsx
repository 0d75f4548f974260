'use client';

import { useRouter } from 'next/navigation';
import { useState, useTransition } from 'react';
import { useMessage } from '@/app/_components/form-controls';
import { unsentCause } from '@/app/_components/unsent-cause';
import { problemMessageKey, refusedProblem } from '@/lib/actions/form-problem';
import { retryMailAction } from './actions';

/** For a mail that failed for good: back into the queue, sent at once; the list then shows it waiting (or gone). */
export function RetryMailButton({ jobId, label, subject }: { jobId: string; label: string; subject: string }) {
  const router = useRouter();
  const message = useMessage();
  const [pending, startTransition] = useTransition();
  const [problem, setProblem] = useState<string | null>(null);
  const problemId = `retry-${jobId}-problem`;
  return (
    <div className="flex flex-col gap-1">
      <button
        type="button"
        className="btn btn-secondary btn-sm self-start"
        disabled={pending}
        aria-busy={pending}
        aria-describedby={problem ? problemId : undefined}
        // The subject tells the buttons apart for a screen reader going through the list's buttons.
        aria-label={`${label}: ${subject}`}
        onClick={() =>
          startTransition(async () => {
            setProblem(null);
            try {
              const result = await retryMailAction({ jobId });
              if (!result.ok) setProblem(message(problemMessageKey(refusedProblem(result)), result.params));
              router.refresh();
            } catch (error) {
              setProblem(message(unsentCause(error) === 'outdated' ? 'errors.outdated' : 'errors.offline'));
            }
          })
        }
      >
        {label}
      </button>
      {problem && (
        <p id={problemId} role="alert" className="field-error">
          {problem}
        </p>
      )}
    </div>
  );
}
