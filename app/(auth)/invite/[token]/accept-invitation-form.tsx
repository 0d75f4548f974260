'use client';

import { useTranslations } from 'next-intl';
import { Field, FormAlert, SubmitButton, TextInput } from '@/app/_components/form-controls';
import { usePlainForm } from '@/app/_components/use-plain-form';
import { acceptInvitationAction } from '../../actions';

export function AcceptInvitationForm({ token, email }: { token: string; email: string }) {
  const t = useTranslations('auth.invite');
  const { formRef, onSubmit, pending, problem, error, field } = usePlainForm(
    ['password', 'confirmPassword'],
    () => import('@/lib/schemas/auth').then((m) => m.acceptInvitationSchema),
    acceptInvitationAction,
    { extra: { token }, onSuccess: () => window.location.assign('/login?notice=invitation-accepted'), leaves: true },
  );
  return (
    <form ref={formRef} method="post" onSubmit={onSubmit} noValidate className="flex flex-col gap-4">
      <FormAlert problem={problem} />
      {/* For password managers: the account the new password belongs to (no name, so it is not sent). */}
      <input type="email" autoComplete="username" value={email} readOnly hidden />
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
