'use client';

import { useTranslations } from 'next-intl';
import { type FormEvent, useEffect, useRef, useState } from 'react';
import { unsentProblem } from '@/app/_components/form-alert';
import { Field, FormAlert, SubmitButton, TextInput } from '@/app/_components/form-controls';
import { schemaLoader, warmOnFirstUse } from '@/app/_components/schema-loader';
import { type FormProblem, refusedProblem } from '@/lib/actions/form-problem';
import type { FieldErrors } from '@/lib/actions/result';
import { fieldErrorsOf } from '@/lib/actions/zod-errors';
import { signInAction } from '../actions';

const FIELDS = ['email', 'password', 'code'] as const;
type Values = Record<(typeof FIELDS)[number], string>;

/**
 * The one form without react-hook-form (app/_components/use-action-form.ts): it is every coach's first page, and that
 * library's 14 kB gzip took it over the 150 kB script budget (BENCHMARKS.md). Two fields need no form state: the
 * browser keeps the values, this keeps the messages. It checks with the same zod schema as the action, loaded on first
 * use, and shows the same messages.
 */
export function LoginForm({ next }: { next: string }) {
  const t = useTranslations('auth.login');
  const [loadSchema] = useState(() => schemaLoader(() => import('@/lib/schemas/auth').then((m) => m.signInSchema)));
  useEffect(() => warmOnFirstUse(loadSchema), [loadSchema]);
  const [errors, setErrors] = useState<FieldErrors>({});
  const [problem, setProblem] = useState<FormProblem | null>(null);
  const [pending, setPending] = useState(false);
  const sending = useRef(false);
  // The second step: once the server answered that this account has two-step sign-in, the code field stays.
  const [askCode, setAskCode] = useState(false);
  const formRef = useRef<HTMLFormElement>(null);
  // After the render that shows the message (or the code field): a new object each time, so a second refusal focuses again.
  const [focus, setFocus] = useState<{ field: string } | null>(null);
  // Back to this page from the next one (the browser's back/forward cache): the form was left busy by the sign-in.
  useEffect(() => {
    const reset = (event: PageTransitionEvent) => {
      if (!event.persisted) return;
      sending.current = false;
      setPending(false);
    };
    window.addEventListener('pageshow', reset);
    return () => window.removeEventListener('pageshow', reset);
  }, []);
  useEffect(() => {
    if (focus) formRef.current?.querySelector<HTMLInputElement>(`[name="${focus.field}"]`)?.focus();
  }, [focus]);
  const focusFirst = (failed: FieldErrors) => {
    const field = FIELDS.find((f) => failed[f]);
    if (field) setFocus({ field });
  };

  async function onSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    submitted.current = true;
    // Once: a second tap while the schema loads or the answer is on its way would be a second sign-in attempt.
    if (sending.current) return;
    sending.current = true;
    setPending(true);
    const done = () => {
      sending.current = false;
      setPending(false);
    };
    const data = new FormData(event.currentTarget);
    const values = Object.fromEntries(FIELDS.map((f) => [f, String(data.get(f) ?? '')])) as Values;
    const schema = await loadSchema();
    const checked = schema?.safeParse(values);
    if (checked && !checked.success) {
      const failed = fieldErrorsOf(checked.error);
      setErrors(failed);
      focusFirst(failed);
      done();
      return;
    }
    setErrors({});
    setProblem(null);
    try {
      const result = await signInAction(values);
      if (result.ok) {
        // A full navigation, so every server component reads the new session and language. The button stays busy.
        window.location.assign(next);
        return;
      }
      const failed = result.fieldErrors ?? {};
      setErrors(failed);
      setProblem(refusedProblem(result));
      if (result.error === 'totp_required' || result.error === 'totp_invalid') {
        setAskCode(true);
        setFocus({ field: 'code' });
      } else focusFirst(failed);
    } catch {
      setProblem(unsentProblem());
    }
    done();
  }

  // As the other forms (react-hook-form's re-checking on change): after a refused submit, a changed field is checked
  // again at once, so its message goes when the value is right and comes back when it is wrong again.
  const submitted = useRef(false);
  const recheck = async (field: (typeof FIELDS)[number]) => {
    if (!submitted.current || !formRef.current) return;
    const data = new FormData(formRef.current);
    const values = Object.fromEntries(FIELDS.map((f) => [f, String(data.get(f) ?? '')])) as Values;
    const checked = (await loadSchema())?.safeParse(values);
    const message = checked && !checked.success ? fieldErrorsOf(checked.error)[field] : undefined;
    setErrors(({ [field]: _, ...rest }) => (message ? { ...rest, [field]: message } : rest));
  };
  const clear = (field: (typeof FIELDS)[number]) => void recheck(field);
  const error = (field: string) => (errors[field] ? { message: errors[field] } : undefined);
  return (
    <form ref={formRef} method="post" onSubmit={onSubmit} noValidate className="flex flex-col gap-4">
      {/* The request for a code is no failure: the field below says what to do. */}
      <FormAlert problem={problem?.code === 'totp_required' ? null : problem} />
      <Field id="email" label={t('email')} error={error('email')}>
        {(a) => <TextInput {...a} name="email" type="email" autoComplete="username" onChange={() => clear('email')} />}
      </Field>
      <Field id="password" label={t('password')} error={error('password')}>
        {(a) => <TextInput {...a} name="password" type="password" autoComplete="current-password" onChange={() => clear('password')} />}
      </Field>
      {askCode && (
        <fieldset className="flex flex-col gap-2 rounded border border-brand-200 bg-brand-50 p-3">
          <legend className="px-1 font-semibold">{t('codeTitle')}</legend>
          <Field id="code" label={t('code')} hint={t('codeHint')} error={error('code')}>
            {(a) => (
              <TextInput
                {...a}
                name="code"
                autoComplete="one-time-code"
                inputMode="text"
                spellCheck={false}
                onChange={() => clear('code')}
              />
            )}
          </Field>
        </fieldset>
      )}
      <SubmitButton pending={pending}>{t('submit')}</SubmitButton>
    </form>
  );
}
