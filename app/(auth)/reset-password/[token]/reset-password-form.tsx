'use client';

import Link from 'next/link';
import { useTranslations } from 'next-intl';
import { Field, FormAlert, SubmitButton, TextInput } from '@/app/_components/form-controls';
import { useActionForm } from '@/app/_components/use-action-form';
import { resetPasswordAction } from '../../actions';

export function ResetPasswordForm({ token }: { token: string }) {
  const t = useTranslations('auth.reset');
  const { form, onSubmit, problem } = useActionForm(
    () => import('@/lib/schemas/auth').then((m) => m.resetPasswordSchema),
    resetPasswordAction,
    {
      defaultValues: { token, password: '', confirmPassword: '' },
      onSuccess: () => window.location.assign('/login?notice=password-reset'),
    },
  );
  const { errors, isSubmitting } = form.formState;
  const linkProblem = problem?.code.startsWith('link_');
  return (
    <form method="post" onSubmit={onSubmit} noValidate className="flex flex-col gap-4">
      <FormAlert problem={problem} />
      {linkProblem && <Link href="/forgot-password">{t('requestNew')}</Link>}
      <input type="hidden" {...form.register('token')} />
      <Field id="password" label={t('password')} error={errors.password}>
        {(a) => <TextInput {...a} type="password" autoComplete="new-password" {...form.register('password')} />}
      </Field>
      <Field id="confirmPassword" label={t('confirmPassword')} error={errors.confirmPassword}>
        {(a) => <TextInput {...a} type="password" autoComplete="new-password" {...form.register('confirmPassword')} />}
      </Field>
      <SubmitButton pending={isSubmitting}>{t('submit')}</SubmitButton>
    </form>
  );
}
