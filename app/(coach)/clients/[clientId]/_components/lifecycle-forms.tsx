'use client';

import { useRouter } from 'next/navigation';
import { useTranslations } from 'next-intl';
import { useState, useTransition } from 'react';
import { Field, FormAlert, Select, SubmitButton, TextInput } from '@/app/_components/form-controls';
import { type FormProblem, useActionForm } from '@/app/_components/use-action-form';
import { CLOSE_REASONS, type OpenStatus } from '@/lib/caseload/lifecycle';
import { changeStatusSchema, closeClientSchema } from '@/lib/schemas/client';
import { archiveClientAction, changeStatusAction, closeClientAction, reopenClientAction } from '../lifecycle-actions';

type Base = { clientId: string; version: number };

export function StatusForm({ clientId, version, statuses }: Base & { statuses: OpenStatus[] }) {
  const t = useTranslations('clients.lifecycle');
  const ts = useTranslations('clients.status');
  const router = useRouter();
  const { form, onSubmit, problem } = useActionForm(changeStatusSchema, changeStatusAction, {
    defaultValues: { clientId, version, status: statuses[0] },
    onSuccess: () => router.refresh(),
  });
  return (
    <form method="post" onSubmit={onSubmit} noValidate className="flex flex-col gap-2">
      <FormAlert problem={problem} />
      <div className="flex flex-wrap items-end gap-2">
        <div className="min-w-40 flex-1">
          <Field id="status" label={t('newStatus')} error={form.formState.errors.status}>
            {(a) => (
              <Select {...a} {...form.register('status')}>
                {statuses.map((s) => (
                  <option key={s} value={s}>
                    {ts(s)}
                  </option>
                ))}
              </Select>
            )}
          </Field>
        </div>
        <SubmitButton pending={form.formState.isSubmitting}>{t('changeStatus')}</SubmitButton>
      </div>
    </form>
  );
}

export function CloseForm({ clientId, version, today }: Base & { today: string }) {
  const t = useTranslations('clients.lifecycle');
  const tr = useTranslations('clients.closeReasons');
  const router = useRouter();
  const { form, onSubmit, problem } = useActionForm(closeClientSchema, closeClientAction, {
    defaultValues: { clientId, version, closedOn: today, reason: '' as never },
    onSuccess: () => router.refresh(),
  });
  const { errors, isSubmitting } = form.formState;
  return (
    <details className="rounded-md border border-slate-200 p-3">
      <summary className="cursor-pointer font-medium text-slate-800">{t('closeTitle')}</summary>
      <form method="post" onSubmit={onSubmit} noValidate className="mt-3 flex flex-col gap-3">
        <FormAlert problem={problem} />
        <Field id="closedOn" label={t('closedOn')} error={errors.closedOn}>
          {(a) => <TextInput {...a} type="date" max={today} {...form.register('closedOn')} />}
        </Field>
        <Field id="reason" label={t('reason')} error={errors.reason}>
          {(a) => (
            <Select {...a} {...form.register('reason')}>
              <option value="">{t('chooseReason')}</option>
              {CLOSE_REASONS.map((r) => (
                <option key={r} value={r}>
                  {tr(r)}
                </option>
              ))}
            </Select>
          )}
        </Field>
        <div>
          <SubmitButton pending={isSubmitting}>{t('close')}</SubmitButton>
        </div>
      </form>
    </details>
  );
}

/** Reopen or archive: one click, no fields; a stale version still gets its message. */
export function LifecycleButton({ clientId, version, kind }: Base & { kind: 'reopen' | 'archive' }) {
  const t = useTranslations('clients.lifecycle');
  const router = useRouter();
  const [problem, setProblem] = useState<FormProblem | null>(null);
  const [pending, startTransition] = useTransition();
  const run = () =>
    startTransition(async () => {
      setProblem(null);
      const action = kind === 'reopen' ? reopenClientAction : archiveClientAction;
      const result = await action({ clientId, version });
      if (result.ok) router.refresh();
      else setProblem({ code: result.error });
    });
  return (
    <div className="flex flex-col gap-2">
      <FormAlert problem={problem} />
      <button
        type="button"
        className={`btn ${kind === 'reopen' ? 'btn-primary' : 'btn-secondary'} self-start`}
        disabled={pending}
        onClick={run}
      >
        {t(kind)}
      </button>
    </div>
  );
}
