import { z } from 'zod';
import { addYears } from '@/lib/caseload/dates';
import { HOMEWORK_TEMPLATES } from '@/lib/sessions/kinds';
import { isLocalDate, todayIn } from '@/lib/sessions/zoned-time';
import { TEXT_LIMITS } from '@/lib/text-limits';
import { optionalText, requestId, version } from './fields';

const id = z.uuid({ error: 'validation.invalid' });

export const assignHomeworkSchema = z
  .object({
    clientId: id,
    requestId,
    template: z.enum(HOMEWORK_TEMPLATES, { error: 'validation.required' }),
    /** For "measure again" only: which instrument the client fills in. */
    instrumentKey: z.string().trim().max(100),
    dueDate: z.string({ error: 'validation.required' }).trim().refine(isLocalDate, { error: 'homework.errors.dueDate' }),
    message: optionalText(TEXT_LIMITS.homeworkMessage),
  })
  .superRefine((value, ctx) => {
    // "Today" in Amsterdam, decided when the form or the action checks it.
    if (isLocalDate(value.dueDate) && value.dueDate < todayIn()) {
      ctx.addIssue({ code: 'custom', path: ['dueDate'], message: 'homework.errors.dueInPast' });
    }
    // Homework is for the coming weeks: a date more than a year ahead is a typing error (9999).
    if (isLocalDate(value.dueDate) && value.dueDate > addYears(todayIn(), 1)) {
      ctx.addIssue({ code: 'custom', path: ['dueDate'], message: 'homework.errors.dueTooFar' });
    }
    if (value.template === 'measure_again' && value.instrumentKey === '') {
      ctx.addIssue({ code: 'custom', path: ['instrumentKey'], message: 'validation.required' });
    }
  });
export type AssignHomeworkInput = z.input<typeof assignHomeworkSchema>;

export const homeworkRefSchema = z.object({ homeworkId: id });

export const reopenHomeworkSchema = z.object({ homeworkId: id, version });
export const withdrawHomeworkSchema = z.object({ homeworkId: id, version });
