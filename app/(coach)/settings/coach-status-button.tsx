'use client';

import { useTranslations } from 'next-intl';
import { useState, useTransition } from 'react';
import { ConfirmButton, focusById } from '@/app/_components/confirm-button';
import { callAction, FormAlert } from '@/app/_components/form-alert';
import type { FormProblem } from '@/app/_components/use-action-form';
import { refusedProblem } from '@/lib/actions/form-problem';
import { setCoachActiveAction } from './security/actions';

/** The team list's heading (settings/page.tsx): where the focus goes once the row's control is replaced. */
const TEAM_TITLE = 'team-title';

type Props = {
  userId: string;
  name: string;
  active: boolean;
  /** Open clients and sessions to come still assigned to this coach: after deactivating, on nobody's dashboard. */
  assigned: { clients: number; sessions: number };
};

/**
 * The owner's switch per coach: a deactivated coach is out at the next request. Deactivating asks first and says what
 * is still assigned to the coach; reactivating asks nothing.
 */
export function CoachStatusButton({ userId, name, active, assigned }: Props) {
  const t = useTranslations('security');
  const tc = useTranslations('common');
  const [pending, start] = useTransition();
  const [problem, setProblem] = useState<FormProblem | null>(null);

  if (active) {
    const stillAssigned = assigned.clients > 0 || assigned.sessions > 0;
    return (
      <ConfirmButton
        label={t('deactivate')}
        name={name}
        warning={
          <>
            {t('deactivateConfirm', { name })}
            {stillAssigned && ` ${t('deactivateAssigned', { clients: assigned.clients, sessions: assigned.sessions })}`}
          </>
        }
        confirmLabel={t('deactivateYes')}
        cancelLabel={tc('cancel')}
        focusOnDone={TEAM_TITLE}
        onConfirm={async () => {
          const result = await setCoachActiveAction({ userId, active: false });
          return result.ok ? null : { code: result.error };
        }}
      />
    );
  }
  return (
    <span className="flex flex-col items-end gap-1">
      <FormAlert problem={problem} />
      <button
        type="button"
        className="btn btn-secondary btn-sm"
        aria-label={`${t('reactivate')}: ${name}`}
        disabled={pending}
        onClick={() =>
          start(async () => {
            const result = await callAction(setCoachActiveAction({ userId, active: true }));
            setProblem('unsent' in result ? result.unsent : result.ok ? null : refusedProblem(result));
            // This button goes with the refreshed list (the row offers "deactivate" again): the focus goes to the list.
            if ('ok' in result && result.ok) focusById(TEAM_TITLE);
          })
        }
      >
        {t('reactivate')}
      </button>
    </span>
  );
}
