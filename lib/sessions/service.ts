import 'server-only';
import { randomUUID } from 'node:crypto';
import type { z } from 'zod';
import type { Executor } from '@/db/client';
import { replaceCalendarFeed } from '@/db/queries/calendar';
import { getClient, holdClient } from '@/db/queries/clients';
import {
  cancelSeriesAfter,
  countPlanned,
  findSession,
  insertSessions,
  linkCheckinMeasurement,
  listCoachBusy,
  lockCoachAgenda,
  lockSessionCheckin,
  updateSessionRecord,
  updateSessionStatus,
  updateSessionTime,
} from '@/db/queries/sessions';
import { findUser } from '@/db/queries/users';
import type { CoachingSession } from '@/db/schema';
import { newLinkToken } from '@/lib/accounts/links';
import { type ActionResult, fail, ok } from '@/lib/actions/result';
import { audit } from '@/lib/audit';
import type { AccessibleClient } from '@/lib/auth/client-access';
import { type Actor, GuardError } from '@/lib/auth/guards';
import { ConsentRequiredError, requireCoachingAgreement } from '@/lib/caseload/consent-gate';
import { CHECK_IN_KEY } from '@/lib/instruments/check-in';
import { startMeasurement } from '@/lib/intake/service';
import {
  type MeetingRecipient,
  meetingMovedMail,
  meetingsCancelledMail,
  meetingsPlannedMail,
  seriesCancelledMail,
  sessionCancelledMail,
  sessionMovedMail,
  sessionsPlannedMail,
} from '@/lib/mail/session-templates';
import type { moveSessionSchema, planSessionSchema, sessionRecordSchema, sessionStatusSchema } from '@/lib/schemas/session';
import { type ChangeActor, commitChange } from '@/lib/services/commit';
import { appUrl } from '@/lib/urls';
import { agendaCoachId } from './agenda-coach';
import { beforeClientStartProblem } from './date-bounds';
import { mailClientAboutSessions, mailContactsAboutMeeting } from './mails';
import { findOverlaps, type Interval, spanOf } from './overlap';
import { planOccurrences } from './series';
import { nextStatus, takesCheckin } from './status';
import { sessionMinutes, utcToZoned, zonedToUtc } from './zoned-time';

const byCoach = (actor: Actor): ChangeActor => ({ practiceId: actor.practiceId, userId: actor.userId, kind: 'coach' });

/**
 * What the schema cannot know: a session is part of the client's trajectory, so not before its start date (the schema
 * keeps every date between 1 January 2000 and two years ahead, lib/sessions/date-bounds.ts).
 */
async function startDateRefusal(practiceId: string, clientId: string, date: string) {
  const client = await getClient(practiceId, clientId);
  const problem = beforeClientStartProblem(date, client?.startDate ?? null);
  return problem ? fail('validation', { fieldErrors: { date: problem } }) : null;
}

/**
 * Never silently: an overlap comes back as a warning the coach confirms with allowOverlap. Inside the change's
 * transaction, with the coach's agenda locked (also when the coach confirmed), so two plans at once cannot both pass.
 */
async function overlapWarning(
  actor: Actor,
  coachId: string,
  planned: Interval[],
  allow: boolean,
  ignoreId: string | undefined,
  tx: Executor,
): Promise<Refused | null> {
  await lockCoachAgenda(actor.practiceId, coachId, tx);
  if (allow) return null;
  const clashes = findOverlaps(planned, await listCoachBusy(actor.practiceId, coachId, spanOf(planned), tx), ignoreId);
  if (clashes.length === 0) return null;
  // Whose agenda: the owner who moves a colleague's session is warned about the colleague's, not "your" agenda.
  const agenda = coachId === actor.userId ? 'own' : 'other';
  return {
    refused: fail('validation', { fieldErrors: { startTime: 'sessions.errors.overlap' }, params: { count: clashes.length, agenda } }),
  };
}

/** A write that found a reason not to happen once inside its transaction: no timeline line, no audit entry. */
type Refused = { refused: ActionResult<never> };
const made = <T extends object>(result: T | Refused): result is T => !('refused' in result);

