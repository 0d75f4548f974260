'use server';

import { revalidatePath } from 'next/cache';
import type { ActionResult } from '@/lib/actions/result';
import { requireClientAccess } from '@/lib/auth/client-access';
import { withCoach } from '@/lib/auth/guards';
import { requireSessionAccess } from '@/lib/auth/record-access';
import {
  cancelSeriesSchema,
  moveSessionSchema,
  planSessionSchema,
  sessionCheckinSchema,
  sessionRecordSchema,
  sessionStatusSchema,
} from '@/lib/schemas/session';
import {
  cancelSessionSeries,
  moveSession,
  planSessions,
  saveSessionRecord,
  setSessionStatus,
  startSessionCheckin,
} from '@/lib/sessions/service';

/** After a change to the calendar: the client's pages, the agenda and the dashboard. */
function refreshed<T>(clientId: string, result: ActionResult<T>): ActionResult<T> {
  if (!result.ok) return result;
  revalidatePath(`/clients/${clientId}`, 'layout');
  revalidatePath('/agenda');
  revalidatePath('/dashboard');
  return result;
}

/** After a change to one session's record: its page only. */
function refreshedRecord<T>(clientId: string, sessionId: string, result: ActionResult<T>): ActionResult<T> {
  if (result.ok) revalidatePath(`/clients/${clientId}/sessions/${sessionId}`);
  return result;
}

export const planSessionAction = withCoach(planSessionSchema, async ({ clientId, ...input }, actor) => {
  const client = await requireClientAccess(actor, clientId);
  return refreshed(client.id, await planSessions(actor, client, input));
});

export const moveSessionAction = withCoach(moveSessionSchema, async ({ sessionId, ...input }, actor) => {
  const { session } = await requireSessionAccess(actor, sessionId);
  return refreshed(session.clientId, await moveSession(actor, session, input));
});

export const setSessionStatusAction = withCoach(sessionStatusSchema, async ({ sessionId, ...input }, actor) => {
  const { session } = await requireSessionAccess(actor, sessionId);
  return refreshed(session.clientId, await setSessionStatus(actor, session, input));
});

export const cancelSessionSeriesAction = withCoach(cancelSeriesSchema, async ({ sessionId, version }, actor) => {
  const { session } = await requireSessionAccess(actor, sessionId);
  return refreshed(session.clientId, await cancelSessionSeries(actor, session, version));
});

export const saveSessionRecordAction = withCoach(sessionRecordSchema, async ({ sessionId, version, ...values }, actor) => {
  const { session } = await requireSessionAccess(actor, sessionId);
  return refreshedRecord(session.clientId, session.id, await saveSessionRecord(actor, session, version, values));
});

/** The check-in instrument for this session: started once, after that the same measurement opens. */
export const startSessionCheckinAction = withCoach(sessionCheckinSchema, async ({ sessionId }, actor) => {
  const { session } = await requireSessionAccess(actor, sessionId);
  return refreshedRecord(session.clientId, session.id, await startSessionCheckin(actor, session));
});
