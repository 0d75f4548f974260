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
      title={t('resetTwoFactorHint')}
      warning={t('resetTwoFactorWarning', { name })}
      confirmLabel={t('resetTwoFactorConfirm')}
      cancelLabel={t('keepTwoFactor')}
      onConfirm={async () => {
        const result = await resetCoachTwoFactorAction({ userId });
        return result.ok ? null : { code: result.error };
      }}
    />
  );
}
