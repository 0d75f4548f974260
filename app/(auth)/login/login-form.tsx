'use client';

import { useTranslations } from 'next-intl';
import { useEffect, useState } from 'react';
import { Field, FormAlert, SubmitButton, TextInput } from '@/app/_components/form-controls';
import { useActionForm } from '@/app/_components/use-action-form';
import { signInAction } from '../actions';

export function LoginForm({ next }: { next: string }) {
  const t = useTranslations('auth.login');
  const { form, onSubmit, problem } = useActionForm(() => import('@/lib/schemas/auth').then((m) => m.signInSchema), signInAction, {
    defaultValues: { email: '', password: '', code: '' },
    // A full navigation, so every server component reads the new session and language.
    onSuccess: () => window.location.assign(next),
  });
  const { errors, isSubmitting } = form.formState;
  // The second step: once the server answered that this account has two-step sign-in, the code field stays.
  const [askCode, setAskCode] = useState(false);
  useEffect(() => {
    if (problem?.code === 'totp_required' || problem?.code === 'totp_invalid') {
      setAskCode(true);
      requestAnimationFrame(() => form.setFocus('code'));
    }
  }, [problem, form]);
  return (
    <form method="post" onSubmit={onSubmit} noValidate className="flex flex-col gap-4">
      {/* The request for a code is no failure: the field below says what to do. */}
      <FormAlert problem={problem?.code === 'totp_required' ? null : problem} />
      <Field id="email" label={t('email')} error={errors.email}>
        {(a) => <TextInput {...a} type="email" autoComplete="username" {...form.register('email')} />}
      </Field>
      <Field id="password" label={t('password')} error={errors.password}>
        {(a) => <TextInput {...a} type="password" autoComplete="current-password" {...form.register('password')} />}
      </Field>
      {askCode && (
        <fieldset className="flex flex-col gap-2 rounded border border-brand-200 bg-brand-50 p-3">
          <legend className="px-1 font-semibold">{t('codeTitle')}</legend>
          <Field id="code" label={t('code')} hint={t('codeHint')} error={errors.code}>
            {(a) => <TextInput {...a} autoComplete="one-time-code" inputMode="text" spellCheck={false} {...form.register('code')} />}
          </Field>
        </fieldset>
      )}
      <SubmitButton pending={isSubmitting}>{t('submit')}</SubmitButton>
    </form>
  );
}
