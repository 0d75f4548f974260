'use client';

import { useTranslations } from 'next-intl';
import { useState, useTransition } from 'react';
import { FormAlert } from '@/app/_components/form-controls';
import type { FormProblem } from '@/app/_components/use-action-form';
import { revokeInvitationAction } from './actions';

/** The owner withdraws an open invitation, after confirming inline: the link in the mail stops working. */
export function RevokeInvitationButton({ invitationId, name }: { invitationId: string; name: string }) {
  const t = useTranslations('settings');
  const [confirming, setConfirming] = useState(false);
  const [problem, setProblem] = useState<FormProblem | null>(null);
  const [pending, start] = useTransition();

  const revoke = () =>
    start(async () => {
      setProblem(null);
      const result = await revokeInvitationAction({ invitationId }).catch(() => null);
      if (!result) return setProblem({ code: 'server' });
      if (!result.ok) return setProblem({ code: result.error });
      setConfirming(false);
    });

  return (
    <span className="flex flex-col items-end gap-1">
      <FormAlert problem={problem} />
      {confirming ? (
        <span className="flex flex-wrap items-center justify-end gap-2" role="group" aria-label={`${t('revokeInvitation')}: ${name}`}>
          <span className="text-sm text-slate-700">{t('revokeInvitationWarning', { name })}</span>
          <button type="button" className="btn btn-danger btn-sm" onClick={revoke} disabled={pending}>
            {t('revokeInvitationConfirm')}
          </button>
          <button type="button" className="btn btn-ghost btn-sm" onClick={() => setConfirming(false)}>
            {t('keepInvitation')}
          </button>
        </span>
      ) : (
        <button
          type="button"
          className="btn btn-secondary btn-sm"
          aria-label={`${t('revokeInvitation')}: ${name}`}
          onClick={() => setConfirming(true)}
        >
          {t('revokeInvitation')}
        </button>
      )}
    </span>
  );
}
