'use client';

import { useRouter } from 'next/navigation';
import { useTranslations } from 'next-intl';
import type { FormEvent } from 'react';
import { FormAlert, SubmitButton } from '@/app/_components/form-controls';
import { useActionForm } from '@/app/_components/use-action-form';
import { moveSessionAction } from './actions';
import { OverlapWarning } from './overlap-warning';
import { SessionTimeFields } from './session-time-fields';

type Props = {
  /** The form's id, which the row's "Verplaatsen" button controls. */
  id: string;
  /** A three-way meeting: the manager hears of the move too. */
  meeting?: boolean;
  sessionId: string;
  version: number;
  defaults: { date: string; startTime: string; endTime: string };
  /** moved: saved (the page refreshes); false: the coach kept the session as it was. */
  onDone: (moved: boolean) => void;
};

export function MoveSessionForm({ id, meeting, sessionId, version, defaults, onDone }: Props) {
  const t = useTranslations('sessions');
  const router = useRouter();
  const { form, onSubmit, problem } = useActionForm(
    () => import('@/lib/schemas/session').then((m) => m.moveSessionSchema),
    moveSessionAction,
    {
      defaultValues: { sessionId, version, allowOverlap: false, ...defaults },
      onSuccess: () => {
        onDone(true);
        router.refresh();
      },
    },
  );
  const { errors, isSubmitting } = form.formState;
  const overlap = errors.startTime?.message === 'sessions.errors.overlap';
  const submitPlain = (event: FormEvent) => {
    form.setValue('allowOverlap', false);
    void onSubmit(event);
  };
  const confirm = () => {
    form.setValue('allowOverlap', true);
    void onSubmit();
  };
  return (
    <form
      id={id}
      method="post"
      onSubmit={submitPlain}
      // Escape keeps the session as it was, as "Laat maar" does.
      onKeyDown={(e) => {
        if (e.key === 'Escape') onDone(false);
      }}
      noValidate
      className="flex flex-col gap-3 rounded-md border border-slate-200 bg-slate-50 p-4"
      aria-label={t('moveTitle')}
    >
      {!overlap && <FormAlert problem={problem} />}
      <div className="grid gap-3 sm:grid-cols-3">
        <SessionTimeFields
          idPrefix={`move-${sessionId}`}
          fields={{ date: form.register('date'), startTime: form.register('startTime'), endTime: form.register('endTime') }}
          errors={errors}
        />
      </div>
      <p className="text-sm text-slate-600">
        {t('moveMailed')}
        {meeting && ` ${t('meetingMailed')}`}
      </p>
      {overlap && <OverlapWarning mode="move" params={problem?.params} pending={isSubmitting} onConfirm={confirm} />}
      <div className="flex gap-2">
        <SubmitButton pending={isSubmitting}>{t('moveSubmit')}</SubmitButton>
        <button type="button" className="btn btn-ghost" onClick={() => onDone(false)}>
          {t('keep')}
        </button>
      </div>
    </form>
  );
}
