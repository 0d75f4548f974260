'use client';

import { useTranslations } from 'next-intl';
import { useState, useTransition } from 'react';
import { FormAlert } from '@/app/_components/form-controls';
import type { FormProblem } from '@/app/_components/use-action-form';
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
            const result = await signOutEverywhereAction({});
            setDone(result.ok);
            setProblem(result.ok ? null : { code: result.error });
          })
        }
      >
        {t('signOutEverywhere')}
      </button>
    </div>
  );
}
