'use client';

import { useTranslations } from 'next-intl';
import { Field, FormAlert, Select, SubmitButton, TextInput } from '@/app/_components/form-controls';
import { LocaleOptions } from '@/app/_components/locale-options';
import { usePlainForm } from '@/app/_components/use-plain-form';
import type { Locale } from '@/lib/i18n/locales';
import { signUpAction } from '../actions';

export function SignUpForm({ locale }: { locale: Locale }) {
  const t = useTranslations('auth.signup');
  const { formRef, onSubmit, pending, problem, error, field } = usePlainForm(
    ['practiceName', 'name', 'email', 'password', 'locale'],
    () => import('@/lib/schemas/auth').then((m) => m.signUpSchema),
    signUpAction,
    {
      onSuccess: (data) => window.location.assign(data.signedIn ? '/dashboard' : '/login?notice=account-created'),
      leaves: true,
    },
  );
  return (
    <form ref={formRef} method="post" onSubmit={onSubmit} noValidate className="flex flex-col gap-4">
      <FormAlert problem={problem} />
      <Field id="practiceName" required label={t('practiceName')} error={error('practiceName')}>
        {(a) => <TextInput {...a} {...field('practiceName')} autoComplete="organization" />}
      </Field>
      <Field id="name" required label={t('name')} error={error('name')}>
        {(a) => <TextInput {...a} {...field('name')} autoComplete="name" />}
      </Field>
      <Field id="email" required label={t('email')} error={error('email')}>
        {(a) => <TextInput {...a} {...field('email')} type="email" autoComplete="email" />}
      </Field>
      <Field id="password" required label={t('password')} error={error('password')} hint={t('passwordHint')}>
        {(a) => <TextInput {...a} {...field('password')} type="password" autoComplete="new-password" />}
      </Field>
      <Field id="locale" label={t('locale')} error={error('locale')}>
        {(a) => (
          <Select {...a} {...field('locale')} defaultValue={locale}>
            <LocaleOptions />
          </Select>
        )}
      </Field>
      <SubmitButton pending={pending}>{t('submit')}</SubmitButton>
    </form>
  );
}
