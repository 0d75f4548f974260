import 'server-only';
import { randomUUID } from 'node:crypto';
import type { Executor } from '@/db/client';
import { madeBy } from '@/db/queries/audit';
import { loadClientExport } from '@/db/queries/client-export';
import { archiveClient, closeClient, deleteClient, reopenClient, setClientStatus } from '@/db/queries/client-lifecycle';
import { clientEmailTaken, findCoachOfPractice, getClient, holdClient, insertClient, lockClient, updateClient } from '@/db/queries/clients';
import { insertConsent, listConsents } from '@/db/queries/consents';
import { contactRole } from '@/db/queries/employer-contacts';
import { getEmployer } from '@/db/queries/employers';
import { deleteClientMails, deleteQueuedMailsToOldAddress } from '@/db/queries/outbox';
import { withdrawClientReleases } from '@/db/queries/plans';
import { lockContact } from '@/db/queries/plans-contacts';
import { clientPoortwachterRecord, recordedSickSpells } from '@/db/queries/poortwachter-due';
import { endPortalSessions } from '@/db/queries/portal';
import { cancelPlannedSessionsAfter, listCoachBusy, lockCoachAgenda, reassignPlannedSessions } from '@/db/queries/sessions';
import { revokeClientShares, revokeContactShares } from '@/db/queries/shares';
import { type ActionResult, type FieldErrors, fail, ok } from '@/lib/actions/result';
import { audit } from '@/lib/audit';
import { type AccessibleClient, requireClientAccess } from '@/lib/auth/client-access';
import { type Actor, GuardError } from '@/lib/auth/guards';
import { meetingsCancelledMail, sessionsEndedMail } from '@/lib/mail/session-templates';
import { type ShareEnd, sharesEnded } from '@/lib/plans/share-ends';
import { type ClientValues, confirmsName, sickLeaveTooOld } from '@/lib/schemas/client';
import { type AuditLine, type ChangeActor, commitChange, RefusedError, type TimelineLine } from '@/lib/services/commit';
import { type MeetingContacts, mailClientAboutSessions, mailContactsAboutMeeting, meetingContacts } from '@/lib/sessions/mails';
import { collidingSessions, spanOf } from '@/lib/sessions/overlap';
import { utcToZoned } from '@/lib/sessions/zoned-time';
import { changedClientFields, updateTimelineEvents } from './client-changes';
import { clientReferenceProblems, EMAIL_TAKEN, startDateProblem } from './client-checks';
import { CONSENT_TEXT_VERSIONS, type ConsentAction, type ConsentKind, consentChangeProblem, consentStates } from './consent-state';
import { todayIn } from './dates';
import { buildClientExport, exportFileName } from './export-document';
import { type CloseReason, canArchive, canChangeStatus, canReopen, closeDateProblem, type OpenStatus, REOPEN_STATUS } from './lifecycle';
import { doneOnProblem, doneOrderProblem, findStep, type StepRef, startsBeforeLatestSpell } from './poortwachter';

/**
 * The one home of every caseload write: clients, their consents, their lifecycle and their erasure.
 * Each function checks that the caller may reach the client ("not found" otherwise), judges the change
 * and commits it with its timeline line and audit entry through commitChange.
 */

const coach = (actor: Actor): ChangeActor => ({ practiceId: actor.practiceId, userId: actor.userId, kind: 'coach' });

/** The client if this coach may reach it, else null (another practice's, or not assigned when the owner chose so). */
async function reachable(actor: Actor, clientId: string): Promise<AccessibleClient | null> {
  try {
    return await requireClientAccess(actor, clientId);
  } catch (error) {
    if (error instanceof GuardError) return null;
    throw error;
  }
}