type FirstSession = { startsAt?: Date; durationMinutes: number; kind: string; location: string | null };

/**
 * What a plan sent before with this id made (its answer lost on the way back, or the same plan sent twice at once):
 * that plan's session count, `other` when the form has changed since, `foreign` when the id is another client's.
 */
async function plannedBefore(actor: Actor, clientId: string, requestId: string, first: FirstSession) {
  const made = await findSession(actor.practiceId, requestId);
  if (!made) return null;
  if (made.clientId !== clientId) return 'foreign' as const;
  const same =
    made.startsAt.getTime() === first.startsAt?.getTime() &&
    made.durationMinutes === first.durationMinutes &&
    made.kind === first.kind &&
    made.location === first.location;
  return same ? await countPlanned(actor.practiceId, made) : ('other' as const);
}

/** One session or a series (one timeline line for the whole series), for a reachable client. */
export async function planSessions(
  actor: Actor,
  client: AccessibleClient,
  input: Omit<z.output<typeof planSessionSchema>, 'clientId'>,
): Promise<ActionResult<{ count: number }>> {
  const occurrences = planOccurrences({
    date: input.date,
    time: input.startTime,
    endTime: input.endTime,
    repeat: input.repeat,
    count: input.count,
  });
  // A later session of a series can fall on the night summer time starts, in the hour that never happens (02:00–03:00).
  if (occurrences.some((o) => o.durationMinutes <= 0)) {
    return fail('validation', { fieldErrors: { endTime: 'sessions.errors.endBeforeStart' } });
  }
  const first = {
    startsAt: occurrences[0]?.startsAt,
    durationMinutes: occurrences[0]?.durationMinutes ?? 0,
    kind: input.kind,
    location: input.location,
  };
  // Looked up before the overlap check, where the plan's own sessions would read as an overlap. The id with another
  // first session (the form changed before it was sent again) plans that one anew.
  const before = await plannedBefore(actor, client.id, input.requestId, first);
  if (before === 'foreign') return fail('stale');
  if (typeof before === 'number') return ok({ count: before });
  const firstId = before === 'other' ? randomUUID() : input.requestId;
  const result = await planNew(actor, client, input, occurrences, firstId);
  if (result.ok || firstId !== input.requestId) return result;
  // Two of the same plan at once: the other copy made it while this one ran (its insert finds the id taken, or its
  // overlap check finds the other's sessions). Answered as the other was.
  const raced = await plannedBefore(actor, client.id, input.requestId, first);
  return typeof raced === 'number' ? ok({ count: raced }) : result;
}

type Held = Awaited<ReturnType<typeof holdClient>>;

/**
 * A closed or archived client gets no sessions planned or moved (closing cancelled the planned ones). The client's row is
 * held first (holdClient), so a close that commits meanwhile is seen, and one that comes later waits and then cancels
 * these too.
 */
const ongoing = (held: Held): held is NonNullable<Held> => held !== null && held.status !== 'closed' && !held.archivedAt;
const trajectoryEnded = (): Refused => ({ refused: fail('validation', { fieldErrors: { _form: 'sessions.errors.trajectoryEnded' } }) });

