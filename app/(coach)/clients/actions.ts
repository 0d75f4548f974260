'use server';

import { revalidatePath } from 'next/cache';
import { getDb } from '@/db/client';
import { isUniqueViolation } from '@/db/errors';
import { getClient, insertClient, updateClient } from '@/db/queries/clients';
import { fail, ok } from '@/lib/actions/result';
import { audit } from '@/lib/audit';
import { withCoach } from '@/lib/auth/guards';
import { requireClientAccess } from '@/lib/auth/client-access';
import { changedClientFields, updateTimelineEvents } from '@/lib/caseload/client-changes';
import { daysBetween } from '@/lib/caseload/dates';
import { createClientSchema, updateClientSchema } from '@/lib/schemas/client';
import { recordTimelineEvent } from '@/lib/timeline';
import { clientReferenceProblems, EMAIL_TAKEN } from './client-checks';

export const createClientAction = withCoach(createClientSchema, async (values, actor) => {
  const problems = await clientReferenceProblems(actor.practiceId, values, null);
  if (problems) return fail('validation', { fieldErrors: problems });
  try {
    const id = await getDb().transaction(async (tx) => {
      const { id } = await insertClient(actor.practiceId, values, tx);
      await recordTimelineEvent(actor.practiceId, { clientId: id, kind: 'client.created', actorUserId: actor.userId }, tx);
      if (values.onSickLeave && values.sickLeaveSince) {
        await recordTimelineEvent(
          actor.practiceId,
          { clientId: id, kind: 'client.sick_leave_started', actorUserId: actor.userId, data: { since: values.sickLeaveSince } },
          tx,
        );
      }
      await audit({ practiceId: actor.practiceId, actorUserId: actor.userId, action: 'client.created', entityType: 'client', entityId: id }, tx);
      return id;
    });
    revalidatePath('/clients');
    return ok({ id });
  } catch (error) {
    if (isUniqueViolation(error)) return fail('validation', { fieldErrors: EMAIL_TAKEN });
    throw error;
  }
});

export const updateClientAction = withCoach(updateClientSchema, async ({ clientId, version, ...values }, actor) => {
  await requireClientAccess(actor, clientId);
  const current = await getClient(actor.practiceId, clientId);
  if (!current) return fail('not_found');
  if (current.version !== version) return fail('stale');
  const problems = await clientReferenceProblems(actor.practiceId, values, clientId);
  if (problems) return fail('validation', { fieldErrors: problems });
  if (current.closedOn && values.startDate && daysBetween(values.startDate, current.closedOn) < 0) {
    return fail('validation', { fieldErrors: { startDate: 'clients.validation.startAfterClose' } });
  }
  const fields = changedClientFields(current, values);
  if (fields.length === 0) return ok({ version });
  try {
    const saved = await getDb().transaction(async (tx) => {
      const row = await updateClient(actor.practiceId, clientId, version, values, tx);
      if (!row) return null;
      for (const event of updateTimelineEvents(current, values, fields)) {
        await recordTimelineEvent(actor.practiceId, { clientId, actorUserId: actor.userId, ...event }, tx);
      }
      await audit(
        { practiceId: actor.practiceId, actorUserId: actor.userId, action: 'client.updated', entityType: 'client', entityId: clientId, metadata: { fields } },
        tx,
      );
      return row;
    });
    if (!saved) return fail('stale');
    revalidatePath(`/clients/${clientId}`);
    return ok({ version: saved.version });
  } catch (error) {
    if (isUniqueViolation(error)) return fail('validation', { fieldErrors: EMAIL_TAKEN });
    throw error;
  }
});
