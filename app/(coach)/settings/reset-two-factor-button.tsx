'use client';

import { useTranslations } from 'next-intl';
import { ConfirmButton } from '@/app/_components/confirm-button';
import { resetCoachTwoFactorAction } from './security/actions';

/**
 * The owner resets a coach's two-factor sign-in (lost phone and recovery codes), after confirming inline: the coach is
 * signed out everywhere and mailed.
 */
export function ResetTwoFactorButton({ userId, name }: { userId: string; name: string }) {
  const t = useTranslations('security');
  return (
    <ConfirmButton
      label={t('resetTwoFactor')}
      name={name}
      // Who it is for, said with the question (a tooltip reaches neither the keyboard nor a touch screen).
      warning={`${t('resetTwoFactorHint')} ${t('resetTwoFactorWarning', { name })}`}
      confirmLabel={t('resetTwoFactorConfirm')}
      cancelLabel={t('keepTwoFactor')}
      // The refreshed row no longer offers the reset: the focus goes to the team list's heading (settings/page.tsx).
      focusOnDone="team-title"
      onConfirm={async () => {
        const result = await resetCoachTwoFactorAction({ userId });
        return result.ok ? null : { code: result.error };
      }}
    />
  );
}