/** `current`: the client as it is (an edit), null for a new one. */
async function referenceProblems(
  practiceId: string,
  values: ClientValues,
  current: { id: string; coachId: string | null; managerContactId: string | null } | null,
): Promise<FieldErrors | null> {
  const clientId = current?.id ?? null;
  const manager = values.employerId && values.managerContactId ? values.managerContactId : null;
  const [coach, employer, managerRole, emailTaken] = await Promise.all([
    findCoachOfPractice(practiceId, values.coachId),
    values.employerId ? getEmployer(practiceId, values.employerId) : Promise.resolve(null),
    values.employerId && manager ? contactRole(practiceId, values.employerId, manager) : Promise.resolve(null),
    clientEmailTaken(practiceId, values.email, clientId),
  ]);
  return clientReferenceProblems({
    coachOfPractice: coach !== null,
    coachMayTake: coach !== null && (coach.active || coach.id === current?.coachId),
    employerChosen: Boolean(values.employerId),
    employerOfPractice: Boolean(employer),
    managerOfEmployer: !manager || managerRole !== null,
    // As for the coach: an edit that keeps the manager it had still saves (a role changed before this check existed).
    managerIsManager: !manager || managerRole === null || managerRole === 'manager' || manager === current?.managerContactId,
    emailTaken,
  });
}

/**
 * The manager check of referenceProblems again, under lock, inside the save's transaction: a contact made HR or company
 * doctor at the same moment must not become the client's manager. The demotion holds the contact's row until it commits
 * and then counts the clients it manages; this save holds it until it commits: one of the two sees the other.
 */
async function lockManager(practiceId: string, values: ClientValues, currentManager: string | null, tx: Executor) {
  const manager = values.employerId && values.managerContactId ? values.managerContactId : null;
  if (!manager || manager === currentManager) return;
  const contact = await lockContact(practiceId, manager, tx);
  if (contact && contact.employerId === values.employerId && contact.role !== 'manager')
    throw new RefusedError(fail('validation', { fieldErrors: { managerContactId: 'clients.validation.managerNotManager' } }));
}

/** A lost race on the email address (the unique index) reads as "taken", like the check before it. */
async function emailRace<T>(result: ActionResult<T>, practiceId: string, email: string, clientId: string | null): Promise<ActionResult<T>> {
  if (!result.ok && result.error === 'stale' && (await clientEmailTaken(practiceId, email, clientId))) {
    return fail('validation', { fieldErrors: EMAIL_TAKEN });
  }
  return result;
}

/**
 * After a save that chose a coach: whether the caller may still open the client, by the page guard's own rule (a coach
 * who sees only their own clients and gave this one to a colleague may not), so the form goes where it may.
 */
async function stillVisible(actor: Actor, clientId: string): Promise<boolean> {
  return (await reachable(actor, clientId)) !== null;
}

/**
 * What an earlier request with this id made: that client (`same`; `same-hidden` when it went to a colleague and this
 * coach sees only their own clients), or someone else (`other`). A client out of sight counts as the caller's own only
 * when the caller made it (its audit entry says so): any other id of a client they may not see reads as someone else, so
 * the answer says nothing about that client, not even that the id is used.
 */
async function madeBefore(actor: Actor, values: ClientValues, id: string): Promise<'same' | 'same-hidden' | 'other' | null> {
  const made = await getClient(actor.practiceId, id);
  if (!made) return null;
  const same = made.firstName === values.firstName && made.lastName === values.lastName && made.email === values.email;
  if (await stillVisible(actor, id)) return same ? 'same' : 'other';
  return same && (await madeBy(actor.practiceId, 'client.created', id, actor.userId)) ? 'same-hidden' : 'other';
}

/** The coach opened a page of the client's record that no statement of its own logs (the edit form), in the audit log. */
export async function recordClientViewed(actor: Actor, clientId: string, page: 'edit'): Promise<void> {
  await audit({
    practiceId: actor.practiceId,
    actorUserId: actor.userId,
    action: 'client.viewed',
    entityType: 'client',
    entityId: clientId,
    metadata: { page },
  });
}

/**
 * `id` (the form's `requestId`) is the new client's id, made by the form: sent again (its answer lost on the way back), it finds the
 * client it made and the form goes on to their record, instead of refusing the email address as taken.
 */
