import 'server-only';
import { notFound } from 'next/navigation';
import type { Executor } from '@/db/client';
import { findHomework } from '@/db/queries/homework';
import { findSession } from '@/db/queries/sessions';
import { isUuid } from '@/lib/ids';
import { type MeasurementRef, measurementRef } from '@/lib/intake/service';
import { type AccessibleClient, requireClientAccess } from './client-access';
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

/** For pages: pass the client id of the URL, so a record opened under another client's URL is a 404 too. */
export function requireSessionPage(actor: Actor, sessionId: string, clientId?: string): Promise<ReachableSession> {
  return orNotFound(requireSessionAccess(actor, sessionId).then((found) => sameClient(found, clientId)));
}

export function requireHomeworkPage(actor: Actor, homeworkId: string, clientId?: string): Promise<ReachableHomework> {
  return orNotFound(requireHomeworkAccess(actor, homeworkId).then((found) => sameClient(found, clientId)));
}

export function requireMeasurementPage(actor: Actor, measurementId: string, clientId?: string): Promise<ReachableMeasurement> {
  return orNotFound(requireMeasurementAccess(actor, measurementId).then((found) => sameClient(found, clientId)));
}

function sameClient<T extends { client: AccessibleClient }>(found: T, clientId: string | undefined): T {
  if (clientId !== undefined && found.client.id !== clientId) throw new GuardError('not_found');
  return found;
}
