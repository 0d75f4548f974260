'use client';

import { useRouter } from 'next/navigation';
import { useTranslations } from 'next-intl';
import { useState, useTransition } from 'react';
import { requestFocusOnArrival } from '@/app/_components/focus-on-arrival';
import { callAction, FormAlert, useMessage } from '@/app/_components/form-alert';
import type { FormProblem } from '@/app/_components/use-action-form';
import type { ActionResult } from '@/lib/actions/result';
import type { SessionStatus } from '@/lib/sessions/kinds';
import type { Outcome } from '@/lib/sessions/status';
import { cancelSessionSeriesAction, setSessionStatusAction } from './actions';
import { MoveSessionForm } from './move-session-form';

export type SessionActionsProps = {
  sessionId: string;
  version: number;
  status: SessionStatus;
  started: boolean;
  /** The client's trajectory is closed or the record archived: the service refuses a move (sessions.errors.trajectoryEnded). */
  trajectoryEnded: boolean;
  date: string;
  startTime: string;
  endTime: string;
  /** Planned sessions of its series after this one, which can be cancelled with it (offered on the list of sessions). */
  laterInSeries?: number;
  /**
   * The element that shows the session's time, on a list of sessions: it describes each button, as every row has the
   * same ones ("Verplaatsen", "Afzeggen").
   */
  describedBy?: string;
  /** A three-way meeting: the manager is mailed too (lib/sessions/mails.ts), which the notes beside the buttons say. */
  meeting?: boolean;
};

/**
 * Mark held or no-show (once started), move or cancel a planned session; correct held ↔ no-show. No move once the
 * trajectory has ended (the service refuses it); cancelling and marking an outcome stay.
 */
export function SessionActions(props: SessionActionsProps) {
  const laterInSeries = props.laterInSeries ?? 0;
  const t = useTranslations('sessions');
  const router = useRouter();
  const [pending, startTransition] = useTransition();
  const message = useMessage();
  const [problem, setProblem] = useState<FormProblem | null>(null);
  const [refusal, setRefusal] = useState<string | null>(null);
  const [moving, setMoving] = useState(false);
  const [confirmCancel, setConfirmCancel] = useState(false);
  const [withFollowing, setWithFollowing] = useState(false);

  const mark = (status: Outcome) =>
    startTransition(async () => {
      setProblem(null);
      setRefusal(null);
      const input = { sessionId: props.sessionId, version: props.version };
      const result = await callAction<ActionResult<unknown>>(
        status === 'cancelled' && withFollowing ? cancelSessionSeriesAction(input) : setSessionStatusAction({ ...input, status }),
      );
      if ('unsent' in result) return setProblem(result.unsent);
      if (!result.ok && result.fieldErrors?.status) return setRefusal(result.fieldErrors.status);
      if (!result.ok) return setProblem({ code: result.error, params: result.params });
      setConfirmCancel(false);
      // The pressed button is gone after the refresh: the session's row (or heading) takes the focus, with its new status.
      requestFocusOnArrival(`session-${props.sessionId}`);
      router.refresh();
    });
  // A control that replaces the pressed one takes the focus (after React has drawn it).
  const focusLater = (id: string) => requestAnimationFrame(() => document.getElementById(id)?.focus());
  const ids = {
    move: `move-${props.sessionId}`,
    cancel: `cancel-${props.sessionId}`,
    confirm: `confirm-cancel-${props.sessionId}`,
    following: `cancel-following-${props.sessionId}`,
    mailed: `cancel-mailed-${props.sessionId}`,
    moveForm: `move-form-${props.sessionId}`,
  };
  const keep = () => {
    setConfirmCancel(false);
    setWithFollowing(false);
    focusLater(ids.cancel);
  };
  const describedBy = props.describedBy;

  const outcomes: Outcome[] =
    props.status === 'planned'
      ? props.started
        ? ['held', 'no_show']
        : []
      : props.status === 'held'
        ? ['no_show']
        : props.status === 'no_show'
          ? ['held']
          : [];

  return (
    <div className="flex flex-col gap-2">
      <div className="flex flex-wrap gap-2">
        {outcomes.map((status) => (
          <button
            key={status}
            type="button"
            className="btn btn-secondary btn-sm"
            aria-describedby={describedBy}
            disabled={pending}
            onClick={() => mark(status)}
          >
            {t(`mark.${status}`)}
          </button>
        ))}
        {props.status === 'planned' && (
          <>
            {!props.trajectoryEnded && (
              <button
                id={ids.move}
                type="button"
                className="btn btn-ghost btn-sm"
                aria-expanded={moving}
                aria-controls={moving ? ids.moveForm : undefined}
                aria-describedby={describedBy}
                onClick={() => {
                  // Opened, the form's first field takes the focus: the form comes after the row's other buttons.
                  if (!moving) focusLater(`move-${props.sessionId}-date`);
                  setMoving(!moving);
                }}
              >
                {t('move')}
              </button>
            )}
            {confirmCancel ? (
              // A question about this session (its time describes it); Escape is "never mind".
              <span
                className="flex flex-wrap items-center gap-2"
                role="group"
                aria-label={t('cancelQuestion')}
                aria-describedby={describedBy}
                onKeyDown={(e) => {
                  if (e.key === 'Escape') keep();
                }}
              >
                {laterInSeries > 0 && (
                  <label htmlFor={ids.following} className="flex basis-full items-center gap-2 text-sm">
                    <input
                      id={ids.following}
                      type="checkbox"
                      checked={withFollowing}
                      onChange={(e) => setWithFollowing(e.target.checked)}
                    />
                    {t('cancelFollowing', { count: laterInSeries })}
                  </label>
                )}
                <button
                  id={ids.confirm}
                  type="button"
                  className="btn btn-danger btn-sm"
                  aria-describedby={props.started ? undefined : ids.mailed}
                  disabled={pending}
                  onClick={() => mark('cancelled')}
                >
                  {t('confirmCancel')}
                </button>
                <button type="button" className="btn btn-ghost btn-sm" onClick={keep}>
                  {t('keep')}
                </button>
                {!props.started && (
                  // Read out when the checkbox changes what is mailed.
                  <span id={ids.mailed} className="text-sm text-slate-600" aria-live="polite">
                    {t(withFollowing ? 'cancelFollowingMailed' : 'cancelMailed')}
                    {props.meeting && ` ${t('meetingMailed')}`}
                  </span>
                )}
              </span>
            ) : (
              <button
                id={ids.cancel}
                type="button"
                className="btn btn-ghost btn-sm text-red-700"
                aria-describedby={describedBy}
                onClick={() => {
                  setConfirmCancel(true);
                  // The question's first control: the rest of the series, where offered, comes before the answer.
                  focusLater(laterInSeries > 0 ? ids.following : ids.confirm);
                }}
              >
                {t('cancelSession')}
              </button>
            )}
          </>
        )}
      </div>
      <FormAlert problem={problem} />
      {refusal && (
        <p className="alert alert-error" role="alert">
          {message(refusal)}
        </p>
      )}
      {moving && !props.trajectoryEnded && (
        <MoveSessionForm
          id={ids.moveForm}
          meeting={props.meeting}
          sessionId={props.sessionId}
          version={props.version}
          defaults={{ date: props.date, startTime: props.startTime, endTime: props.endTime }}
          onDone={(moved) => {
            setMoving(false);
            if (moved) requestFocusOnArrival(`session-${props.sessionId}`);
            else focusLater(ids.move);
          }}
        />
      )}
    </div>
  );
}
