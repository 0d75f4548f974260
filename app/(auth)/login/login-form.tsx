'use client';

import { useTranslations } from 'next-intl';
import { Field, FormAlert, SubmitButton, TextInput } from '@/app/_components/form-controls';
import { useActionForm } from '@/app/_components/use-action-form';
import { signInSchema } from '@/lib/schemas/auth';
import { signInAction } from '../actions';

export function LoginForm({ next }: { next: string }) {
  const t = useTranslations('auth.login');
  const { form, onSubmit, problem } = useActionForm(signInSchema, signInAction, {
    defaultValues: { email: '', password: '' },
    // A full navigation, so every server component reads the new session and language.
    onSuccess: () => window.location.assign(next),
  });
  const { errors, isSubmitting } = form.formState;
  return (
    <form method="post" onSubmit={onSubmit} noValidate className="flex flex-col gap-4">
      <FormAlert problem={problem} />
      <Field id="email" label={t('email')} error={errors.email}>
        {(a) => <TextInput {...a} type="email" autoComplete="username" {...form.register('email')} />}
      </Field>
      <Field id="password" label={t('password')} error={errors.password}>
        {(a) => <TextInput {...a} type="password" autoComplete="current-password" {...form.register('password')} />}
      </Field>
      <SubmitButton pending={isSubmitting}>{t('submit')}</SubmitButton>
    </form>
  );
}
