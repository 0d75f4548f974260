import { z } from 'zod';
import { CONSENT_KINDS } from '@/lib/caseload/constants';
import { TEXT_LIMITS } from '@/lib/text-limits';
import { id, optionalText } from './fields';

/** The text version is not sent: the client agrees to (or withdraws from) the current text. */
export const recordConsentSchema = z.object({
  clientId: id,
  kind: z.enum(CONSENT_KINDS, { error: 'validation.required' }),
  action: z.enum(['given', 'withdrawn'], { error: 'validation.required' }),
  note: optionalText(TEXT_LIMITS.consentNote),
});
export type RecordConsentInput = z.input<typeof recordConsentSchema>;
