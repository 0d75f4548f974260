'use client';

import { useRouter } from 'next/navigation';
import { useTranslations } from 'next-intl';
import { useState } from 'react';
import { announceVersion, useFollowVersion } from '@/app/_components/autosave/use-follow-version';
import { FormAlert } from '@/app/_components/form-controls';
import { SaveRow } from '@/app/_components/save-row';
import { useActionForm } from '@/app/_components/use-action-form';
import { COMPONENT_SETS, type ComponentSet } from '@/lib/scoring/component-sets';
import { updateScoringSettingsAction } from './scoring-actions';

export function ScoringSettingsForm({ componentSet, version }: { componentSet: ComponentSet; version: number }) {
  const t = useTranslations('scoringSettings');
  const router = useRouter();
  const [saved, setSaved] = useState(false);
  const { form, onSubmit, problem } = useActionForm(
    () => import('@/lib/schemas/scoring').then((m) => m.scoringSettingsSchema),
    updateScoringSettingsAction,
    {
      defaultValues: { componentSet, version },
      onSuccess: (data, input) => {
        setSaved(true);
        form.reset({ componentSet: input.componentSet, version: data.version });
        announceVersion('practice', data.version);
        router.refresh();
      },
    },
  );
  // The practice's details saved on this page move its version: this form follows it.
  useFollowVersion(form, { componentSet, version }, 'practice');
  const { isSubmitting } = form.formState;
  return (
    <form method="post" onSubmit={onSubmit} onChange={() => setSaved(false)} noValidate className="flex flex-col gap-4">
      <FormAlert problem={problem} />
      <input type="hidden" {...form.register('version', { valueAsNumber: true })} />
      <fieldset className="flex flex-col gap-2">
        <legend className="field-label mb-1">{t('legend')}</legend>
        {COMPONENT_SETS.map((set) => (
          <label
            key={set}
            className="flex min-h-11 items-start gap-3 rounded-md border border-slate-200 p-3 has-[:checked]:border-brand-700 has-[:checked]:bg-brand-50"
          >
            <input type="radio" value={set} className="mt-1 h-4 w-4 accent-brand-700" {...form.register('componentSet')} />
            <span>
              <span className="font-medium">{t(`options.${set}.label`)}</span>
              <span className="block text-sm text-slate-600">{t(`options.${set}.hint`)}</span>
            </span>
          </label>
        ))}
      </fieldset>
      <SaveRow pending={isSubmitting} saved={saved} />
    </form>
  );
}
