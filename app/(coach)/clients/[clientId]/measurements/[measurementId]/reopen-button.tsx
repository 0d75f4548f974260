'use client';

import { useRouter } from 'next/navigation';
import { useEffect, useRef, useState } from 'react';
import { FormAlert } from '@/app/_components/form-controls';
import type { FormProblem } from '@/app/_components/use-action-form';
import { reopenMeasurementAction } from '../actions';

/** Reopening unlocks a completed measurement for changes; it is audited, so the coach confirms first. */
export function ReopenButton({
  measurementId,
  labels,
}: {
  measurementId: string;
  /** Given by the server: the results page sends the browser no texts of its own. */
  labels: { reopen: string; confirm: string; yes: string; cancel: string };
}) {
  const router = useRouter();
  const [confirming, setConfirming] = useState(false);
  const [pending, setPending] = useState(false);
  const [problem, setProblem] = useState<FormProblem | null>(null);
  // Pressing Heropenen replaces the button by the question, and Annuleren the question by the button: focus goes along
  // (to the question, read out with its buttons next; back to Heropenen), not to the page's start.
  const questionRef = useRef<HTMLDivElement>(null);
  const reopenRef = useRef<HTMLButtonElement>(null);
  const moved = useRef(false);
  useEffect(() => {
    if (!moved.current) return;
    (confirming ? questionRef : reopenRef).current?.focus();
  }, [confirming]);
  const toggle = (next: boolean) => {
    moved.current = true;
    setConfirming(next);
  };

  const reopen = async () => {
    setPending(true);
    setProblem(null);
    try {
      const result = await reopenMeasurementAction({ measurementId });
      if (result.ok) router.push(`/intake/${measurementId}`);
      else setProblem({ code: result.error });
    } catch {
      setProblem({ code: navigator.onLine ? 'server' : 'offline' });
    } finally {
      setPending(false);
    }
  };

  if (!confirming) {
    return (
      <button ref={reopenRef} type="button" className="btn btn-secondary" onClick={() => toggle(true)}>
        {labels.reopen}
      </button>
    );
  }
  return (
    <div
      ref={questionRef}
      tabIndex={-1}
      className="flex flex-col gap-2 rounded-md border border-amber-200 bg-amber-50 p-3"
      role="group"
      aria-labelledby="reopen-text"
      data-testid="reopen-confirmation"
    >
      <p id="reopen-text" className="text-sm text-amber-900">
        {labels.confirm}
      </p>
      <FormAlert problem={problem} />
      <div className="flex flex-wrap gap-2">
        <button type="button" className="btn btn-primary" disabled={pending} aria-busy={pending} onClick={() => void reopen()}>
          {labels.yes}
        </button>
        <button
          type="button"
          className="btn btn-ghost"
          onClick={() => {
            setProblem(null);
            toggle(false);
          }}
        >
          {labels.cancel}
        </button>
      </div>
    </div>
  );
}
