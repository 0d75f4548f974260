'use client';

import { useRouter } from 'next/navigation';
import { useTranslations } from 'next-intl';
import { type FormEvent, useState, useTransition } from 'react';
import { Field, FormAlert, Select, SubmitButton } from '@/app/_components/form-controls';
import type { FormProblem } from '@/app/_components/use-action-form';
import { useHydrated } from '@/app/_components/use-hydrated';
import { refusedProblem } from '@/lib/actions/form-problem';
import type { ActionResult } from '@/lib/actions/result';
import type { OpenStatus } from '@/lib/caseload/lifecycle';
import { archiveClientAction, changeStatusAction, reopenClientAction } from '../lifecycle-actions';

type Base = { clientId: string; version: number };

/**
 * Runs an action in a transition; a refused one leaves its code or `_form` reason (form alert) and field errors (next
 * to the fields).
 */
function useLifecycleAction() {
  const router = useRouter();
  const [problem, setProblem] = useState<FormProblem | null>(null);
  const [fieldErrors, setFieldErrors] = useState<Record<string, string>>({});
  const [pending, startTransition] = useTransition();
  const run = (work: () => Promise<ActionResult<unknown>>) =>
    startTransition(async () => {
      setProblem(null);
      setFieldErrors({});
      const result = await work().catch(() => null);
      if (!result) return setProblem({ code: navigator.onLine ? 'server' : 'offline' });
      if (result.ok) return router.refresh();
      setFieldErrors(result.fieldErrors ?? {});
      setProblem(refusedProblem(result));
    });
  return { run, problem, fieldErrors, pending };
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
        <div className="min-w-40 flex-1">
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

/** Reopen or archive: one click, no fields; a stale version still gets its message. */
export function LifecycleButton({ clientId, version, kind }: Base & { kind: 'reopen' | 'archive' }) {
  const t = useTranslations('clients.lifecycle');
  const { run, problem, pending } = useLifecycleAction();
  const hydrated = useHydrated();
  const action = kind === 'reopen' ? reopenClientAction : archiveClientAction;
  return (
    <div className="flex flex-col gap-2">
      <FormAlert problem={problem} />
      <button
        type="button"
        className={`btn ${kind === 'reopen' ? 'btn-primary' : 'btn-secondary'} self-start`}
        disabled={!hydrated || pending}
        onClick={() => run(() => action({ clientId, version }))}
      >
        {t(kind)}
      </button>
    </div>
  );
}
