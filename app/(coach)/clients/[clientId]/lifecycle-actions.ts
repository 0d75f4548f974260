'use server';

import { revalidatePath } from 'next/cache';
import { getDb, type Executor } from '@/db/client';
import { archiveClient, closeClient, reopenClient, setClientStatus } from '@/db/queries/client-lifecycle';
import { getClient } from '@/db/queries/clients';
import { fail, ok } from '@/lib/actions/result';
import { audit, type AuditAction } from '@/lib/audit';
import { requireClientAccess } from '@/lib/auth/client-access';
import { withCoach, type Actor } from '@/lib/auth/guards';
import { todayIn } from '@/lib/caseload/dates';
import { canArchive, canChangeStatus, canReopen, closeDateProblem, REOPEN_STATUS } from '@/lib/caseload/lifecycle';
import { changeStatusSchema, clientVersionSchema, closeClientSchema } from '@/lib/schemas/client';
import { recordTimelineEvent, type TimelineKind } from '@/lib/timeline';

type Step = {
  actor: Actor;
  clientId: string;
  write: (tx: Executor) => Promise<{ version: number } | null>;
  kind: TimelineKind & AuditAction;
  data?: Record<string, string>;
};

/** The write, its timeline line and its audit entry together, or nothing when the version was stale. */
async function apply({ actor, clientId, write, kind, data }: Step) {
  const saved = await getDb().transaction(async (tx) => {
    const row = await write(tx);
    if (!row) return null;
    await recordTimelineEvent(actor.practiceId, { clientId, kind, actorUserId: actor.userId, data }, tx);
    await audit({ practiceId: actor.practiceId, actorUserId: actor.userId, action: kind, entityType: 'client', entityId: clientId }, tx);
    return row;
  });
  if (!saved) return fail('stale');
  revalidatePath(`/clients/${clientId}`);
  revalidatePath('/clients');
  return ok({ version: saved.version });
}

export const changeStatusAction = withCoach(changeStatusSchema, async ({ clientId, version, status }, actor) => {
  const client = await requireClientAccess(actor, clientId);
  if (!canChangeStatus(client.status, status)) return fail('validation', { fieldErrors: { status: 'clients.validation.statusNotAllowed' } });
  return apply({
    actor,
    clientId,
    kind: 'client.status_changed',
    data: { from: client.status, to: status },
    write: (tx) => setClientStatus(actor.practiceId, clientId, version, status, tx),
  });
});

export const closeClientAction = withCoach(closeClientSchema, async ({ clientId, version, closedOn, reason }, actor) => {
  await requireClientAccess(actor, clientId);
  const client = await getClient(actor.practiceId, clientId);
  if (!client) return fail('not_found');
  if (client.status === 'closed') return fail('validation', { fieldErrors: { closedOn: 'clients.validation.alreadyClosed' } });
  const problem = closeDateProblem(closedOn, client.startDate, todayIn());
  if (problem) return fail('validation', { fieldErrors: { closedOn: problem } });
  return apply({
    actor,
    clientId,
    kind: 'client.closed',
    data: { date: closedOn, reason },
    write: (tx) => closeClient(actor.practiceId, clientId, version, { closedOn, reason }, tx),
  });
});

export const reopenClientAction = withCoach(clientVersionSchema, async ({ clientId, version }, actor) => {
  const client = await requireClientAccess(actor, clientId);
  if (!canReopen(client)) return fail('validation', { fieldErrors: { _form: 'clients.validation.notClosed' } });
  return apply({ actor, clientId, kind: 'client.reopened', write: (tx) => reopenClient(actor.practiceId, clientId, version, REOPEN_STATUS, tx) });
});

export const archiveClientAction = withCoach(clientVersionSchema, async ({ clientId, version }, actor) => {
  const client = await requireClientAccess(actor, clientId);
  if (!canArchive(client)) return fail('validation', { fieldErrors: { _form: 'clients.validation.archiveNeedsClosed' } });
  return apply({ actor, clientId, kind: 'client.archived', write: (tx) => archiveClient(actor.practiceId, clientId, version, tx) });
});