/** A plan not made before: the start-date and overlap checks, then its sessions, timeline line and audit entry. */
async function planNew(
  actor: Actor,
  client: AccessibleClient,
  input: Omit<z.output<typeof planSessionSchema>, 'clientId'>,
  occurrences: ReturnType<typeof planOccurrences>,
  firstId: string,
): Promise<ActionResult<{ count: number }>> {
  const early = await startDateRefusal(actor.practiceId, client.id, input.date);
  if (early) return early;
  const seriesId = occurrences.length > 1 ? randomUUID() : null;
  const result = await commitChange<{ count: number; client: NonNullable<Held>; coachId: string } | Refused>({
    actor: byCoach(actor),
    write: async (tx) => {
      const held = await holdClient(actor.practiceId, client.id, tx);
      if (!ongoing(held)) return trajectoryEnded();
      const coachId = agendaCoachId(await findUser(actor.practiceId, held.coachId, tx), actor.userId);
      const warning = await overlapWarning(actor, coachId, occurrences, input.allowOverlap, undefined, tx);
      if (warning) return warning;
      const rows = await insertSessions(
        actor.practiceId,
        occurrences.map((o, i) => ({
          // Two of the same plan at once: the second finds this id taken and writes nothing.
          id: i === 0 ? firstId : undefined,
          clientId: client.id,
          coachId,
          seriesId,
          startsAt: o.startsAt,
          durationMinutes: o.durationMinutes,
          kind: input.kind,
          location: input.location,
        })),
        tx,
      );
      return { count: rows.length, client: held, coachId };
    },
    changed: made,
    timeline: (r) =>
      made(r)
        ? {
            clientId: client.id,
            kind: 'session.planned',
            data: { date: input.date, time: input.startTime, kind: input.kind, count: r.count },
          }
        : null,
    audit: (r) =>
      made(r)
        ? {
            action: 'session.planned',
            entityType: 'client',
            entityId: client.id,
            metadata: { count: r.count, seriesId, repeat: input.repeat, overlapConfirmed: input.allowOverlap },
          }
        : null,
    after: async (tx, r) => {
      const now = Date.now();
      const coming = occurrences.filter((o) => o.startsAt.getTime() > now);
      if (!made(r) || coming.length === 0) return;
      const about = { kind: input.kind, location: input.location, sessions: coming };
      await mailClientAboutSessions(actor.practiceId, r.client, r.coachId, (to) => sessionsPlannedMail({ ...to, ...about }), tx);
      if (input.kind === 'tripartite')
        await mailContactsAboutMeeting(actor.practiceId, r.client.id, (to) => meetingsPlannedMail({ ...to, ...about }), tx);
    },
  });
  if (!result.ok) return result;
  return made(result.data) ? ok({ count: result.data.count }) : result.data.refused;
}

/** Another time for a planned session; a stale version is `stale`. */
export async function moveSession(
  actor: Actor,
  session: CoachingSession,
  input: Omit<z.output<typeof moveSessionSchema>, 'sessionId'>,
): Promise<ActionResult<null>> {
  if (session.status !== 'planned') return fail('validation', { fieldErrors: { date: 'sessions.errors.notPlanned' } });
  const early = await startDateRefusal(actor.practiceId, session.clientId, input.date);
  if (early) return early;
  const startsAt = zonedToUtc(input.date, input.startTime);
  const durationMinutes = sessionMinutes(input.date, input.startTime, input.endTime);
  const planned = [{ startsAt, endsAt: new Date(startsAt.getTime() + durationMinutes * 60_000) }];
  const result = await commitChange<{ moved: true; client: NonNullable<Held> } | Refused>({
    actor: byCoach(actor),
    write: async (tx) => {
      const client = await holdClient(actor.practiceId, session.clientId, tx);
      if (!ongoing(client)) return trajectoryEnded();
      const warning = await overlapWarning(actor, session.coachId, planned, input.allowOverlap, session.id, tx);
      if (warning) return warning;
      const row = await updateSessionTime(actor.practiceId, session.id, input.version, { startsAt, durationMinutes }, tx);
      return row ? { moved: true as const, client } : null;
    },
    changed: made,
    timeline: (r) =>
      made(r)
        ? {
            clientId: session.clientId,
            kind: 'session.moved',
            data: { kind: session.kind, from: utcToZoned(session.startsAt).date, date: input.date, time: input.startTime },
          }
        : null,
    audit: (r) => (made(r) ? { action: 'session.moved', entityType: 'session', entityId: session.id } : null),
    after: async (tx, r) => {
      // News to the client when either time is still to come: a session they were told of moved into the past (recorded
      // as having taken place earlier) is one they must no longer come to.
      const now = Date.now();
      if (!made(r) || (startsAt.getTime() <= now && session.startsAt.getTime() <= now)) return;
      const from = { startsAt: session.startsAt, durationMinutes: session.durationMinutes };
      const at = { startsAt, durationMinutes };
      const about = { kind: session.kind, location: session.location, from, at };
      await mailClientAboutSessions(actor.practiceId, r.client, session.coachId, (to) => sessionMovedMail({ ...to, ...about }), tx);
      if (session.kind !== 'tripartite') return;
      // Moved to a time gone by (it took place earlier): to the manager, the meeting they were told of no longer takes place.
      const compose =
        startsAt.getTime() > now
          ? (to: MeetingRecipient) => meetingMovedMail({ ...to, ...about })
          : (to: MeetingRecipient) => meetingsCancelledMail({ ...to, sessions: [from] });
      await mailContactsAboutMeeting(actor.practiceId, r.client.id, compose, tx);
    },
  });
  if (!result.ok) return result;
  return made(result.data) ? ok(null) : result.data.refused;
}

