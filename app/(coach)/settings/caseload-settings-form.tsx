'use client';

import { useRouter } from 'next/navigation';
import { useTranslations } from 'next-intl';
import { useState } from 'react';
import { Field, FormAlert, TextInput } from '@/app/_components/form-controls';
import { SaveRow } from '@/app/_components/save-row';
import { useActionForm } from '@/app/_components/use-action-form';
import type { CaseloadSettings } from '@/db/queries/client-retention';
import { RETENTION_MAX_YEARS, RETENTION_MIN_YEARS } from '@/lib/caseload/retention';
import { updateCaseloadSettingsAction } from './caseload-actions';

export function CaseloadSettingsForm({ settings }: { settings: CaseloadSettings }) {
  const t = useTranslations('clients.settings');
  const router = useRouter();
  const [saved, setSaved] = useState(false);
  const { form, onSubmit, problem } = useActionForm(
    () => import('@/lib/schemas/client').then((m) => m.caseloadSettingsSchema),
    updateCaseloadSettingsAction,
    {
      defaultValues: { ...settings, seen: settings },
      onSuccess: (_data, input) => {
        setSaved(true);
        const next = { coachVisibility: input.coachVisibility, retentionYears: input.retentionYears };
        form.reset({ ...next, seen: next });
        router.refresh();
      },
    },
  );
  const { errors, isSubmitting } = form.formState;
  return (
    <form method="post" onSubmit={onSubmit} onChange={() => setSaved(false)} noValidate className="flex flex-col gap-4">
      <FormAlert problem={problem} />
      <fieldset className="flex flex-col gap-2">
        <legend className="field-label mb-1">{t('visibility')}</legend>
        {(['all', 'assigned'] as const).map((v) => (
          <label
            key={v}
            className="flex min-h-11 items-start gap-3 rounded-md border border-slate-200 p-3 has-[:checked]:border-brand-700 has-[:checked]:bg-brand-50"
          >
            <input type="radio" value={v} className="mt-1 h-4 w-4 accent-brand-700" {...form.register('coachVisibility')} />
            <span>
              <span className="font-medium">{t(`visibilityOptions.${v}.label`)}</span>
              <span className="block text-sm text-slate-600">{t(`visibilityOptions.${v}.hint`)}</span>
            </span>
          </label>
        ))}
      </fieldset>
      <div>
        <Field id="retentionYears" required label={t('retentionYears')} error={errors.retentionYears} hint={t('retentionHint')}>
          {(a) => (
            <TextInput
              {...a}
              className="max-w-32"
              type="number"
              inputMode="numeric"
              min={RETENTION_MIN_YEARS}
              max={RETENTION_MAX_YEARS}
              {...form.register('retentionYears', { valueAsNumber: true })}
            />
          )}
        </Field>
      </div>
      <SaveRow pending={isSubmitting} saved={saved} />
    </form>
  );
}
