import 'server-only';
import { randomUUID } from 'node:crypto';
import type { Executor } from '@/db/client';
import { isForeignKeyViolation } from '@/db/errors';
import {
  type ClientsCount,
  type ContactWrite,
  clientsManagedBy,
  clientsSharedWith,
  contactBelongsTo,
  contactName,
  deleteContact,
  insertContact,
  updateContact,
} from '@/db/queries/employer-contacts';
import {
  type EmployerWrite,
  employerWithName,
  getEmployer,
  insertEmployer,
  lockEmployerName,
  updateEmployer,
} from '@/db/queries/employers';
import { findContact } from '@/db/queries/plans-contacts';
import { revokeContactShares } from '@/db/queries/shares';
import { type ActionResult, fail, ok } from '@/lib/actions/result';
import { visibleCoachFilter } from '@/lib/auth/client-access';
import type { Actor } from '@/lib/auth/guards';
import { sharesEnded } from '@/lib/plans/share-ends';
import { type ChangeActor, commitChange, RefusedError } from '@/lib/services/commit';

/**
 * The one home of every employer write: employers and their contacts. Another practice's employer or
 * contact is "not found"; an edit of an older version is `stale`. Employers have no timeline of their
 * own (the timeline is the client's), so each change commits with its audit entry.
 */

const coach = (actor: Actor): ChangeActor => ({ practiceId: actor.practiceId, userId: actor.userId, kind: 'coach' });

/** The roles a share link can be for (lib/plans/service.ts, createShare; lib/share/liveness.ts). */
const SHARE_ROLES: readonly string[] = ['manager', 'hr'];

/**
 * `requestId` is the new employer's id, made by the form: sent again (its answer lost on the way back), the form finds
 * the employer it made, and nothing is written twice. Every coach of the practice sees its employers.
 */
export async function createEmployer(actor: Actor, requestId: string, values: EmployerWrite): Promise<ActionResult<{ id: string }>> {
  const result = await commitChange({
    actor: coach(actor),
    write: async (tx) => {
      // The same form sent again finds the employer it made; after a refused insert too, which waited for that send's
      // commit. The id with another name (the form changed before it was sent again) is another employer.
      const sentAgain = async () => (await getEmployer(actor.practiceId, requestId, tx))?.name === values.name;
      if (await sentAgain()) return { id: requestId, created: false, taken: false };
      await lockEmployerName(actor.practiceId, values.name, tx);
      // The same form sent while the first send still ran: that send held the name's lock until it committed.
      if (await sentAgain()) return { id: requestId, created: false, taken: false };
      if (await employerWithName(actor.practiceId, values.name, null, tx)) return { id: requestId, created: false, taken: true };
      if (await insertEmployer(actor.practiceId, { id: requestId, ...values }, tx)) return { id: requestId, created: true, taken: false };
      if (await sentAgain()) return { id: requestId, created: false, taken: false };
      const id = randomUUID();
      return { id, created: await insertEmployer(actor.practiceId, { id, ...values }, tx), taken: false };
    },
    changed: ({ created }) => created,
    audit: ({ id }) => ({ action: 'employer.created', entityType: 'employer', entityId: id }),
  });
  if (!result.ok) return result;
  return result.data.taken ? nameTaken() : ok({ id: result.data.id });
}

const nameTaken = () => fail('validation', { fieldErrors: { name: 'employers.validation.nameTaken' } });

export async function updateEmployerDetails(
  actor: Actor,
  employerId: string,
  version: number,
  values: EmployerWrite,
): Promise<ActionResult<{ version: number }>> {
  const current = await getEmployer(actor.practiceId, employerId);
  if (!current) return fail('not_found');
  // Only a new name is checked: two employers saved under one name before the check existed stay editable.
  const renamed = current.name !== values.name;
  const result = await commitChange({
    actor: coach(actor),
    write: async (tx) => {
      if (renamed) {
        await lockEmployerName(actor.practiceId, values.name, tx);
        if (await employerWithName(actor.practiceId, values.name, employerId, tx)) return { version, taken: true };
      }
      const row = await updateEmployer(actor.practiceId, employerId, version, values, tx);
      return row ? { version: row.version, taken: false } : null;
    },
    changed: ({ taken }) => !taken,
    audit: () => ({ action: 'employer.updated', entityType: 'employer', entityId: employerId }),
  });
  if (!result.ok) return result;
  return result.data.taken ? nameTaken() : ok({ version: result.data.version });
}

