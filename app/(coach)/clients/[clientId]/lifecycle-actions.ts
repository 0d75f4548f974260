'use server';

import { revalidatePath } from 'next/cache';
import type { ActionResult } from '@/lib/actions/result';
import { withCoach } from '@/lib/auth/guards';
import { archiveClientRecord, changeClientStatus, closeClientTrajectory, reopenClientTrajectory } from '@/lib/caseload/service';
import { changeStatusSchema, clientVersionSchema, closeClientSchema } from '@/lib/schemas/client';

/** A lifecycle step shows on the client's page and in the list. */
function revalidated<T>(clientId: string, result: ActionResult<T>): ActionResult<T> {
  if (result.ok) {
    revalidatePath(`/clients/${clientId}`);
    revalidatePath('/clients');
  }
  return result;
}

export const changeStatusAction = withCoach(changeStatusSchema, async ({ clientId, version, status }, actor) =>
  revalidated(clientId, await changeClientStatus(actor, clientId, version, status)),
);

export const closeClientAction = withCoach(closeClientSchema, async ({ clientId, version, closedOn, reason }, actor) =>
  revalidated(clientId, await closeClientTrajectory(actor, clientId, version, { closedOn, reason })),
);

export const reopenClientAction = withCoach(clientVersionSchema, async ({ clientId, version }, actor) =>
  revalidated(clientId, await reopenClientTrajectory(actor, clientId, version)),
);

export const archiveClientAction = withCoach(clientVersionSchema, async ({ clientId, version }, actor) =>
  revalidated(clientId, await archiveClientRecord(actor, clientId, version)),
);