export async function createClient(
  actor: Actor,
  values: ClientValues,
  id: string = randomUUID(),
): Promise<ActionResult<{ id: string; visible: boolean }>> {
  const before = await madeBefore(actor, values, id);
  // Sent again: the client this request made, on their record or, made for a colleague, on the list with its notice.
  if (before === 'same' || before === 'same-hidden') return ok({ id, visible: before === 'same' });
  // The id with another person (a draft put back and filled in anew), or of a client out of sight: a client of their own.
  if (before === 'other') return createClient(actor, values);
  const result = await insertNew(actor, values, id);
  // The same request twice at once (two tabs, a retry while the first still ran): the other one made this client, so
  // this one found its address taken or its id used.
  if (!result.ok) {
    const other = await madeBefore(actor, values, id);
    if (other === 'same' || other === 'same-hidden') return ok({ id, visible: other === 'same' });
  }
  // A client made for a colleague, where coaches see only their own: the form goes to the list, not to a 404.
  return result.ok ? ok({ id, visible: await stillVisible(actor, id) }) : result;
}

async function insertNew(actor: Actor, values: ClientValues, id: string): Promise<ActionResult<{ id: string }>> {
  const problems = await referenceProblems(actor.practiceId, values, null);
  if (problems) return fail('validation', { fieldErrors: problems });
  const result = await commitChange({
    actor: coach(actor),
    write: async (tx) => {
      await lockManager(actor.practiceId, values, null, tx);
      return insertClient(actor.practiceId, { id, ...values }, tx);
    },
    timeline: ({ id }): TimelineLine[] => [
      { clientId: id, kind: 'client.created' },
      ...(values.onSickLeave && values.sickLeaveSince
        ? [{ clientId: id, kind: 'client.sick_leave_started' as const, data: { since: values.sickLeaveSince } }]
        : []),
    ],
    audit: ({ id }) => ({ action: 'client.created', entityType: 'client', entityId: id }),
  });
  return emailRace(result, actor.practiceId, values.email, null);
}

