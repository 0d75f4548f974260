import 'server-only';
import {
  type ContactWrite,
  clientsManagedBy,
  contactBelongsTo,
  deleteContact,
  insertContact,
  updateContact,
} from '@/db/queries/employer-contacts';
import { type EmployerWrite, getEmployer, insertEmployer, updateEmployer } from '@/db/queries/employers';
import { type ActionResult, fail, ok } from '@/lib/actions/result';
import type { Actor } from '@/lib/auth/guards';
import { type ChangeActor, commitChange } from '@/lib/services/commit';

/**
 * The one home of every employer write: employers and their contacts. Another practice's employer or
 * contact is "not found"; an edit of an older version is `stale`. Employers have no timeline of their
 * own (the timeline is the client's), so each change commits with its audit entry.
 */

const coach = (actor: Actor): ChangeActor => ({ practiceId: actor.practiceId, userId: actor.userId, kind: 'coach' });

export function createEmployer(actor: Actor, values: EmployerWrite): Promise<ActionResult<{ id: string }>> {
  return commitChange({
    actor: coach(actor),
    write: (tx) => insertEmployer(actor.practiceId, values, tx),
    audit: ({ id }) => ({ action: 'employer.created', entityType: 'employer', entityId: id }),
  });
}

export async function updateEmployerDetails(
  actor: Actor,
  employerId: string,
  version: number,
  values: EmployerWrite,
): Promise<ActionResult<{ version: number }>> {
  if (!(await getEmployer(actor.practiceId, employerId))) return fail('not_found');
  return commitChange({
    actor: coach(actor),
    write: (tx) => updateEmployer(actor.practiceId, employerId, version, values, tx),
    audit: () => ({ action: 'employer.updated', entityType: 'employer', entityId: employerId }),
  });
}

export async function addContact(actor: Actor, employerId: string, values: ContactWrite): Promise<ActionResult<{ id: string }>> {
  if (!(await getEmployer(actor.practiceId, employerId))) return fail('not_found');
  return commitChange({
    actor: coach(actor),
    write: (tx) => insertContact(actor.practiceId, employerId, values, tx),
    audit: ({ id }) => ({ action: 'employer.contact_added', entityType: 'employer', entityId: employerId, metadata: { contactId: id } }),
  });
}

/** A contact stays with its employer: editing under another employer's id is "not found", not a move. */
export async function updateContactDetails(
  actor: Actor,
  employerId: string,
  contactId: string,
  version: number,
  values: ContactWrite,
): Promise<ActionResult<{ version: number }>> {
  if (!(await contactBelongsTo(actor.practiceId, employerId, contactId))) return fail('not_found');
  return commitChange({
    actor: coach(actor),
    write: (tx) => updateContact(actor.practiceId, employerId, contactId, version, values, tx),
    audit: () => ({ action: 'employer.contact_updated', entityType: 'employer', entityId: employerId, metadata: { contactId } }),
  });
}

/** A contact who is some client's manager stays until that client points elsewhere. */
export async function removeContact(actor: Actor, employerId: string, contactId: string): Promise<ActionResult<null>> {
  if (!(await contactBelongsTo(actor.practiceId, employerId, contactId))) return fail('not_found');
  const managed = await clientsManagedBy(actor.practiceId, contactId);
  if (managed > 0)
    return fail('validation', { fieldErrors: { contactId: 'employers.validation.contactInUse' }, params: { count: managed } });
  const result = await commitChange({
    actor: coach(actor),
    // Removed by someone else meanwhile: a lost race, so `stale`.
    write: async (tx) => ((await deleteContact(actor.practiceId, employerId, contactId, tx)) ? { contactId } : null),
    audit: () => ({ action: 'employer.contact_removed', entityType: 'employer', entityId: employerId, metadata: { contactId } }),
  });
  return result.ok ? ok(null) : result;
}
