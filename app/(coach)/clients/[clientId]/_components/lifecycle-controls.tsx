'use client';

import { useRouter } from 'next/navigation';
import { useTranslations } from 'next-intl';
import { type FormEvent, useEffect, useRef, useState, useTransition } from 'react';
import { InlineQuestion, useInlineQuestion } from '@/app/_components/confirm-button';
import { callAction } from '@/app/_components/form-alert';
import { Field, FormAlert, Select, SubmitButton } from '@/app/_components/form-controls';
import { lazyComponent } from '@/app/_components/lazy-component';
import type { FormProblem } from '@/app/_components/use-action-form';
import { useHydrated } from '@/app/_components/use-hydrated';
import { refusedProblem } from '@/lib/actions/form-problem';
import type { ActionResult } from '@/lib/actions/result';
import type { OpenStatus } from '@/lib/caseload/lifecycle';
import type { MarkPoortwachterStepInput } from '@/lib/schemas/poortwachter-step';
import { archiveClientAction, changeStatusAction, reopenClientAction } from '../lifecycle-actions';
import { markPoortwachterStepAction } from '../poortwachter-actions';

type Base = { clientId: string; version: number };

/**
 * After a step: its control is re-created (keyed on the version) or gone with the refreshed page, so the focus goes to
 * the panel's heading (lifecycle-panel.tsx), which stays and is described by the new state; not left to fall to the page.
 */
function focusLifecycleTitle() {
  document.getElementById('lifecycle-title')?.focus();
}

/**
 * Runs an action in a transition; a refused one leaves its code or `_form` reason (form alert) and field errors (next
 * to the fields), and refreshes the page if asked. A step done moves the focus (to the panel's heading unless told
 * otherwise) and refreshes the page.
 */
function useLifecycleAction(focusAfter: () => void = focusLifecycleTitle, refreshOnRefusal = false) {
  const router = useRouter();
  const [problem, setProblem] = useState<FormProblem | null>(null);
  const [fieldErrors, setFieldErrors] = useState<Record<string, string>>({});
  const [pending, startTransition] = useTransition();
  const run = (work: () => Promise<ActionResult<unknown>>) =>
    startTransition(async () => {
      setProblem(null);
      setFieldErrors({});
      const result = await callAction(work());
      if ('unsent' in result) return setProblem(result.unsent);
      if (result.ok) {
        focusAfter();
        return router.refresh();
      }
      setFieldErrors(result.fieldErrors ?? {});
      setProblem(refusedProblem(result));
      if (refreshOnRefusal) router.refresh();
    });
  /** Forgets a refusal: its question was closed (a step's day, cancelled). */
  const clear = () => {
    setProblem(null);
    setFieldErrors({});
  };
  return { run, problem, fieldErrors, pending, clear };
}

/**
 * One select and a button: no react-hook-form or zod in the browser for this (the overview shows it on load). The
 * action validates with its schema on the server; what it refuses shows in the alert and next to the select.
 */
export function StatusForm({ clientId, version, statuses }: Base & { statuses: OpenStatus[] }) {
  const t = useTranslations('clients.lifecycle');
  const ts = useTranslations('clients.status');
  const [status, setStatus] = useState<OpenStatus>(statuses[0]!);
  const { run, problem, fieldErrors, pending } = useLifecycleAction();
  const onSubmit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    run(() => changeStatusAction({ clientId, version, status }));
  };
  const statusError = fieldErrors.status ? { type: 'server', message: fieldErrors.status } : undefined;
  return (
    <form method="post" onSubmit={onSubmit} noValidate className="flex flex-col gap-2">
      <FormAlert problem={problem} />
      <div className="flex flex-wrap items-end gap-2">
        <div className="min-w-0 flex-1 basis-40">
          <Field id="status" label={t('newStatus')} error={statusError}>
            {(a) => (
              <Select {...a} name="status" value={status} onChange={(e) => setStatus(e.target.value as OpenStatus)}>
                {statuses.map((s) => (
                  <option key={s} value={s}>
                    {ts(s)}
                  </option>
                ))}
              </Select>
            )}
          </Field>
        </div>
        <SubmitButton pending={pending}>{t('changeStatus')}</SubmitButton>
      </div>
    </form>
  );
}