/** `recoveredOn`: with sick leave ticked off, the first day back at work (null: today). */
export async function updateClientDetails(
  actor: Actor,
  clientId: string,
  version: number,
  values: ClientValues,
  recoveredOn: string | null = null,
): Promise<ActionResult<{ version: number; visible: boolean }>> {
  if (!(await reachable(actor, clientId))) return fail('not_found');
  const current = await getClient(actor.practiceId, clientId);
  if (!current) return fail('not_found');
  if (current.version !== version) return fail('stale');
  // A first sick day entered or changed now is checked for a typing error; one on record stays as it is (a client on
  // sick leave for more than three years must stay editable).
  if (
    values.onSickLeave &&
    values.sickLeaveSince &&
    values.sickLeaveSince !== current.sickLeaveSince &&
    sickLeaveTooOld(values.sickLeaveSince)
  )
    return fail('validation', { fieldErrors: { sickLeaveSince: 'clients.validation.sickLeaveTooOld' } });
  // Sick again after a recovery: a first sick day before the last spell began would silently rewrite the record as one
  // long sick leave (deadlines long passed); it is a typing error.
  if (
    values.onSickLeave &&
    !current.onSickLeave &&
    values.sickLeaveSince &&
    startsBeforeLatestSpell(await recordedSickSpells(actor.practiceId, clientId), values.sickLeaveSince)
  )
    return fail('validation', { fieldErrors: { sickLeaveSince: 'clients.validation.sickLeaveBeforeEarlier' } });
  const recovered = current.onSickLeave && !values.onSickLeave ? (recoveredOn ?? todayIn()) : null;
  if (recovered && current.sickLeaveSince && recovered < current.sickLeaveSince)
    return fail('validation', { fieldErrors: { recoveredOn: 'clients.validation.recoveredBeforeSick' } });
  const problems = await referenceProblems(actor.practiceId, values, current);
  if (problems) return fail('validation', { fieldErrors: problems });
  const startProblem = startDateProblem(values.startDate, current.closedOn);
  if (startProblem) return fail('validation', { fieldErrors: { startDate: startProblem } });
  const fields = changedClientFields(current, values);
  if (fields.length === 0) return ok({ version, visible: true });
  // Another employer (or none): the old employer's links and the client's releases for it end in the same transaction.
  // (A first employer ends nothing: releases need only the consent, and there were no links without an employer.)
  const employerChanged = current.employerId !== null && current.employerId !== (values.employerId ?? null);
  // Another manager at the same employer: the former manager's links for this client end (an HR contact's stay).
  const formerManager =
    !employerChanged && current.managerContactId && current.managerContactId !== (values.managerContactId || null)
      ? current.managerContactId
      : null;
  const coachChanged = current.coachId !== values.coachId ? { from: current.coachId, to: values.coachId } : null;
  const result = await commitChange({
    actor: coach(actor),
    write: async (tx) => {
      await lockManager(actor.practiceId, values, current.managerContactId, tx);
      const row = await updateClient(actor.practiceId, clientId, version, values, tx);
      if (!row) return null;
      const ended = employerChanged
        ? await endSharing(actor.practiceId, clientId, 'employer_changed', tx)
        : formerManager
          ? sharesEnded(await revokeContactShares(actor.practiceId, formerManager, tx, clientId), 'manager_changed')
          : NO_SHARES_ENDED;
      const { moved, overlapping } = coachChanged
        ? await handOverSessions(actor.practiceId, clientId, coachChanged, tx)
        : NOTHING_HANDED_OVER;
      return { row, ended, moved, overlapping };
    },
    timeline: ({ ended, moved, overlapping }) => [
      ...updateTimelineEvents(current, values, fields, { moved: moved.length, overlapping }, recovered).map((event) => ({
        clientId,
        ...event,
      })),
      ...ended.timeline,
    ],
    audit: ({ ended, moved }) => [
      { action: 'client.updated', entityType: 'client', entityId: clientId, metadata: { fields } },
      ...moved.map(
        (s): AuditLine => ({
          action: 'session.reassigned',
          entityType: 'session',
          entityId: s.id,
          metadata: { from: current.coachId, to: values.coachId, because: 'client.updated' },
        }),
      ),
      ...ended.audit,
    ],
    // A new email address ends the portal sessions started through the old one, and the mails still queued for it.
    after:
      current.email.trim().toLowerCase() === values.email.trim().toLowerCase()
        ? undefined
        : async (tx) => {
            await endPortalSessions(actor.practiceId, clientId, tx);
            await deleteQueuedMailsToOldAddress(actor.practiceId, clientId, current.email, tx);
          },
  });
  // Handed to a colleague by a coach who sees only their own clients: the form goes to the list, not to a 404.
  const saved = result.ok ? ok({ version: result.data.row.version, visible: await stillVisible(actor, clientId) }) : result;
  return emailRace(saved, actor.practiceId, values.email, clientId);
}

const NOTHING_HANDED_OVER = { moved: [], overlapping: 0 };

/**
 * Another coach: the sessions still planned in the outgoing coach's agenda go to the new coach's (agenda, dashboard and
 * calendar feed go by the session's coach), past ones too, for the new coach to record as held or not. Not refused for
 * an overlap, but counted: how many of those still to come double up in the new coach's agenda, for the timeline.
 */
async function handOverSessions(practiceId: string, clientId: string, coaches: { from: string; to: string }, tx: Executor) {
  // Taking turns with plans and moves in the new coach's agenda, as they do (lib/sessions/service.ts): the count sees a
  // plan made at the same time, or that plan's overlap check sees these sessions.
  await lockCoachAgenda(practiceId, coaches.to, tx);
  const moved = await reassignPlannedSessions(practiceId, clientId, coaches, tx);
  const now = new Date();
  const upcoming = moved
    .filter((s) => s.startsAt > now)
    .map((s) => ({ id: s.id, startsAt: s.startsAt, endsAt: new Date(s.startsAt.getTime() + s.durationMinutes * 60_000) }));
  if (upcoming.length === 0) return { moved, overlapping: 0 };
  const agenda = await listCoachBusy(practiceId, coaches.to, spanOf(upcoming), tx);
  return { moved, overlapping: collidingSessions(upcoming, agenda).length };
}

