import { z } from 'zod';
import { addYears } from '@/lib/caseload/dates';
import { PLAN_CATEGORIES, PLAN_LEVELS, PLAN_OWNERS, PLAN_STATUSES } from '@/lib/plans/types';
import { EARLIEST_DATE } from '@/lib/sessions/earliest-date';
import { isLocalDate, todayIn } from '@/lib/sessions/zoned-time';
import { TEXT_LIMITS } from '@/lib/text-limits';
import { id, optionalText, requestId, requiredText, version } from './fields';

/**
 * How far ahead a plan's date may lie: the two years of a reintegration under the Wet verbetering poortwachter (104
 * weeks); later (or before 2000) is a typing error such as 9999 or 1900.
 */
const PLAN_DATE_MAX_YEARS_AHEAD = 2;

/** An optional date field: '' means none. "Today" in Amsterdam, decided when the form or the action checks it. */
const optionalDate = z
  .string()
  .trim()
  .refine((v) => v === '' || isLocalDate(v), { error: 'plan.errors.date' })
  .refine((v) => !isLocalDate(v) || (v >= EARLIEST_DATE && v <= addYears(todayIn(), PLAN_DATE_MAX_YEARS_AHEAD)), {
    error: 'plan.errors.dateOutOfRange',
  })
  .transform((v) => (v === '' ? null : v));

/** The editable fields of a plan item. Employer wording '' means "not written yet" (stored as null). */
export const planItemFields = z.object({
  title: requiredText(200),
  description: optionalText(TEXT_LIMITS.planDescription),
  employerWording: optionalText(TEXT_LIMITS.planEmployerWording).transform((v) => (v === '' ? null : v)),
  rationale: optionalText(TEXT_LIMITS.planRationale),
  category: z.enum(PLAN_CATEGORIES, { error: 'validation.required' }),
  level: z.enum(PLAN_LEVELS, { error: 'validation.required' }),
  owner: z.enum(PLAN_OWNERS, { error: 'validation.required' }),
  dueDate: optionalDate,
  reviewDate: optionalDate,
  // Intake dimension keys a suggestion answers to: as long and as many as a custom instrument's subscales may be
  // (lib/instruments/custom-schema.ts: keys of up to 64 characters, up to 60 subscales).
  dimensions: z.array(z.string().trim().min(1).max(64)).max(60).default([]),
});

/** A suggestion rule key, or 'manual' for an item written by hand. */
const source = z
  .string()
  .trim()
  .regex(/^[a-z0-9_.-]{1,80}$/, { error: 'validation.invalid' })
  .default('manual');

/** `requestId`: the new item's id, made by the form (lib/ids/request-id.ts): the same item sent again finds it. */
export const createPlanItemSchema = planItemFields.extend({ clientId: id, requestId, source, measurementId: id.optional() });
export type CreatePlanItemInput = z.input<typeof createPlanItemSchema>;

export const updatePlanItemSchema = planItemFields.extend({ itemId: id, version });
export type UpdatePlanItemInput = z.input<typeof updatePlanItemSchema>;

export const planItemStatusSchema = z.object({ itemId: id, version, status: z.enum(PLAN_STATUSES, { error: 'validation.required' }) });

/** `itemIds`: the new order; `shownIds`: the order the page showed (refused as stale when it is no longer the current one). */
export const reorderPlanSchema = z.object({ clientId: id, itemIds: z.array(id).min(1).max(200), shownIds: z.array(id).min(1).max(200) });

export const dismissSuggestionSchema = z.object({
  clientId: id,
  measurementId: id,
  suggestionKey: z
    .string()
    .trim()
    .regex(/^[a-z0-9_.-]{1,80}$/),
});

/** Puts a dismissed suggestion back: the same reference as the dismissal. */
export const restoreSuggestionSchema = dismissSuggestionSchema;

export const planItemRefSchema = z.object({ itemId: id });
/** A release names the employer wording the releaser saw: a text edited since is not released (lib/plans/service.ts). */
export const releasePlanItemSchema = z.object({
  itemId: id,
  wording: z.string().max(TEXT_LIMITS.planEmployerWording + 100),
  /** Who does it and by when, as the preview showed them (the employer sees both): changed since, the release is refused. */
  seen: z.object({ owner: z.string().max(40), dueDate: z.string().max(10).nullable() }),
});

export const createShareSchema = z.object({ clientId: id, contactId: id, sendMail: z.boolean().default(false) });
export const shareRefSchema = z.object({ shareId: id });

/** The share page's actions carry the token; the guard checks it first. */
const token = z.string().max(200);
/** `seen`: the page's releasedStamp, so a confirmation covers what the manager saw (lib/plans/employer-view.ts). */
export const employerConfirmSchema = z.object({ token, seen: z.string().max(40) });
/** The page opened in a browser; `seen`, its releasedStamp: it showed what is released now, or a release since is unseen. */
export const employerOpeningSchema = z.object({ token, seen: z.string().max(40) });
/** `from`: the status the page showed; someone else's change since then is not overwritten blindly. */
export const employerStatusSchema = z.object({
  token,
  itemId: id,
  from: z.enum(PLAN_STATUSES),
  status: z.enum(PLAN_STATUSES, { error: 'validation.required' }),
});
export const employerCommentSchema = z.object({ token, requestId, comment: requiredText(2000) });
