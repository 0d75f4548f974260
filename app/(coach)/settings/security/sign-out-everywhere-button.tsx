'use client';

import { useTranslations } from 'next-intl';
import { useState, useTransition } from 'react';
import { callAction, FormAlert } from '@/app/_components/form-alert';
import type { FormProblem } from '@/app/_components/use-action-form';
import { refusedProblem } from '@/lib/actions/form-problem';
import { signOutEverywhereAction } from './actions';

export function SignOutEverywhereButton() {
  const t = useTranslations('security');
  const [pending, start] = useTransition();
  const [done, setDone] = useState(false);
  const [problem, setProblem] = useState<FormProblem | null>(null);
  return (
    <div className="flex flex-col gap-2">
      <FormAlert problem={problem} />
      {done && (
        <p role="status" className="text-sm text-brand-800">
          {t('signedOutEverywhere')}
        </p>
      )}
      <button
        type="button"
        className="btn btn-secondary self-start"
        disabled={pending}
        onClick={() =>
          start(async () => {
            // Offline or a new version: said here instead of the error page (the other devices are still signed in).
            const result = await callAction(signOutEverywhereAction({}));
            if ('unsent' in result) {
              setDone(false);
              return setProblem(result.unsent);
            }
            setDone(result.ok);
            setProblem(result.ok ? null : refusedProblem(result));
          })
        }
      >
        {t('signOutEverywhere')}
      </button>
    </div>
  );
}
