'use client';

import { useTranslations } from 'next-intl';
import { useState } from 'react';
import { Field, FormAlert, SubmitButton, TextInput } from '@/app/_components/form-controls';
import { useActionForm } from '@/app/_components/use-action-form';
import { requestPasswordResetAction } from '../actions';

export function ForgotPasswordForm() {
  const t = useTranslations('auth.forgot');
  const [sent, setSent] = useState(false);
  const { form, onSubmit, problem } = useActionForm(
    () => import('@/lib/schemas/auth').then((m) => m.forgotPasswordSchema),
    requestPasswordResetAction,
    {
      defaultValues: { email: '' },
      onSuccess: () => setSent(true),
    },
  );
  const { errors, isSubmitting } = form.formState;
  return (
    <form method="post" onSubmit={onSubmit} noValidate className="flex flex-col gap-4">
      <FormAlert problem={problem} />
      <div aria-live="polite">{sent && <p className="alert alert-success">{t('sent')}</p>}</div>
      <Field id="email" label={t('email')} error={errors.email}>
        {(a) => <TextInput {...a} type="email" autoComplete="email" {...form.register('email')} />}
      </Field>
      <SubmitButton pending={isSubmitting}>{t('submit')}</SubmitButton>
    </form>
  );
}
