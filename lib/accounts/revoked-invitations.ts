import 'server-only';
import type { Executor } from '@/db/client';
import { audit } from '@/lib/audit';

/**
 * The owner's log entries for invitations a change withdrew besides its own subject: those a deactivated coach had sent
 * (`inviter_deactivated`), or the open one a new invitation to the same address replaced (`replaced`). In the change's
 * transaction.
 */
export async function auditRevokedInvitations(
  actor: { practiceId: string; userId: string },
  invitationIds: readonly string[],
  reason: 'inviter_deactivated' | 'replaced',
  tx: Executor,
): Promise<void> {
  for (const invitationId of invitationIds)
    await audit(
      {
        practiceId: actor.practiceId,
        actorUserId: actor.userId,
        action: 'invitation.revoked',
        entityType: 'invitation',
        entityId: invitationId,
        metadata: { reason },
      },
      tx,
    );
}
