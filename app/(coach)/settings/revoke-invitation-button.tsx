'use client';

import { useTranslations } from 'next-intl';
import { ConfirmButton } from '@/app/_components/confirm-button';
import { revokeInvitationAction } from './actions';

/** The owner withdraws an open invitation, after confirming inline: the link in the mail stops working. */
export function RevokeInvitationButton({ invitationId, name }: { invitationId: string; name: string }) {
  const t = useTranslations('settings');
  return (
    <ConfirmButton
      label={t('revokeInvitation')}
      name={name}
      warning={t('revokeInvitationWarning', { name })}
      confirmLabel={t('revokeInvitationConfirm')}
      cancelLabel={t('keepInvitation')}
      // The refreshed list shows the invitation withdrawn, without this button: the focus goes to the list's heading.
      focusOnDone="invitations-title"
      onConfirm={async () => {
        const result = await revokeInvitationAction({ invitationId });
        return result.ok ? null : { code: result.error };
      }}
    />
  );
}
