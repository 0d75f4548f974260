'use client';

import { useRouter } from 'next/navigation';
import { useTranslations } from 'next-intl';
import { useEffect, useRef, useState, useTransition } from 'react';
import { FormAlert, useMessage } from '@/app/_components/form-controls';
import type { FormProblem } from '@/app/_components/use-action-form';
import type { ActionResult } from '@/lib/actions/result';
import { reopenHomeworkAction, sendHomeworkReminderAction } from './actions';
import { CopyButton } from './copy-button';

type Props = { homeworkId: string; version: number; url: string; canRemind: boolean; canReopen: boolean };

/** Copy the portal link, send a reminder (with a fresh sign-in link), or reopen a submitted form. */
export function HomeworkActions({ homeworkId, version, url, canRemind, canReopen }: Props) {
  const t = useTranslations('homework');
  const message = useMessage();
  const router = useRouter();
  const [pending, startTransition] = useTransition();
  const [problem, setProblem] = useState<FormProblem | null>(null);
  const [refusal, setRefusal] = useState<string | null>(null);
  const [done, setDone] = useState<string | null>(null);
  const doneRef = useRef<HTMLParagraphElement>(null);
  // Once per outcome, not on every render after it.
  useEffect(() => {
    if (done) doneRef.current?.focus();
  }, [done]);

  const run = (work: () => Promise<ActionResult<null>>, success: string) =>
    startTransition(async () => {
      setProblem(null);
      setRefusal(null);
      setDone(null);
      const result = await work().catch(() => null);
      if (!result) return setProblem({ code: 'server' });
      if (!result.ok && result.fieldErrors?._form) return setRefusal(result.fieldErrors._form);
      if (!result.ok) return setProblem({ code: result.error, params: result.params });
      setDone(success);
      router.refresh();
    });

  return (
    <div className="flex flex-col gap-2">
      <div className="flex flex-wrap items-center gap-2">
        <CopyButton value={url} label={t('copyLink')} />
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
      {refusal && (
        <p className="alert alert-error" role="alert">
          {message(refusal)}
        </p>
      )}
    </div>
  );
}
