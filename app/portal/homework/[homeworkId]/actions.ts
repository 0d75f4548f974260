'use server';

import { withPortalClient } from '@/lib/portal/guards';
import { completeMeasurementHomework, saveHomeworkAnswer, saveMeasurementAnswer, submitHomework } from '@/lib/portal/service';
import { portalMeasurementAnswerSchema, saveHomeworkAnswerSchema, submitHomeworkSchema } from '@/lib/schemas/portal';

// No revalidation: the forms keep their own state, and the submit and complete buttons refresh the page themselves.

/** One field, saved on its own as the client fills it in (the autosave queue sends it). */
export const saveHomeworkAnswerAction = withPortalClient(saveHomeworkAnswerSchema, (input, client) => saveHomeworkAnswer(client, input));

/** Explicit: checks what must be filled in, then the form is read-only until the coach reopens it. */
export const submitHomeworkAction = withPortalClient(submitHomeworkSchema, ({ homeworkId }, client) => submitHomework(client, homeworkId));

/** "Measure again": one answer of the measurement this homework created, through the intake service. */
export const saveMeasurementAnswerAction = withPortalClient(portalMeasurementAnswerSchema, ({ homeworkId, ...answer }, client) =>
  saveMeasurementAnswer(client, homeworkId, answer),
);

/** Completing the measurement hands the homework in. */
export const completeMeasurementHomeworkAction = withPortalClient(submitHomeworkSchema, ({ homeworkId }, client) =>
  completeMeasurementHomework(client, homeworkId),
);
