import { z } from 'zod';
import { email } from './fields';
import { answerInputSchema, basesSchema } from './intake';

export const requestPortalLinkSchema = z.object({
  email,
  /** Where the client wanted to go; only a portal path is ever used (see safePortalPath). */
  next: z.string().max(300).optional(),
});
export type RequestPortalLinkInput = z.input<typeof requestPortalLinkSchema>;

export const saveHomeworkAnswerSchema = z.object({
  homeworkId: z.uuid({ error: 'validation.invalid' }),
  fieldKey: z.string().min(1).max(100),
  value: z.string().max(4000, { error: 'validation.tooLong' }),
  bases: basesSchema,
});
export type SaveHomeworkAnswerInput = z.input<typeof saveHomeworkAnswerSchema>;

/** The sign-in button of a portal link: its token (its shape is checked by parseLinkToken; this bounds its size). */
export const portalLinkSignInSchema = z.object({ token: z.string().max(200) });

export const submitHomeworkSchema = z.object({ homeworkId: z.uuid({ error: 'validation.invalid' }) });

/** "Measure again" in the portal: the intake's answer input, for the measurement of this homework. */
// No `note`: item notes are the coach's; a client's input never reaches them (unknown keys are stripped).
export const portalMeasurementAnswerSchema = answerInputSchema
  .omit({ note: true })
  .extend({ homeworkId: z.uuid({ error: 'validation.invalid' }) });
