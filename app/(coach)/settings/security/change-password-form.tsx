'use client';

import { useTranslations } from 'next-intl';
import { useState } from 'react';
import { Field, FormAlert, SubmitButton, TextInput } from '@/app/_components/form-controls';
import { useActionForm } from '@/app/_components/use-action-form';
import { changePasswordAction } from './actions';

export function ChangePasswordForm() {
  const t = useTranslations('security');
  const [done, setDone] = useState(false);
  const { form, onSubmit, problem } = useActionForm(
    () => import('@/lib/schemas/auth').then((m) => m.changePasswordSchema),
    changePasswordAction,
    {
      defaultValues: { currentPassword: '', password: '', confirmPassword: '' },
      onSuccess: () => {
        form.reset();
        setDone(true);
      },
    },
  );
  const { errors, isSubmitting } = form.formState;
  return (
    <form onSubmit={onSubmit} noValidate className="flex max-w-md flex-col gap-4">
      <FormAlert problem={problem} />
      {done && (
        <p role="status" className="text-sm text-brand-800">
          {t('passwordChanged')}
        </p>
      )}
      <Field id="currentPassword" required label={t('currentPassword')} error={errors.currentPassword}>
        {(a) => <TextInput {...a} type="password" autoComplete="current-password" {...form.register('currentPassword')} />}
      </Field>
      <Field id="newPassword" required label={t('newPassword')} error={errors.password}>
        {(a) => <TextInput {...a} type="password" autoComplete="new-password" {...form.register('password')} />}
      </Field>
      <Field id="confirmPassword" required label={t('confirmPassword')} error={errors.confirmPassword}>
        {(a) => <TextInput {...a} type="password" autoComplete="new-password" {...form.register('confirmPassword')} />}
      </Field>
      <SubmitButton pending={isSubmitting}>{t('changePassword')}</SubmitButton>
    </form>
  );
}
