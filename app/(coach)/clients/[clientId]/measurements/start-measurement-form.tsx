'use client';

import { useRouter } from 'next/navigation';
import { useTranslations } from 'next-intl';
import { Field, FormAlert, Select, SubmitButton } from '@/app/_components/form-controls';
import { useActionForm } from '@/app/_components/use-action-form';
import { startButtonBusy } from '@/lib/intake/start-button';
import { startMeasurementAction } from './actions';

export type InstrumentOption = { key: string; label: string; group: 'built_in' | 'custom' };

/** Picks an instrument and opens the full-screen intake for it. */
export function StartMeasurementForm({ clientId, options }: { clientId: string; options: InstrumentOption[] }) {
  const t = useTranslations('measurements');
  const router = useRouter();
  const { form, onSubmit, problem } = useActionForm(
    () => import('@/lib/schemas/intake').then((m) => m.startMeasurementSchema),
    startMeasurementAction,
    {
      defaultValues: { clientId, instrumentKey: options[0]?.key ?? '' },
      onSuccess: ({ id }) => router.push(`/intake/${id}`),
    },
  );
  const { errors, isSubmitting, isSubmitSuccessful } = form.formState;
  const builtIn = options.filter((o) => o.group === 'built_in');
  const custom = options.filter((o) => o.group === 'custom');
  return (
    <form method="post" onSubmit={onSubmit} noValidate className="flex flex-col gap-3 sm:flex-row sm:items-end">
      <FormAlert problem={problem} />
      <input type="hidden" {...form.register('clientId')} />
      <div className="sm:w-96">
        <Field id="instrumentKey" label={t('instrument')} error={errors.instrumentKey}>
          {(a) => (
            <Select {...a} {...form.register('instrumentKey')}>
              <optgroup label={t('builtIn')}>
                {builtIn.map((o) => (
                  <option key={o.key} value={o.key}>
                    {o.label}
                  </option>
                ))}
              </optgroup>
              {custom.length > 0 && (
                <optgroup label={t('custom')}>
                  {custom.map((o) => (
                    <option key={o.key} value={o.key}>
                      {o.label}
                    </option>
                  ))}
                </optgroup>
              )}
            </Select>
          )}
        </Field>
      </div>
      <SubmitButton pending={startButtonBusy({ isSubmitting, isSubmitSuccessful, refused: problem !== null })} pendingLabel={t('starting')}>
        {t('start')}
      </SubmitButton>
    </form>
  );
}
