import 'server-only';
import { randomUUID } from 'node:crypto';
import type { z } from 'zod';
import { type Executor, getDb } from '@/db/client';
import { keyShareClient } from '@/db/queries/clients';
import {
  deleteUnsubmittedHomework,
  findHomework,
  insertHomework,
  markMeasurementHomeworkSubmitted,
  markReminded,
  markReopened,
  markSeen,
  markSubmitted,
  setHomeworkMeasurement,
} from '@/db/queries/homework';
import { deleteInProgressMeasurement, lockMeasurement } from '@/db/queries/measurements';
import { getPractice } from '@/db/queries/practices';
import type { Homework } from '@/db/schema';
import { type ActionResult, fail, ok } from '@/lib/actions/result';
import { audit } from '@/lib/audit';
import type { AccessibleClient } from '@/lib/auth/client-access';
import type { Actor } from '@/lib/auth/guards';
import { ConsentRequiredError, requireCoachingAgreement } from '@/lib/caseload/consent-gate';
import { instrumentForMeasurement, resolveInstrument, startMeasurement } from '@/lib/intake/service';
import { type TimelineInstrument, timelineInstrument } from '@/lib/intake/timeline-instrument';
import { homeworkAssignedMail, homeworkReminderMail, homeworkReopenedMail } from '@/lib/mail/portal-templates';
import { deliver } from '@/lib/mail/transport';
import { issuePortalLink, portalHomeworkUrl } from '@/lib/portal/links';
import { PORTAL_LINK_TTL_MS } from '@/lib/portal/rules';
import type { assignHomeworkSchema } from '@/lib/schemas/homework';
import { type ChangeActor, commitChange, StaleError } from '@/lib/services/commit';
import { todayIn } from '@/lib/sessions/zoned-time';
import { homeworkState } from './state';

const byCoach = (actor: Actor): ChangeActor => ({ practiceId: actor.practiceId, userId: actor.userId, kind: 'coach' });

/** The mail to the client, with a fresh single-use sign-in link that lands on this homework; in the change's transaction. */
async function mailClient(
  kind: 'assigned' | 'reminder' | 'reopened',
  actor: Actor,
  client: AccessibleClient,
  item: Homework,
  tx: Executor,
) {
  const practice = await getPractice(actor.practiceId, tx);
  const url = await issuePortalLink(actor.practiceId, client.id, `/portal/homework/${item.id}`, tx);
  const args = {
    to: client.email,
    locale: client.locale,
    name: client.firstName,
    coach: actor.name,
    practice: practice?.name ?? '',
    template: item.template,
    dueDate: item.dueDate,
    url,
  };
  const mail =
    kind === 'assigned'
      ? homeworkAssignedMail({ ...args, message: item.message })
      : kind === 'reopened'
        ? homeworkReopenedMail(args)
        : homeworkReminderMail({ ...args, today: todayIn() });
  // It comes from no-reply and names the coach who set it: a reply (a question about the task) reaches that coach.
  await deliver(
    actor.practiceId,
    { ...mail, replyTo: actor.email },
    tx,
    // Named, so the worker drops it if the homework is withdrawn (or handed in) before it is sent.
    { clientId: client.id, linkExpiresAt: new Date(Date.now() + PORTAL_LINK_TTL_MS), link: { kind: 'homework', id: item.id } },
  );
}

type AssignValues = Omit<z.output<typeof assignHomeworkSchema>, 'clientId'>;

/**
 * Assigns homework to a reachable client and mails them a sign-in link to it. "Measure again" starts the
 * measurement the client will fill in, in the same transaction.
 */
export async function assignHomework(
  actor: Actor,
  client: AccessibleClient,
  input: AssignValues,
): Promise<ActionResult<{ homeworkId: string; url: string }>> {
  const measureAgain = input.template === 'measure_again';
  const instrument = measureAgain ? await resolveInstrument(actor.practiceId, input.instrumentKey) : null;
  if (measureAgain && !instrument) return fail('validation', { fieldErrors: { instrumentKey: 'homework.errors.instrument' } });
  try {
    return await assignInTransaction(actor, client, input, instrument);
  } catch (error) {
    if (error instanceof ConsentRequiredError) return fail('consent_required');
    if (error instanceof TrajectoryEnded) return refusedEnded();
    throw error;
  }
}

