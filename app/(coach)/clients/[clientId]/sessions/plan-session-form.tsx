'use client';

import { useRouter } from 'next/navigation';
import { useTranslations } from 'next-intl';
import { type FormEvent, useState } from 'react';
import { Field, FormAlert, Select, SubmitButton, TextInput } from '@/app/_components/form-controls';
import { useActionForm } from '@/app/_components/use-action-form';
import { newRequestId } from '@/lib/ids/request-id';
import type { PlanSessionInput } from '@/lib/schemas/session';
import { SESSION_KINDS, SESSION_LOCATIONS } from '@/lib/sessions/kinds';
import { MAX_SERIES, REPEATS } from '@/lib/sessions/series';
import { planSessionAction } from './actions';
import { OverlapWarning } from './overlap-warning';
import { SessionTimeFields } from './session-time-fields';

export function PlanSessionForm({ clientId, today }: { clientId: string; today: string }) {
  const t = useTranslations('sessions');
  const router = useRouter();
  const [planned, setPlanned] = useState<number | null>(null);
  const defaults: PlanSessionInput = {
    clientId,
    requestId: newRequestId(),
    date: today,
    startTime: '09:00',
    endTime: '10:00',
    kind: 'coaching',
    location: 'on_site',
    repeat: 'none',
    count: 6,
    allowOverlap: false,
  };
  const { form, onSubmit, problem, setProblem } = useActionForm(
    () => import('@/lib/schemas/session').then((m) => m.planSessionSchema),
    planSessionAction,
    {
      defaultValues: defaults,
      onSuccess: (data, input) => {
        setPlanned(data.count);
        setProblem(null);
        // The next press plans again; until now a repeat of this one found the sessions it made.
        form.reset({ ...input, requestId: newRequestId(), allowOverlap: false });
        router.refresh();
      },
    },
  );
  const { errors, isSubmitting } = form.formState;
  const repeat = form.watch('repeat');
  const overlap = errors.startTime?.message === 'sessions.errors.overlap';
  const submitPlain = (event: FormEvent) => {
    setPlanned(null);
    form.setValue('allowOverlap', false);
    void onSubmit(event);
  };
  const confirm = () => {
    form.setValue('allowOverlap', true);
    void onSubmit();
  };

  return (
    <form method="post" onSubmit={submitPlain} noValidate className="flex flex-col gap-4">
      <div aria-live="polite" className="empty:hidden">
        {planned !== null && <p className="alert alert-success">{t('plannedCount', { count: planned })}</p>}
      </div>
      {!overlap && <FormAlert problem={problem} />}
      <div className="grid gap-4 sm:grid-cols-3">
        <SessionTimeFields
          idPrefix="plan"
          fields={{ date: form.register('date'), startTime: form.register('startTime'), endTime: form.register('endTime') }}
          errors={errors}
        />
        <Field id="plan-kind" label={t('kind')} error={errors.kind}>
          {(a) => (
            <Select {...a} {...form.register('kind')}>
              {SESSION_KINDS.map((k) => (
                <option key={k} value={k}>
                  {t(`kinds.${k}`)}
                </option>
              ))}
            </Select>
          )}
        </Field>
        <Field id="plan-location" label={t('location')} error={errors.location}>
          {(a) => (
            <Select {...a} {...form.register('location')}>
              {SESSION_LOCATIONS.map((l) => (
                <option key={l} value={l}>
                  {t(`locations.${l}`)}
                </option>
              ))}
            </Select>
          )}
        </Field>
        <Field id="plan-repeat" label={t('repeat')} error={errors.repeat}>
          {(a) => (
            <Select {...a} {...form.register('repeat')}>
              {REPEATS.map((r) => (
                <option key={r} value={r}>
                  {t(`repeats.${r}`)}
                </option>
              ))}
            </Select>
          )}
        </Field>
        {repeat !== 'none' && (
          <Field id="plan-count" required label={t('count')} error={errors.count} hint={t('countHint', { max: MAX_SERIES })}>
            {(a) => (
              <TextInput
                {...a}
                type="number"
                inputMode="numeric"
                min={2}
                max={MAX_SERIES}
                {...form.register('count', { valueAsNumber: true })}
              />
            )}
          </Field>
        )}
      </div>
      {overlap && <OverlapWarning mode="plan" params={problem?.params} pending={isSubmitting} onConfirm={confirm} />}
      <div>
        <SubmitButton pending={isSubmitting}>{repeat === 'none' ? t('planOne') : t('planSeries')}</SubmitButton>
      </div>
    </form>
  );
}
