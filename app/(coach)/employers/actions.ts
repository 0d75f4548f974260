'use server';

import { revalidatePath } from 'next/cache';
import { getDb } from '@/db/client';
import { clientsManagedBy, contactBelongsTo, deleteContact, insertContact, updateContact } from '@/db/queries/employer-contacts';
import { getEmployer, insertEmployer, updateEmployer } from '@/db/queries/employers';
import { fail, ok } from '@/lib/actions/result';
import { audit } from '@/lib/audit';
import { withCoach } from '@/lib/auth/guards';
import { createContactSchema, createEmployerSchema, removeContactSchema, updateContactSchema, updateEmployerSchema } from '@/lib/schemas/employer';

export const createEmployerAction = withCoach(createEmployerSchema, async (values, actor) => {
  const id = await getDb().transaction(async (tx) => {
    const { id } = await insertEmployer(actor.practiceId, values, tx);
    await audit({ practiceId: actor.practiceId, actorUserId: actor.userId, action: 'employer.created', entityType: 'employer', entityId: id }, tx);
    return id;
  });
  revalidatePath('/employers');
  return ok({ id });
});

export const updateEmployerAction = withCoach(updateEmployerSchema, async ({ employerId, version, ...values }, actor) => {
  if (!(await getEmployer(actor.practiceId, employerId))) return fail('not_found');
  const saved = await getDb().transaction(async (tx) => {
    if (!(await updateEmployer(actor.practiceId, employerId, version, values, tx))) return false;
    await audit({ practiceId: actor.practiceId, actorUserId: actor.userId, action: 'employer.updated', entityType: 'employer', entityId: employerId }, tx);
    return true;
  });
  if (!saved) return fail('stale');
  revalidatePath(`/employers/${employerId}`);
  return ok({ version: version + 1 });
});

export const createContactAction = withCoach(createContactSchema, async ({ employerId, ...values }, actor) => {
  if (!(await getEmployer(actor.practiceId, employerId))) return fail('not_found');
  const id = await getDb().transaction(async (tx) => {
    const { id } = await insertContact(actor.practiceId, employerId, values, tx);
    await audit(
      { practiceId: actor.practiceId, actorUserId: actor.userId, action: 'employer.contact_added', entityType: 'employer', entityId: employerId, metadata: { contactId: id } },
      tx,
    );
    return id;
  });
  revalidatePath(`/employers/${employerId}`);
  return ok({ id });
});

export const updateContactAction = withCoach(updateContactSchema, async ({ employerId, contactId, ...values }, actor) => {
  const saved = await getDb().transaction(async (tx) => {
    if (!(await updateContact(actor.practiceId, employerId, contactId, values, tx))) return false;
    await audit(
      { practiceId: actor.practiceId, actorUserId: actor.userId, action: 'employer.contact_updated', entityType: 'employer', entityId: employerId, metadata: { contactId } },
      tx,
    );
    return true;
  });
  if (!saved) return fail('not_found');
  revalidatePath(`/employers/${employerId}`);
  return ok(null);
});

/** A contact who is some client's manager stays until that client points elsewhere. */
export const removeContactAction = withCoach(removeContactSchema, async ({ employerId, contactId }, actor) => {
  if (!(await contactBelongsTo(actor.practiceId, employerId, contactId))) return fail('not_found');
  const managed = await clientsManagedBy(actor.practiceId, contactId);
  if (managed > 0) return fail('validation', { fieldErrors: { contactId: 'employers.validation.contactInUse' }, params: { count: managed } });
  await getDb().transaction(async (tx) => {
    await deleteContact(actor.practiceId, employerId, contactId, tx);
    await audit(
      { practiceId: actor.practiceId, actorUserId: actor.userId, action: 'employer.contact_removed', entityType: 'employer', entityId: employerId, metadata: { contactId } },
      tx,
    );
  });
  revalidatePath(`/employers/${employerId}`);
  return ok(null);
});