/** `requestId`, made by the form, is the contact's id: the same form sent again finds the contact it made. */
export async function addContact(
  actor: Actor,
  employerId: string,
  values: ContactWrite,
  requestId: string = randomUUID(),
): Promise<ActionResult<{ id: string }>> {
  if (!(await getEmployer(actor.practiceId, employerId))) return fail('not_found');
  const result = await commitChange({
    actor: coach(actor),
    write: async (tx) => {
      if (await insertContact(actor.practiceId, employerId, { id: requestId, ...values }, tx)) return { id: requestId, created: true };
      // Not made now: the same contact sent again; an id another employer's contact has (refused as stale); or the id
      // with another name (the form changed before it was sent again), which is another contact.
      const made = await contactName(actor.practiceId, employerId, requestId, tx);
      if (made === null) return null;
      if (made === values.name) return { id: requestId, created: false };
      const id = randomUUID();
      return { id, created: await insertContact(actor.practiceId, employerId, { id, ...values }, tx) };
    },
    changed: ({ created }) => created,
    audit: ({ id }) => ({ action: 'employer.contact_added', entityType: 'employer', entityId: employerId, metadata: { contactId: id } }),
  });
  return result.ok ? ok({ id: result.data.id }) : result;
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
  const before = await findContact(actor.practiceId, contactId);
  // A client's manager stays a manager until that client points elsewhere, as for removing the contact: as HR or the
  // company doctor, the client's record would name them as its manager, and no share link could be made for them.
  // Counted again after the update, which holds the contact's row: a client saved with this manager meanwhile counts.
  const demoted = before?.role === 'manager' && values.role !== 'manager';
  const coachFilter = demoted ? await visibleCoachFilter(actor) : null;
  const stillManages = async (ex?: Executor) => {
    const managed = await clientsManagedBy(actor.practiceId, contactId, coachFilter, ex);
    return managed.total > 0 ? onRole(managerOf(managed)) : null;
  };
  if (demoted) {
    const refusal = await stillManages();
    if (refusal) return refusal;
  }
  // Another address may be another person (a successor in the same record): the links this contact was given end.
  // (A first address for a contact who had none is no other person: their links, handed over by the coach, stay.)
  const oldAddress = (before?.email ?? '').trim().toLowerCase();
  const newAddress = oldAddress !== '' && oldAddress !== (values.email ?? '').trim().toLowerCase();
  // No longer a manager or HR (the company doctor, another contact): the links this contact was given end too. They
  // stopped showing the plan anyway (lib/share/liveness.ts), but stayed "active" in the coach's list, and would have
  // worked again had the role been set back.
  const notSharedWith = !SHARE_ROLES.includes(values.role);
  const result = await commitChange({
    actor: coach(actor),
    write: async (tx) => {
      const row = await updateContact(actor.practiceId, employerId, contactId, version, values, tx);
      if (!row) return null;
      const refusal = demoted ? await stillManages(tx) : null;
      if (refusal) throw new RefusedError(refusal);
      const revoke = newAddress || notSharedWith;
      const ended = sharesEnded(revoke ? await revokeContactShares(actor.practiceId, contactId, tx) : [], 'contact_changed');
      return { version: row.version, ended };
    },
    timeline: ({ ended }) => ended.timeline,
    audit: ({ ended }) => [
      { action: 'employer.contact_updated', entityType: 'employer', entityId: employerId, metadata: { contactId } },
      ...ended.audit,
    ],
  });
  return result.ok ? ok({ version: result.data.version }) : result;
}

/**
 * Why a contact must stay, or null when it may go. Some client's manager stays until that client points elsewhere.
 * A contact who has or had a share link (active, expired or revoked) stays for good: the link carries the employer's
 * openings, confirmations and comments in the client's history, and the database refuses to delete it (no cascade).
 * Counted over the whole practice: a coach who sees only their own clients must not erase a colleague's client history.
 * Such a coach is told how many clients only when they see them all: otherwise that a colleague's client holds on to
 * the contact, without a number (how many clients a colleague has with this contact is not theirs to know), and to
 * ask that colleague or the practice owner, since they cannot choose another manager for it themselves.
 */
async function contactInUse(actor: Actor, contactId: string): Promise<ActionResult<null> | null> {
  const coachId = await visibleCoachFilter(actor);
  const managed = await clientsManagedBy(actor.practiceId, contactId, coachId);
  if (managed.total > 0) return managerOf(managed);
  const shared = await clientsSharedWith(actor.practiceId, contactId, coachId);
  if (shared.total > 0) return inUse(shared, 'employers.validation.contactHasShares', 'employers.validation.contactHasSharesOfColleague');
  return null;
}

/**
 * The manager's refusal. The employer's page lists current clients only: those are the ones counted, and archived ones
 * (which keep their manager: the link must not dangle) get a message of their own, which says where to find them.
 */
function managerOf({ total, visible, archived }: ClientsCount & { archived: number }): ActionResult<null> {
  // A colleague's client among them: without a number, as inUse says it.
  if (visible < total) return fail('validation', { fieldErrors: { contactId: 'employers.validation.contactInUseByColleague' } });
  const current = total - archived;
  if (current > 0)
    return fail('validation', { fieldErrors: { contactId: 'employers.validation.contactInUse' }, params: { count: current } });
  return fail('validation', { fieldErrors: { contactId: 'employers.validation.contactInUseArchived' }, params: { count: archived } });
}

/** The manager's refusal on the edit form, where it is about the role field. */
function onRole(refusal: ActionResult<null>): ActionResult<never> {
  if (refusal.ok) throw new Error('not a refusal');
  const { contactId, ...rest } = refusal.fieldErrors ?? {};
  return { ...refusal, fieldErrors: { ...rest, role: contactId ?? 'validation.invalid' } };
}

function inUse({ total, visible }: ClientsCount, counted: string, colleague: string): ActionResult<null> {
  if (visible < total) return fail('validation', { fieldErrors: { contactId: colleague } });
  return fail('validation', { fieldErrors: { contactId: counted }, params: { count: total } });
}

export async function removeContact(actor: Actor, employerId: string, contactId: string): Promise<ActionResult<null>> {
  if (!(await contactBelongsTo(actor.practiceId, employerId, contactId))) return fail('not_found');
  const refused = await contactInUse(actor, contactId);
  if (refused) return refused;
  try {
    const result = await commitChange({
      actor: coach(actor),
      // Removed by someone else meanwhile: a lost race, so `stale`.
      write: async (tx) => ((await deleteContact(actor.practiceId, employerId, contactId, tx)) ? { contactId } : null),
      audit: () => ({ action: 'employer.contact_removed', entityType: 'employer', entityId: employerId, metadata: { contactId } }),
    });
    return result.ok ? ok(null) : result;
  } catch (error) {
    // A share link made, or a client pointed at this manager, between the check and the delete: the database
    // refused the delete (nothing was removed), so the same answer as the check, not a server error.
    if (isForeignKeyViolation(error)) return (await contactInUse(actor, contactId)) ?? fail('stale');
    throw error;
  }
}
