import { randomUUID } from 'node:crypto';
import { eq } from 'drizzle-orm';
import { describe, expect, it } from 'vitest';
import { getDb } from '@/db/client';
import { seedClient } from '@/db/queries/client-test-fixtures';
import { auditLog, portalSessions } from '@/db/schema';
import { auditFor, createPractice } from '@/lib/testing/fixtures';
import { issuePortalLink } from './links';
import { consumePortalLink } from './service';
import { endPortalSession } from './sign-out';

async function signedInClient() {
  const owner = await createPractice();
  const client = await seedClient(owner.practiceId, owner.userId, { email: `eva-${randomUUID()}@example.test` });
  const url = await issuePortalLink(owner.practiceId, client.id, '/portal');
  const result = await consumePortalLink(url.split('/portal/auth/')[1]!);
  if (!result.ok) throw new Error('no session');
  return { owner, client, cookieValue: result.data.cookieValue! };
}

const signedOut = async (practiceId: string) => (await auditFor(practiceId)).filter((a) => a.action === 'portal.signed_out');

describe('ending a portal session', () => {
  it('deletes a real session and audits it once', async () => {
    const { owner, client, cookieValue } = await signedInClient();
    await endPortalSession(cookieValue);
    expect(await getDb().select().from(portalSessions).where(eq(portalSessions.clientId, client.id))).toEqual([]);
    expect(await signedOut(owner.practiceId)).toEqual([expect.objectContaining({ actorKind: 'client', entityId: client.id })]);
    // The same cookie again (a second tab): nothing left to end, nothing audited.
    await endPortalSession(cookieValue);
    expect(await signedOut(owner.practiceId)).toHaveLength(1);
  });

  it('writes nothing for a forged cookie: an unknown practice (no foreign-key 500) or a wrong secret', async () => {
    const ghost = randomUUID();
    await expect(endPortalSession(`${ghost}.${'x'.repeat(43)}`)).resolves.toBeUndefined();
    expect(await getDb().select().from(auditLog).where(eq(auditLog.practiceId, ghost))).toEqual([]);

    const { owner, client } = await signedInClient();
    await expect(endPortalSession(`${owner.practiceId}.${'y'.repeat(43)}`)).resolves.toBeUndefined();
    expect(await signedOut(owner.practiceId)).toEqual([]);
    expect(await getDb().select().from(portalSessions).where(eq(portalSessions.clientId, client.id))).toHaveLength(1);
  });
});
