import 'server-only';
import { notFound } from 'next/navigation';
import type { Executor } from '@/db/client';
import { findHomework } from '@/db/queries/homework';
import { findSession } from '@/db/queries/sessions';
import { isUuid } from '@/lib/ids';
import { type MeasurementRef, measurementRef } from '@/lib/intake/service';
import { type AccessibleClient, requireClientAccess, requireClientAccessOnce } from './client-access';
import { type Actor, GuardError } from './guards';

/**
 * Records that hang under a client (a session, a homework, a measurement): reachable when they exist in the
 * caller's practice and their client is reachable (requireClientAccess). Otherwise GuardError('not_found'),
 * exactly like a record that does not exist. The `...Page` variants turn that into a 404 for pages.
 */

type SessionRow = NonNullable<Awaited<ReturnType<typeof findSession>>>;
type HomeworkRow = NonNullable<Awaited<ReturnType<typeof findHomework>>>;

export type ReachableSession = { session: SessionRow; client: AccessibleClient };
export type ReachableHomework = { homework: HomeworkRow; client: AccessibleClient };
export type ReachableMeasurement = { measurement: MeasurementRef; client: AccessibleClient };

export async function requireSessionAccess(actor: Actor, sessionId: string, ex?: Executor): Promise<ReachableSession> {
  const session = isUuid(sessionId) ? await findSession(actor.practiceId, sessionId, ex) : null;
  if (!session) throw new GuardError('not_found');
  return { session, client: await requireClientAccess(actor, session.clientId, ex) };
}

export async function requireHomeworkAccess(actor: Actor, homeworkId: string, ex?: Executor): Promise<ReachableHomework> {
  const homework = isUuid(homeworkId) ? await findHomework(actor.practiceId, homeworkId, ex) : null;
  if (!homework) throw new GuardError('not_found');
  return { homework, client: await requireClientAccess(actor, homework.clientId, ex) };
}

/** The measurement's fixed fields (cached per process: an answer save stays one statement). */
export async function requireMeasurementAccess(actor: Actor, measurementId: string, ex?: Executor): Promise<ReachableMeasurement> {
  const measurement = await measurementRef(actor.practiceId, measurementId, ex);
  if (!measurement) throw new GuardError('not_found');
  return { measurement, client: await requireClientAccess(actor, measurement.clientId, ex) };
}

async function orNotFound<T>(check: Promise<T>): Promise<T> {
  try {
    return await check;
  } catch (error) {
    if (error instanceof GuardError) notFound();
    throw error;
  }
}

/**
 * For pages: pass the client id of the URL, so a record opened under another client's URL is a 404 too. With the
 * URL's client id, the client check is the layout's (requireClientAccessOnce: one statement per request).
 */
export function requireSessionPage(actor: Actor, sessionId: string, clientId?: string): Promise<ReachableSession> {
  return orNotFound(
    (async () => {
      const session = isUuid(sessionId) ? await findSession(actor.practiceId, sessionId) : null;
      if (!session) throw new GuardError('not_found');
      return { session, client: await clientOfRecord(actor, session.clientId, clientId) };
    })(),
  );
}

export function requireHomeworkPage(actor: Actor, homeworkId: string, clientId?: string): Promise<ReachableHomework> {
  return orNotFound(
    (async () => {
      const homework = isUuid(homeworkId) ? await findHomework(actor.practiceId, homeworkId) : null;
      if (!homework) throw new GuardError('not_found');
      return { homework, client: await clientOfRecord(actor, homework.clientId, clientId) };
    })(),
  );
}

export function requireMeasurementPage(actor: Actor, measurementId: string, clientId?: string): Promise<ReachableMeasurement> {
  return orNotFound(
    (async () => {
      const measurement = await measurementRef(actor.practiceId, measurementId);
      if (!measurement) throw new GuardError('not_found');
      return { measurement, client: await clientOfRecord(actor, measurement.clientId, clientId) };
    })(),
  );
}

/** The record's client, checked; under another client's URL not found (before any access check is sent). */
async function clientOfRecord(actor: Actor, recordClientId: string, urlClientId: string | undefined): Promise<AccessibleClient> {
  if (urlClientId === undefined) return requireClientAccess(actor, recordClientId);
  if (recordClientId !== urlClientId) throw new GuardError('not_found');
  return requireClientAccessOnce(actor, urlClientId);
}
