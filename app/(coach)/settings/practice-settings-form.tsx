'use client';

import { useRouter } from 'next/navigation';
import { useTranslations } from 'next-intl';
import { useState } from 'react';
import { announceVersion, useFollowVersion } from '@/app/_components/autosave/use-follow-version';
import { Field, FormAlert, TextInput } from '@/app/_components/form-controls';
import { SaveRow } from '@/app/_components/save-row';
import { useActionForm } from '@/app/_components/use-action-form';
import type { PracticeSettingsInput } from '@/lib/schemas/practice';
import { updatePracticeSettingsAction } from './actions';

export function PracticeSettingsForm({ practice }: { practice: PracticeSettingsInput }) {
  const t = useTranslations('settings');
  const router = useRouter();
  const [saved, setSaved] = useState(false);
  const { form, onSubmit, problem } = useActionForm(
    () => import('@/lib/schemas/practice').then((m) => m.practiceSettingsSchema),
    updatePracticeSettingsAction,
    {
      defaultValues: practice,
      onSuccess: (_data, input) => {
        setSaved(true);
        form.reset({ ...input, version: input.version + 1 });
        announceVersion('practice', input.version + 1);
        router.refresh();
      },
    },
  );
  // The scoring choice saved on this page moves the practice's version: this form follows it.
  useFollowVersion(form, practice, 'practice');
  const { errors, isSubmitting } = form.formState;
  return (
    <form method="post" onSubmit={onSubmit} onChange={() => setSaved(false)} noValidate className="grid gap-4 sm:grid-cols-2">
      <div className="sm:col-span-2">
        <FormAlert problem={problem} />
      </div>
      <Field id="name" required label={t('name')} error={errors.name}>
        {(a) => <TextInput {...a} autoComplete="organization" {...form.register('name')} />}
      </Field>
      <Field id="kvkNumber" label={t('kvkNumber')} error={errors.kvkNumber}>
        {(a) => <TextInput {...a} inputMode="numeric" {...form.register('kvkNumber')} />}
      </Field>
      <div className="sm:col-span-2">
        <Field id="address" label={t('address')} error={errors.address}>
          {(a) => <TextInput {...a} autoComplete="street-address" {...form.register('address')} />}
        </Field>
      </div>
      <Field id="reportColor" required label={t('reportColor')} error={errors.reportColor}>
        {(a) => (
          <div className="flex items-center gap-2">
            <TextInput {...a} className="font-mono" {...form.register('reportColor')} />
            <span
              aria-hidden
              className="h-11 w-11 shrink-0 rounded-md border border-slate-300"
              style={{ background: form.watch('reportColor') }}
            />
          </div>
        )}
      </Field>
      <SaveRow pending={isSubmitting} saved={saved} className="sm:col-span-2" />
    </form>
  );
}
