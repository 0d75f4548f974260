import { z } from 'zod';
import { MARKABLE_KINDS, PLAN_VAN_AANPAK_WEEK, REVIEW_INTERVAL_WEEKS, WAITING_PERIOD_WEEKS } from '@/lib/caseload/poortwachter';
import { requiredDate } from '@/lib/caseload/schema-fields';
import { id } from './fields';

/** The reviews that fit in the waiting period: every 6 weeks after the plan van aanpak, up to week 104 (16). */
const LAST_REVIEW = Math.floor((WAITING_PERIOD_WEEKS - PLAN_VAN_AANPAK_WEEK) / REVIEW_INTERVAL_WEEKS);

/** A poortwachter step recorded as taken, or taken back: which step of which period (its first sick day). */
export const markPoortwachterStepSchema = z
  .object({
    clientId: id,
    since: requiredDate,
    kind: z.enum(MARKABLE_KINDS, { error: 'validation.invalid' }),
    review: z.number({ error: 'validation.invalid' }).int().min(1).max(LAST_REVIEW).nullable(),
    done: z.boolean({ error: 'validation.invalid' }),
    // The day the step was taken (a plan van aanpak signed last week), for the record; absent: today (taking a step back
    // sends none). The form's field may not be left empty. Not in the future, not before the period's first sick day: the
    // service checks those (it knows today and the period).
    on: requiredDate.optional(),
  })
  // A review says which one; the other steps have no number.
  .refine((v) => (v.kind === 'review') === (v.review !== null), { error: 'validation.invalid', path: ['review'] });
export type MarkPoortwachterStepInput = z.input<typeof markPoortwachterStepSchema>;
