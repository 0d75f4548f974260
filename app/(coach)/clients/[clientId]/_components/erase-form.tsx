'use client';

import { useRouter } from 'next/navigation';
import { useTranslations } from 'next-intl';
import { Field, FormAlert, TextInput } from '@/app/_components/form-controls';
import { useActionForm } from '@/app/_components/use-action-form';
import { eraseClientAction } from '../gdpr-actions';

/** GDPR art. 17, owner only: typing the client's name is the confirmation. Folded away (EraseFold) until opened. */
export function EraseForm({ clientId, name }: { clientId: string; name: string }) {
  const t = useTranslations('gdpr.erase');
  const router = useRouter();
  const { form, onSubmit, problem } = useActionForm(
    () => import('@/lib/schemas/client').then((m) => m.eraseClientSchema),
    eraseClientAction,
    {
      defaultValues: { clientId, confirmName: '' },
      onSuccess: () => {
        router.replace('/clients?erased=1');
        router.refresh();
      },
    },
  );
  return (
    <form method="post" onSubmit={onSubmit} noValidate className="mt-3 flex flex-col gap-3">
      <p className="text-sm text-slate-700">{t('intro')}</p>
      <FormAlert problem={problem?.code === 'validation' ? null : problem} />
      <Field id="confirmName" required label={t('confirmLabel', { name })} error={form.formState.errors.confirmName}>
        {(a) => <TextInput {...a} autoComplete="off" {...form.register('confirmName')} />}
      </Field>
      <button type="submit" className="btn btn-danger self-start" disabled={form.formState.isSubmitting}>
        {t('submit')}
      </button>
    </form>
  );
}
