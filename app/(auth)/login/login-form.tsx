'use client';

import { useTranslations } from 'next-intl';
import { useState } from 'react';
import { Field, FormAlert, SubmitButton, TextInput } from '@/app/_components/form-controls';
import { usePlainForm } from '@/app/_components/use-plain-form';
import { signInAction } from '../actions';

/** Every coach's first page; without react-hook-form, as every anonymous page's form (app/_components/use-plain-form.ts). */
export function LoginForm({ next }: { next: string }) {
  const t = useTranslations('auth.login');
  // The second step: once the server answered that this account has two-step sign-in, the code field stays.
  const [askCode, setAskCode] = useState(false);
  const { formRef, onSubmit, pending, problem, error, field } = usePlainForm(
    ['email', 'password', 'code'],
    () => import('@/lib/schemas/auth').then((m) => m.signInSchema),
    signInAction,
    {
      // A full navigation, so every server component reads the new session and language.
      onSuccess: () => window.location.assign(next),
      leaves: true,
      // Once the code field shows, leaving it empty gets its message at the field (the schema's check), as a wrong code does.
      extra: { codeAsked: askCode },
      onRefused: (result) => {
        if (result.error !== 'totp_required' && result.error !== 'totp_invalid') return undefined;
        setAskCode(true);
        return 'code';
      },
    },
  );
  return (
    <form ref={formRef} method="post" onSubmit={onSubmit} noValidate className="flex flex-col gap-4">
      {/* The request for a code is no failure, and a wrong code is the code field's message: the field says it. */}
      <FormAlert problem={problem?.code === 'totp_required' || problem?.code === 'totp_invalid' ? null : problem} />
      <Field id="email" required label={t('email')} error={error('email')}>
        {(a) => <TextInput {...a} {...field('email')} type="email" autoComplete="username" />}
      </Field>
      <Field id="password" required label={t('password')} error={error('password')}>
        {(a) => <TextInput {...a} {...field('password')} type="password" autoComplete="current-password" />}
      </Field>
      {askCode && (
        <fieldset className="flex flex-col gap-2 rounded border border-brand-200 bg-brand-50 p-3">
          <legend className="px-1 font-semibold">{t('codeTitle')}</legend>
          <Field id="code" required label={t('code')} hint={t('codeHint')} error={error('code')}>
            {(a) => <TextInput {...a} {...field('code')} autoComplete="one-time-code" inputMode="text" spellCheck={false} />}
          </Field>
        </fieldset>
      )}
      <SubmitButton pending={pending}>{t('submit')}</SubmitButton>
    </form>
  );
}
