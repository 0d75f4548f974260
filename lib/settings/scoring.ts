import 'server-only';
import { updateIndexComponentSet } from '@/db/queries/practices';
import type { Role } from '@/db/schema';
import { type ActionResult, fail } from '@/lib/actions/result';
import type { ScoringSettingsInput } from '@/lib/schemas/scoring';
import { commitChange } from '@/lib/services/commit';

/**
 * The owner chooses which dimensions feed the demands and work-resources indices. Completed measurements
 * keep their stored dimension scores and index points for both sets, so the change applies at once to
 * results, trends, the practice median, the dashboard and the plan's suggestions: nothing is re-scored or lost.
 */
export async function updateScoringSettings(
  actor: { practiceId: string; userId: string; role: Role },
  input: { componentSet: ScoringSettingsInput['componentSet']; version: number },
): Promise<ActionResult<{ version: number }>> {
  // The owner's, whoever calls the service (the action's guard says so too).
  if (actor.role !== 'owner') return fail('forbidden');
  return commitChange({
    actor: { practiceId: actor.practiceId, userId: actor.userId, kind: 'coach' },
    write: async (tx) => {
      const row = await updateIndexComponentSet(actor.practiceId, input.version, input.componentSet, tx);
      return row ? { version: row.version } : null;
    },
    audit: () => ({
      action: 'practice.scoring_settings_updated',
      entityType: 'practice',
      entityId: actor.practiceId,
      metadata: { componentSet: input.componentSet },
    }),
  });
}
