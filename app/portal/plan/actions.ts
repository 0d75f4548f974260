'use server';

import { revalidatePath } from 'next/cache';
import type { ActionResult } from '@/lib/actions/result';
import { releaseItem, withdrawItem } from '@/lib/plans/service';
import { withPortalClient } from '@/lib/portal/guards';
import { planItemRefSchema, releasePlanItemSchema } from '@/lib/schemas/plan';

function refresh<T>(result: ActionResult<T>): ActionResult<T> {
  if (result.ok) revalidatePath('/portal/plan');
  return result;
}

/** The client releases one item's employer wording, exactly as previewed (refused if it changed since). */
export const releasePlanItemAction = withPortalClient(releasePlanItemSchema, async ({ itemId, wording, seen }, client) =>
  refresh(await releaseItem({ kind: 'client', practiceId: client.practiceId, clientId: client.clientId }, itemId, wording, seen)),
);

export const withdrawPlanItemAction = withPortalClient(planItemRefSchema, async ({ itemId }, client) =>
  refresh(await withdrawItem({ kind: 'client', practiceId: client.practiceId, clientId: client.clientId }, itemId)),
);