/**
 * The employer's share links end with the sharing consent and with the trajectory: revoked in the change's own
 * transaction, each with a timeline line and an audit entry, so the plan page lists them as revoked.
 */
async function endShares(practiceId: string, clientId: string, reason: ShareEnd, tx: Executor) {
  return sharesEnded(
    (await revokeClientShares(practiceId, clientId, tx)).map((r) => ({ ...r, clientId })),
    reason,
  );
}

const NO_SHARES_ENDED: Awaited<ReturnType<typeof endShares>> = { timeline: [], audit: [] };

/**
 * Sharing ends altogether (the consent withdrawn, another employer): the links are revoked and the releases withdrawn, so
 * that a later consent or a new employer's link shows nothing the client has not released again for it.
 */
async function endSharing(practiceId: string, clientId: string, reason: 'consent_withdrawn' | 'employer_changed', tx: Executor) {
  const ended = await endShares(practiceId, clientId, reason, tx);
  const withdrawn = await withdrawClientReleases(practiceId, clientId, reason, tx);
  return {
    timeline: [
      ...ended.timeline,
      ...withdrawn.map(
        (w): TimelineLine => ({ clientId, kind: 'plan.release_withdrawn', data: { itemId: w.itemId, title: w.title, reason } }),
      ),
    ],
    audit: [
      ...ended.audit,
      ...withdrawn.map(
        (w): AuditLine => ({ action: 'plan.release_withdrawn', entityType: 'plan_item', entityId: w.itemId, metadata: { reason } }),
      ),
    ],
  };
}

/** Giving and withdrawing both add a record (who, when, which text); nothing is ever deleted. */
export async function recordConsent(
  actor: Actor,
  input: { clientId: string; kind: ConsentKind; action: ConsentAction; note: string },
): Promise<ActionResult<null>> {
  const { clientId, kind, action, note } = input;
  if (!(await reachable(actor, clientId))) return fail('not_found');
  const textVersion = CONSENT_TEXT_VERSIONS[kind];
  const result = await commitChange({
    actor: coach(actor),
    write: async (tx) => {
      // Serialised per client: two coaches giving the same consent at once cannot both pass the check.
      await lockClient(actor.practiceId, clientId, tx);
      const refused = consentChangeProblem(consentStates(await listConsents(actor.practiceId, clientId, tx))[kind], action);
      if (refused) return { refused, ended: NO_SHARES_ENDED };
      await insertConsent(
        actor.practiceId,
        { clientId, kind, action, textVersion, recordedBy: actor.userId, recordedByKind: 'coach', note },
        tx,
      );
      // "After that nothing new is shared" (the consent text): the employer's links stop working at once.
      const ended =
        kind === 'employer_sharing' && action === 'withdrawn'
          ? await endSharing(actor.practiceId, clientId, 'consent_withdrawn', tx)
          : NO_SHARES_ENDED;
      return { refused: null, ended };
    },
    timeline: ({ refused, ended }) =>
      refused
        ? null
        : [{ clientId, kind: action === 'given' ? 'consent.given' : 'consent.withdrawn', data: { kind, textVersion } }, ...ended.timeline],
    audit: ({ refused, ended }) =>
      refused ? null : [{ action: `consent.${action}`, entityType: 'client', entityId: clientId, metadata: { kind } }, ...ended.audit],
  });
  if (!result.ok) return result;
  if (result.data.refused) return fail('validation', { fieldErrors: { action: result.data.refused } });
  return ok(null);
}

type Consequences = { timeline: TimelineLine[]; audit: AuditLine[] };
const NO_CONSEQUENCES: Consequences = { timeline: [], audit: [] };

/**
 * One lifecycle step: a versioned update of the client with its timeline line and audit entry. `more`: what else the
 * step does in its transaction (closing cancels the sessions to come), with its own lines.
 */