/** Thrown inside a transaction when the client's trajectory was closed or the record archived: nothing is sent to them. */
class TrajectoryEnded extends Error {}
const refusedEnded = () => fail('validation', { fieldErrors: { _form: 'homework.errors.trajectoryEnded' } });

/** Under the hold on the client's row: the coaching agreement on record and the trajectory still open. */
async function requireOpenTrajectory(practiceId: string, clientId: string, tx: Executor): Promise<void> {
  const held = await requireCoachingAgreement(practiceId, clientId, tx);
  if (held.status === 'closed' || held.archivedAt) throw new TrajectoryEnded();
}

async function assignInTransaction(
  actor: Actor,
  client: AccessibleClient,
  input: AssignValues,
  instrument: Awaited<ReturnType<typeof resolveInstrument>>,
): Promise<ActionResult<{ homeworkId: string; url: string }>> {
  const result = await commitChange({
    actor: byCoach(actor),
    write: async (tx) => {
      // Homework is processing of the client's data too: the coaching agreement must be on record, and a closed or
      // archived client gets no new homework (nor its mail with a sign-in link).
      await requireOpenTrajectory(actor.practiceId, client.id, tx);
      const values = {
        clientId: client.id,
        template: input.template,
        instrumentKey: instrument?.instrument.key ?? null,
        instrumentVersion: instrument?.instrument.version ?? null,
        message: input.message,
        dueDate: input.dueDate,
        assignedBy: actor.userId,
      };
      let row = await insertHomework(actor.practiceId, { id: input.requestId, ...values }, tx);
      if (!row) {
        // The same assignment again (a retry after its answer was lost): the homework it made, and no second mail.
        const made = await findHomework(actor.practiceId, input.requestId, tx);
        if (made?.clientId !== client.id) throw new StaleError();
        if (sameAssignment(made, values)) return { row: made, created: false };
        // The id came back with another assignment (a form put back from its draft and filled in anew): a new one.
        row = await insertHomework(actor.practiceId, { id: randomUUID(), ...values }, tx);
        if (!row) throw new StaleError();
      }
      if (instrument) {
        const { key, version } = instrument.instrument;
        const measurement = await startMeasurement(
          actor.practiceId,
          { clientId: client.id, instrumentKey: key, instrumentVersion: version, administeredBy: 'client', createdBy: actor.userId },
          tx,
        );
        await setHomeworkMeasurement(actor.practiceId, row.id, measurement.id, tx);
      }
      return { row, created: true };
    },
    changed: ({ created }) => created,
    timeline: ({ row }) => ({
      clientId: client.id,
      kind: 'homework.assigned',
      data: { homeworkId: row.id, template: row.template, dueDate: row.dueDate },
    }),
    audit: ({ row }) => ({ action: 'homework.assigned', entityType: 'homework', entityId: row.id, metadata: { template: row.template } }),
    // The version just resolved is the one its measurement uses: its name is the questionnaire's the client will see.
    after: (tx, { row }) => mailClient('assigned', actor, client, row, tx),
  });
  return result.ok ? ok({ homeworkId: result.data.row.id, url: portalHomeworkUrl(result.data.row.id) }) : result;
}

/** Whether a homework is the assignment the coach sent: what it asks, by when, and the message with it. */
function sameAssignment(made: Homework, values: Pick<Homework, 'template' | 'instrumentKey' | 'dueDate' | 'message'>): boolean {
  return (
    made.template === values.template &&
    made.instrumentKey === values.instrumentKey &&
    made.dueDate === values.dueDate &&
    made.message === values.message
  );
}

/** A reminder mail with a fresh sign-in link; refused once the homework is handed in. */
export async function sendHomeworkReminder(
  actor: Actor,
  { homework, client }: { homework: Homework; client: AccessibleClient },
): Promise<ActionResult<null>> {
  if (homework.status === 'submitted') return fail('already_submitted');
  try {
    return await remindInTransaction(actor, homework, client);
  } catch (error) {
    if (error instanceof ConsentRequiredError) return fail('consent_required');
    if (error instanceof TrajectoryEnded) return refusedEnded();
    throw error;
  }
}

