'use client';

import Link from 'next/link';
import { useRouter } from 'next/navigation';
import { useTranslations } from 'next-intl';
import { useState, useTransition } from 'react';
import { callAction, FormAlert } from '@/app/_components/form-alert';
import type { FormProblem } from '@/app/_components/use-action-form';
import { refusedProblem } from '@/lib/actions/form-problem';
import { startSessionCheckinAction } from '../actions';

type Checkin = { measurementId: string; status: 'in_progress' | 'completed' } | null;

/** The check-in questionnaire of this session: start it (full screen), continue it, or see its results. */
export function SessionCheckin({ clientId, sessionId, checkin }: { clientId: string; sessionId: string; checkin: Checkin }) {
  const t = useTranslations('sessions.checkin');
  const router = useRouter();
  const [problem, setProblem] = useState<FormProblem | null>(null);
  const [pending, startTransition] = useTransition();

  if (checkin?.status === 'completed') {
    return (
      <p className="flex flex-wrap items-center gap-3">
        <span>{t('completed')}</span>
        <Link href={`/clients/${clientId}/measurements/${checkin.measurementId}`}>{t('results')}</Link>
      </p>
    );
  }
  return (
    <div className="flex flex-col gap-2">
      <FormAlert problem={problem} />
      <button
        type="button"
        className="btn btn-secondary self-start"
        disabled={pending}
        onClick={() =>
          startTransition(async () => {
            setProblem(null);
            // A request that never got an answer (offline) says so here, instead of replacing the page with the error page.
            const result = await callAction(startSessionCheckinAction({ sessionId }));
            if ('unsent' in result) setProblem(result.unsent);
            else if (result.ok) router.push(`/intake/${result.data.measurementId}`);
            else setProblem(refusedProblem(result));
          })
        }
      >
        {checkin ? t('continue') : t('start')}
      </button>
    </div>
  );
}
