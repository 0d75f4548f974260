'use client';

import Link from 'next/link';
import { useRouter } from 'next/navigation';
import { useTranslations } from 'next-intl';
import { useState } from 'react';
import type { UseFormReturn } from 'react-hook-form';
import { DraftRestoredNotice } from '@/app/_components/autosave/draft-restored-notice';
import { useFormDraft } from '@/app/_components/autosave/use-form-draft';
import { Field, FormAlert, SubmitButton, TextInput } from '@/app/_components/form-controls';
import { LimitedTextArea } from '@/app/_components/limited-text-area';
import { useActionForm } from '@/app/_components/use-action-form';
import { newRequestId } from '@/lib/ids/request-id';
import type { EmployerInput, UpdateEmployerInput } from '@/lib/schemas/employer';
import { TEXT_LIMITS } from '@/lib/text-limits';
import { createEmployerAction, updateEmployerAction } from '../actions';

function EmployerFields({ form }: { form: UseFormReturn<EmployerInput> }) {
  const t = useTranslations('employers.form');
  const tc = useTranslations('common');
  const { errors } = form.formState;
  return (
    <>
      <Field id="name" required label={t('name')} error={errors.name}>
        {(a) => <TextInput {...a} autoComplete="organization" {...form.register('name')} />}
      </Field>
      <Field id="address" label={`${t('address')} (${tc('optional')})`} error={errors.address}>
        {(a) => <TextInput {...a} autoComplete="street-address" {...form.register('address')} />}
      </Field>
      <Field id="notes" label={`${t('notes')} (${tc('optional')})`} error={errors.notes} hint={t('notesHint')}>
        {(a) => (
          <LimitedTextArea
            {...a}
            rows={3}
            className="input"
            control={form.control}
            registration={form.register('notes')}
            max={TEXT_LIMITS.employerNotes}
          />
        )}
      </Field>
    </>
  );
}

export function NewEmployerForm() {
  const t = useTranslations('employers.form');
  const tc = useTranslations('common');
  const router = useRouter();
  // Busy until the new employer's page is there: a click while it loads would create the employer twice.
  const [leaving, setLeaving] = useState(false);
  const { form, onSubmit, problem } = useActionForm(
    () => import('@/lib/schemas/employer').then((m) => m.createEmployerSchema),
    createEmployerAction,
    {
      // The employer's id, made here: a press again after a lost answer finds the employer instead of making another.
      defaultValues: { requestId: newRequestId(), name: '', address: '', notes: '' },
      onSuccess: ({ id }) => {
        draft.clear();
        setLeaving(true);
        router.push(`/employers/${id}`);
      },
    },
  );
  // The notes hold up to 2,000 characters: kept in this browser until saved (use-form-draft.ts).
  const draft = useFormDraft(form, 'employer:new');
  return (
    <form method="post" onSubmit={onSubmit} noValidate className="card flex flex-col gap-4">
      <FormAlert problem={problem} />
      <DraftRestoredNotice restored={draft.restored} />
      <EmployerFields form={form} />
      <div className="flex gap-2">
        <SubmitButton pending={form.formState.isSubmitting || leaving}>{t('create')}</SubmitButton>
        <Link href="/employers" className="btn btn-ghost" onClick={draft.clear}>
          {tc('cancel')}
        </Link>
      </div>
    </form>
  );
}

export function EditEmployerForm({ defaults }: { defaults: UpdateEmployerInput }) {
  const tc = useTranslations('common');
  const router = useRouter();
  const href = `/employers/${defaults.employerId}`;
  const { form, onSubmit, problem } = useActionForm(
    () => import('@/lib/schemas/employer').then((m) => m.updateEmployerSchema),
    updateEmployerAction,
    {
      defaultValues: defaults,
      onSuccess: () => {
        draft.clear();
        router.push(href);
        router.refresh();
      },
    },
  );
  const draft = useFormDraft(form, `employer:${defaults.employerId}`);
  return (
    <form method="post" onSubmit={onSubmit} noValidate className="card flex flex-col gap-4">
      <FormAlert problem={problem} />
      <DraftRestoredNotice restored={draft.restored} />
      <EmployerFields form={form as unknown as UseFormReturn<EmployerInput>} />
      <div className="flex gap-2">
        <SubmitButton pending={form.formState.isSubmitting} pendingLabel={tc('saving')}>
          {tc('save')}
        </SubmitButton>
        <Link href={href} className="btn btn-ghost" onClick={draft.clear}>
          {tc('cancel')}
        </Link>
      </div>
    </form>
  );
}