async function remindInTransaction(actor: Actor, homework: Homework, client: AccessibleClient): Promise<ActionResult<null>> {
  const result = await commitChange({
    actor: byCoach(actor),
    // Handed in between the check above and now: no reminder. Nor after the agreement's withdrawal or the trajectory's end.
    write: async (tx) => {
      await requireOpenTrajectory(actor.practiceId, client.id, tx);
      const noted = await markReminded(actor.practiceId, homework.id, tx);
      return { sent: noted === 'sent', closed: noted === 'closed' };
    },
    changed: ({ sent }) => sent,
    timeline: () => ({
      clientId: client.id,
      kind: 'homework.reminded',
      data: { homeworkId: homework.id, template: homework.template, dueDate: homework.dueDate },
    }),
    audit: () => ({ action: 'homework.reminded', entityType: 'homework', entityId: homework.id }),
    after: (tx) => mailClient('reminder', actor, client, homework, tx),
  });
  if (!result.ok) return result;
  // A repeat moments after the last reminder: that one was sent, so this click is answered as sent too.
  return result.data.closed ? fail('already_submitted') : ok(null);
}

/** A handed-in form opens again for the client; "measure again" is reopened through its measurement instead. */
export async function reopenHomework(
  actor: Actor,
  { homework, client }: { homework: Homework; client: AccessibleClient },
  version: number,
): Promise<ActionResult<null>> {
  if (homework.template === 'measure_again') return fail('validation', { fieldErrors: { _form: 'homework.errors.reopenMeasurement' } });
  if (homework.status !== 'submitted') return fail('validation', { fieldErrors: { _form: 'homework.errors.notSubmitted' } });
  try {
    return await reopenInTransaction(actor, homework, client, version);
  } catch (error) {
    if (error instanceof ConsentRequiredError) return fail('consent_required');
    if (error instanceof TrajectoryEnded) return refusedEnded();
    throw error;
  }
}

async function reopenInTransaction(
  actor: Actor,
  homework: Homework,
  client: AccessibleClient,
  version: number,
): Promise<ActionResult<null>> {
  const result = await commitChange({
    actor: byCoach(actor),
    // A closed trajectory's client can no longer sign in to the portal: the form would open for nobody.
    write: async (tx) => {
      await requireOpenTrajectory(actor.practiceId, client.id, tx);
      return markReopened(actor.practiceId, homework.id, version, tx);
    },
    timeline: () => ({ clientId: client.id, kind: 'homework.reopened', data: { homeworkId: homework.id, template: homework.template } }),
    audit: () => ({ action: 'homework.reopened', entityType: 'homework', entityId: homework.id }),
    // The client handed it in and thinks it done: a mail with a link back to the form.
    after: (tx) => mailClient('reopened', actor, client, homework, tx),
  });
  return result.ok ? ok(null) : result;
}

/** Thrown inside the withdrawal's transaction: the client completed the "measure again" questionnaire meanwhile. */
class MeasurementCompleted extends Error {}
const refusedCompleted = () => fail('validation', { fieldErrors: { _form: 'homework.errors.withdrawMeasurementCompleted' } });

type Withdrawal = { measurement: { id: string; answers: number; instrument: TimelineInstrument } | null };

/**
 * Takes back homework the client never handed in (the wrong form, the wrong date, the wrong questionnaire): it leaves
 * the client's portal and the coach's lists, with any answers so far. "Measure again" takes its measurement with it,
 * while that is in progress. A form handed in once keeps its answers; a completed questionnaire stays under Measurements.
 */
