'use client';

import { useTranslations } from 'next-intl';
import { useState, useTransition } from 'react';
import { FormAlert } from '@/app/_components/form-controls';
import type { FormProblem } from '@/app/_components/use-action-form';
import { resetCoachTwoFactorAction } from './security/actions';

/**
 * The owner resets a coach's two-factor sign-in (lost phone and recovery codes), after confirming inline: the coach is
 * signed out everywhere and mailed.
 */
export function ResetTwoFactorButton({ userId, name }: { userId: string; name: string }) {
  const t = useTranslations('security');
  const [confirming, setConfirming] = useState(false);
  const [problem, setProblem] = useState<FormProblem | null>(null);
  const [pending, start] = useTransition();

  const reset = () =>
    start(async () => {
      setProblem(null);
      const result = await resetCoachTwoFactorAction({ userId }).catch(() => null);
      if (!result) return setProblem({ code: 'server' });
      if (!result.ok) return setProblem({ code: result.error });
      setConfirming(false);
    });

  return (
    <span className="flex flex-col items-end gap-1">
      <FormAlert problem={problem} />
      {confirming ? (
        <span className="flex flex-wrap items-center justify-end gap-2" role="group" aria-label={`${t('resetTwoFactor')}: ${name}`}>
          <span className="text-sm text-slate-700">{t('resetTwoFactorWarning', { name })}</span>
          <button type="button" className="btn btn-danger btn-sm" onClick={reset} disabled={pending}>
            {t('resetTwoFactorConfirm')}
          </button>
          <button type="button" className="btn btn-ghost btn-sm" onClick={() => setConfirming(false)}>
            {t('keepTwoFactor')}
          </button>
        </span>
      ) : (
        <button
          type="button"
          className="btn btn-secondary btn-sm"
          aria-label={`${t('resetTwoFactor')}: ${name}`}
          title={t('resetTwoFactorHint')}
          onClick={() => setConfirming(true)}
        >
          {t('resetTwoFactor')}
        </button>
      )}
    </span>
  );
}
