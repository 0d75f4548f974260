'use client';

import { useTranslations } from 'next-intl';
import { Field, FormAlert, SubmitButton, TextInput } from '@/app/_components/form-controls';
import { useActionForm } from '@/app/_components/use-action-form';
import { acceptInvitationAction } from '../../actions';

export function AcceptInvitationForm({ token }: { token: string }) {
  const t = useTranslations('auth.invite');
  const { form, onSubmit, problem } = useActionForm(
    () => import('@/lib/schemas/auth').then((m) => m.acceptInvitationSchema),
    acceptInvitationAction,
    {
      defaultValues: { token, password: '', confirmPassword: '' },
      onSuccess: () => window.location.assign('/login?notice=invitation-accepted'),
    },
  );
  const { errors, isSubmitting } = form.formState;
  return (
    <form method="post" onSubmit={onSubmit} noValidate className="flex flex-col gap-4">
      <FormAlert problem={problem} />
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
