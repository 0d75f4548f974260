import { z } from 'zod';
import { CONTACT_ROLES } from '@/lib/caseload/constants';
import { optionalEmail, optionalPhone, version } from '@/lib/caseload/schema-fields';
import { TEXT_LIMITS } from '@/lib/text-limits';
import { id, locale, optionalText, requestId, requiredText } from './fields';

const employerFields = z.object({
  name: requiredText(150),
  address: optionalText(300),
  notes: optionalText(TEXT_LIMITS.employerNotes),
});

/** `requestId`: the new employer's id, made by the form (lib/ids/request-id.ts): the same form sent again finds it. */
export const createEmployerSchema = employerFields.extend({ requestId });
export type EmployerInput = z.input<typeof createEmployerSchema>;

export const updateEmployerSchema = employerFields.extend({ employerId: id, version });
export type UpdateEmployerInput = z.input<typeof updateEmployerSchema>;

const contactFields = z.object({
  employerId: id,
  name: requiredText(150),
  role: z.enum(CONTACT_ROLES, { error: 'validation.required' }),
  email: optionalEmail,
  phone: optionalPhone,
  locale,
});

/** `requestId`: the new contact's id, made by the form: the same form sent again finds the contact. */
export const createContactSchema = contactFields.extend({ requestId });
export type ContactInput = z.input<typeof createContactSchema>;

/** The version the coach saw: an edit of an older one is refused as stale, like clients and employers. */
export const updateContactSchema = contactFields.extend({ contactId: id, version });
export type UpdateContactInput = z.input<typeof updateContactSchema>;

export const removeContactSchema = z.object({ employerId: id, contactId: id });
