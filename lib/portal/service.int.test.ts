import { eq } from 'drizzle-orm';
import { describe, expect, it } from 'vitest';
import { getDb } from '@/db/client';
import { seedClient } from '@/db/queries/client-test-fixtures';
import { clients, portalLinks, portalSessions } from '@/db/schema';
import { auditFor, createPractice } from '@/lib/testing/fixtures';
import { issuePortalLink } from './links';
import { consumePortalLink } from './service';

async function setup() {
  const owner = await createPractice();
  const client = await seedClient(owner.practiceId, owner.userId, { locale: 'en' });
  const url = await issuePortalLink(owner.practiceId, client.id, '/portal/homework/3f0c2b7e-1d2a-4b3c-9d8e-0f1a2b3c4d5e');
  return { owner, client, token: url.split('/portal/auth/')[1]! };
}

const sessionsOf = (clientId: string) => getDb().select().from(portalSessions).where(eq(portalSessions.clientId, clientId));

describe('consuming a portal sign-in link', () => {
  it('starts one session even when the link is opened twice at once; the other is link_used, pointing back', async () => {
    const { owner, client, token } = await setup();
    const results = await Promise.all([consumePortalLink(token), consumePortalLink(token)]);
    const signedIn = results.filter((r) => r.ok);
    expect(signedIn).toHaveLength(1);
    expect(signedIn[0]!.data).toMatchObject({
      redirectTo: '/portal/homework/3f0c2b7e-1d2a-4b3c-9d8e-0f1a2b3c4d5e',
      locale: 'en',
      cookieValue: expect.any(String),
    });
    expect(results.find((r) => !r.ok)).toEqual({
      ok: false,
      error: 'link_used',
      params: { next: '/portal/homework/3f0c2b7e-1d2a-4b3c-9d8e-0f1a2b3c4d5e' },
    });
    expect(await sessionsOf(client.id)).toHaveLength(1);
    const audits = (await auditFor(owner.practiceId)).filter((a) => a.action === 'portal.signed_in');
    expect(audits).toHaveLength(1);
    expect(audits[0]).toMatchObject({ actorKind: 'client', entityType: 'client', entityId: client.id });
  });

  it('a second tap by the client it signed in goes where the link leads; anyone else still hears "used"', async () => {
    const { owner, client, token } = await setup();
    const first = await consumePortalLink(token);
    expect(first).toMatchObject({ ok: true, data: { cookieValue: expect.any(String) } });
    const signedIn = { practiceId: owner.practiceId, clientId: client.id };
    expect(await consumePortalLink(token, signedIn)).toEqual({
      ok: true,
      data: { cookieValue: null, redirectTo: '/portal/homework/3f0c2b7e-1d2a-4b3c-9d8e-0f1a2b3c4d5e', locale: 'en' },
    });
    const other = await seedClient(owner.practiceId, owner.userId);
    for (const who of [null, { practiceId: owner.practiceId, clientId: other.id }]) {
      expect(await consumePortalLink(token, who)).toMatchObject({ ok: false, error: 'link_used' });
    }
    // No second session, no second sign-in in the audit log.
    expect(await sessionsOf(client.id)).toHaveLength(1);
    expect((await auditFor(owner.practiceId)).filter((a) => a.action === 'portal.signed_in')).toHaveLength(1);
  });

  it('refuses a link of an archived client as invalid, and a broken token, starting nothing', async () => {
    const { owner, client, token } = await setup();
    await getDb().update(clients).set({ archivedAt: new Date() }).where(eq(clients.id, client.id));
    expect(await consumePortalLink(token)).toMatchObject({ ok: false, error: 'link_invalid' });
    expect(await consumePortalLink('not-a-token')).toEqual({ ok: false, error: 'link_invalid' });
    expect(await sessionsOf(client.id)).toEqual([]);
    expect((await auditFor(owner.practiceId)).map((a) => a.action)).not.toContain('portal.signed_in');
  });

  it('a link of a client whose trajectory is closed says the coaching ended, unused or used: nothing used, no session', async () => {
    const { owner, client, token } = await setup();
    const used = await issuePortalLink(owner.practiceId, client.id, '/portal');
    expect(await consumePortalLink(used.split('/portal/auth/')[1]!)).toMatchObject({ ok: true });
    await getDb().update(clients).set({ status: 'closed' }).where(eq(clients.id, client.id));
    await getDb().delete(portalSessions).where(eq(portalSessions.clientId, client.id));
    expect(await consumePortalLink(token)).toEqual({ ok: false, error: 'account_inactive' });
    expect(await consumePortalLink(used.split('/portal/auth/')[1]!)).toEqual({ ok: false, error: 'account_inactive' });
    const links = await getDb().select().from(portalLinks).where(eq(portalLinks.clientId, client.id));
    expect(links.filter((l) => l.usedAt === null)).toHaveLength(1);
    expect(await sessionsOf(client.id)).toEqual([]);
  });
});
