'use client';

import { useRouter } from 'next/navigation';
import { useTranslations } from 'next-intl';
import { useState } from 'react';
import { DraftRestoredNotice } from '@/app/_components/autosave/draft-restored-notice';
import { useFormDraft } from '@/app/_components/autosave/use-form-draft';
import { Field, FormAlert, Select, SubmitButton, TextInput } from '@/app/_components/form-controls';
import { LimitedTextArea } from '@/app/_components/limited-text-area';
import { useActionForm } from '@/app/_components/use-action-form';
import { TEMPLATE_KEYS } from '@/lib/homework/templates';
import { newRequestId } from '@/lib/ids/request-id';
import { TEXT_LIMITS } from '@/lib/text-limits';
import { assignHomeworkAction } from './actions';
import { CopyButton } from './copy-button';

type Props = {
  clientId: string;
  clientName: string;
  today: string;
  defaultDue: string;
  templates: { key: string; name: string; description: string }[];
  instruments: { key: string; name: string }[];
};

export function AssignHomeworkForm({ clientId, clientName, today, defaultDue, templates, instruments }: Props) {
  const t = useTranslations('homework');
  const router = useRouter();
  const [assigned, setAssigned] = useState<{ url: string } | null>(null);
  const { form, onSubmit, problem } = useActionForm(
    () => import('@/lib/schemas/homework').then((m) => m.assignHomeworkSchema),
    assignHomeworkAction,
    {
      defaultValues: {
        clientId,
        requestId: newRequestId(),
        template: 'energy_diary',
        instrumentKey: instruments[0]?.key ?? '',
        dueDate: defaultDue,
        message: '',
      },
      onSuccess: (data, input) => {
        draft.clear();
        setAssigned({ url: data.url });
        // The next press is a new assignment; until now a repeat of this one found the homework it made.
        form.reset({ ...input, requestId: newRequestId(), message: '' });
        router.refresh();
      },
    },
  );
  // The message is often written during a session: kept in this browser until the homework is assigned.
  const draft = useFormDraft(form, `homework:new:${clientId}`);
  const { errors, isSubmitting } = form.formState;
  const template = form.watch('template');
  const description = templates.find((x) => x.key === template)?.description;

  return (
    <form
      method="post"
      onSubmit={(e) => {
        setAssigned(null);
        void onSubmit(e);
      }}
      noValidate
      className="flex flex-col gap-4"
    >
      <FormAlert problem={problem} />
      <DraftRestoredNotice restored={draft.restored} />
      <div aria-live="polite" className="empty:hidden">
        {assigned && (
          <div className="alert alert-success flex flex-col gap-2">
            <p>{t('assignedMailed', { name: clientName })}</p>
            <div>
              <CopyButton value={assigned.url} label={t('copyLink')} />
            </div>
          </div>
        )}
      </div>
      <div className="grid gap-4 sm:grid-cols-2">
        <Field id="hw-template" label={t('template')} error={errors.template} hint={description}>
          {(a) => (
            <Select {...a} {...form.register('template')}>
              {TEMPLATE_KEYS.map((key) => (
                <option key={key} value={key}>
                  {templates.find((x) => x.key === key)?.name}
                </option>
              ))}
            </Select>
          )}
        </Field>
        {template === 'measure_again' && (
          <Field id="hw-instrument" label={t('instrument')} error={errors.instrumentKey}>
            {(a) => (
              <Select {...a} {...form.register('instrumentKey')}>
                {instruments.map((i) => (
                  <option key={i.key} value={i.key}>
                    {i.name}
                  </option>
                ))}
              </Select>
            )}
          </Field>
        )}
        <Field id="hw-due" required label={t('dueDate')} error={errors.dueDate}>
          {(a) => <TextInput {...a} type="date" min={today} {...form.register('dueDate')} />}
        </Field>
        <div className="sm:col-span-2">
          <Field id="hw-message" label={t('message')} hint={t('messageHint')} error={errors.message}>
            {(a) => (
              <LimitedTextArea
                {...a}
                rows={3}
                className="input"
                control={form.control}
                registration={form.register('message')}
                max={TEXT_LIMITS.homeworkMessage}
              />
            )}
          </Field>
        </div>
      </div>
      <div>
        <SubmitButton pending={isSubmitting}>{t('assignSubmit')}</SubmitButton>
      </div>
    </form>
  );
}
