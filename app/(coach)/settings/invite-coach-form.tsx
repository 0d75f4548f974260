'use client';

import { useRouter } from 'next/navigation';
import { useTranslations } from 'next-intl';
import { useState } from 'react';
import { Field, FormAlert, Select, SubmitButton, TextInput } from '@/app/_components/form-controls';
import { LocaleOptions } from '@/app/_components/locale-options';
import { useActionForm } from '@/app/_components/use-action-form';
import { inviteCoachAction } from './actions';

export function InviteCoachForm() {
  const t = useTranslations('settings');
  const router = useRouter();
  const [sentTo, setSentTo] = useState<string | null>(null);
  const { form, onSubmit, problem } = useActionForm(
    () => import('@/lib/schemas/practice').then((m) => m.inviteCoachSchema),
    inviteCoachAction,
    {
      defaultValues: { name: '', email: '', locale: 'nl' },
      onSuccess: (_data, input) => {
        setSentTo(input.email);
        form.reset({ name: '', email: '', locale: input.locale });
        router.refresh();
      },
    },
  );
  const { errors, isSubmitting } = form.formState;
  return (
    <form method="post" onSubmit={onSubmit} noValidate className="grid gap-4 sm:grid-cols-3">
      <div className="sm:col-span-3">
        <FormAlert problem={problem} />
        <div aria-live="polite">{sentTo && <p className="alert alert-success">{t('inviteSent', { email: sentTo })}</p>}</div>
      </div>
      <Field id="invite-name" required label={t('inviteName')} error={errors.name}>
        {(a) => <TextInput {...a} {...form.register('name')} />}
      </Field>
      <Field id="invite-email" required label={t('inviteEmail')} error={errors.email}>
        {(a) => <TextInput {...a} type="email" {...form.register('email')} />}
      </Field>
      <Field id="invite-locale" label={t('inviteLocale')} error={errors.locale}>
        {(a) => (
          <Select {...a} {...form.register('locale')}>
            <LocaleOptions />
          </Select>
        )}
      </Field>
      <div className="sm:col-span-3">
        <SubmitButton pending={isSubmitting}>{t('inviteSubmit')}</SubmitButton>
      </div>
    </form>
  );
}
