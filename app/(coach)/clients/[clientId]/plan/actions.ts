'use server';

import { revalidatePath } from 'next/cache';
import { type ActionResult, ok } from '@/lib/actions/result';
import { withCoach } from '@/lib/auth/guards';
import {
  createPlanItem,
  createShare,
  dismissSuggestion,
  editPlanItem,
  releaseItem,
  renewShare,
  reorderPlan,
  restoreSuggestion,
  revokeShare,
  setPlanItemStatus,
  withdrawItem,
} from '@/lib/plans/service';
import {
  createPlanItemSchema,
  createShareSchema,
  dismissSuggestionSchema,
  planItemRefSchema,
  planItemStatusSchema,
  releasePlanItemSchema,
  reorderPlanSchema,
  restoreSuggestionSchema,
  shareRefSchema,
  updatePlanItemSchema,
} from '@/lib/schemas/plan';

function refresh<T>(result: ActionResult<T>): ActionResult<T> {
  if (result.ok) {
    revalidatePath('/clients/[clientId]', 'layout');
    revalidatePath('/portal/plan');
  }
  return result;
}

export const createPlanItemAction = withCoach(createPlanItemSchema, async ({ measurementId: _m, ...input }, actor) =>
  refresh(await createPlanItem(actor, input)),
);

export const updatePlanItemAction = withCoach(updatePlanItemSchema, async (input, actor) => refresh(await editPlanItem(actor, input)));

export const setPlanItemStatusAction = withCoach(planItemStatusSchema, async (input, actor) =>
  refresh(await setPlanItemStatus(actor, input)),
);

export const reorderPlanAction = withCoach(reorderPlanSchema, async (input, actor) => refresh(await reorderPlan(actor, input)));

export const dismissSuggestionAction = withCoach(dismissSuggestionSchema, async (input, actor) =>
  refresh(await dismissSuggestion(actor, input)),
);

/** Puts a dismissed suggestion back among the suggestions. */
export const restoreSuggestionAction = withCoach(restoreSuggestionSchema, async (input, actor) =>
  refresh(await restoreSuggestion(actor, input)),
);

/** The coach records a release the client gave in a session (marked as such in the history). */
export const recordReleaseAction = withCoach(releasePlanItemSchema, async ({ itemId, wording, seen }, actor) =>
  refresh(await releaseItem({ kind: 'coach_in_session', actor }, itemId, wording, seen)),
);

export const recordWithdrawalAction = withCoach(planItemRefSchema, async ({ itemId }, actor) =>
  refresh(await withdrawItem({ kind: 'coach_in_session', actor }, itemId)),
);

export const createShareAction = withCoach(createShareSchema, async (input, actor) => refresh(await createShare(actor, input)));

export const renewShareAction = withCoach(shareRefSchema, async ({ shareId }, actor) => {
  const result = await renewShare(actor, shareId);
  return refresh(result.ok ? ok(null) : result);
});

export const revokeShareAction = withCoach(shareRefSchema, async ({ shareId }, actor) => refresh(await revokeShare(actor, shareId)));
