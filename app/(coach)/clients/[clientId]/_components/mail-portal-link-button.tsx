'use client';

import { useTranslations } from 'next-intl';
import { useEffect, useId, useRef, useState, useTransition } from 'react';
import { callAction, FormAlert } from '@/app/_components/form-alert';
import type { FormProblem } from '@/app/_components/use-action-form';
import { useHydrated } from '@/app/_components/use-hydrated';
import { refusedProblem } from '@/lib/actions/form-problem';
import type { PortalLinkSent } from '@/lib/portal/coach-link';
import { mailPortalLinkAction } from '../portal-actions';

/**
 * "Email a sign-in link": one press sends it (a link to the client's own address asks no question first); the answer
 * ("Sent to …", or why not) is announced beside the button, which keeps the focus, as a confirm button gives it back.
 */
export function MailPortalLinkButton({ clientId, email }: { clientId: string; email: string }) {
  const t = useTranslations('clients.portal');
  const hydrated = useHydrated();
  const hintId = useId();
  const button = useRef<HTMLButtonElement>(null);
  const [pending, start] = useTransition();
  const [problem, setProblem] = useState<FormProblem | null>(null);
  const [sent, setSent] = useState<PortalLinkSent | null>(null);
  // The alert focuses itself when it appears; the focus comes back to the button, as after a refused confirm button.
  useEffect(() => {
    if (problem) button.current?.focus({ preventScroll: true });
  }, [problem]);

  const send = () => {
    // Not `disabled` while sending: a disabled button drops the keyboard focus.
    if (pending) return;
    start(async () => {
      setProblem(null);
      setSent(null);
      const result = await callAction(mailPortalLinkAction({ clientId }));
      if ('unsent' in result) setProblem(result.unsent);
      else if (result.ok) setSent(result.data);
      else setProblem(refusedProblem(result));
    });
  };

  return (
    <div className="flex flex-col gap-2">
      <FormAlert problem={problem} />
      <div role="status" className="empty:hidden">
        {sent && (
          <p className="alert alert-success" data-testid="portal-link-sent">
            {t(sent.repeat ? 'repeat' : 'sent', { email: sent.to })}
          </p>
        )}
      </div>
      <div>
        <button
          ref={button}
          type="button"
          className="btn btn-secondary"
          disabled={!hydrated}
          aria-disabled={pending || undefined}
          aria-busy={pending || undefined}
          aria-describedby={hintId}
          onClick={send}
        >
          {t('send')}
        </button>
      </div>
      <p id={hintId} className="text-sm text-slate-600">
        {t('sendHint', { email })}
      </p>
    </div>
  );
}