function lifecycleStep(
  actor: Actor,
  clientId: string,
  kind: 'client.status_changed' | 'client.closed' | 'client.reopened' | 'client.archived',
  write: (tx: Executor) => Promise<{ version: number } | null>,
  data?: Record<string, string>,
  more?: (tx: Executor) => Promise<Consequences>,
): Promise<ActionResult<{ version: number }>> {
  const ends = kind === 'client.closed' ? 'closed' : kind === 'client.archived' ? 'archived' : null;
  return commitChange({
    actor: coach(actor),
    write: async (tx) => {
      const row = await write(tx);
      if (!row) return null;
      const also = more ? await more(tx) : NO_CONSEQUENCES;
      return { version: row.version, also, ended: ends ? await endShares(actor.practiceId, clientId, ends, tx) : NO_SHARES_ENDED };
    },
    timeline: ({ also, ended }) => [{ clientId, kind, data }, ...also.timeline, ...ended.timeline],
    audit: ({ also, ended }) => [{ action: kind, entityType: 'client', entityId: clientId }, ...also.audit, ...ended.audit],
    // A closed or archived client's portal sessions end in the same transaction.
    after: ends ? (tx) => endPortalSessions(actor.practiceId, clientId, tx, 'expire') : undefined,
  }).then((result) => (result.ok ? ok({ version: result.data.version }) : result));
}

export async function changeClientStatus(
  actor: Actor,
  clientId: string,
  version: number,
  status: OpenStatus,
): Promise<ActionResult<{ version: number }>> {
  const client = await reachable(actor, clientId);
  if (!client) return fail('not_found');
  if (!canChangeStatus(client.status, status))
    return fail('validation', { fieldErrors: { status: 'clients.validation.statusNotAllowed' } });
  return lifecycleStep(actor, clientId, 'client.status_changed', (tx) => setClientStatus(actor.practiceId, clientId, version, status, tx), {
    from: client.status,
    to: status,
  });
}

export async function closeClientTrajectory(
  actor: Actor,
  clientId: string,
  version: number,
  closing: { closedOn: string; reason: CloseReason },
): Promise<ActionResult<{ version: number }>> {
  if (!(await reachable(actor, clientId))) return fail('not_found');
  const client = await getClient(actor.practiceId, clientId);
  if (!client) return fail('not_found');
  if (client.status === 'closed') return fail('validation', { fieldErrors: { closedOn: 'clients.validation.alreadyClosed' } });
  const problem = closeDateProblem(closing.closedOn, client.startDate, todayIn());
  if (problem) return fail('validation', { fieldErrors: { closedOn: problem } });
  // "Fully back at work" ends a sick leave still on record (the poortwachter timeline stops); the version check of the
  // update makes `client` the row it changes.
  const endSickLeave = closing.reason === 'returned_to_work' && client.onSickLeave;
  // That closing date is the recovery date: before the first sick day the spell would end before it began, and drop out
  // of the poortwachter timeline (a later relapse would not count it in). The edit form refuses the same.
  if (endSickLeave && client.sickLeaveSince && closing.closedOn < client.sickLeaveSince)
    return fail('validation', { fieldErrors: { closedOn: 'clients.validation.closedBeforeSick' } });
  // The manager's links as they were: once closed, the trajectory shows the employer nothing, not even a cancellation.
  let contacts: MeetingContacts = [];
  return lifecycleStep(
    actor,
    clientId,
    'client.closed',
    async (tx) => {
      contacts = await meetingContacts(actor.practiceId, clientId, tx);
      return closeClient(actor.practiceId, clientId, version, { ...closing, endSickLeave }, tx);
    },
    { date: closing.closedOn, reason: closing.reason },
    async (tx) => {
      // The coaching has ended: the sessions still planned leave the agenda and the coach's calendar.
      const cancelled = await cancelPlannedSessionsAfter(actor.practiceId, clientId, new Date(), tx);
      await tellSessionsEnded(actor.practiceId, clientId, cancelled, contacts, tx);
      return {
        timeline: [
          // The recovery date is the closing date (it may lie in the past), not the day the close is recorded.
          ...(endSickLeave ? [{ clientId, kind: 'client.sick_leave_ended' as const, data: { on: closing.closedOn } }] : []),
          ...cancelled.map((s) => {
            const { date, time } = utcToZoned(s.startsAt);
            return { clientId, kind: 'session.cancelled' as const, data: { kind: s.kind, date, time } };
          }),
        ],
        audit: cancelled.map((s) => ({
          action: 'session.cancelled' as const,
          entityType: 'session',
          entityId: s.id,
          metadata: { from: 'planned', because: 'client.closed' },
        })),
      };
    },
  );
}

