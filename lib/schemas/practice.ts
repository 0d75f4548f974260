import { z } from 'zod';
import { email, locale, optionalText, requiredText, version } from './fields';

export const practiceSettingsSchema = z.object({
  name: requiredText(120),
  address: optionalText(300),
  kvkNumber: z
    .string()
    .trim()
    .refine((v) => v === '' || /^\d{8}$/.test(v), { error: 'validation.kvk' }),
  reportColor: z
    .string()
    .trim()
    .regex(/^#[0-9a-fA-F]{6}$/, { error: 'validation.color' }),
  version,
});
export type PracticeSettingsInput = z.input<typeof practiceSettingsSchema>;

export const inviteCoachSchema = z.object({ name: requiredText(120), email, locale });
export type InviteCoachInput = z.input<typeof inviteCoachSchema>;

/** A job of the mail queue (lib/mail/service.ts): Graphile Worker's ids are bigints, sent as digits. */
export const retryMailSchema = z.object({ jobId: z.string().regex(/^[1-9][0-9]{0,17}$/, { error: 'validation.invalid' }) });
