'use client';

import { useTranslations } from 'next-intl';
import { ConfirmButton } from '@/app/_components/confirm-button';
import { refusedProblem } from '@/lib/actions/form-problem';
import { setCoachRoleAction } from './security/actions';

type Props = { userId: string; name: string; role: 'owner' | 'coach' };

/**
 * The owner's choice per active coach: a second owner (or the one the practice is handed over to), and back. Both ask
 * first: an owner manages the team, the settings, the audit log and every client.
 */
export function CoachRoleButton({ userId, name, role }: Props) {
  const t = useTranslations('security');
  const tc = useTranslations('common');
  const to = role === 'owner' ? 'coach' : 'owner';
  return (
    <ConfirmButton
      label={t(to === 'owner' ? 'makeOwner' : 'makeCoach')}
      name={name}
      warning={t(to === 'owner' ? 'makeOwnerConfirm' : 'makeCoachConfirm', { name })}
      confirmLabel={t(to === 'owner' ? 'makeOwnerYes' : 'makeCoachYes')}
      cancelLabel={tc('cancel')}
      // The refreshed row offers the other role: the focus goes to the team list's heading (settings/page.tsx).
      focusOnDone="team-title"
      onConfirm={async () => {
        const result = await setCoachRoleAction({ userId, role: to });
        return result.ok ? null : refusedProblem(result);
      }}
    />
  );
}
