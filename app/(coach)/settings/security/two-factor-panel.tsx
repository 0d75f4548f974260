'use client';

import { useRouter } from 'next/navigation';
import { useTranslations } from 'next-intl';
import { useEffect, useRef, useState, useTransition } from 'react';
import { callAction } from '@/app/_components/form-alert';
import { Field, FormAlert, SubmitButton, TextInput } from '@/app/_components/form-controls';
import { type FormProblem, useActionForm } from '@/app/_components/use-action-form';
import { refusedProblem } from '@/lib/actions/form-problem';
import { confirmTotpEnrolmentAction, removeTwoFactorAction, startTotpEnrolmentAction } from './actions';

/**
 * Enrolment in three steps: start (QR + key), confirm with a code and the password, then the recovery codes shown this
 * once. Each step replaces the control that took it, so the focus moves on with it: to the set-up's heading (the scan
 * instruction read with it), then to the recovery codes' heading, and after turning it off to the new state.
 */
export function TwoFactorPanel({ enabled, requiredByPractice }: { enabled: boolean; requiredByPractice: boolean }) {
  const t = useTranslations('security');
  const router = useRouter();
  const [pending, start] = useTransition();
  const [enrolment, setEnrolment] = useState<{ secret: string; qrDataUrl: string } | null>(null);
  const [codes, setCodes] = useState<string[] | null>(null);
  const [problem, setProblem] = useState<FormProblem | null>(null);
  const setupHeading = useRef<HTMLHeadingElement>(null);
  const codesHeading = useRef<HTMLHeadingElement>(null);
  const offStatus = useRef<HTMLParagraphElement>(null);
  const removing = useRef(false);
  // Runs when a step shows its result (the start button or the form that took the step is gone then).
  useEffect(() => {
    if (codes) codesHeading.current?.focus();
    else if (enrolment) setupHeading.current?.focus();
  }, [enrolment, codes]);
  useEffect(() => {
    if (enabled || !removing.current) return;
    removing.current = false;
    offStatus.current?.focus();
  }, [enabled]);
  const confirm = useActionForm(() => import('@/lib/schemas/auth').then((m) => m.confirmTwoFactorSchema), confirmTotpEnrolmentAction, {
    defaultValues: { code: '', password: '' },
    onSuccess: (data) => setCodes(data.recoveryCodes),
  });
  const remove = useActionForm(() => import('@/lib/schemas/auth').then((m) => m.removeTwoFactorSchema), removeTwoFactorAction, {
    defaultValues: { password: '' },
    onSuccess: () => {
      removing.current = true;
      router.refresh();
    },
  });

  if (codes) {
    return (
      <div className="flex flex-col gap-3" data-testid="recovery-codes">
        <h3 ref={codesHeading} tabIndex={-1} className="font-semibold" aria-describedby="recovery-intro">
          {t('recoveryTitle')}
        </h3>
        <p id="recovery-intro" className="text-sm text-slate-600">
          {t('recoveryIntro')}
        </p>
        <ul className="grid max-w-md grid-cols-2 gap-2 font-mono text-base">
          {codes.map((code) => (
            <li key={code} className="rounded bg-slate-100 px-2 py-1">
              {code}
            </li>
          ))}
        </ul>
        <button type="button" className="btn btn-primary self-start" onClick={() => (window.location.href = '/settings/security')}>
          {t('recoveryDone')}
        </button>
      </div>
    );
  }

  if (enabled) {
    const { errors, isSubmitting } = remove.form.formState;
    return (
      <div className="flex flex-col gap-3">
        <p role="status" data-testid="two-factor-status">
          {t('twoFactorOn')}
        </p>
        {requiredByPractice ? (
          <p className="text-sm text-slate-600">{t('requiredByPractice')}</p>
        ) : (
          <form onSubmit={remove.onSubmit} noValidate className="flex max-w-md flex-col gap-3">
            <h3 className="font-semibold">{t('removeTitle')}</h3>
            <FormAlert problem={remove.problem} />
            <Field id="removePassword" required label={t('removePassword')} error={errors.password}>
              {(a) => <TextInput {...a} type="password" autoComplete="current-password" {...remove.form.register('password')} />}
            </Field>
            <SubmitButton pending={isSubmitting}>{t('remove')}</SubmitButton>
          </form>
        )}
      </div>
    );
  }

  if (enrolment) {
    const { errors, isSubmitting } = confirm.form.formState;
    return (
      <div className="flex flex-col gap-3">
        <h3 ref={setupHeading} tabIndex={-1} className="font-semibold" aria-describedby="totp-scan">
          {t('start')}
        </h3>
        <p id="totp-scan" className="text-sm">
          {t('scan')}
        </p>
        {/* eslint-disable-next-line @next/next/no-img-element -- a data URL made on the server for this enrolment */}
        <img src={enrolment.qrDataUrl} alt={t('qrAlt')} width={220} height={220} className="rounded border border-slate-200" />
        <p className="text-sm">
          {t('secretLabel')}:{' '}
          <code data-testid="totp-secret" className="break-all font-mono">
            {enrolment.secret}
          </code>
        </p>
        <form onSubmit={confirm.onSubmit} noValidate className="flex max-w-xs flex-col gap-3">
          <FormAlert problem={confirm.problem} />
          <Field id="totpCode" required label={t('code')} error={errors.code}>
            {(a) => <TextInput {...a} inputMode="numeric" autoComplete="one-time-code" {...confirm.form.register('code')} />}
          </Field>
          {/* A session alone does not turn it on: the password shows it is the coach (the server checks it, limited). */}
          <Field id="totpPassword" required label={t('enablePassword')} hint={t('enablePasswordHint')} error={errors.password}>
            {(a) => <TextInput {...a} type="password" autoComplete="current-password" {...confirm.form.register('password')} />}
          </Field>
          <SubmitButton pending={isSubmitting}>{t('confirm')}</SubmitButton>
        </form>
      </div>
    );
  }

  return (
    <div className="flex flex-col gap-3">
      <p ref={offStatus} tabIndex={-1} data-testid="two-factor-status">
        {t('twoFactorOff')}
      </p>
      <FormAlert problem={problem} />
      <button
        type="button"
        className="btn btn-primary self-start"
        disabled={pending}
        onClick={() =>
          start(async () => {
            // Offline or a new version: said here instead of the error page.
            const result = await callAction(startTotpEnrolmentAction({}));
            if ('unsent' in result) return setProblem(result.unsent);
            if (result.ok) setEnrolment(result.data);
            setProblem(result.ok ? null : refusedProblem(result));
          })
        }
      >
        {t('start')}
      </button>
    </div>
  );
}
