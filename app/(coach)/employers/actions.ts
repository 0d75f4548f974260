'use server';

import { revalidatePath } from 'next/cache';
import { withCoach } from '@/lib/auth/guards';
import { addContact, createEmployer, removeContact, updateContactDetails, updateEmployerDetails } from '@/lib/employers/service';
import {
  createContactSchema,
  createEmployerSchema,
  removeContactSchema,
  updateContactSchema,
  updateEmployerSchema,
} from '@/lib/schemas/employer';

export const createEmployerAction = withCoach(createEmployerSchema, async ({ requestId, ...values }, actor) => {
  const result = await createEmployer(actor, requestId, values);
  if (result.ok) revalidatePath('/employers');
  return result;
});

export const updateEmployerAction = withCoach(updateEmployerSchema, async ({ employerId, version, ...values }, actor) => {
  const result = await updateEmployerDetails(actor, employerId, version, values);
  if (result.ok) revalidatePath(`/employers/${employerId}`);
  return result;
});

export const createContactAction = withCoach(createContactSchema, async ({ employerId, requestId, ...values }, actor) => {
  const result = await addContact(actor, employerId, values, requestId);
  if (result.ok) revalidatePath(`/employers/${employerId}`);
  return result;
});

export const updateContactAction = withCoach(updateContactSchema, async ({ employerId, contactId, version, ...values }, actor) => {
  const result = await updateContactDetails(actor, employerId, contactId, version, values);
  if (result.ok) revalidatePath(`/employers/${employerId}`);
  return result;
});

/** A contact who is some client's manager, or has (had) a share link, stays: lib/employers/service.ts says why. */
export const removeContactAction = withCoach(removeContactSchema, async ({ employerId, contactId }, actor) => {
  const result = await removeContact(actor, employerId, contactId);
  if (result.ok) revalidatePath(`/employers/${employerId}`);
  return result;
});
