'use client';

import { useTranslations } from 'next-intl';
import { Field, FormAlert, LocaleOptions, Select, SubmitButton, TextInput } from '@/app/_components/form-controls';
import { useActionForm } from '@/app/_components/use-action-form';
import type { Locale } from '@/lib/i18n/locales';
import { signUpAction } from '../actions';

export function SignUpForm({ locale }: { locale: Locale }) {
  const t = useTranslations('auth.signup');
  const { form, onSubmit, problem } = useActionForm(() => import('@/lib/schemas/auth').then((m) => m.signUpSchema), signUpAction, {
    defaultValues: { practiceName: '', name: '', email: '', password: '', locale },
    onSuccess: (data) => window.location.assign(data.signedIn ? '/dashboard' : '/login?notice=account-created'),
  });
  const { errors, isSubmitting } = form.formState;
  return (
    <form method="post" onSubmit={onSubmit} noValidate className="flex flex-col gap-4">
      <FormAlert problem={problem} />
      <Field id="practiceName" label={t('practiceName')} error={errors.practiceName}>
        {(a) => <TextInput {...a} autoComplete="organization" {...form.register('practiceName')} />}
      </Field>
      <Field id="name" label={t('name')} error={errors.name}>
        {(a) => <TextInput {...a} autoComplete="name" {...form.register('name')} />}
      </Field>
      <Field id="email" label={t('email')} error={errors.email}>
        {(a) => <TextInput {...a} type="email" autoComplete="email" {...form.register('email')} />}
      </Field>
      <Field id="password" label={t('password')} error={errors.password} hint={t('passwordHint')}>
        {(a) => <TextInput {...a} type="password" autoComplete="new-password" {...form.register('password')} />}
      </Field>
      <Field id="locale" label={t('locale')} error={errors.locale}>
        {(a) => (
          <Select {...a} {...form.register('locale')}>
            <LocaleOptions />
          </Select>
        )}
      </Field>
      <SubmitButton pending={isSubmitting}>{t('submit')}</SubmitButton>
    </form>
  );
}