/**
 * The client would otherwise come to a session that no longer exists: one mail with every time cancelled by the close.
 * A manager told of a three-way meeting hears it is off too (their links as read before the close ended them).
 */
async function tellSessionsEnded(
  practiceId: string,
  clientId: string,
  cancelled: { kind: string; startsAt: Date; durationMinutes: number }[],
  contacts: MeetingContacts,
  tx: Executor,
) {
  const client = cancelled.length > 0 ? await holdClient(practiceId, clientId, tx) : null;
  if (!client) return;
  const sessions = [...cancelled].sort((a, b) => a.startsAt.getTime() - b.startsAt.getTime());
  await mailClientAboutSessions(practiceId, client, client.coachId, (to) => sessionsEndedMail({ ...to, sessions }), tx);
  const meetings = sessions.filter((s) => s.kind === 'tripartite');
  if (meetings.length > 0)
    await mailContactsAboutMeeting(practiceId, clientId, (to) => meetingsCancelledMail({ ...to, sessions: meetings }), tx, contacts);
}

export async function reopenClientTrajectory(actor: Actor, clientId: string, version: number): Promise<ActionResult<{ version: number }>> {
  const client = await reachable(actor, clientId);
  if (!client) return fail('not_found');
  if (!canReopen(client)) return fail('validation', { fieldErrors: { _form: 'clients.validation.notClosed' } });
  // Back with a coach who left, the client would be on nobody's dashboard, lists or poortwachter timeline.
  const coach = await findCoachOfPractice(actor.practiceId, client.coachId);
  if (!coach?.active) return fail('validation', { fieldErrors: { _form: 'clients.validation.reopenCoachInactive' } });
  return lifecycleStep(actor, clientId, 'client.reopened', (tx) => reopenClient(actor.practiceId, clientId, version, REOPEN_STATUS, tx));
}

export async function archiveClientRecord(actor: Actor, clientId: string, version: number): Promise<ActionResult<{ version: number }>> {
  const client = await reachable(actor, clientId);
  if (!client) return fail('not_found');
  if (!canArchive(client)) return fail('validation', { fieldErrors: { _form: 'clients.validation.archiveNeedsClosed' } });
  return lifecycleStep(actor, clientId, 'client.archived', (tx) => archiveClient(actor.practiceId, clientId, version, tx));
}

/**
 * The coach records a poortwachter step as taken (`done`), or takes that back: a timeline line, which is the record
 * (lib/caseload/poortwachter.ts stepsDone), and an audit entry. Refused for a closed or archived trajectory (its timeline
 * is frozen) and for a step the current period no longer lists (the sick leave ended meanwhile, or a new one began).
 * Marking a step as it already is changes nothing (a second click, a second tab).
 */
