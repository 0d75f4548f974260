import { describe, expect, it } from 'vitest';
import { seedClient } from '@/db/queries/client-test-fixtures';
import type { Actor } from '@/lib/auth/guards';
import { recordClientViewed } from '@/lib/caseload/service';
import { recordPortalView } from '@/lib/portal/service';
import { auditFor, createPractice } from '@/lib/testing/fixtures';

describe('who looked, in the audit log', () => {
  it('the client opening their plan in the portal, and the coach opening the edit form', async () => {
    const owner = await createPractice();
    const client = await seedClient(owner.practiceId, owner.userId);
    await recordPortalView({ practiceId: owner.practiceId, clientId: client.id }, 'plan');
    const actor = { ...owner, name: 'Olivia Owner', locale: 'nl' } as Actor;
    await recordClientViewed(actor, client.id, 'edit');
    const entries = (await auditFor(owner.practiceId)).filter((a) => a.entityId === client.id);
    expect(entries).toEqual(
      expect.arrayContaining([
        expect.objectContaining({ action: 'portal.plan_viewed', actorKind: 'client', actorUserId: null, entityType: 'client' }),
        expect.objectContaining({ action: 'client.viewed', actorUserId: owner.userId, entityType: 'client', metadata: { page: 'edit' } }),
      ]),
    );
  });
});