const STATUS_EVENTS = { held: 'session.held', no_show: 'session.no_show', cancelled: 'session.cancelled' } as const;

/** Held, no-show or cancelled, where the status rules allow it. */
export async function setSessionStatus(
  actor: Actor,
  session: CoachingSession,
  input: Omit<z.output<typeof sessionStatusSchema>, 'sessionId'>,
): Promise<ActionResult<null>> {
  const refused = nextStatus(session, input.status, new Date());
  if (refused) return fail('validation', { fieldErrors: { status: refused } });
  const { date, time } = utcToZoned(session.startsAt);
  // A session cancelled before it begins is news to the client (a mail); one that was due already is the coach's record.
  const tellClient = input.status === 'cancelled' && session.startsAt.getTime() > Date.now();
  const result = await commitChange({
    actor: byCoach(actor),
    write: async (tx) => {
      const client = tellClient ? await holdClient(actor.practiceId, session.clientId, tx) : null;
      const row = await updateSessionStatus(actor.practiceId, session.id, input.version, input.status, tx);
      return row ? { client } : null;
    },
    timeline: () => ({ clientId: session.clientId, kind: STATUS_EVENTS[input.status], data: { kind: session.kind, date, time } }),
    audit: () => ({ action: STATUS_EVENTS[input.status], entityType: 'session', entityId: session.id, metadata: { from: session.status } }),
    after: async (tx, { client }) => {
      if (!client) return;
      const cancelled = { startsAt: session.startsAt, durationMinutes: session.durationMinutes };
      const about = { kind: session.kind, location: session.location, session: cancelled };
      await mailClientAboutSessions(actor.practiceId, client, session.coachId, (to) => sessionCancelledMail({ ...to, ...about }), tx);
      if (session.kind === 'tripartite')
        await mailContactsAboutMeeting(actor.practiceId, client.id, (to) => meetingsCancelledMail({ ...to, sessions: [cancelled] }), tx);
    },
  });
  return result.ok ? ok(null) : result;
}

/**
 * A planned session of a series cancelled with every planned one after it in that series (a client who stops the weekly
 * rhythm): the pressed one against its version, the others as they are. A line and an audit entry for each, and one mail
 * with the times still to come.
 */