export async function markPoortwachterStep(
  actor: Actor,
  input: StepRef & { clientId: string; done: boolean; on?: string | null },
): Promise<ActionResult<null>> {
  const { clientId, done, on: given, ...ref } = input;
  if (!(await reachable(actor, clientId))) return fail('not_found');
  const today = todayIn();
  // The day it was taken, as the coach says (often learnt in the next session), else today.
  const on = given ?? today;
  const result = await commitChange({
    actor: coach(actor),
    write: async (tx) => {
      // Serialised per client, with the edits that change the sick leave (they lock the row too).
      const locked = await lockClient(actor.practiceId, clientId, tx);
      const client = locked && (await getClient(actor.practiceId, clientId, tx));
      if (!client) return null;
      if (client.status === 'closed' || client.archivedAt) return { refused: 'clients.validation.poortwachterNotTracked', changed: false };
      const { timeline, events } = await clientPoortwachterRecord(actor.practiceId, client, today, tx);
      const step = findStep(timeline, ref, events);
      if (!timeline || !step) return { refused: 'clients.validation.poortwachterStepGone', changed: false };
      const wrongDay = done ? (doneOnProblem(on, timeline.since, today) ?? doneOrderProblem(step, on, timeline.milestones)) : null;
      if (wrongDay) return { refused: wrongDay, field: 'on' as const, changed: false };
      // Under the period's first sick day as it is now (the page may have shown it before a correction).
      return { refused: null, changed: Boolean(step.done) !== done, due: step.due, since: timeline.since };
    },
    changed: (r) => r.changed,
    timeline: (r) => ({
      clientId,
      kind: done ? 'client.poortwachter_step_done' : 'client.poortwachter_step_reopened',
      data: { since: r.since ?? ref.since, step: ref.kind, review: ref.review, due: r.due ?? null, ...(done ? { on } : {}) },
    }),
    audit: () => ({
      action: done ? 'client.poortwachter_step_done' : 'client.poortwachter_step_reopened',
      entityType: 'client',
      entityId: clientId,
      metadata: { step: ref.kind, review: ref.review },
    }),
  });
  if (!result.ok) return result;
  const { refused } = result.data;
  if (refused) return fail('validation', { fieldErrors: { ['field' in result.data ? 'on' : '_form']: refused } });
  return ok(null);
}

const closeFirst = () => fail('validation', { fieldErrors: { _form: 'gdpr.erase.closeFirst' } });

/**
 * GDPR art. 17: the client row goes, and with it (ON DELETE CASCADE) every row about them, in one
 * transaction; the caller has confirmed by typing the client's name. The audit entry keeps only the id.
 * Only a closed trajectory: closing is what calls off the planned sessions (mailing the client, and the manager of a
 * three-way meeting, which the calendar feed then drops) and ends the employer's links; an erasure would skip it.
 */
export async function eraseClient(actor: Actor, clientId: string, confirmName: string): Promise<ActionResult<null>> {
  if (actor.role !== 'owner') return fail('forbidden');
  const client = await reachable(actor, clientId);
  if (!client) return fail('not_found');
  if (client.status !== 'closed') return closeFirst();
  if (!confirmsName(confirmName, client)) return fail('validation', { fieldErrors: { confirmName: 'gdpr.erase.nameMismatch' } });
  const result = await commitChange({
    actor: coach(actor),
    write: async (tx) => {
      // Reopened meanwhile (another tab): refused, as above.
      const locked = (await lockClient(actor.practiceId, clientId, tx)) && (await getClient(actor.practiceId, clientId, tx));
      if (!locked) return { erased: false };
      if (locked.status !== 'closed') return { erased: false, open: true };
      if (!(await deleteClient(actor.practiceId, clientId, tx))) return { erased: false };
      // Kept and queued mails do not cascade with the client row: they go by the client they are about and by address.
      await deleteClientMails(actor.practiceId, clientId, locked.email, tx);
      return { erased: true };
    },
    audit: ({ erased }) => (erased ? { action: 'client.erased', entityType: 'client', entityId: clientId } : null),
  });
  if (!result.ok) return result;
  if ('open' in result.data) return closeFirst();
  return result.data.erased ? ok(null) : fail('not_found');
}

/** GDPR art. 15/20: everything held about the client as one JSON document; the download is audited. */
export async function exportClient(actor: Actor, clientId: string): Promise<ActionResult<{ fileName: string; document: unknown }>> {
  if (!(await reachable(actor, clientId))) return fail('not_found');
  const data = await loadClientExport(actor.practiceId, clientId);
  if (!data) return fail('not_found');
  const exportedAt = new Date();
  // A read, not a change: only the audit entry is written, so there is no transaction to share.
  await audit({
    practiceId: actor.practiceId,
    actorUserId: actor.userId,
    action: 'client.exported',
    entityType: 'client',
    entityId: clientId,
  });
  return ok({ fileName: exportFileName(clientId, todayIn()), document: buildClientExport({ ...data, exportedAt }) });
}
