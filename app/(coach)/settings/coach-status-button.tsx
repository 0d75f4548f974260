'use client';

import { useTranslations } from 'next-intl';
import { useEffect, useRef, useState, useTransition } from 'react';
import { FormAlert } from '@/app/_components/form-controls';
import type { FormProblem } from '@/app/_components/use-action-form';
import { setCoachActiveAction } from './security/actions';

type Props = {
  userId: string;
  name: string;
  active: boolean;
  /** Open clients and sessions to come still assigned to this coach: after deactivating, on nobody's dashboard. */
  assigned: { clients: number; sessions: number };
};

/**
 * The owner's switch per coach: a deactivated coach is out at the next request. Deactivating asks first and says what
 * is still assigned to the coach; the question takes the focus, "Annuleren" gives it back. Reactivating asks nothing.
 */
export function CoachStatusButton({ userId, name, active, assigned }: Props) {
  const t = useTranslations('security');
  const tc = useTranslations('common');
  const [pending, start] = useTransition();
  const [problem, setProblem] = useState<FormProblem | null>(null);
  const [confirming, setConfirming] = useState(false);
  const switchButton = useRef<HTMLButtonElement>(null);
  const cancelButton = useRef<HTMLButtonElement>(null);
  const focusNext = useRef<'cancel' | 'switch' | null>(null);
  // biome-ignore lint/correctness/useExhaustiveDependencies: runs when the question opens or closes, to move the focus
  useEffect(() => {
    const target = focusNext.current;
    focusNext.current = null;
    if (target === 'cancel') cancelButton.current?.focus();
    if (target === 'switch') switchButton.current?.focus();
  }, [confirming]);

  const setActive = (next: boolean) =>
    start(async () => {
      const result = await setCoachActiveAction({ userId, active: next }).catch(() => null);
      setProblem(result === null ? { code: 'offline' } : result.ok ? null : { code: result.error });
      focusNext.current = 'switch';
      setConfirming(false);
    });
  const ask = () => {
    setProblem(null);
    focusNext.current = 'cancel';
    setConfirming(true);
  };
  const cancel = () => {
    focusNext.current = 'switch';
    setConfirming(false);
  };

  if (confirming) {
    const stillAssigned = assigned.clients > 0 || assigned.sessions > 0;
    return (
      <span className="flex max-w-md flex-col items-end gap-2" role="group" aria-label={`${t('deactivate')}: ${name}`}>
        <span className="text-right text-slate-700">
          {t('deactivateConfirm', { name })}
          {stillAssigned && ` ${t('deactivateAssigned', { clients: assigned.clients, sessions: assigned.sessions })}`}
        </span>
        <span className="flex gap-2">
          <button type="button" className="btn btn-danger btn-sm" disabled={pending} aria-busy={pending} onClick={() => setActive(false)}>
            {t('deactivateYes')}
          </button>
          <button type="button" ref={cancelButton} className="btn btn-ghost btn-sm" disabled={pending} onClick={cancel}>
            {tc('cancel')}
          </button>
        </span>
      </span>
    );
  }
  return (
    <span className="flex flex-col items-end gap-1">
      <FormAlert problem={problem} />
      <button
        type="button"
        ref={switchButton}
        className="btn btn-secondary btn-sm"
        aria-label={`${active ? t('deactivate') : t('reactivate')}: ${name}`}
        title={active ? t('deactivateHint') : undefined}
        disabled={pending}
        onClick={active ? ask : () => setActive(true)}
      >
        {active ? t('deactivate') : t('reactivate')}
      </button>
    </span>
  );
}
