'use client';

import { useFormatter, useTranslations } from 'next-intl';
import { useEffect, useState, useTransition } from 'react';
import { callAction, FormAlert } from '@/app/_components/form-alert';
import type { FormProblem } from '@/app/_components/use-action-form';
import { refusedProblem } from '@/lib/actions/form-problem';
import { CopyButton } from '../clients/[clientId]/homework/copy-button';
import { renewCalendarFeedAction } from './actions';

/**
 * The coach's secret calendar URL. Only its hash is stored, so the URL is shown once, right after it is
 * made; making a new one kills the old one.
 */
export function CalendarFeed({ activeSince }: { activeSince: string | null }) {
  const t = useTranslations('calendar');
  const format = useFormatter();
  const [url, setUrl] = useState<string | null>(null);
  const [confirming, setConfirming] = useState(false);
  const [problem, setProblem] = useState<FormProblem | null>(null);
  const [pending, startTransition] = useTransition();
  // A control that replaces the pressed one takes the focus once React has drawn it: set with the change that draws it
  // (inside the transition too, where a frame callback could run before the new link is there).
  const [focusNext, setFocusNext] = useState<{ id: string } | null>(null);
  const focusLater = (id: string) => setFocusNext({ id });
  useEffect(() => {
    if (focusNext) document.getElementById(focusNext.id)?.focus();
  }, [focusNext]);

  const renew = () =>
    startTransition(async () => {
      setProblem(null);
      const result = await callAction(renewCalendarFeedAction({}));
      if ('unsent' in result) return setProblem(result.unsent);
      if (!result.ok) return setProblem(refusedProblem(result));
      setUrl(result.data.url);
      setConfirming(false);
      // The new URL is what the coach came for: focused, it is selected for copying.
      focusLater('calendar-url');
    });

  return (
    <div className="flex flex-col gap-3">
      <FormAlert problem={problem} />
      {url ? (
        <div className="flex flex-col gap-2 rounded-md border border-emerald-200 bg-emerald-50 p-4" aria-live="polite">
          <label htmlFor="calendar-url" className="text-sm font-medium text-emerald-950">
            {t('yourUrl')}
          </label>
          <input id="calendar-url" readOnly value={url} className="input font-mono text-sm" onFocus={(e) => e.currentTarget.select()} />
          <div className="flex flex-wrap items-center gap-3">
            <CopyButton value={url} label={t('copy')} className="btn btn-primary btn-sm" />
            <a href={url.replace(/^https?:/, 'webcal:')} className="text-sm">
              {t('openInApp')}
            </a>
          </div>
          <p className="text-sm text-emerald-950">{t('shownOnce')}</p>
        </div>
      ) : activeSince ? (
        <p className="text-sm text-slate-700">
          {t('activeSince', { date: format.dateTime(new Date(activeSince), { dateStyle: 'medium' }) })}
        </p>
      ) : (
        <p className="text-sm text-slate-700">{t('none')}</p>
      )}
      {activeSince || url ? (
        confirming ? (
          <div className="flex flex-wrap items-center gap-2" role="group" aria-label={t('renew')}>
            <span id="calendar-renew-warning" className="text-sm text-slate-700">
              {t('renewWarning')}
            </span>
            <button
              id="calendar-renew-confirm"
              type="button"
              className="btn btn-danger btn-sm"
              onClick={renew}
              disabled={pending}
              aria-describedby="calendar-renew-warning"
            >
              {t('renewConfirm')}
            </button>
            <button
              type="button"
              className="btn btn-ghost btn-sm"
              onClick={() => {
                setConfirming(false);
                focusLater('calendar-renew');
              }}
            >
              {t('keep')}
            </button>
          </div>
        ) : (
          <div>
            <button
              id="calendar-renew"
              type="button"
              className="btn btn-secondary btn-sm"
              onClick={() => {
                setConfirming(true);
                focusLater('calendar-renew-confirm');
              }}
            >
              {t('renew')}
            </button>
          </div>
        )
      ) : (
        <div>
          <button type="button" className="btn btn-primary" onClick={renew} disabled={pending}>
            {t('create')}
          </button>
        </div>
      )}
    </div>
  );
}