export async function cancelSessionSeries(
  actor: Actor,
  session: CoachingSession,
  version: number,
): Promise<ActionResult<{ count: number }>> {
  const refused = nextStatus(session, 'cancelled', new Date());
  if (refused) return fail('validation', { fieldErrors: { status: refused } });
  const seriesId = session.seriesId;
  if (!seriesId) return fail('validation', { fieldErrors: { status: 'sessions.errors.notASeries' } });
  const result = await commitChange({
    actor: byCoach(actor),
    write: async (tx) => {
      const client = await holdClient(actor.practiceId, session.clientId, tx);
      const row = await updateSessionStatus(actor.practiceId, session.id, version, 'cancelled', tx);
      if (!row) return null;
      const rest = await cancelSeriesAfter(actor.practiceId, session.clientId, seriesId, session.startsAt, tx);
      return { client, cancelled: [session, ...rest] };
    },
    timeline: ({ cancelled }) =>
      cancelled.map((s) => {
        const { date, time } = utcToZoned(s.startsAt);
        return { clientId: session.clientId, kind: 'session.cancelled' as const, data: { kind: s.kind, date, time } };
      }),
    audit: ({ cancelled }) =>
      cancelled.map((s) => ({
        action: 'session.cancelled' as const,
        entityType: 'session',
        entityId: s.id,
        metadata: { from: 'planned', series: seriesId },
      })),
    after: async (tx, { client, cancelled }) => {
      // A session that had begun (still to be marked) is the coach's record, not news to the client.
      const now = Date.now();
      const coming = cancelled
        .filter((s) => s.startsAt.getTime() > now)
        .map(({ startsAt, durationMinutes }) => ({ startsAt, durationMinutes }));
      if (!client || coming.length === 0) return;
      await mailClientAboutSessions(
        actor.practiceId,
        client,
        session.coachId,
        (to) => seriesCancelledMail({ ...to, sessions: coming }),
        tx,
      );
      // A series has one kind: three-way meetings are the manager's too.
      if (session.kind === 'tripartite')
        await mailContactsAboutMeeting(actor.practiceId, client.id, (to) => meetingsCancelledMail({ ...to, sessions: coming }), tx);
    },
  });
  return result.ok ? ok({ count: result.data.cancelled.length }) : result;
}

type RecordValues = Omit<z.output<typeof sessionRecordSchema>, 'sessionId' | 'version'>;

/**
 * The coach's notes, the client's summary, the agreed homework and the check-in energy; audited by field name only.
 * `version` is the record's own (recordVersion), apart from the session's time and status.
 */
export async function saveSessionRecord(
  actor: Actor,
  session: CoachingSession,
  version: number,
  values: RecordValues,
): Promise<ActionResult<{ version: number }>> {
  const changed = (Object.keys(values) as (keyof RecordValues)[]).filter((k) => values[k] !== session[k]);
  // A session that did not take place gets no summary for the client (who only sees held sessions) and no check-in
  // energy: the page no longer offers them, and one sent all the same is refused. Emptying them stays possible.
  const forHeldOnly = changed.filter((k) => (k === 'clientSummary' || k === 'checkinEnergy') && values[k] !== '' && values[k] !== null);
  if (!takesCheckin(session.status) && forHeldOnly.length > 0) {
    return fail('validation', { fieldErrors: { _form: 'sessions.errors.recordNotHeld' } });
  }
  // Records of the conversations and the check-in score are health data under the coaching agreement: written or changed
  // only while it is given. Emptying a field (taking something out) is always possible.
  const adds = changed.some((k) => values[k] !== '' && values[k] !== null);
  try {
    return await recordInTransaction(actor, session, version, values, changed, adds, forHeldOnly.length > 0);
  } catch (error) {
    if (error instanceof ConsentRequiredError) return fail('consent_required');
    throw error;
  }
}

async function recordInTransaction(
  actor: Actor,
  session: CoachingSession,
  version: number,
  values: RecordValues,
  changed: (keyof RecordValues)[],
  adds: boolean,
  heldOnly: boolean,
): Promise<ActionResult<{ version: number }>> {
  const result = await commitChange<{ recordVersion: number } | Refused>({
    actor: byCoach(actor),
    write: async (tx) => {
      if (adds) await requireCoachingAgreement(actor.practiceId, session.clientId, tx);
      if (heldOnly) {
        // The status as it is now, held until this commits: marked a no-show or cancelled in another tab since the
        // record was opened (a status change moves `version`, not the record's own), it takes no summary or energy.
        if (!(await lockSessionCheckin(actor.practiceId, session.id, tx))) throw new GuardError('not_found');
        const current = await findSession(actor.practiceId, session.id, tx);
        if (!current) throw new GuardError('not_found');
        if (!takesCheckin(current.status))
          return { refused: fail('validation', { fieldErrors: { _form: 'sessions.errors.recordNotHeld' } }) };
      }
      return updateSessionRecord(actor.practiceId, session.id, version, values, tx);
    },
    changed: made,
    // Field names only: the notes themselves never go into the audit log (nor on the timeline).
    audit: () => ({ action: 'session.record_saved', entityType: 'session', entityId: session.id, metadata: { fields: changed } }),
  });
  if (!result.ok) return result;
  return made(result.data) ? ok({ version: result.data.recordVersion }) : result.data.refused;
}

