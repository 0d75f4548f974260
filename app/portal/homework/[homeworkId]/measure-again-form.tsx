'use client';

import { useCallback } from 'react';
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
}: {
  homeworkId: string;
  instrument: FormInstrument;
  initialAnswers: AnswerMap;
}) {
  const saveAction = useCallback((input: AnswerPayload) => saveMeasurementAnswerAction({ homeworkId, ...input }), [homeworkId]);
  const completeAction = useCallback(() => completeMeasurementHomeworkAction({ homeworkId }), [homeworkId]);
  return (
    <MeasurementForm
      instrument={instrument}
      initialAnswers={initialAnswers}
      storageKey={`portal-homework:${homeworkId}`}
      saveAction={saveAction}
      completeAction={completeAction}
      mode="client"
      onCompletedHref={`/portal/homework/${homeworkId}`}
    />
  );
}
