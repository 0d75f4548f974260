'use client';

import { useTranslations } from 'next-intl';
import { useState } from 'react';
import { Field, FormAlert, SubmitButton, TextInput } from '@/app/_components/form-controls';
import { usePlainForm } from '@/app/_components/use-plain-form';
import { requestPasswordResetAction } from '../actions';

export function ForgotPasswordForm() {
  const t = useTranslations('auth.forgot');
  const [sent, setSent] = useState(false);
  const { formRef, onSubmit, pending, problem, error, field } = usePlainForm(
    ['email'],
    () => import('@/lib/schemas/auth').then((m) => m.forgotPasswordSchema),
    requestPasswordResetAction,
    { onSuccess: () => setSent(true) },
  );
  return (
    <form
      ref={formRef}
      method="post"
      onSubmit={(e) => {
        // A later refusal (too many requests) must not stand beside the earlier "sent".
        setSent(false);
        void onSubmit(e);
      }}
      noValidate
      className="flex flex-col gap-4"
    >
      <FormAlert problem={problem} />
      <div aria-live="polite">{sent && <p className="alert alert-success">{t('sent')}</p>}</div>
      <Field id="email" required label={t('email')} error={error('email')}>
        {(a) => <TextInput {...a} {...field('email')} type="email" autoComplete="email" />}
      </Field>
      <SubmitButton pending={pending}>{t('submit')}</SubmitButton>
    </form>
  );
}
