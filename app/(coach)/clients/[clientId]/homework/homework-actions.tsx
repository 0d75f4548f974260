'use client';

import { useRouter } from 'next/navigation';
import { useTranslations } from 'next-intl';
import { useEffect, useRef, useState, useTransition } from 'react';
import { requestFocusOnArrival } from '@/app/_components/focus-on-arrival';
import { callAction, FormAlert } from '@/app/_components/form-alert';
import type { FormProblem } from '@/app/_components/use-action-form';
import { refusedProblem } from '@/lib/actions/form-problem';
import type { ActionResult } from '@/lib/actions/result';
import { reopenHomeworkAction, sendHomeworkReminderAction, withdrawHomeworkAction } from './actions';
import { CopyButton } from './copy-button';

type Props = {
  clientId: string;
  homeworkId: string;
  version: number;
  /** The client's address of this homework; null when the portal is closed to them (the trajectory ended). */
  url: string | null;
  canRemind: boolean;
  canReopen: boolean;
  canWithdraw: boolean;
  /** "Measure again": withdrawing it deletes its measurement, with the answers given so far (the warning says so). */
  measureAgain: boolean;
};

/**
 * Copy the portal link, send a reminder (with a fresh sign-in link), reopen a submitted form, or withdraw homework never
 * handed in (a form, or a "measure again" questionnaire not yet completed).
 */
export function HomeworkActions({ clientId, homeworkId, version, url, canRemind, canReopen, canWithdraw, measureAgain }: Props) {
  const t = useTranslations('homework');
  const router = useRouter();
  const [pending, startTransition] = useTransition();
  const [problem, setProblem] = useState<FormProblem | null>(null);
  const [done, setDone] = useState<string | null>(null);
  const [confirming, setConfirming] = useState(false);
  // A control that replaces the pressed one takes the focus (after React has drawn it).
  const focusLater = (id: string) => requestAnimationFrame(() => document.getElementById(id)?.focus());
  const ids = { withdraw: `withdraw-${homeworkId}`, confirm: `withdraw-confirm-${homeworkId}`, warning: `withdraw-warning-${homeworkId}` };
  const doneRef = useRef<HTMLParagraphElement>(null);
  // Once per outcome, not on every render after it.
  useEffect(() => {
    if (done) doneRef.current?.focus();
  }, [done]);

  const run = (work: () => Promise<ActionResult<null>>, success: string | null) =>
    startTransition(async () => {
      setProblem(null);
      setDone(null);
      const result = await callAction(work());
      // Never sent (offline, a new version): said as such, not as a fault of the server.
      if ('unsent' in result) return setProblem(result.unsent);
      if (!result.ok) {
        // The alert takes the focus (the pressed button may be gone); the page shows what changed meanwhile (handed in).
        setConfirming(false);
        setProblem(refusedProblem(result));
        router.refresh();
        return;
      }
      if (success === null) {
        // Withdrawn: this homework (and its page) is gone; the client's list says so and takes the focus. The id in the
        // address makes each withdrawal's notice a new one (and names what it is about).
        requestFocusOnArrival('homework-withdrawn');
        router.replace(`/clients/${clientId}/homework?withdrawn=${homeworkId}`);
        return;
      }
      setDone(success);
      router.refresh();
    });

  return (
    <div className="flex flex-col gap-2">
      <div className="flex flex-wrap items-center gap-2">
        {url && <CopyButton value={url} label={t('copyLink')} />}
        {canRemind && (
          <button
            type="button"
            className="btn btn-secondary btn-sm"
            disabled={pending}
            onClick={() => run(() => sendHomeworkReminderAction({ homeworkId }), t('reminderSent'))}
          >
            {t('sendReminder')}
          </button>
        )}
        {canReopen && (
          <button
            type="button"
            className="btn btn-secondary btn-sm"
            disabled={pending}
            onClick={() => run(() => reopenHomeworkAction({ homeworkId, version }), t('reopened'))}
          >
            {t('reopen')}
          </button>
        )}
        {canWithdraw &&
          (confirming ? (
            <span className="flex flex-wrap items-center gap-2" role="group" aria-label={t('withdraw')}>
              <span id={ids.warning} className="text-sm text-slate-700">
                {t(measureAgain ? 'withdrawMeasurementWarning' : 'withdrawWarning')}
              </span>
              <button
                id={ids.confirm}
                type="button"
                className="btn btn-danger btn-sm"
                disabled={pending}
                aria-describedby={ids.warning}
                onClick={() => run(() => withdrawHomeworkAction({ homeworkId, version }), null)}
              >
                {t('withdrawConfirm')}
              </button>
              <button
                type="button"
                className="btn btn-ghost btn-sm"
                onClick={() => {
                  setConfirming(false);
                  focusLater(ids.withdraw);
                }}
              >
                {t('keep')}
              </button>
            </span>
          ) : (
            <button
              id={ids.withdraw}
              type="button"
              className="btn btn-ghost btn-sm"
              disabled={pending}
              onClick={() => {
                setConfirming(true);
                focusLater(ids.confirm);
              }}
            >
              {t('withdraw')}
            </button>
          ))}
      </div>
      <div aria-live="polite" className="empty:hidden">
        {/* "Reopen" disappears once done: its outcome takes the focus, so it does not fall to the page. */}
        {done && (
          <p ref={doneRef} tabIndex={-1} className="text-sm text-emerald-800" data-testid="homework-action-done">
            {done}
          </p>
        )}
      </div>
      <FormAlert problem={problem} />
    </div>
  );
}
