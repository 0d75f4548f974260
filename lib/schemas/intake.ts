import { z } from 'zod';
import { MAX_BASES } from '@/lib/autosave/bases';
import { ANSWER_NOTE_MAX, ANSWER_TEXT_MAX } from '@/lib/intake/limits';
import { requestId, version } from './fields';

const id = z.uuid({ error: 'validation.invalid' });

/**
 * The stored values an autosaved answer may replace (lib/autosave/bases.ts); without them the last answer to arrive
 * stays. Bounded in number and size: they are only compared, never stored.
 */
export const basesSchema = z
  .array(z.union([z.number(), z.string().max(ANSWER_TEXT_MAX), z.null()]), { error: 'validation.invalid' })
  .max(MAX_BASES, { error: 'validation.invalid' })
  .optional();

/** One field of one answer, as the intake form sends it; undefined leaves a field as it is, null clears it. */
export const answerInputSchema = z.object({
  itemKey: z
    .string({ error: 'intake.unknownItem' })
    .trim()
    .min(1, { error: 'intake.unknownItem' })
    .max(64, { error: 'intake.unknownItem' }),
  value: z.number({ error: 'intake.valueOutOfScale' }).int({ error: 'intake.valueOutOfScale' }).nullable().optional(),
  text: z.string({ error: 'validation.invalid' }).max(ANSWER_TEXT_MAX, { error: 'validation.tooLong' }).nullable().optional(),
  note: z.string({ error: 'validation.invalid' }).max(ANSWER_NOTE_MAX, { error: 'validation.tooLong' }).nullable().optional(),
  bases: basesSchema,
});
export type AnswerInputValues = z.input<typeof answerInputSchema>;

export const saveAnswerSchema = answerInputSchema.extend({ measurementId: id });

export const measurementIdSchema = z.object({ measurementId: id });

export const startMeasurementSchema = z.object({
  clientId: id,
  instrumentKey: z
    .string({ error: 'validation.required' })
    .trim()
    .min(1, { error: 'validation.required' })
    .max(64, { error: 'validation.invalid' }),
});
export type StartMeasurementInput = z.input<typeof startMeasurementSchema>;

/**
 * Saving a custom instrument: a new one (no key), or a new version of `key` made from `baseVersion`.
 * The definition itself is checked with customInstrumentSchema in the action, so every problem keeps
 * the names it is about.
 */
export const saveCustomInstrumentSchema = z.object({
  /** The id of the version row this save makes (lib/ids/request-id.ts): a retried save finds it instead of making another. */
  requestId: requestId.optional(),
  key: z.string().trim().min(1).max(64).optional(),
  baseVersion: version.optional(),
  definition: z.unknown(),
});
export type SaveCustomInstrumentInput = z.input<typeof saveCustomInstrumentSchema>;

export const archiveCustomInstrumentSchema = z.object({ key: z.string().trim().min(1).max(64), archived: z.boolean() });