/**
 * Reopen or archive: no fields; a stale version still gets its message. Archiving asks first: the file leaves the list,
 * and the only way back (reopening) starts the trajectory again without its closing details.
 */
export function LifecycleButton({ clientId, version, kind }: Base & { kind: 'reopen' | 'archive' }) {
  const t = useTranslations('clients.lifecycle');
  const { run, problem, pending } = useLifecycleAction();
  const hydrated = useHydrated();
  const question = useInlineQuestion();
  const action = kind === 'reopen' ? reopenClientAction : archiveClientAction;
  const act = () => run(() => action({ clientId, version }));
  return (
    <div className="flex flex-col gap-2">
      <FormAlert problem={problem} />
      {question.confirming ? (
        <InlineQuestion
          question={question}
          label={t(kind)}
          warning={t('archiveWarning')}
          confirmLabel={t('archiveConfirm')}
          cancelLabel={t('archiveCancel')}
          pending={pending}
          onConfirm={act}
        />
      ) : (
        <button
          type="button"
          ref={question.trigger}
          className={`btn ${kind === 'reopen' ? 'btn-primary' : 'btn-secondary'} self-start`}
          disabled={!hydrated || pending}
          onClick={kind === 'archive' ? question.ask : act}
        >
          {t(kind)}
        </button>
      )}
    </div>
  );
}

// Loaded when a step's button asks its question: most visits to the overview record no step.
const StepDayForm = lazyComponent(() => import('./step-day-form').then((m) => m.StepDayForm));

/** Recording a step as taken asks on which day (default today): the texts and the days the server allows. */
export type StepDay = { label: string; today: string; since: string; save: string; cancel: string };

/**
 * Records a poortwachter step as taken, on a day the coach confirms (the plan van aanpak may have been signed last week),
 * or takes that back. The texts come from the server (poortwachter-panel.tsx): the button's name starts with its visible
 * label and names its step, as the list holds several. It stays where it was (the list item is keyed on the step); the
 * day's field takes the focus, and the focus returns to the button when it closes.
 */
export function PoortwachterStepButton({
  step,
  label,
  stepName,
  day,
}: {
  step: MarkPoortwachterStepInput;
  label: string;
  stepName: string;
  day?: StepDay;
}) {
  const button = useRef<HTMLButtonElement>(null);
  // Disabled while it runs, the button loses the focus: it gets it back with its new label once the page has refreshed.
  const refocus = useRef(false);
  const [asking, setAsking] = useState(false);
  // The question closes (answered or cancelled) and the focus goes back to the button, with its new label once done.
  const close = () => {
    refocus.current = true;
    setAsking(false);
  };
  // Refused, the page was behind (the sick leave changed, the trajectory closed): it shows the record as it is now.
  const { run, problem, fieldErrors, pending, clear } = useLifecycleAction(close, true);
  // Runs when the question closes or the step is done.
  useEffect(() => {
    if (pending || asking || !refocus.current) return;
    refocus.current = false;
    button.current?.focus();
  }, [pending, asking]);
  const hydrated = useHydrated();
  const name = `${label}: ${stepName}`;
  const mark = (on?: string) => run(() => markPoortwachterStepAction({ ...step, on }));
  return (
    <span className="flex flex-col items-end gap-1">
      <FormAlert problem={problem} />
      {day && asking ? (
        <StepDayForm
          day={day}
          name={name}
          step={step}
          error={fieldErrors.on}
          pending={pending}
          onSave={mark}
          onCancel={() => {
            clear();
            close();
          }}
        />
      ) : (
        <button
          ref={button}
          type="button"
          className="btn btn-secondary btn-sm"
          aria-label={name}
          disabled={!hydrated || pending}
          onClick={() => (day ? setAsking(true) : mark())}
        >
          {label}
        </button>
      )}
    </span>
  );
}
