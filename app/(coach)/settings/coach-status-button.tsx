'use client';

import { useTranslations } from 'next-intl';
import { useState, useTransition } from 'react';
import { FormAlert } from '@/app/_components/form-controls';
import type { FormProblem } from '@/app/_components/use-action-form';
import { setCoachActiveAction } from './security/actions';

/** The owner's switch per coach: a deactivated coach is out at the next request. */
export function CoachStatusButton({ userId, name, active }: { userId: string; name: string; active: boolean }) {
  const t = useTranslations('security');
  const [pending, start] = useTransition();
  const [problem, setProblem] = useState<FormProblem | null>(null);
  return (
    <span className="flex flex-col items-end gap-1">
      <FormAlert problem={problem} />
      <button
        type="button"
        className="btn btn-secondary btn-sm"
        aria-label={`${active ? t('deactivate') : t('reactivate')}: ${name}`}
        title={active ? t('deactivateHint') : undefined}
        disabled={pending}
        onClick={() =>
          start(async () => {
            const result = await setCoachActiveAction({ userId, active: !active });
            setProblem(result.ok ? null : { code: result.error });
          })
        }
      >
        {active ? t('deactivate') : t('reactivate')}
      </button>
    </span>
  );
}
