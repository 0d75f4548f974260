'use client';

import { useCallback } from 'react';
import { type AnswerPayload, MeasurementForm } from '@/app/_components/intake/measurement-form';
import type { Instrument } from '@/lib/instruments/types';
import type { AnswerMap } from '@/lib/intake/answers';
import { completeMeasurementHomeworkAction, saveMeasurementAnswerAction } from './actions';

/** "Measure again": the intake's questionnaire form, saving through the portal's own (guarded) actions. */
export function MeasureAgainForm({
  homeworkId,
  instrument,
  locale,
  initialAnswers,
}: {
  homeworkId: string;
  instrument: Instrument;
  locale: 'nl' | 'en';
  initialAnswers: AnswerMap;
}) {
  const saveAction = useCallback((input: AnswerPayload) => saveMeasurementAnswerAction({ homeworkId, ...input }), [homeworkId]);
  const completeAction = useCallback(() => completeMeasurementHomeworkAction({ homeworkId }), [homeworkId]);
  return (
    <MeasurementForm
      instrument={instrument}
      locale={locale}
      initialAnswers={initialAnswers}
      storageKey={`portal-homework:${homeworkId}`}
      saveAction={saveAction}
      completeAction={completeAction}
      mode="client"
      onCompletedHref={`/portal/homework/${homeworkId}`}
    />
  );
}
