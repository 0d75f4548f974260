'use client';

import { useRouter } from 'next/navigation';
import { useTranslations } from 'next-intl';
import { Field, FormAlert, Select, SubmitButton, TextInput } from '@/app/_components/form-controls';
import { useActionForm } from '@/app/_components/use-action-form';
import { CLOSE_REASONS } from '@/lib/caseload/lifecycle';
import { closeClientAction } from '../lifecycle-actions';

/** Closing the trajectory with a date and a reason; folded away (CloseFold) until the coach opens it. */
export function CloseForm({ clientId, version, today }: { clientId: string; version: number; today: string }) {
  const t = useTranslations('clients.lifecycle');
  const tr = useTranslations('clients.closeReasons');
  const router = useRouter();
  const { form, onSubmit, problem } = useActionForm(
    () => import('@/lib/schemas/client').then((m) => m.closeClientSchema),
    closeClientAction,
    {
      defaultValues: { clientId, version, closedOn: today, reason: '' as never },
      // The form goes with its fold once the page shows the trajectory closed: the focus goes to the panel's heading
      // (lifecycle-panel.tsx), described by the new state, not to the page.
      onSuccess: () => {
        document.getElementById('lifecycle-title')?.focus();
        router.refresh();
      },
    },
  );
  const { errors, isSubmitting } = form.formState;
  return (
    <form method="post" onSubmit={onSubmit} noValidate className="mt-3 flex flex-col gap-3">
      <FormAlert problem={problem} />
      <Field id="closedOn" required label={t('closedOn')} error={errors.closedOn}>
        {(a) => <TextInput {...a} type="date" max={today} {...form.register('closedOn')} />}
      </Field>
      <Field id="reason" required label={t('reason')} error={errors.reason} hint={t('closeHint', { reason: tr('returned_to_work') })}>
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
  );
}
