'use client';

import Link from 'next/link';
import { useTranslations } from 'next-intl';
import { Field, FormAlert, SubmitButton, TextInput } from '@/app/_components/form-controls';
import { usePlainForm } from '@/app/_components/use-plain-form';
import { resetPasswordAction } from '../../actions';

export function ResetPasswordForm({ token }: { token: string }) {
  const t = useTranslations('auth.reset');
  const { formRef, onSubmit, pending, problem, error, field } = usePlainForm(
    ['password', 'confirmPassword'],
    () => import('@/lib/schemas/auth').then((m) => m.resetPasswordSchema),
    resetPasswordAction,
    { extra: { token }, onSuccess: () => window.location.assign('/login?notice=password-reset'), leaves: true },
  );
  const linkProblem = problem?.code.startsWith('link_');
  return (
    <form ref={formRef} method="post" onSubmit={onSubmit} noValidate className="flex flex-col gap-4">
      <FormAlert problem={problem} />
      {linkProblem && <Link href="/forgot-password">{t('requestNew')}</Link>}
      <Field id="password" required label={t('password')} hint={t('passwordHint')} error={error('password')}>
        {(a) => <TextInput {...a} {...field('password')} type="password" autoComplete="new-password" />}
      </Field>
      <Field id="confirmPassword" required label={t('confirmPassword')} error={error('confirmPassword')}>
        {(a) => <TextInput {...a} {...field('confirmPassword')} type="password" autoComplete="new-password" />}
      </Field>
      <SubmitButton pending={pending}>{t('submit')}</SubmitButton>
    </form>
  );
}
