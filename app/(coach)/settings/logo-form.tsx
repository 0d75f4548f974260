'use client';

import { useRouter } from 'next/navigation';
import { useTranslations } from 'next-intl';
import { useRef, useState, useTransition } from 'react';
import { callAction, FormAlert, useMessage } from '@/app/_components/form-alert';
import type { FormProblem } from '@/app/_components/use-action-form';
import { refusedProblem } from '@/lib/actions/form-problem';
import { LOGO_MAX_BYTES } from '@/lib/images';
import { removeLogoAction, uploadLogoAction } from './actions';

export function LogoForm({ hasLogo }: { hasLogo: boolean }) {
  const t = useTranslations('settings');
  const tc = useTranslations('common');
  const message = useMessage();
  const router = useRouter();
  const input = useRef<HTMLInputElement>(null);
  const [fieldError, setFieldError] = useState<string | undefined>();
  const [problem, setProblem] = useState<FormProblem | null>(null);
  const [pending, startTransition] = useTransition();

  const submit = (event: React.FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    const file = input.current?.files?.[0];
    setProblem(null);
    if (!file) return setFieldError('validation.required');
    if (file.size > LOGO_MAX_BYTES) return setFieldError('validation.logoTooLarge');
    setFieldError(undefined);
    const data = new FormData();
    data.set('logo', file);
    startTransition(async () => {
      // Offline or a new version: said here instead of the error page; the chosen file stays for another try.
      const result = await callAction(uploadLogoAction(data));
      if ('unsent' in result) return setProblem(result.unsent);
      if (result.ok) {
        if (input.current) input.current.value = '';
        router.refresh();
      } else {
        setFieldError(result.fieldErrors?.logo);
        setProblem(refusedProblem(result));
      }
    });
  };

  const remove = () =>
    startTransition(async () => {
      setProblem(null);
      const result = await callAction(removeLogoAction({}));
      if ('unsent' in result) return setProblem(result.unsent);
      // Refused (no longer the owner, a failure): the logo is still there, and the page says why.
      if (!result.ok) return setProblem(refusedProblem(result));
      router.refresh();
    });

  return (
    <form method="post" onSubmit={submit} className="flex flex-col gap-3" noValidate>
      <FormAlert problem={problem} />
      <div className="field">
        <label htmlFor="logo" className="field-label">
          {t('logoFile')}
        </label>
        <input
          ref={input}
          id="logo"
          name="logo"
          type="file"
          accept="image/png,image/jpeg"
          aria-invalid={Boolean(fieldError)}
          aria-describedby={fieldError ? 'logo-error' : undefined}
          // The browser's own button (its text in the browser's language) styled as the app's secondary buttons, so it
          // reads as something to click.
          className="text-sm text-slate-700 file:mr-3 file:min-h-11 file:cursor-pointer file:rounded-md file:border file:border-slate-300 file:bg-white file:px-3 file:py-2 file:text-sm file:font-medium file:text-slate-800 hover:file:bg-slate-50"
        />
        {fieldError && (
          <p id="logo-error" className="field-error" role="alert">
            {message(fieldError)}
          </p>
        )}
      </div>
      <div className="flex flex-wrap gap-2">
        <button type="submit" className="btn btn-primary" disabled={pending}>
          {tc('upload')}
        </button>
        {hasLogo && (
          <button type="button" className="btn btn-secondary" disabled={pending} onClick={remove}>
            {t('removeLogo')}
          </button>
        )}
      </div>
    </form>
  );
}
