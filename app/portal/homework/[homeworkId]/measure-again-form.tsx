'use client';

import { type ReactNode, useCallback } from 'react';
import { requestFocusOnArrival } from '@/app/_components/focus-on-arrival';
import type { AnswerPayload } from '@/app/_components/intake/measurement-form';
import { lazyComponent } from '@/app/_components/lazy-component';
import type { AnswerMap } from '@/lib/intake/answers';
import type { FormInstrument } from '@/lib/intake/form-instrument';
import { completeMeasurementHomeworkAction, saveMeasurementAnswerAction } from './actions';

// Its own chunk: the homework page imports both forms, and bundled together every form homework (the usual kind)
// loaded the questionnaire's code too. Still rendered on the server; the browser fetches it when it is shown.
const MeasurementForm = lazyComponent(() => import('@/app/_components/intake/measurement-form').then((m) => m.MeasurementForm));

/** "Measure again": the intake's questionnaire form, saving through the portal's own (guarded) actions. */
export function MeasureAgainForm({
  homeworkId,
  instrument,
  initialAnswers,
  notice,
}: {
  homeworkId: string;
  instrument: FormInstrument;
  initialAnswers: AnswerMap;
  /** Which period to answer about, when the client is on sick leave (rendered by the page). */
  notice?: ReactNode;
}) {
  const saveAction = useCallback((input: AnswerPayload) => saveMeasurementAnswerAction({ homeworkId, ...input }), [homeworkId]);
  const completeAction = useCallback(async () => {
    const result = await completeMeasurementHomeworkAction({ homeworkId });
    // Sent: the page comes back with the "submitted" note in place of this form; the focus goes there, not to the page.
    if (result.ok) requestFocusOnArrival('submitted-note');
    return result;
  }, [homeworkId]);
  return (
    <MeasurementForm
      instrument={instrument}
      initialAnswers={initialAnswers}
      storageKey={`portal-homework:${homeworkId}`}
      // The client's own phone: keys are per homework, no coach owns them.
      owner={null}
      saveAction={saveAction}
      completeAction={completeAction}
      mode="client"
      onCompletedHref={`/portal/homework/${homeworkId}`}
      notice={notice}
    />
  );
}