export async function withdrawHomework(
  actor: Actor,
  { homework, client }: { homework: Homework; client: AccessibleClient },
  version: number,
): Promise<ActionResult<null>> {
  const measureAgain = homework.template === 'measure_again';
  if (homework.status !== 'assigned')
    return measureAgain ? refusedCompleted() : fail('validation', { fieldErrors: { _form: 'homework.errors.withdrawHandedIn' } });
  try {
    const result = await commitChange<Withdrawal>({
      actor: byCoach(actor),
      // The client's row first, as every writer of a client's records does: an erasure of the client (which locks the
      // client, then its homework) cannot wait on this in a circle. Then the measurement, before the homework, in the
      // order a completion takes them (measurement, then the homework it hands in).
      write: async (tx) => {
        await keyShareClient(actor.practiceId, client.id, tx);
        const measurement = homework.measurementId ? await lockMeasurement(actor.practiceId, homework.measurementId, tx) : null;
        // Completed as the coach clicked (that hands the homework in): kept, and said so, whatever version the coach saw.
        if (measurement?.status === 'completed') throw new MeasurementCompleted();
        const row = await deleteUnsubmittedHomework(actor.practiceId, homework.id, version, tx);
        if (!row) return null;
        if (!row.measurementId) return { measurement: null };
        // The measurement locked above is the one the deleted row pointed at (it never changes): anything else is stale.
        if (measurement?.id !== row.measurementId) throw new StaleError();
        const gone = await deleteInProgressMeasurement(actor.practiceId, measurement.id, tx);
        if (!gone) throw new StaleError();
        const instrument = await instrumentForMeasurement(actor.practiceId, measurement, tx);
        return {
          measurement: {
            id: measurement.id,
            answers: gone.answers,
            instrument: instrument ? timelineInstrument(instrument) : { instrument: 'custom', name: measurement.instrumentKey },
          },
        };
      },
      // "Measure again" names its questionnaire (timeline.homework.withdrawn) and the measurement that went with it.
      timeline: ({ measurement }) => ({
        clientId: client.id,
        kind: 'homework.withdrawn',
        data: {
          homeworkId: homework.id,
          template: homework.template,
          dueDate: homework.dueDate,
          ...(measurement && { measurementId: measurement.id }),
          ...(measureAgain && (measurement?.instrument ?? { instrument: 'custom', name: homework.instrumentKey ?? '' })),
        },
      }),
      audit: ({ measurement }) => ({
        action: 'homework.withdrawn',
        entityType: 'homework',
        entityId: homework.id,
        ...(measurement && {
          metadata: {
            template: homework.template,
            measurementId: measurement.id,
            instrumentKey: homework.instrumentKey,
            answers: measurement.answers,
          },
        }),
      }),
    });
    return result.ok ? ok(null) : result;
  } catch (error) {
    if (error instanceof MeasurementCompleted) return refusedCompleted();
    throw error;
  }
}

/**
 * A coach opens a homework: the look is audited, and a new submission leaves the "new submissions" list when its reader is
 * the client's own coach (whose list it is: "not yet looked at by you"); a colleague or the owner looking leaves it there.
 */
export async function recordHomeworkViewed(
  actor: Actor,
  { homework, client }: { homework: Homework; client: AccessibleClient },
): Promise<void> {
  const ownCoach = client.coachId === null || client.coachId === actor.userId;
  // One transaction: never marked seen without the audit entry of who saw it.
  await getDb().transaction(async (tx) => {
    if (ownCoach && homeworkState(homework, todayIn()) === 'new') await markSeen(actor.practiceId, homework.id, tx);
    await audit(
      { practiceId: actor.practiceId, actorUserId: actor.userId, action: 'homework.viewed', entityType: 'homework', entityId: homework.id },
      tx,
    );
  });
}

export type HandedIn = { id: string; clientId: string; template: Homework['template'] };

/**
 * The one writer of `homework.submitted`: marks open homework handed in, with its timeline line and audit
 * entry, inside the caller's transaction. A form is handed in by its id; "measure again" by completing
 * its measurement (whoever completes it). Returns what was handed in (nothing when it already was).
 */
export async function handInHomework(
  actor: ChangeActor,
  which: { homeworkId: string } | { measurementId: string },
  tx: Executor,
): Promise<HandedIn[]> {
  const result = await commitChange(
    {
      actor,
      write: async (ex): Promise<HandedIn[]> => {
        if ('measurementId' in which) return markMeasurementHomeworkSubmitted(actor.practiceId, which.measurementId, ex);
        const row = await markSubmitted(actor.practiceId, which.homeworkId, ex);
        return row ? [{ id: row.id, clientId: row.clientId, template: row.template }] : [];
      },
      timeline: (rows) =>
        rows.map((h) => ({ clientId: h.clientId, kind: 'homework.submitted' as const, data: { homeworkId: h.id, template: h.template } })),
      audit: (rows) => rows.map((h) => ({ action: 'homework.submitted' as const, entityType: 'homework', entityId: h.id })),
    },
    tx,
  );
  // Joined to the caller's transaction: a failure has been thrown, so this is always ok.
  return result.ok ? result.data : [];
}

/** "Measure again" is handed in by completing its measurement; called by the intake service on completion. */
export function handInMeasurementHomework(actor: ChangeActor, measurementId: string, tx: Executor): Promise<HandedIn[]> {
  return handInHomework(actor, { measurementId }, tx);
}