/** A cancelled or missed session never took place: no check-in for it (lib/sessions/status.ts, takesCheckin). */
const checkinRefused = (): Refused => ({ refused: fail('validation', { fieldErrors: { _form: 'sessions.errors.checkinNotHeld' } }) });

/**
 * The check-in instrument for this session: started once, after that the same measurement opens. Only for a planned or
 * held session; a cancelled one or a no-show is refused (`sessions.errors.checkinNotHeld`), also one whose check-in was
 * started before it was cancelled.
 */
export async function startSessionCheckin(actor: Actor, session: CoachingSession): Promise<ActionResult<{ measurementId: string }>> {
  if (!takesCheckin(session.status)) return checkinRefused().refused;
  try {
    const result = await commitChange<{ measurementId: string } | Refused>({
      actor: byCoach(actor),
      write: async (tx) => {
        // Locked, so two tabs cannot both start one, and a cancellation or a no-show waits for this start to finish.
        const locked = await lockSessionCheckin(actor.practiceId, session.id, tx);
        if (!locked) throw new GuardError('not_found');
        // The status as it is now: marked a no-show or cancelled since the page (or `session`) was read.
        const current = await findSession(actor.practiceId, session.id, tx);
        if (!current) throw new GuardError('not_found');
        if (!takesCheckin(current.status)) return checkinRefused();
        if (locked.measurementId) return { measurementId: locked.measurementId };
        // The measurement's own timeline line and audit entry join this transaction.
        const { id } = await startMeasurement(
          actor.practiceId,
          { clientId: session.clientId, instrumentKey: CHECK_IN_KEY, administeredBy: 'coach', createdBy: actor.userId },
          tx,
        );
        await linkCheckinMeasurement(actor.practiceId, session.id, id, tx);
        return { measurementId: id };
      },
      changed: made,
    });
    if (!result.ok) return result;
    return made(result.data) ? ok(result.data) : result.data.refused;
  } catch (error) {
    // No coaching agreement: startMeasurement refused before writing anything.
    if (error instanceof ConsentRequiredError) return fail('consent_required');
    throw error;
  }
}

/**
 * A calendar app fetched a coach's feed: in the audit log per fetch, so a leaked feed URL shows up. Only the
 * number of events, never which clients (the feed itself carries initials). The fetcher is whoever holds the URL, not
 * a signed-in coach: the link (actor kind `system`, no user) with the coach as the subject, and the caller's IP, so the
 * owner can tell an unknown address from the coach's own calendar app.
 */
export async function recordCalendarFeedFetched(
  owner: { practiceId: string; userId: string },
  events: number,
  ip: string | null,
): Promise<void> {
  await audit({
    practiceId: owner.practiceId,
    actorUserId: null,
    actorKind: 'system',
    action: 'calendar.feed_fetched',
    entityType: 'user',
    entityId: owner.userId,
    metadata: { events },
    ip,
  });
}

/** The coach opened a session's record (private notes): in the audit log. */
export async function recordSessionViewed(actor: Actor, sessionId: string): Promise<void> {
  await audit({
    practiceId: actor.practiceId,
    actorUserId: actor.userId,
    action: 'session.viewed',
    entityType: 'session',
    entityId: sessionId,
  });
}

/** A new secret calendar URL for the coach; the previous one stops working at once. Returned once, never stored. */
export async function renewCalendarFeed(actor: Actor): Promise<ActionResult<{ url: string }>> {
  const { token, tokenHash } = newLinkToken(actor.practiceId);
  const result = await commitChange({
    actor: byCoach(actor),
    write: async (tx) => {
      await replaceCalendarFeed(actor.practiceId, actor.userId, tokenHash, tx);
      return true;
    },
    audit: () => ({ action: 'calendar.feed_renewed', entityType: 'user', entityId: actor.userId }),
  });
  return result.ok ? ok({ url: appUrl(`/api/calendar/${token}.ics`) }) : result;
}
